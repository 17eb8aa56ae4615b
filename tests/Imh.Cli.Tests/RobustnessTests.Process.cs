using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Imh.CommandLine.Input;
using Imh.Dsl.Portfolios;
using static Imh.Cli.Tests.Support.HostileInputs;

namespace Imh.Cli.Tests;

/// <summary>The families through the real <c>imh</c>, with its managed heap capped at 1 GiB.</summary>
public partial class RobustnessTests
{
    // The commands a few inputs of each family are run with one at a time, so every report writer meets them.
    private static readonly string[][] Commands =
    [
        ["check", "portfolio.json", "--as-of", "2026-11-24"],
        ["check", "portfolio.json", "--format", "markdown", "--as-of", "2026-11-24"],
        ["renew", "portfolio.json", "--year", "2025"],
        ["plan", "portfolio.json", "--as-of", "2026-11-24"],
    ];

    [Fact]
    public async Task Argument_abuse_keeps_the_invariants()
    {
        const int Count = 40;
        var random = new Random(1104);
        using var folder = Scratch();
        for (int i = 0; i < Count; i++)
        {
            await Checked(folder.Path, HostileInputs.Arguments(random, folder.Path));
        }

        Report($"arguments: {Count} command lines; {Count} runs of imh");
    }

    [Fact]
    public async Task Large_inputs_keep_the_invariants()
    {
        using var folder = new TempFolder();
        int count = 0;
        foreach (LargeInput large in Large())
        {
            folder.WriteBytes("portfolio.json", large.Bytes);
            string[] command = Commands[count++ % Commands.Length];

            CliRun run = await Checked(folder.Path, [.. command, "--catalog", large.Catalog]);
            Report($"  {large.Name}: imh {string.Join(' ', command)} --catalog {large.Catalog}: exit {run.ExitCode}, {run.ProcessorTime?.TotalSeconds:F1} s of processor time");

            if (large.Rejection is not null)
            {
                run.ExitCode.ShouldBe(2, large.Name);
                run.Stderr.ShouldContain(large.Rejection, Case.Sensitive, large.Name);
            }
            else if (command[0] != "renew")
            {
                // renew needs an endorsement held, which not every large input has.
                run.ExitCode.ShouldBeOneOf([0, 1], $"{large.Name}\n{(run.Stderr.Length > 2000 ? run.Stderr[..2000] : run.Stderr)}");
            }
        }

        Report($"large inputs: {count} files; {count} runs of imh");
    }

    /// <summary>
    /// A family through imh: per catalog, a folder of the accepted inputs (every one reported, exit 0 or 1)
    /// and a folder of the rejected ones (exit 2, and standard error exactly the reader's problems of each
    /// file, in file order); then a few inputs one at a time through the commands for people. Returns the runs.
    /// </summary>
    private static async Task<int> ThroughImh(List<(FamilyCase Case, PortfolioReadResult Result)> read)
    {
        using var folder = new TempFolder();
        int runs = 0;
        foreach (var byCatalog in read.GroupBy(r => r.Case.Input.Catalog))
        {
            string catalog = byCatalog.Key;
            var accepted = byCatalog.Where(r => r.Result.Portfolio is not null).ToList();
            var rejected = byCatalog.Where(r => r.Result.Portfolio is null).ToList();
            if (accepted.Count > 0)
            {
                Directory.CreateDirectory(Path.Combine(folder.Path, $"{catalog}-accepted"));
                WriteAll(folder, $"{catalog}-accepted", accepted);
                CliRun run = await Checked(folder.Path, ["check", $"{catalog}-accepted", "--format", "jsonl", "--as-of", "2026-11-24", "--catalog", catalog]);
                run.ExitCode.ShouldBeOneOf([0, 1], run.Describe());
                run.Stderr.ShouldBeEmpty();
                run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(accepted.Count);
                runs++;
            }

            if (rejected.Count > 0)
            {
                string name = $"{catalog}-rejected";
                Directory.CreateDirectory(Path.Combine(folder.Path, name));
                string[] files = WriteAll(folder, name, rejected);
                CliRun run = await Checked(folder.Path, ["check", name, "--format", "csv", "--catalog", catalog], files);
                run.ExitCode.ShouldBe(2, run.Describe());
                string[] expected = [.. rejected.SelectMany((r, i) => r.Result.Problems.Select(p => PortfolioLoader.Describe(files[i], p)))];
                run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(expected);
                runs++;
            }
        }

        // A few of each kind one at a time, through the text, Markdown, renewal and plan writers.
        var singles = read.Where(r => r.Result.Portfolio is not null).Take(4).Concat(read.Where(r => r.Result.Portfolio is null).Take(4)).ToList();
        for (int i = 0; i < singles.Count; i++)
        {
            folder.WriteBytes("portfolio.json", singles[i].Case.Input.Bytes);
            await Checked(folder.Path, [.. Commands[i % Commands.Length], "--catalog", singles[i].Case.Input.Catalog]);
            runs++;
        }

        return runs;
    }

    private static string[] WriteAll(TempFolder folder, string subfolder, List<(FamilyCase Case, PortfolioReadResult Result)> inputs)
    {
        // Ordinal file-name order is the order of the inputs, which is the order folder mode reports them in.
        string[] files = [.. inputs.Select((_, i) => Path.Join(subfolder, string.Create(CultureInfo.InvariantCulture, $"{i:D5}.json")))];
        for (int i = 0; i < inputs.Count; i++)
        {
            folder.WriteBytes(files[i], inputs[i].Case.Input.Bytes);
        }

        return files;
    }

    /// <summary>A working folder with a portfolio, one named with an @, one of format version 2, a named pipe and a folder of portfolios.</summary>
    private static TempFolder Scratch()
    {
        var folder = new TempFolder();
        string sample = File.ReadAllText(Repository.Sample("level-iii.json"));
        folder.Write("portfolio.json", sample);
        folder.Write("@portfolio.json", sample);
        folder.WriteBytes("ecfs.json", Samples.First(s => s.Catalog == Iecmh2024).Bytes);
        Directory.CreateDirectory(Path.Combine(folder.Path, "folder"));
        folder.Write(Path.Combine("folder", "a.json"), sample);
        folder.Write(Path.Combine("folder", "b.json"), sample);
        if (!OperatingSystem.IsWindows())
        {
            HostileInputTests.MakeFifo(Path.Combine(folder.Path, "pipe.json"));
        }

        return folder;
    }

    /// <summary>Runs <c>imh</c> with its heap capped at 1 GiB and checks the invariants every run must keep.</summary>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="args">The command line.</param>
    /// <param name="files">The files its messages may name besides its arguments (those of a folder).</param>
    private static async Task<CliRun> Checked(string workingDirectory, string[] args, string[]? files = null)
    {
        var watch = Stopwatch.StartNew();
        CliRun run = await ImhProcess.RunWithin1GiB(workingDirectory, args);

        // The work is measured in processor time, which a loaded machine does not stretch as it does wall time;
        // a run that waits without end is killed after a minute by ImhProcess and fails the test.
        (run.ProcessorTime ?? watch.Elapsed).ShouldBeLessThan(TimeLimit, run.Describe());

        run.ExitCode.ShouldBeOneOf([0, 1, 2], run.Describe());
        run.Stderr.ShouldNotContain("   at ", Case.Sensitive, run.Describe());
        run.Stderr.ShouldNotContain("Unhandled exception", Case.Insensitive, run.Describe());
        run.Stderr.ShouldNotContain("internal error", Case.Insensitive, run.Describe());
        run.Stderr.ShouldNotContain("OutOfMemory", Case.Insensitive, run.Describe());
        if (run.ExitCode == 2)
        {
            run.Stdout.ShouldBeEmpty(run.Describe());
            run.Stderr.ShouldNotBeNullOrWhiteSpace(run.Describe());
        }

        string[] named = [.. args.Concat(files ?? []).Where(a => a.Length > 0).Select(Printable.Escape)];
        foreach (string line in run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ShouldBePrintableLine(line);
            WellFormed(line, named).ShouldBeTrue($"not a well-formed message: {(line.Length > 300 ? line[..300] : line)}\n{string.Join(' ', args)}");
        }

        return run;
    }

    /// <summary><c>FILE:LINE:COLUMN: $.path: message</c>, <c>FILE: $.path: message</c>, or an argument error.</summary>
    private static bool WellFormed(string line, string[] files)
        => ArgumentError().IsMatch(line)
            || files.Any(file => line.StartsWith(file, StringComparison.Ordinal) && Problem().IsMatch(line.AsSpan(file.Length)));

    [GeneratedRegex(@"^(imh: \S.*|Run 'imh( [a-z]+)? --help' for usage\.)$")]
    private static partial Regex ArgumentError();

    [GeneratedRegex(@"^(:\d+:\d+)?: \$.*: \S")]
    private static partial Regex Problem();
}
