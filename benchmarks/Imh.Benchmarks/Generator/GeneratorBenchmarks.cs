using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Benchmarks.Generator;

/// <summary>
/// The generator on the MI-AIMH catalog (6 levels and tracks): a cold run (a new driver, as a
/// fresh build), and a run after an unrelated edit (a method body in another file) with a warm
/// driver. Cold and incremental runs each come in two forms: on compilations prebuilt once (so
/// the compiler's own symbol work is already done and only the generator is timed), and on a
/// fresh compilation every time (a clone, or the edit applied anew), which also pays the binding
/// the generator's semantic steps trigger. The Baseline rows run <see cref="AttributeSearchGenerator"/>
/// (Roslyn's attribute search plus reading every declaration attribute: the floor under any generator
/// that reads these declarations) cold both ways and after the edit on the prebuilt compilations.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation catalog = null!;
    private CSharpCompilation before = null!;
    private CSharpCompilation after = null!;
    private GeneratorDriver alternating = null!;
    private GeneratorDriver chained = null!;
    private GeneratorDriver baselineAlternating = null!;
    private int baselineAlternatingRuns;
    private CSharpCompilation current = null!;
    private SyntaxTree[] helpers = [];
    private int alternatingRuns;
    private int chainedRuns;

    /// <summary>Builds the compilations and warm drivers, and checks the output and the caching.</summary>
    [GlobalSetup]
    public void Setup()
    {
        catalog = GeneratorInputs.Catalog();
        helpers = [GeneratorInputs.Unrelated(edited: false), GeneratorInputs.Unrelated(edited: true)];
        before = GeneratorInputs.Catalog(helpers[0]);
        after = (CSharpCompilation)before.ReplaceSyntaxTree(helpers[0], helpers[1]);

        GeneratorChecks.AssertCatalogOutput(catalog);
        GeneratorChecks.AssertUnrelatedEditIsCached(before, after);

        alternating = GeneratorInputs.Driver().RunGenerators(before).RunGenerators(after);
        current = before;
        chained = GeneratorInputs.Driver().RunGenerators(current);
        alternatingRuns = 0;
        chainedRuns = 0;

        baselineAlternating = GeneratorInputs.BaselineDriver().RunGenerators(before).RunGenerators(after);
        baselineAlternatingRuns = 0;
    }

    /// <summary>A new driver on the prebuilt catalog compilation.</summary>
    [Benchmark]
    public GeneratorDriver ColdPrebuilt() => GeneratorInputs.Driver().RunGenerators(catalog);

    /// <summary>A new driver on a fresh clone of the catalog compilation (no symbols bound yet).</summary>
    [Benchmark]
    public GeneratorDriver ColdFresh() => GeneratorInputs.Driver().RunGenerators(catalog.Clone());

    /// <summary>A warm driver, alternating between two prebuilt compilations that differ by one edit in an unrelated file.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEditPrebuilt()
    {
        alternating = alternating.RunGenerators(alternatingRuns++ % 2 == 0 ? before : after);
        return alternating;
    }

    /// <summary>A warm driver on a new compilation with the edit applied (as an IDE sees every keystroke).</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEditFresh()
    {
        int from = chainedRuns++ % 2;
        current = (CSharpCompilation)current.ReplaceSyntaxTree(helpers[from], helpers[1 - from]);
        chained = chained.RunGenerators(current);
        return chained;
    }

    /// <summary>The baseline, a new driver on the prebuilt compilation.</summary>
    [Benchmark]
    public GeneratorDriver BaselineColdPrebuilt() => GeneratorInputs.BaselineDriver().RunGenerators(catalog);

    /// <summary>The baseline, a new driver on a fresh clone.</summary>
    [Benchmark]
    public GeneratorDriver BaselineColdFresh() => GeneratorInputs.BaselineDriver().RunGenerators(catalog.Clone());

    /// <summary>The baseline after the unrelated edit, prebuilt compilations.</summary>
    [Benchmark]
    public GeneratorDriver BaselineUnrelatedEditPrebuilt()
    {
        baselineAlternating = baselineAlternating.RunGenerators(baselineAlternatingRuns++ % 2 == 0 ? before : after);
        return baselineAlternating;
    }
}

/// <summary>Cold runs of the generator on synthetic catalogs of 10, 100 and 1,000 levels (one file each).</summary>
[MemoryDiagnoser]
public class SyntheticCatalogBenchmarks
{
    private CSharpCompilation compilation = null!;

    /// <summary>Levels in the catalog.</summary>
    [Params(10, 100, 1_000)]
    public int Levels { get; set; }

    /// <summary>Builds the catalog and checks that the generator emits one file per level plus the catalog.</summary>
    [GlobalSetup]
    public void Setup()
    {
        compilation = GeneratorInputs.Synthetic(Levels);
        GeneratorChecks.AssertGenerates(compilation, Levels + 1, compile: Levels <= 10);
    }

    /// <summary>A new driver on a fresh clone of the catalog compilation.</summary>
    [Benchmark]
    public GeneratorDriver ColdFresh() => GeneratorInputs.Driver().RunGenerators(compilation.Clone());
}
