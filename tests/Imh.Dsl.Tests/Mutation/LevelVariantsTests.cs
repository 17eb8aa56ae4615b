using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;
using static Imh.Dsl.Tests.Mutation.HandBuilt;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// Which variant of a requirement a level evaluates (the first in force when no variant's conditions
/// hold, not a later one; none once all have ended), and which met requirements the association
/// reviews. Held on levels built by hand.
/// </summary>
public class LevelVariantsTests
{
    [Fact]
    public void With_no_variant_whose_conditions_hold_the_first_in_force_is_evaluated_not_a_later_one()
    {
        var inForce = new RequirementDefinition("hours", "Hours", [new MinHoursAttribute(1)])
        {
            Period = new Period(D("2026-01-01"), null), Conditions = [new WhenAttribute(ApplicantTag.SupervisesOthers)],
        };
        var later = new RequirementDefinition("hours", "Hours", [new MinHoursAttribute(2)]) { Period = new Period(D("2027-01-01"), null) };

        var evaluation = Level(inForce, later).Evaluate(With(trainingHours: 5), AsOf);

        evaluation.Assessments.Single().Requirement.ShouldBeSameAs(inForce);
    }

    [Fact]
    public void A_requirement_whose_variants_have_all_ended_is_left_out()
    {
        var ended = new RequirementDefinition("old", "Old", [new MinHoursAttribute(1)]) { Period = new Period(null, D("2024-12-31")) };
        var endedLater = new RequirementDefinition("old", "Old", [new MinHoursAttribute(2)]) { Period = new Period(D("2025-01-01"), D("2025-12-31")) };
        var current = new RequirementDefinition("hours", "Hours", [new MinHoursAttribute(1)]);

        var evaluation = Level(ended, endedLater, current).Evaluate(With(trainingHours: 5), AsOf);

        evaluation.Assessments.Select(a => a.Requirement.Key).ShouldBe(["hours"]);
    }

    [Fact]
    public void Only_a_met_requirement_whose_reviewed_alternative_was_taken_needs_review()
    {
        Level(Reviewed()).Evaluate(With(trainingHours: 2, sessions: 3), AsOf).NeedsReview.ShouldBe(["both"]);
        Level(Reviewed()).Evaluate(With(trainingHours: 1, sessions: 3), AsOf).NeedsReview.ShouldBeEmpty();
        Level(Reviewed()).Evaluate(With(trainingHours: 10), AsOf).NeedsReview.ShouldBeEmpty();
    }
}
