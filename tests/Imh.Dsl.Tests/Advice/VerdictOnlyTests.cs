using CsCheck;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The verdict-only check (<c>IsEligible</c>, which stops at the first blocking requirement) agrees with
/// the full evaluation's outcome, provisional outcomes and requirements not in force included.
/// </summary>
public class VerdictOnlyTests
{
    [Fact]
    public void IsEligible_is_the_outcome_of_the_full_evaluation_on_thinned_samples_and_random_dates()
    {
        var samples = SamplePortfolios.All;
        int eligible = 0, total = 0;
        Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, 2600], Gen.Int[0, 7].Array[8]).Sample((sample, days, keep) =>
        {
            var portfolio = SamplePortfolios.Thin(samples[sample], keep);
            var asOf = new DateOnly(2023, 1, 1).AddDays(days);
            foreach (var level in MiAimhCatalog.Instance.Levels)
            {
                bool full = level.Definition.Evaluate(portfolio, asOf).Outcome.Eligible;
                level.Definition.IsEligible(portfolio, asOf).ShouldBe(full, $"{level.Definition.Id} as of {asOf}");
                total++;
                if (full) eligible++;
            }
        }, iter: 400, threads: 1);
        // Both verdicts occur, or the property says nothing.
        eligible.ShouldBeGreaterThan(0);
        eligible.ShouldBeLessThan(total);
    }
}
