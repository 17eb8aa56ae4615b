using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Documentation;

namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// Rules in time and conditions on the applicant's history (issue 14), on a level built by hand:
/// a requirement switching on its first day, the rule date, a renewal year on each side of a
/// change, the endorsement held for N years, a new application in the year and a provisional holder.
/// </summary>
public class TimeAndHistoryTests
{
    private static readonly DateOnly Change = new(2024, 1, 1);

    // "hours": 30 until 2023-12-31, 45 from 2024-01-01. Renewal: "dei" from the 2023 renewal; "reflective"
    // 10 hours when held 3 years, else 12; "ethics" signed in the year unless a new application; "extra" for provisional holders.
    private static LevelDefinition Level() => new("A", "Associate", SampleCatalog.Vocabulary,
    [
        new RequirementDefinition("hours", "Training hours", [new MinHoursAttribute(30)]) { Period = new Period(null, Change.AddDays(-1)) },
        new RequirementDefinition("hours", "Training hours", [new MinHoursAttribute(45)]) { Period = new Period(Change, null) },
    ],
    [
        new RequirementDefinition("dei", "Yearly hour", [new MinHoursAttribute(1) { InRenewalYear = true }])
        {
            IsContinuing = true, Period = new Period(new DateOnly(2023, 1, 1), null), Conditions = [new UnlessNewApplicationAttribute()],
        },
        new RequirementDefinition("reflective", "Yearly hours", [new MinHoursAttribute(10) { InRenewalYear = true }])
        {
            IsContinuing = true, Conditions = [new UnlessNewApplicationAttribute(), new HeldForAttribute(3)],
        },
        new RequirementDefinition("reflective", "Yearly hours", [new MinHoursAttribute(12) { InRenewalYear = true }])
        {
            IsContinuing = true, Conditions = [new UnlessNewApplicationAttribute()],
        },
        new RequirementDefinition("extra", "Waived work", [new MinHoursAttribute(2) { InRenewalYear = true }])
        {
            IsContinuing = true, Obligation = Obligation.Optional, Conditions = [new WhenProvisionalAttribute()],
        },
    ]);

    private static Portfolio With(decimal hours, DateOnly on, DateOnly? applied = null, DateOnly? since = null, string? provisional = null, DateOnly? endorsementApplied = null) => new()
    {
        Applicant = new Applicant { Name = "Robin" },
        ApplicationDate = applied,
        Training = [new TrainingEntry { Date = on, Hours = hours, Title = "Course" }],
        Endorsements = since is { } s ? [new HeldEndorsement { Level = "A", Since = s, Provisional = provisional, Applied = endorsementApplied }] : [],
    };

    private static RequirementResult Result(LevelEvaluation evaluation, string key) => evaluation.Results().Single(r => r.Key == key);

    [Fact]
    public void The_old_rule_applies_on_the_day_before_the_change_and_the_new_one_on_the_day_itself()
    {
        var portfolio = With(30, new DateOnly(2023, 6, 1));

        var before = Result(Level().Evaluate(portfolio, Change.AddDays(-1)), "hours");
        var on = Result(Level().Evaluate(portfolio, Change), "hours");

        before.Status.ShouldBe(RequirementStatus.Met);
        before.Detail.ShouldStartWith("rule before 2024-01-01 (as-of date 2023-12-31): ");
        on.Status.ShouldBe(RequirementStatus.NotMet);
        on.Detail.ShouldStartWith("rule from 2024-01-01 (as-of date 2024-01-01): ");
        on.Missing.ShouldBe("15 more clock hours of training dated 2024-01-01 or later");
    }

    [Fact]
    public void An_application_submitted_before_the_change_keeps_the_old_rule_after_it()
    {
        var portfolio = With(30, new DateOnly(2023, 6, 1), applied: Change.AddDays(-1));

        var result = Result(Level().Evaluate(portfolio, new DateOnly(2024, 2, 1)), "hours");

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldStartWith("rule before 2024-01-01 (application date 2023-12-31): ");
    }

    [Fact]
    public void An_application_date_after_the_as_of_date_does_not_choose_the_rules()
    {
        var portfolio = With(30, new DateOnly(2023, 6, 1), applied: new DateOnly(2024, 3, 1));

        var result = Result(Level().Evaluate(portfolio, Change.AddDays(-1)), "hours");

        result.Detail.ShouldStartWith("rule before 2024-01-01 (as-of date 2023-12-31): ");
    }

    [Fact]
    public void A_renewal_rule_starting_in_2023_is_not_applicable_in_2022_and_applies_in_2023()
    {
        var held = new DateOnly(2015, 1, 1);

        var in2022 = Result(Level().Renew(With(0.5m, new DateOnly(2022, 5, 1), since: held), 2022), "dei");
        var in2023 = Result(Level().Renew(With(1, new DateOnly(2023, 5, 1), since: held), 2023), "dei");

        in2022.Status.ShouldBe(RequirementStatus.NotApplicable);
        in2022.Detail.ShouldBe("required beginning with the 2023 renewal");
        in2023.Status.ShouldBe(RequirementStatus.Met);
        in2023.Detail.ShouldStartWith("rule from 2023-01-01 (renewal year 2023): ");
    }

    [Fact]
    public void Held_three_years_on_31_December_takes_the_reduced_rule_and_one_day_short_does_not()
    {
        var exactly = Result(Level().Renew(With(10, new DateOnly(2024, 5, 1), since: new DateOnly(2021, 12, 31)), 2024), "reflective");
        var dayShort = Result(Level().Renew(With(10, new DateOnly(2024, 5, 1), since: new DateOnly(2022, 1, 1)), 2024), "reflective");

        exactly.Status.ShouldBe(RequirementStatus.Met);
        exactly.Detail.ShouldStartWith("held since 2021-12-31, 3 years on 2024-12-31: 10 clock hours");
        dayShort.Status.ShouldBe(RequirementStatus.NotMet);
        dayShort.Missing.ShouldBe("2 more clock hours of training dated in 2024, by 2024-12-31");
    }

    [Fact]
    public void Held_for_counts_from_29_February_to_28_February_three_years_on()
    {
        var result = Result(Level().Renew(With(10, new DateOnly(2023, 5, 1), since: new DateOnly(2020, 2, 29)), 2023), "reflective");

        result.Detail.ShouldStartWith("held since 2020-02-29, 3 years on 2023-02-28: ");
    }

    [Fact]
    public void A_new_application_in_the_renewal_year_exempts_the_rules_that_say_so()
    {
        var portfolio = With(0.5m, new DateOnly(2024, 5, 1), applied: new DateOnly(2024, 3, 10), since: new DateOnly(2015, 1, 1));

        var evaluation = Level().Renew(portfolio, 2024);

        foreach (var key in new[] { "dei", "reflective" })
        {
            var result = Result(evaluation, key);
            result.Status.ShouldBe(RequirementStatus.NotApplicable, key);
            result.Detail.ShouldBe("new application submitted on 2024-03-10", key);
        }
        evaluation.Outcome.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void An_application_in_the_year_before_does_not_exempt_and_one_held_endorsement_applied_in_the_year_does()
    {
        var lastYear = With(1, new DateOnly(2024, 5, 1), applied: new DateOnly(2023, 12, 31), since: new DateOnly(2015, 1, 1));
        var appliedForHeld = With(0.5m, new DateOnly(2024, 5, 1), since: new DateOnly(2015, 1, 1), endorsementApplied: new DateOnly(2024, 1, 1));

        Result(Level().Renew(lastYear, 2024), "dei").Status.ShouldBe(RequirementStatus.Met);
        Result(Level().Renew(appliedForHeld, 2024), "dei").Detail.ShouldBe("new application submitted on 2024-01-01");
    }

    [Fact]
    public void What_a_provisional_outcome_waived_is_shown_again_only_to_its_holders()
    {
        var provisional = Result(Level().Renew(With(2, new DateOnly(2024, 5, 1), since: new DateOnly(2020, 1, 1), provisional: "emerging"), 2024), "extra");
        var full = Result(Level().Renew(With(2, new DateOnly(2024, 5, 1), since: new DateOnly(2020, 1, 1)), 2024), "extra");

        provisional.Status.ShouldBe(RequirementStatus.Met);
        provisional.Required.ShouldBeFalse();
        full.Status.ShouldBe(RequirementStatus.NotApplicable);
    }

    [Fact]
    public void An_optional_requirement_with_nothing_to_check_is_never_reported()
    {
        var level = new LevelDefinition("A", "Associate", SampleCatalog.Vocabulary,
            [new RequirementDefinition("optional", "Optional", ImmutableArray<RuleAttribute>.Empty) { Obligation = Obligation.Optional }], []);

        level.Evaluate(With(1, new DateOnly(2024, 1, 1)), new DateOnly(2024, 6, 1)).Results().ShouldBeEmpty();
    }
}
