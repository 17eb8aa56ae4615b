using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Advice;
using static Imh.Dsl.Tests.Advice.NumberedWork;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The words of an experience rule whose work must also report a number ("families served"): what
/// the report says is missing of the number, at the minimum and one below it, and when no advice
/// can say it for the level (the report then gives the rule's own words).
/// </summary>
public class ExperienceSumWordsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static ExperienceAttribute Rule() => new(1) { Sum = TestNumber.Families, SumAtLeast = 10 };

    [Theory]
    [InlineData(10, "265 days more work")]
    [InlineData(9, "265 days more work; 1 more families served reported by work")]
    public void The_numbers_shortfall_is_asked_for_below_its_minimum_and_not_at_it(int total, string missing)
    {
        var rule = Rule();
        var wording = NumberedWork.Level(rule, TestBand.Early).Wording;

        var explanation = rule.Explain(new ExperienceOutcome(false, 100m, 365) { Total = total }, wording);

        explanation.Detail.ShouldBe($"100 days credited of work; {total} families served reported");
        explanation.Missing.ShouldBe(missing);
    }

    [Fact]
    public void A_sum_short_on_a_level_without_the_numbers_band_is_said_in_the_rules_own_words()
    {
        // The number is reported per age band and the level has none, so no advice can say for which band:
        // the report says what is missing without a plan.
        var rule = Rule();
        var level = NumberedWork.Level(rule, band: null);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Work = [new WorkEntry { Role = "W", Start = AsOf.AddDays(-400), Fte = 1m, Numbers = [new EntryNumber(TestNumber.Families, TestBand.Early, 4m)] }],
        };

        var result = level.Evaluate(portfolio, AsOf).Results().Single();

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Advice.ShouldBeNull();
        result.Detail.ShouldBe("1 year 36 days credited of work; 4 families served reported");
        result.Missing.ShouldBe("6 more families served reported by work");
    }
}
