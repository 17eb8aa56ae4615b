using System.Collections.Immutable;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Planning;

/// <summary>How a requirement is reached in a plan.</summary>
public enum PlanStatus
{
    /// <summary>Met on the as-of date (and still on the plan's date).</summary>
    Met,
    /// <summary>Does not apply to the applicant.</summary>
    NotApplicable,
    /// <summary>Met on a later date if the applicant keeps their pace: work goes on, hours come at the pace.</summary>
    ByPace,
    /// <summary>Time alone does not meet it: the applicant must do something (the steps).</summary>
    Action,
}

/// <summary>One requirement in a plan.</summary>
public sealed record RequirementPlan
{
    /// <summary>The requirement's key.</summary>
    public required string Key { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Required, recommended or optional: only required ones decide the plan's date.</summary>
    public required Obligation Obligation { get; init; }

    /// <summary>How it is reached.</summary>
    public required PlanStatus Status { get; init; }

    /// <summary>The day it is met at the earliest (the plan's date for an action done by then); null when not applicable.</summary>
    public DateOnly? On { get; init; }

    /// <summary>The plan in words: when, at which pace, or what to do.</summary>
    public required string Text { get; init; }

    /// <summary>The alternative the plan takes, when the requirement has some.</summary>
    public string? Alternative { get; init; }

    /// <summary>For an action: what to add (the requirement's advice, the way chosen); empty when the rule kind does not advise.</summary>
    public ImmutableArray<Step> Steps { get; init; } = [];

    /// <summary>For a requirement met at the pace: the entries expected, up to the day it is met.</summary>
    public ImmutableArray<Projection> Projections { get; init; } = [];
}

/// <summary>
/// When an applicant becomes eligible at a level if they keep their pace: each requirement met now,
/// met on a later day as work goes on and hours come at the pace, or needing an action; and the
/// earliest day all of them are met, the actions done by then.
/// </summary>
public sealed record LevelPlan
{
    /// <summary>The level.</summary>
    public required LevelDefinition Level { get; init; }

    /// <summary>The day the plan starts from.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The outcome on the as-of date.</summary>
    public required LevelOutcome Now { get; init; }

    /// <summary>The earliest day every required requirement is met, the actions done by then.</summary>
    public required DateOnly On { get; init; }

    /// <summary>The requirements that apply, in declaration order.</summary>
    public required ImmutableArray<RequirementPlan> Requirements { get; init; }

    /// <summary>The required requirements that need an action.</summary>
    public IEnumerable<RequirementPlan> Actions => Requirements.Where(r => r.Status == PlanStatus.Action && r.Obligation == Obligation.Required);

    /// <summary>Every entry the plan expects at the pace, for the required requirements, up to <see cref="On"/>.</summary>
    public IEnumerable<Projection> Projections => Requirements.Where(r => r.Obligation == Obligation.Required).SelectMany(r => r.Projections);
}
