using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;
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

    private static WorkEntry Work(DateOnly start, DateOnly? end, params (TestBand Band, decimal Value)[] numbers)
        => new() { Role = "W", Start = start, End = end, Fte = 1m, Numbers = [.. numbers.Select(n => new EntryNumber(TestNumber.Families, n.Band, n.Value))] };

    private static Portfolio With(WorkEntry[] work, params Credential[] credentials) => new() { Applicant = new Applicant { Name = "Robin" }, Work = work, Credentials = credentials };

    [Fact]
    public void A_number_given_per_band_counts_only_for_the_levels_band()
    {
        var level = NumberedWork.Level(Rule(), TestBand.Early);
        var portfolio = With([Work(AsOf.AddDays(-400), null, (TestBand.Early, 4m), (TestBand.Infant, 7m))]);

        var result = level.Evaluate(portfolio, AsOf).Results().Single();

        result.Detail.ShouldBe("1 year 36 days credited of work; 4 families served reported");
    }

    [Fact]
    public void After_a_milestone_only_work_that_keeps_a_day_from_the_award_on_reports_its_number()
    {
        // Awarded 2025-01-10: work ending the day before reports nothing; work ending on the award date keeps that day.
        var rule = new ExperienceAttribute(1) { After = CredentialType.Bachelor, Sum = TestNumber.Families, SumAtLeast = 10 };
        var level = NumberedWork.Level(rule, band: null);
        var portfolio = With(
            [
                Work(new DateOnly(2024, 6, 1), new DateOnly(2025, 1, 9), (TestBand.Early, 7m)),
                Work(new DateOnly(2024, 6, 1), new DateOnly(2025, 1, 10), (TestBand.Early, 3m)),
                Work(new DateOnly(2025, 2, 1), null, (TestBand.Early, 2m)),
            ],
            new Credential { Title = "BSW", Awarded = new DateOnly(2025, 1, 10), Words = EntryWords.Of(CredentialType.Bachelor) });

        var result = level.Evaluate(portfolio, AsOf).Results().Single();

        result.Detail.ShouldBe("1 year 298 days credited of work after the earliest bachelor's; 5 families served reported");
        // A milestone the catalog gives no name follows the noun (a named one, "post-graduate", goes before it).
        rule.Describe(level.Wording).ShouldBe("at least 1 year of work after the earliest bachelor's, reporting together at least 10 families served");
    }

    [Fact]
    public void Work_short_of_days_with_the_number_exactly_at_its_minimum_is_asked_only_for_days()
    {
        var level = NumberedWork.Level(Rule(), TestBand.Early);
        var portfolio = With([Work(AsOf.AddDays(-99), null, (TestBand.Early, 10m))]);

        var result = level.Evaluate(portfolio, AsOf).Results().Single();

        result.Missing.ShouldBe("265 days more work, reached on 2027-08-16 if the work going on continues");
    }

    [Fact]
    public void The_description_and_summary_name_the_number_and_its_minimum()
    {
        var rule = Rule();
        var wording = NumberedWork.Level(rule, TestBand.Early).Wording;

        rule.Describe(wording).ShouldBe("at least 1 year of work, reporting together at least 10 families served");
        rule.Summarize(wording).ShouldBe("1 year work, ≥ 10 families served");
    }
}
