using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// Which variant of a requirement a level evaluates (the first in force when no variant's conditions
/// hold, not a later one; none once all have ended), and which met requirements the association
/// reviews. Held on levels built by hand.
/// </summary>
public class LevelVariantsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Portfolio With(decimal trainingHours = 0, int sessions = 0) => new()
    {
        Applicant = new Applicant { Name = "Robin" },
        Training = trainingHours > 0 ? [new TrainingEntry { Date = D("2026-03-01"), Hours = trainingHours, Title = "Course" }] : [],
        Sessions = [.. Enumerable.Range(0, sessions).Select(i => new Session { Date = D("2026-01-05").AddDays(7 * i), Hours = 1, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) })],
    };

    private static LevelDefinition Level(params RequirementDefinition[] requirements) => new("T", "Test level", MiAimhVocabulary.Instance, [.. requirements], []);

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
        RequirementDefinition Reviewed() => new("both", "Both",
        [
            new MinHoursAttribute(2),
            new MinHoursAttribute(10) { Alternative = "a" },
            new MinEntriesAttribute(3) { Evidence = Evidence.Sessions, Alternative = "b" },
        ])
        {
            Reviews = [new ReviewNote("b", "whether sessions may stand in for training", "The board may accept sessions.")],
        };

        Level(Reviewed()).Evaluate(With(trainingHours: 2, sessions: 3), AsOf).NeedsReview.ShouldBe(["both"]);
        Level(Reviewed()).Evaluate(With(trainingHours: 1, sessions: 3), AsOf).NeedsReview.ShouldBeEmpty();
        Level(Reviewed()).Evaluate(With(trainingHours: 10), AsOf).NeedsReview.ShouldBeEmpty();
    }
}
