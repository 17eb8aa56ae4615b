namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// The rule date (iecmh-2024.md, "Rule date", decision 14): the Mentor training rule in force on
/// the application date when given and not after the as-of date, otherwise on the as-of date.
/// Before 1 January 2024 every track needs 30 h of IECMH training; from it Clinical needs 48 in
/// parts (30 + 15 + 3) and Policy and Research/Faculty 33 (30 + 3). ECMHM follows the IMHM dates.
/// </summary>
public class RuleDateRules
{
    public static TheoryData<string> Mentors => ["IMHM-Clinical", "IMHM-Policy", "IMHM-ResearchFaculty", "ECMHM-Clinical", "ECMHM-Policy", "ECMHM-ResearchFaculty"];

    // 32 clock hours of IECMH training, none about RS/C or DEI, all dated in 2022.
    private static readonly TrainingEntry[] ThirtyTwoIecmh =
    [
        Make.Training("2022-03-05", 20m, TrainingTag.RelationshipBased, "Infant mental health foundations"),
        Make.Training("2022-09-17", 12m, TrainingTag.InfantMentalHealth, "Assessment of infants and toddlers"),
    ];

    private static RequirementResult Training(string id, string asOf, string? applied = null)
    {
        var portfolio = Eligible.For(id).With(d =>
        {
            d.Training = [.. ThirtyTwoIecmh];
            d.ApplicationDate = applied is null ? null : D(applied);
        });
        return Evaluate.Level(id, portfolio, D(asOf)).Results("training");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void On_the_day_before_2024_without_an_application_date_30_IECMH_hours_are_enough(string id)
    {
        var training = Training(id, "2023-12-31");

        training.Status.ShouldBe(RequirementStatus.Met, training.Detail);
        training.Detail.ShouldContain("rule before 2024-01-01 (as-of date 2023-12-31)");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void On_1_January_2024_without_an_application_date_the_DEI_part_is_needed(string id)
    {
        var training = Training(id, "2024-01-01");

        training.Status.ShouldBe(RequirementStatus.NotMet, training.Detail);
        training.Detail.ShouldContain("rule from 2024-01-01 (as-of date 2024-01-01)");
        Expect.Lacks(training).ShouldContain("at least 3 of them on diversity, equity and inclusion");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void An_application_dated_the_day_before_2024_keeps_the_30_hour_rule_later(string id)
    {
        var training = Training(id, "2024-06-30", applied: "2023-12-31");

        training.Status.ShouldBe(RequirementStatus.Met, training.Detail);
        training.Detail.ShouldContain("rule before 2024-01-01 (application date 2023-12-31)");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void An_application_dated_1_January_2024_takes_the_new_rule(string id)
    {
        var training = Training(id, "2024-06-30", applied: "2024-01-01");

        training.Status.ShouldBe(RequirementStatus.NotMet, training.Detail);
        training.Detail.ShouldContain("rule from 2024-01-01 (application date 2024-01-01)");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void An_application_date_after_the_as_of_date_is_not_the_rule_date(string id)
    {
        // Evaluated as of 2023-12-31 for an application to be submitted in 2024: the as-of date decides.
        var training = Training(id, "2023-12-31", applied: "2024-01-01");

        training.Status.ShouldBe(RequirementStatus.Met, training.Detail);
        training.Detail.ShouldContain("rule before 2024-01-01 (as-of date 2023-12-31)");
    }

    [Theory]
    [InlineData("IMHM-Clinical")]
    [InlineData("ECMHM-Clinical")]
    public void Before_2024_the_15_hours_about_RSC_are_not_asked_of_clinical_mentors(string id)
        => Training(id, "2023-06-30").Missing.ShouldBeNull();

    [Theory]
    [InlineData("IMHM-Clinical", "18 more clock hours", "at least 15 of them about reflective supervision/consultation")]
    [InlineData("IMHM-Policy", "3 more clock hours", "on diversity, equity and inclusion")]
    public void From_2024_clinical_needs_48_hours_and_policy_33(string id, string more, string part)
    {
        var training = Training(id, "2024-06-30", applied: "2024-02-10");

        Expect.Lacks(training).ShouldStartWith(more);
        Expect.Lacks(training).ShouldContain(part);
        training.Detail.ShouldContain("rule from 2024-01-01 (application date 2024-02-10)");
    }

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ECFRS")]
    public void The_family_reflective_supervisor_parts_do_not_depend_on_the_date(string id)
    {
        var training = Training(id, "2023-06-30");

        training.Status.ShouldBe(RequirementStatus.NotMet, training.Detail);
        training.Detail.ShouldNotContain("2024-01-01");
    }

    [Fact]
    public void The_rule_date_is_on_the_report()
    {
        var p = Eligible.For("IMHM-Policy").With(d => d.ApplicationDate = D("2024-02-10"));

        Evaluate.Level("IMHM-Policy", p, D("2024-06-30")).RuleDate.ShouldBe(D("2024-02-10"));
        Evaluate.Level("IMHM-Policy", p, D("2024-02-09")).RuleDate.ShouldBe(D("2024-02-09"));
    }
}
