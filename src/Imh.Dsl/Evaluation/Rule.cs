using System.Collections.Immutable;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// One rule of a requirement, built by generated code from a rule attribute. Rules are
/// immutable and evaluate a context into a <see cref="Finding"/>.
/// </summary>
public abstract class Rule
{
    // Rules are immutable, so their description is written once, on the first finding.
    private string? description;

    /// <summary>The alternative this rule belongs to, or null when always needed.</summary>
    public string? Alternative { get; init; }

    /// <summary>Evaluates the rule.</summary>
    public abstract Finding Evaluate(EvaluationContext context);

    /// <summary>Only the verdict, for callers that need no report.</summary>
    public virtual bool IsMet(EvaluationContext context) => Evaluate(context).Met;

    /// <summary>The rule in plain words, with its numbers.</summary>
    public abstract string Describe();

    /// <summary>The rule in a few words, for a comparison table.</summary>
    public virtual string Summarize() => Describe();

    /// <summary>A finding for this rule.</summary>
    protected Finding Found(bool met, string detail, string? missing) => new()
    {
        Rule = description ??= Describe(),
        Met = met,
        Detail = detail,
        Missing = met ? null : missing,
        Alternative = Alternative,
    };

    /// <summary>A finding with the measures that decided it, built in one piece (no <c>with</c> copy).</summary>
    private protected Finding Found(
        bool met, string detail, string? missing,
        decimal? hours = null, DateOnly? windowStart = null, DateOnly? windowEnd = null, decimal? creditedDays = null,
        ImmutableArray<RatingAssignment> ratings = default) => new()
    {
        Rule = description ??= Describe(),
        Met = met,
        Detail = detail,
        Missing = met ? null : missing,
        Alternative = Alternative,
        Hours = hours,
        WindowStart = windowStart,
        WindowEnd = windowEnd,
        CreditedDays = creditedDays,
        Ratings = ratings.IsDefault ? [] : ratings,
    };
}
