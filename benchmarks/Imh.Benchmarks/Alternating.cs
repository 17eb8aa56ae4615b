using System.Diagnostics;
using System.IO;
using Imh.Benchmarks.Inputs;
using Imh.Benchmarks.Validators;
using Imh.Requirements;

namespace Imh.Benchmarks;

/// <summary>
/// The generated validator and its hand-written baseline timed in turns, in one process: batches of
/// one, then of the other, alternating which goes first, so that a host whose speed drifts within
/// minutes slows both alike. BenchmarkDotNet measures two methods minutes apart; on a shared machine
/// their ratio can move by more than a target's margin, the ratio of these medians much less.
/// </summary>
public static class Alternating
{
    /// <summary>Times the report and the verdict of every input (or those named); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter log)
    {
        int rounds = 200;
        var cases = new List<PortfolioCase>();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Count && int.TryParse(args[i + 1], out rounds) && rounds > 0) i++;
            else if (Enum.TryParse<PortfolioCase>(args[i], ignoreCase: true, out var c)) cases.Add(c);
            else
            {
                log.WriteLine($"--alternate: unknown argument '{args[i]}'; give inputs ({string.Join(", ", Enum.GetNames<PortfolioCase>())}) and --rounds N");
                return 2;
            }
        }
        if (cases.Count == 0) cases.AddRange(Enum.GetValues<PortfolioCase>());

        var asOf = Portfolios.AsOf;
        log.WriteLine($"Alternating runs, {rounds} rounds; medians of the rounds' time per call.");
        log.WriteLine();
        log.WriteLine("| input | what | generated | hand-written | ratio of medians | ratio of minimums |");
        log.WriteLine("|---|---|--:|--:|--:|--:|");
        var unequal = new List<string>();
        var unsteady = new List<string>();
        foreach (var input in cases)
        {
            var portfolio = Portfolios.For(input);
            // Throws when the two disagree on a fact; differences of wording or advice mean the baseline does less.
            int differences = Equivalence.AssertLevelIII(input.ToString(), portfolio, asOf).Count;
            if (differences > 0) unequal.Add($"{input}: the hand-written report differs from the generated one in {differences} texts or plans (it does less work)");
            Pair(log, unsteady, input, "report", rounds, () => LevelIIIValidator.Validate(portfolio, asOf), () => HandWrittenLevelIII.Validate(portfolio, asOf));
            Pair(log, unsteady, input, "verdict", rounds, () => LevelIIIValidator.IsEligible(portfolio, asOf), () => HandWrittenLevelIII.IsEligible(portfolio, asOf));
        }
        if (unequal.Count + unsteady.Count > 0) log.WriteLine();
        foreach (var line in unequal.Concat(unsteady)) log.WriteLine("- " + line);
        return 0;
    }

    private static void Pair<TA, TB>(TextWriter log, List<string> unsteady, PortfolioCase input, string what, int rounds, Func<TA> generated, Func<TB> handWritten)
    {
        // A second of warm-up, so the runtime has compiled both at its final tier; then batches of
        // about 5 ms each, sized from the pairs of calls the warm-up made (one timed call, slowed by a
        // collection or the host, could make every batch too small to time).
        var warm = Stopwatch.StartNew();
        long pairs = 0;
        while (warm.Elapsed < TimeSpan.FromSeconds(1))
        {
            generated();
            handWritten();
            pairs++;
        }
        double perCall = warm.Elapsed.TotalNanoseconds / (2.0 * pairs);
        int batch = (int)Math.Clamp(5_000_000 / perCall, 1, 100_000);

        var a = new double[rounds];
        var b = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            if (r % 2 == 0)
            {
                a[r] = Time(generated, batch);
                b[r] = Time(handWritten, batch);
            }
            else
            {
                b[r] = Time(handWritten, batch);
                a[r] = Time(generated, batch);
            }
        }
        Array.Sort(a);
        Array.Sort(b);
        double ma = a[rounds / 2], mb = b[rounds / 2];
        log.WriteLine($"| {input} | {what} | {Format(ma)} | {Format(mb)} | {ma / mb:F2}x | {a[0] / b[0]:F2}x |");
        if (Unsteady(ma / mb, a[0] / b[0])) unsteady.Add($"{input} {what}: the ratio of the medians and that of the minimums differ by more than {SteadyMargin * 100:F0}% (a busy machine, or rounds of two speeds): measure again before trusting the row");
    }

    /// <summary>How far the two ratios of a pair may differ before its row is called unsteady (the guide's noise level).</summary>
    internal const double SteadyMargin = 0.15;

    /// <summary>On a steady machine the medians and the minimums give about the same ratio.</summary>
    internal static bool Unsteady(double ofMedians, double ofMinimums)
        => Math.Abs(ofMedians - ofMinimums) > SteadyMargin * Math.Min(ofMedians, ofMinimums);

    // Nanoseconds per call over a batch; the results are kept alive so the calls are not removed.
    private static double Time<T>(Func<T> call, int batch)
    {
        T last = default!;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < batch; i++) last = call();
        double ns = watch.Elapsed.TotalNanoseconds / batch;
        GC.KeepAlive(last);
        return ns;
    }

    private static string Format(double ns) => ns >= 10_000 ? $"{ns / 1000:F1} µs" : $"{ns:F0} ns";
}
