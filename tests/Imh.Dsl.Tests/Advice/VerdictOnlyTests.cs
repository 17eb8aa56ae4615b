using CsCheck;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Tests.Documentation;
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

    // "hours" (30, in one form or, with variants, in two periods) and "extra" (100), both required; the provisional outcome waives "extra".
    private static LevelDefinition Provisional(bool variants) => new("A", "Associate", SampleCatalog.Vocabulary,
        variants
            ?
            [
                new RequirementDefinition("hours", "Training hours", [new MinHoursAttribute(30)]) { Period = new Period(null, new DateOnly(2023, 12, 31)) },
                new RequirementDefinition("hours", "Training hours", [new MinHoursAttribute(30)]) { Period = new Period(new DateOnly(2024, 1, 1), null) },
                new RequirementDefinition("extra", "More hours", [new MinHoursAttribute(100)]),
            ]
            :
            [
                new RequirementDefinition("hours", "Training hours", [new MinHoursAttribute(30)]),
                new RequirementDefinition("extra", "More hours", [new MinHoursAttribute(100)]),
            ],
        [])
    {
        Provisional = new ProvisionalOutcome("emerging", "Emerging", ["extra"], null),
    };

    [Theory]
    [InlineData(false, 40, true)]
    [InlineData(false, 20, false)]
    [InlineData(true, 40, true)]
    [InlineData(true, 20, false)]
    public void A_requirement_the_provisional_outcome_waives_does_not_block_the_verdict(bool variants, int hours, bool eligible)
    {
        var level = Provisional(variants);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = new DateOnly(2024, 3, 1), Hours = hours, Title = "Course" }],
        };
        var asOf = new DateOnly(2024, 6, 1);

        level.IsEligible(portfolio, asOf).ShouldBe(eligible);
        level.Evaluate(portfolio, asOf).Outcome.Eligible.ShouldBe(eligible);
    }
}
