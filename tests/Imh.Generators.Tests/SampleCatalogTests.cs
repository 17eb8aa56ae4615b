using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Generators.Tests.SampleCatalog;

namespace Imh.Generators.Tests;

/// <summary>The generator, referenced as an analyzer by this project, turned the sample catalog into working validators.</summary>
public class SampleCatalogTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static Portfolio Applicant(decimal hoursPerSession, params ReferenceRating[] references) => new()
    {
        Applicant = new Applicant { Name = "Ada" },
        Training =
        [
            new TrainingEntry { Date = new(2026, 1, 10), Hours = hoursPerSession, Title = "One", Words = EntryWords.Of(CourseTag.Approved) },
            new TrainingEntry { Date = new(2026, 5, 10), Hours = hoursPerSession, Title = "Two", Words = EntryWords.Of(CourseTag.Approved) },
        ],
        References = references,
    };

    private static ReferenceRating Rating(string name, Referee role, bool current = false)
        => new() { Rater = name, Words = current ? EntryWords.Of(role, ReferenceTag.Current) : EntryWords.Of(role) };

    [Fact]
    public void Twenty_approved_hours_within_one_year_and_two_references_make_a_practitioner()
    {
        var report = Practitioner.Validate(Applicant(10m, Rating("A", Referee.Colleague), Rating("B", Referee.Supervisor)), AsOf);

        report.Eligible.ShouldBeTrue();
        report.Hours.Status.ShouldBe(RequirementStatus.Met);
        ((HoursOutcome)report.Hours.Findings.Single().Outcome).Hours.ShouldBe(20m);
        PractitionerValidator.IsEligible(Applicant(10m, Rating("A", Referee.Colleague), Rating("B", Referee.Supervisor)), AsOf).ShouldBeTrue();
    }

    [Fact]
    public void Nineteen_point_nine_nine_hours_are_short_by_one_hundredth()
    {
        var report = Practitioner.Validate(Applicant(9.995m, Rating("A", Referee.Colleague), Rating("B", Referee.Supervisor)), AsOf);

        report.Eligible.ShouldBeFalse();
        report.UnmetKeys.ShouldBe(["hours"]);
        report.Hours.Detail.ShouldEndWith(", 0.01 clock hours short");
        report.Hours.Missing.ShouldStartWith("0.01 more clock hours of approved training dated 2026-06-30 to 2027-01-09");
    }

    [Fact]
    public void A_senior_needs_a_current_supervisor_for_item_1()
    {
        var report = SeniorPractitioner.Validate(Applicant(20m, Rating("A", Referee.Colleague), Rating("B", Referee.Supervisor)), AsOf);

        report.References.Status.ShouldBe(RequirementStatus.NotMet);
        report.References.Missing!.ShouldContain("a rating for item 1");
    }

    [Fact]
    public void The_generated_catalog_lists_both_levels_in_rank_order_and_the_renewal()
    {
        ContinuingEducationCatalog.Instance.LevelIds.ShouldBe(["P", "S"]);
        ContinuingEducationCatalog.Instance.FindLevel("s").ShouldBeSameAs(SeniorPractitionerValidator.Instance);
        ContinuingEducationCatalog.Instance.Renewals.Select(r => r.Definition.Id).ShouldBe(["P"]);
    }

    [Fact]
    public void The_renewal_validator_counts_only_the_renewal_year()
    {
        var portfolio = Applicant(3m);

        ((HoursOutcome)PractitionerRenewalValidator.Validate(portfolio, 2026).RenewalHours.Findings.Single().Outcome).Hours.ShouldBe(6m);
        PractitionerRenewalValidator.Validate(portfolio, 2025).Eligible.ShouldBeFalse();
    }
}
