using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FluentValidation.Results;
using Imh.Benchmarks.Inputs;
using Imh.Benchmarks.Validators;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Benchmarks;

/// <summary>
/// Level III on three portfolios. "Report": every requirement evaluated and every unmet key known
/// (the generated and hand-written validators build the full report, the others their natural
/// result). "Verdict": eligible or not, nothing else. The setup asserts that every variant reaches
/// the same verdict and unmet keys, and that the hand-written report equals the generated one.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ValidatorBenchmarks
{
    private Portfolio portfolio = null!;
    private readonly DateOnly asOf = Portfolios.AsOf;

    /// <summary>The input.</summary>
    [Params(PortfolioCase.Typical, PortfolioCase.Failing, PortfolioCase.Heavy)]
    public PortfolioCase Input { get; set; }

    /// <summary>Builds the input and asserts that every variant agrees on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        portfolio = Portfolios.For(Input);
        foreach (var difference in Equivalence.AssertLevelIII(Input.ToString(), portfolio, asOf))
        {
            Console.WriteLine($"// warning: the hand-written report's wording differs from the generated one: {difference}");
        }
    }

    /// <summary>The generated validator: the typed report.</summary>
    [Benchmark, BenchmarkCategory("Report")]
    public LevelReport Generated() => LevelIIIValidator.Validate(portfolio, asOf);

    /// <summary>The same report, written by hand.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Report")]
    public HandWrittenReport HandWritten() => HandWrittenLevelIII.Validate(portfolio, asOf);

    /// <summary>The reflection interpreter, attributes cached per type: verdict and unmet keys.</summary>
    [Benchmark, BenchmarkCategory("Report")]
    public Verdict ReflectionCached() => ReflectiveValidator.CheckCached(typeof(LevelIII), portfolio, asOf);

    /// <summary>The reflection interpreter, attributes read on every call: verdict and unmet keys.</summary>
    [Benchmark, BenchmarkCategory("Report")]
    public Verdict ReflectionPerCall() => ReflectiveValidator.CheckUncached(typeof(LevelIII), portfolio, asOf);

    /// <summary>FluentValidation 12: a validation result with one error per unmet rule.</summary>
    [Benchmark, BenchmarkCategory("Report")]
    public ValidationResult FluentValidation() => FluentLevelIIIValidator.Instance.Validate(new LevelIIIApplication(portfolio, asOf));

    /// <summary>The generated verdict-only check.</summary>
    [Benchmark, BenchmarkCategory("Verdict")]
    public bool GeneratedIsEligible() => LevelIIIValidator.IsEligible(portfolio, asOf);

    /// <summary>The hand-written verdict-only check.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Verdict")]
    public bool HandWrittenIsEligible() => HandWrittenLevelIII.IsEligible(portfolio, asOf);
}
