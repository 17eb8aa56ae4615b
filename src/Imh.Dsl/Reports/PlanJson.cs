using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Reports;

/// <summary>
/// A plan in the report contract (<c>imh plan --format json</c>): the level, whether it is met on the
/// as-of date, the earliest day it is met at the applicant's pace (the actions done by then), and
/// each requirement with its status, day, plan, steps and projected entries.
/// </summary>
public sealed record PlanJson(string Applicant, string Level, string AsOf, bool Eligible, string EligibleOn, List<string> Actions,
    List<RequirementPlanJson> Requirements)
{
    /// <summary>A level's plan in the contract's shape.</summary>
    public static PlanJson Of(LevelPlan plan, string applicant)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var vocabulary = plan.Level.Vocabulary;
        return new PlanJson(applicant, plan.Level.Id, Prose.Date(plan.AsOf), plan.Now.Eligible, Prose.Date(plan.On), [.. plan.Actions.Select(a => a.Key)],
            [.. plan.Requirements.Select(r => RequirementPlanJson.Of(r, vocabulary))]);
    }

    /// <summary>The contract's spelling of a plan status.</summary>
    public static string StatusName(PlanStatus status) => status switch
    {
        PlanStatus.Met => "met",
        PlanStatus.NotApplicable => "notApplicable",
        PlanStatus.ByPace => "byPace",
        PlanStatus.Action => "action",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>Every level's plan.</summary>
public sealed record PlansJson(string Applicant, string AsOf, List<PlanJson> Levels);

/// <summary>One requirement of a plan.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Required">It decides the plan's date.</param>
/// <param name="Status"><c>met</c>, <c>notApplicable</c>, <c>byPace</c> or <c>action</c>.</param>
/// <param name="On">The day it is met at the earliest (for an action: the day its steps are done by); null when not applicable.</param>
/// <param name="Plan">The plan in words.</param>
/// <param name="Alternative">The alternative taken, if any.</param>
/// <param name="Steps">For an action: what to add.</param>
/// <param name="Projected">For <c>byPace</c>: the entries expected at the pace, up to <paramref name="On"/>.</param>
public sealed record RequirementPlanJson(string Key, string Title, bool Required, string Status, string? On, string Plan, string? Alternative,
    List<StepJson> Steps, List<ProjectionJson> Projected)
{
    /// <summary>A requirement's plan in the contract's shape.</summary>
    public static RequirementPlanJson Of(RequirementPlan plan, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new RequirementPlanJson(plan.Key, plan.Title, plan.Obligation == Obligation.Required, PlanJson.StatusName(plan.Status),
            plan.On is { } on ? Prose.Date(on) : null, plan.Text, plan.Alternative,
            [.. plan.Steps.Select(s => StepJson.Of(s, vocabulary))], [.. plan.Projections.Select(p => ProjectionJson.Of(p, vocabulary))]);
    }
}

/// <summary>
/// Entries a plan expects at the pace: one a month of <c>hoursPerMonth</c> clock hours (split in
/// entries of at most the list's limit on the same day), dated <c>first</c> and the same day of each
/// later month up to <c>last</c>, carrying <c>flags</c> and one of the <c>values</c>.
/// </summary>
public sealed record ProjectionJson(string List, decimal HoursPerMonth, bool Observed, string First, string Last, List<string> Flags,
    Dictionary<string, List<string>> Values, string? Provider, List<string> ProviderEndorsedIn)
{
    /// <summary>A projection in the contract's shape.</summary>
    public static ProjectionJson Of(Projection projection, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var shape = EntryShapeJson.Of(projection.Words, [], vocabulary);
        return new ProjectionJson(vocabulary.Name(projection.Evidence).Json, projection.HoursPerMonth, projection.Observed,
            Prose.Date(projection.First), Prose.Date(projection.Last), shape.Flags, shape.Values, projection.Provider, [.. projection.ProviderEndorsedIn]);
    }
}
