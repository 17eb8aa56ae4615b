using BenchmarkDotNet.Running;

namespace Imh.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Imh.Benchmarks -- --filter '*'</c> runs the benchmarks;
/// <c>-- --smoke</c> runs every benchmark method once, in process, for correctness only;
/// <c>-- --alternate [Typical|Failing|Heavy] [--rounds N]</c> times the generated validators and their
/// hand-written baselines in turns, in one process (<see cref="Alternating"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Contains("--smoke", StringComparer.Ordinal))
        {
            return Smoke.Run(typeof(Program).Assembly, Console.Out);
        }

        if (args.Length > 0 && args[0] == "--alternate")
        {
            return Alternating.Run(args[1..], Console.Out);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
