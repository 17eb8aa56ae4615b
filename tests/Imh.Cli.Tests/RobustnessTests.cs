using System.Buffers;
using System.Diagnostics;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;
using Imh.Requirements.Iecmh2024;
using static Imh.Cli.Tests.Support.HostileInputs;

namespace Imh.Cli.Tests;

/// <summary>
/// Hostile input (issue 11), deterministically (fixed seeds), in five families: byte mutations of the
/// samples, JSON structure mutations, edge values, command-line abuse and large inputs; the samples of
/// both catalogs are mutated (format version 2 for <c>--catalog iecmh-2024</c>). Every input is read and
/// evaluated (every level, renewal and plan) in process, then all of a family go through the real
/// <c>imh</c> in folder mode, a folder of the accepted ones and one of the rejected ones per catalog, and a
/// few one file at a time through the commands for people. The invariants: exit code 0, 1 or 2; no stack
/// trace or "internal error"; nothing on standard output on a rejection; every message one printable line
/// <c>FILE:LINE:COLUMN: $.path: message</c> (<c>FILE: $: message</c> for a file that cannot be read, or an
/// argument error); no input over 10 s (processor time for a process, which a loaded machine does not
/// stretch; wall time in process, where an input takes milliseconds) and no process over 1 GiB of managed heap.
/// </summary>
/// <remarks>
/// Counts by family (each test writes its own to the test output): byte mutations 1,000 (98 of them of
/// format version 2; 979 rejected), structure mutations 1,000 (88; 913 rejected), edge values 1,000 (114;
/// 638 rejected), each in process and then through imh in 4 folder runs and 8 single runs; arguments 40
/// command lines; large inputs 15 files (2 of format version 2); 3,055 inputs in all, 131 runs of imh.
/// </remarks>
[Collection(nameof(RobustnessTests))]
public partial class RobustnessTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static readonly Dictionary<string, Catalog> Catalogs = new()
    {
        [MiAimh] = MiAimhCatalog.Instance,
        [Iecmh2024] = Iecmh2024Catalog.Instance,
    };

    [Fact]
    public Task Byte_mutations_keep_the_invariants()
        => Family("byte mutations", seed: 1101, count: 1_000, random => new FamilyCase(MutateBytes(random), null, null));

    [Fact]
    public Task Structure_mutations_keep_the_invariants()
        => Family("structure mutations", seed: 1102, count: 1_000, random => new FamilyCase(MutateStructure(random), null, null));

    [Fact]
    public Task Edge_values_get_the_verdict_the_format_gives_them()
        => Family("edge values", seed: 1103, count: 1_000, random =>
        {
            EdgeCase edge = EdgeValue(random);

            // A valid value of a field compared with another (a date) may still contradict it; its verdict is not known.
            return new FamilyCase(edge.Input, edge.Path, !edge.Valid ? false : edge.CrossChecked ? null : true);
        });

    /// <summary>One input of a family and, for edge values, what the format makes of it.</summary>
    /// <param name="Input">The file and its catalog.</param>
    /// <param name="Path">The edited field, which a rejection must name.</param>
    /// <param name="Accepted">True: it must be accepted; false: rejected at <paramref name="Path"/>; null: either.</param>
    private sealed record FamilyCase(Input Input, string? Path, bool? Accepted);

    private static async Task Family(string family, int seed, int count, Func<Random, FamilyCase> make)
    {
        var random = new Random(seed);
        List<(FamilyCase Case, PortfolioReadResult Result)> read = [];
        for (int i = 0; i < count; i++)
        {
            FamilyCase input = make(random);
            PortfolioReadResult result = ReadAndEvaluate(input.Input);
            string because = $"{input.Path} in case {i}: {string.Join("; ", result.Problems.Select(p => $"{p.Path}: {p.Message}"))}";
            if (input.Accepted == true)
            {
                result.Problems.ShouldBeEmpty(because);
            }
            else if (input.Accepted == false)
            {
                result.Problems.ShouldContain(p => p.Path == input.Path, because);
            }

            read.Add((input, result));
        }

        int processes = await ThroughImh(read);
        int ecfs = read.Count(r => r.Case.Input.Catalog == Iecmh2024);
        Report($"{family}: {count} inputs ({ecfs} of them format version 2 with --catalog iecmh-2024), {read.Count(r => r.Result.Portfolio is null)} rejected; {processes} runs of imh");
    }

    /// <summary>Reads with a catalog's vocabulary and evaluates what is accepted at every level, renewal and plan, checking the invariants.</summary>
    private static PortfolioReadResult ReadAndEvaluate(Input input)
    {
        Catalog catalog = Catalogs[input.Catalog];
        var watch = Stopwatch.StartNew();
        PortfolioReadResult result = PortfolioReader.Read(input.Bytes, catalog.Vocabulary);

        (result.Portfolio is null).ShouldBe(result.Problems.Count > 0);
        foreach (PortfolioProblem problem in result.Problems)
        {
            problem.Path.ShouldStartWith("$");
            ShouldBePrintableLine(problem.Path);
            ShouldBePrintableLine(problem.Message);
        }

        if (result.Portfolio is { } portfolio)
        {
            foreach (ILevelValidator level in catalog.Levels)
            {
                level.Validate(portfolio, AsOf);
                Planner.Plan(level.Definition, portfolio, AsOf);
            }

            foreach (IRenewalValidator renewal in catalog.Renewals)
            {
                renewal.Validate(portfolio, 2025);
            }
        }

        watch.Elapsed.ShouldBeLessThan(TimeLimit);
        return result;
    }

    // C0 and C1 controls and DEL: what a terminal acts on. (A plain search: Shouldly compiles a predicate on every call.)
    private static readonly SearchValues<char> Controls = SearchValues.Create([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7f, 0x21)).Select(c => (char)c)]);

    private static void ShouldBePrintableLine(string text)
        => text.AsSpan().IndexOfAny(Controls).ShouldBe(-1, text.Length > 200 ? text[..200] : text);

    private static void Report(string line)
        => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

/// <summary>The robustness tests run alone: they measure the processor time of their children, which children of other tests ending alongside would add to.</summary>
[CollectionDefinition(nameof(RobustnessTests), DisableParallelization = true)]
public sealed class RobustnessCollection;
