using System.Collections.Immutable;

namespace Imh.Dsl.Reports;

/// <summary>Outcome of one requirement.</summary>
public enum RequirementStatus
{
    /// <summary>The evidence meets the requirement.</summary>
    Met,
    /// <summary>The evidence does not meet the requirement.</summary>
    NotMet,
    /// <summary>The requirement does not apply to this applicant (its condition does not hold).</summary>
    NotApplicable,
}

/// <summary>What one rule of a requirement found.</summary>
public sealed record Finding
{
    /// <summary>The rule in plain words.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule is met.</summary>
    public required bool Met { get; init; }

    /// <summary>The evidence that decided it, for a person.</summary>
    public required string Detail { get; init; }

    /// <summary>What is missing in the rule's own units; null when met.</summary>
    public string? Missing { get; init; }

    /// <summary>The alternative the rule belongs to, if any.</summary>
    public string? Alternative { get; init; }

    /// <summary>The data the rule found (hours counted, window, credited days, which rating filled which item...): a record of the rule kind's outcome type.</summary>
    public required RuleOutcome Outcome { get; init; }

    /// <summary>When unmet, the rule kind's plan to meet it from the as-of date on; null when met or when the rule kind does not advise.</summary>
    public Planning.Advice? Advice { get; init; }
}

/// <summary>The result of one requirement: what a report must say about it.</summary>
public sealed record RequirementResult
{
    /// <summary>Stable key, e.g. <c>reflectiveSupervision</c>.</summary>
    public required string Key { get; init; }

    /// <summary>One-line title.</summary>
    public required string Title { get; init; }

    /// <summary>Required, recommended or optional.</summary>
    public required Obligation Obligation { get; init; }

    /// <summary>The requirement blocks eligibility when not met.</summary>
    public bool Required => Obligation == Obligation.Required;

    /// <summary>Met, not met or not applicable.</summary>
    public required RequirementStatus Status { get; init; }

    /// <summary>The evidence that decided it, one line for a person.</summary>
    public required string Detail { get; init; }

    /// <summary>What is missing, in the requirement's own units; null when met or not applicable.</summary>
    public string? Missing { get; init; }

    /// <summary>The quoted source sentence(s).</summary>
    public required string Source { get; init; }

    /// <summary>The alternative taken ("any of" requirements), e.g. <c>b</c>.</summary>
    public string? Alternative { get; init; }

    /// <summary>When met only through evidence the association decides on: what must be decided, quoting the sentence; null otherwise.</summary>
    public string? Review { get; init; }

    /// <summary>One finding per rule evaluated.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>When not met, what to add and when, as data (the steps of the rules' advice); null when met or when a rule needed declines to advise.</summary>
    public Planning.RequirementAdvice? Advice { get; init; }

    /// <summary>Met, or not applicable.</summary>
    public bool IsSatisfied => Status != RequirementStatus.NotMet;
}
