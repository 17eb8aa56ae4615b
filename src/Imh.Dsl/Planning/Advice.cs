using System.Collections.Immutable;

namespace Imh.Dsl.Planning;

/// <summary>
/// What a rule asks the applicant to add, from the as-of date on, so that it is met: a sentence
/// for a person and the steps as data. Following every step (adding exactly the evidence they
/// name, dated as they say) and checking again on <see cref="Done"/> meets the rule.
/// </summary>
/// <param name="Text">The plan in words, in the rule's own units ("27 more clock hours ... dated 2026-11-24 to 2026-12-05").</param>
/// <param name="Steps">What to add; all of them are needed.</param>
public sealed record Advice(string Text, ImmutableArray<Step> Steps)
{
    /// <summary>The day to check the portfolio again on: the latest date a step needs; null when no step is dated.</summary>
    public DateOnly? Done => Latest(Steps);

    /// <summary>The latest date some steps need; null when none is dated.</summary>
    public static DateOnly? Latest(IEnumerable<Step> steps)
    {
        DateOnly? latest = null;
        foreach (var step in steps)
        {
            if (step.Done is { } day && (latest is null || day > latest)) latest = day;
        }
        return latest;
    }
}

/// <summary>
/// What a requirement asks for: the steps of its rules that must all be met and, when its
/// alternatives are all unmet, each alternative's steps (one alternative is followed in full).
/// </summary>
/// <param name="Steps">The steps of the rules outside alternatives.</param>
/// <param name="Alternatives">Each unmet alternative's steps, in declaration order; empty when an alternative is met or there is none.</param>
public sealed record RequirementAdvice(ImmutableArray<Step> Steps, ImmutableArray<AlternativeAdvice> Alternatives)
{
    /// <summary>The steps of one way to meet the requirement: <see cref="Steps"/> and those of the alternative <paramref name="label"/> (null: none).</summary>
    public IEnumerable<Step> Way(string? label)
        => Steps.Concat(Alternatives.Where(a => a.Alternative == label).SelectMany(a => a.Steps));
}

/// <summary>The steps of one alternative.</summary>
/// <param name="Alternative">Its label, e.g. <c>a</c>.</param>
/// <param name="Steps">What to add to meet it in full.</param>
public sealed record AlternativeAdvice(string Alternative, ImmutableArray<Step> Steps);
