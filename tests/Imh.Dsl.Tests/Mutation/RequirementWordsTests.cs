using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;
using static Imh.Dsl.Tests.Mutation.HandBuilt;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// A requirement's own words around its rules: alternatives (none met, one taken), a requirement not
/// yet in force (initial and renewal) and one withdrawn, rules in force from or until a day, and the
/// description and summary that name them. Held on requirements built by hand, with paths MI-AIMH does not use.
/// </summary>
public class RequirementWordsTests
{
    [Fact]
    public void No_alternative_met_lists_each_way_and_asks_for_one_of_them()
    {
        var result = Result(Either(), With(trainingHours: 4, sessions: 1));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("(a) 4 clock hours of training; (b) 1 RS/C session");
        result.Missing.ShouldBe("one of: (a) 6 more clock hours of training dated 2026-11-24 or later; or (b) 2 more RS/C sessions dated 2026-11-24 or later");
    }

    [Fact]
    public void The_alternative_taken_is_named_with_its_evidence()
    {
        var result = Result(Either(), With(trainingHours: 4, sessions: 3));

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Alternative.ShouldBe("b");
        result.Detail.ShouldBe("(b) 3 RS/C sessions");
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void A_rule_for_every_way_and_alternatives_both_count()
    {
        var requirement = new RequirementDefinition("both", "Both", [new MinHoursAttribute(2), .. Either().Rules]);

        var level = Level(requirement);
        var unmet = Evaluate(level, requirement, With(trainingHours: 1, sessions: 3));
        var met = Evaluate(level, requirement, With(trainingHours: 2, sessions: 3));

        unmet.Status.ShouldBe(RequirementStatus.NotMet);
        unmet.Detail.ShouldBe("1 clock hour of training; (b) 3 RS/C sessions");
        unmet.Missing.ShouldBe("1 more clock hour of training dated 2026-11-24 or later");
        met.Status.ShouldBe(RequirementStatus.Met);
        met.Detail.ShouldBe("2 clock hours of training; (b) 3 RS/C sessions");
    }

    [Fact]
    public void The_review_note_comes_with_a_requirement_met_by_the_reviewed_alternative_only()
    {
        var requirement = Reviewed();
        var level = Level(requirement);

        var met = Evaluate(level, requirement, With(trainingHours: 2, sessions: 3));
        var otherWay = Evaluate(level, requirement, With(trainingHours: 10, sessions: 0));
        var unmet = Evaluate(level, requirement, With(trainingHours: 1, sessions: 3));

        met.Alternative.ShouldBe("b");
        met.Review.ShouldBe("The association decides whether sessions may stand in for training: “The board may accept sessions.”");
        otherWay.Alternative.ShouldBe("a");
        otherWay.Review.ShouldBeNull();
        unmet.Status.ShouldBe(RequirementStatus.NotMet);
        unmet.Alternative.ShouldBe("b");
        unmet.Review.ShouldBeNull();
    }

    [Fact]
    public void A_requirement_from_a_later_day_does_not_apply_yet_and_says_from_when()
    {
        var requirement = new RequirementDefinition("later", "Later", [new MinHoursAttribute(10)]) { Period = new Period(D("2027-01-01"), null) };

        var result = Result(requirement, With());

        result.Status.ShouldBe(RequirementStatus.NotApplicable);
        result.Detail.ShouldBe("required from 2027-01-01 (as-of date 2026-11-24)");
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void A_continuing_requirement_from_a_later_year_says_from_which_renewal()
    {
        var requirement = new RequirementDefinition("later", "Later", [new MinHoursAttribute(10) { InRenewalYear = true }]) { IsContinuing = true, Period = new Period(D("2027-01-01"), null) };

        Result(requirement, With(), year: 2026).Detail.ShouldBe("required beginning with the 2027 renewal");
    }

    [Fact]
    public void A_requirement_withdrawn_before_the_rule_date_is_not_in_force()
    {
        var requirement = new RequirementDefinition("old", "Old", [new MinHoursAttribute(10)]) { Period = new Period(null, D("2025-12-31")) };

        var result = Result(requirement, With());

        result.Status.ShouldBe(RequirementStatus.NotApplicable);
        result.Detail.ShouldBe("not in force");
    }

    [Fact]
    public void A_requirement_in_force_on_its_first_and_last_day()
    {
        var requirement = new RequirementDefinition("dated", "Dated", [new MinHoursAttribute(1)]) { Period = new Period(D("2026-01-01"), D("2026-11-24")) };

        var level = Level(requirement);

        Evaluate(level, requirement, With(trainingHours: 1), asOf: D("2026-01-01")).Detail.ShouldBe("rule 2026-01-01 to 2026-11-24 (as-of date 2026-01-01): 0 clock hours of training");
        Evaluate(level, requirement, With(trainingHours: 1), asOf: D("2026-11-24")).Status.ShouldBe(RequirementStatus.Met);
        Evaluate(level, requirement, With(trainingHours: 1), asOf: D("2026-11-25")).Status.ShouldBe(RequirementStatus.NotApplicable);
        Evaluate(level, requirement, With(trainingHours: 1), asOf: D("2025-12-31")).Status.ShouldBe(RequirementStatus.NotApplicable);
    }

    [Fact]
    public void A_rule_in_force_from_a_day_is_evaluated_only_from_that_day_and_the_detail_says_which_rule()
    {
        var requirement = new RequirementDefinition("hours", "Hours",
            [new MinHoursAttribute(1) { Until = "2025-12-31" }, new MinHoursAttribute(5) { From = "2026-01-01" }]);

        var level = Level(requirement);
        var portfolio = new Portfolio { Applicant = new Applicant { Name = "Robin" }, Training = [new TrainingEntry { Date = D("2025-06-01"), Hours = 2, Title = "Course" }] };
        var before = Evaluate(level, requirement, portfolio, asOf: D("2025-12-31"));
        var after = Evaluate(level, requirement, portfolio, asOf: D("2026-11-24"));

        before.Status.ShouldBe(RequirementStatus.Met);
        before.Detail.ShouldBe("rule before 2026-01-01 (as-of date 2025-12-31): 2 clock hours of training");
        after.Status.ShouldBe(RequirementStatus.NotMet);
        after.Detail.ShouldBe("rule from 2026-01-01 (as-of date 2026-11-24): 2 clock hours of training");
    }

    [Fact]
    public void The_description_names_every_rule_with_its_period_and_the_alternatives()
    {
        var requirement = new RequirementDefinition("all", "All",
            [new MinHoursAttribute(2) { From = "2026-01-01" }, .. Either().Rules]);
        _ = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [requirement], []);

        requirement.Describe().ShouldBe("at least 2 clock hours of training (from 2026-01-01); and any of: (a) at least 10 clock hours of training; or (b) at least 3 RS/C sessions");
        requirement.Describe(D("2025-06-01")).ShouldBe("any of: (a) at least 10 clock hours of training; or (b) at least 3 RS/C sessions");
        requirement.Summarize().ShouldBe("2 h training (from 2026-01-01) + any of (a) 10 h training / (b) 3 RS/C sessions");
        requirement.Summarize(D("2026-06-01")).ShouldBe("2 h training + any of (a) 10 h training / (b) 3 RS/C sessions");
    }
}
