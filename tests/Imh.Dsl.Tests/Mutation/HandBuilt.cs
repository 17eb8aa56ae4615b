using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// Requirements and portfolios built by hand for the tests of a requirement's words and of a level's
/// choices, with paths MI-AIMH does not use: a minimum of training or of sessions, and the same with
/// the association reviewing the sessions.
/// </summary>
internal static class HandBuilt
{
    public static readonly DateOnly AsOf = new(2026, 11, 24);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A training entry of <paramref name="trainingHours"/> (none at 0) and weekly one-hour sessions from 2026-01-05.</summary>
    public static Portfolio With(decimal trainingHours = 0, int sessions = 0) => new()
    {
        Applicant = new Applicant { Name = "Robin" },
        Training = trainingHours > 0 ? [new TrainingEntry { Date = D("2026-03-01"), Hours = trainingHours, Title = "Course" }] : [],
        Sessions = [.. Enumerable.Range(0, sessions).Select(i => new Session { Date = D("2026-01-05").AddDays(7 * i), Hours = 1, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) })],
    };

    /// <summary>(a) 10 clock hours of training, or (b) 3 sessions.</summary>
    public static RequirementDefinition Either() => new("either", "Training or sessions",
    [
        new MinHoursAttribute(10) { Alternative = "a" },
        new MinEntriesAttribute(3) { Evidence = Evidence.Sessions, Alternative = "b" },
    ]);

    /// <summary>2 clock hours of training, and <see cref="Either"/>, with the association reviewing (b).</summary>
    public static RequirementDefinition Reviewed() => new("both", "Both", [new MinHoursAttribute(2), .. Either().Rules])
    {
        Reviews = [new ReviewNote("b", "whether sessions may stand in for training", "The board may accept sessions.")],
    };

    /// <summary>A test level holding <paramref name="requirements"/> as initial requirements.</summary>
    public static LevelDefinition Level(params RequirementDefinition[] requirements) => new("T", "Test level", MiAimhVocabulary.Instance, [.. requirements], []);

    /// <summary>The requirement evaluated in a test level of its own (a renewal requirement among the level's renewal ones).</summary>
    public static RequirementResult Result(RequirementDefinition requirement, Portfolio portfolio, DateOnly? asOf = null, int? year = null)
    {
        var level = requirement.IsContinuing
            ? new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], [requirement])
            : Level(requirement);
        return Evaluate(level, requirement, portfolio, asOf, year);
    }

    /// <summary>The requirement of <paramref name="level"/> evaluated on <paramref name="asOf"/> (<see cref="AsOf"/> by default) or at the end of the renewal year.</summary>
    public static RequirementResult Evaluate(LevelDefinition level, RequirementDefinition requirement, Portfolio portfolio, DateOnly? asOf = null, int? year = null)
        => requirement.Evaluate(new EvaluationContext(portfolio, level, year is { } y ? new DateOnly(y, 12, 31) : asOf ?? AsOf, year));
}
