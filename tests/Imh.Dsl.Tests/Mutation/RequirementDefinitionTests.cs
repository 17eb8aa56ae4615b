using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;
using static Imh.Dsl.Tests.Mutation.HandBuilt;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// What a requirement says before its details (the dated rule in force, the conditions that chose
/// it), what it reports of a rule kind that neither says what is missing nor advises, and how it
/// is put together (a part needs its rule; a requirement belongs to one level). Held on
/// requirements built by hand, with paths no catalog uses.
/// </summary>
public class RequirementDefinitionTests
{
    [Fact]
    public void The_first_dated_rule_in_force_and_each_condition_that_chose_the_variant_come_before_the_details()
    {
        var requirement = new RequirementDefinition("dated", "Dated",
            [new MinHoursAttribute(1) { From = "2025-01-01" }, new MinHoursAttribute(2) { From = "2026-01-01" }])
        {
            Conditions = [new ChosenAttribute("held since 2020-01-01"), new ChosenAttribute("renewed twice")],
        };

        var result = Result(requirement, With(trainingHours: 3));

        result.Detail.ShouldBe("rule from 2025-01-01 (as-of date 2026-11-24); held since 2020-01-01; renewed twice: 3 clock hours of training; 3 clock hours of training");
    }

    [Fact]
    public void Conditions_alone_that_chose_the_variant_are_joined_before_the_details()
    {
        var requirement = new RequirementDefinition("chosen", "Chosen", [new MinHoursAttribute(1)])
        {
            Conditions = [new ChosenAttribute("held since 2020-01-01"), new ChosenAttribute("renewed twice")],
        };

        Result(requirement, With(trainingHours: 3)).Detail.ShouldBe("held since 2020-01-01; renewed twice: 3 clock hours of training");
    }

    [Fact]
    public void A_rule_until_the_last_day_a_date_can_hold_is_said_by_its_period()
    {
        // "Before" the day after would need a day after 9999-12-31.
        var requirement = new RequirementDefinition("open", "Open", [new MinHoursAttribute(1) { Until = "9999-12-31" }]);

        Result(requirement, With(trainingHours: 3)).Detail.ShouldBe("rule until 9999-12-31 (as-of date 2026-11-24): 3 clock hours of training");
    }

    [Fact]
    public void An_unmet_rule_that_says_nothing_of_what_is_missing_leaves_the_missing_text_empty()
    {
        var requirement = new RequirementDefinition("silent", "Silent", [new SilentAttribute(met: false)]);

        var result = Result(requirement, With());

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Findings.Single().Missing.ShouldBe("");
        result.Missing.ShouldBe("");
        result.Advice.ShouldBeNull();
    }

    [Fact]
    public void The_advice_leaves_out_an_alternative_whose_unmet_rule_cannot_be_advised()
    {
        var requirement = new RequirementDefinition("either", "Either",
            [new SilentAttribute(met: false) { Alternative = "a" }, new MinHoursAttribute(10) { Alternative = "b" }]);

        var result = Result(requirement, With(trainingHours: 4));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Missing.ShouldBe("one of: (a) ; or (b) 6 more clock hours of training dated 2026-11-24 or later");
        var advice = result.Advice.ShouldNotBeNull();
        advice.Steps.ShouldBeEmpty();
        advice.Alternatives.Select(a => a.Alternative).ShouldBe(["b"]);
    }

    [Fact]
    public void A_part_needs_a_rule_of_its_kind_in_the_same_alternative()
    {
        var error = Should.Throw<InvalidOperationException>(() => new RequirementDefinition("hours", "Hours",
            [new MinHoursAttribute(10) { Alternative = "a" }], [new HoursPartAttribute(5) { Alternative = "b" }]));

        error.Message.ShouldBe("[HoursPartAttribute] on 'hours' has no [MinHoursAttribute] with the same alternative to belong to.");
    }

    [Fact]
    public void A_requirement_belongs_to_one_level_and_to_none_before_it_is_placed()
    {
        var requirement = new RequirementDefinition("hours", "Hours", [new MinHoursAttribute(10)]);

        Should.Throw<InvalidOperationException>(() => requirement.Level).Message.ShouldBe("'hours' is not part of a level yet.");
        var level = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [requirement], []);
        requirement.Level.ShouldBeSameAs(level);
        Should.Throw<InvalidOperationException>(() => new LevelDefinition("U", "Other level", MiAimhVocabulary.Instance, [requirement], []))
            .Message.ShouldBe("'hours' already belongs to T.");
    }

    /// <summary>A condition that always holds and says why it chose the variant.</summary>
    private sealed class ChosenAttribute(string why) : ConditionAttribute
    {
        public override bool Holds(EvaluationContext context) => true;

        public override string Describe(Wording wording) => "when chosen";

        public override string? Applied(EvaluationContext context, Wording wording) => why;
    }

    /// <summary>A rule kind, as a catalog may write its own, that neither says what is missing nor advises.</summary>
    private sealed class SilentAttribute(bool met) : RuleAttribute<SilentOutcome>
    {
        public override string Describe(Wording wording) => "something done";

        protected override SilentOutcome Assess(EvaluationContext context) => new(met);

        protected override Explanation Explain(SilentOutcome outcome, Wording wording) => new(outcome.Met ? "done" : "not done", null);
    }

    private sealed record SilentOutcome(bool Met) : RuleOutcome(Met);
}
