using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// A condition under which a requirement applies; when it does not hold the requirement is not
/// applicable and the report says why. Like rules, conditions are attributes the generator
/// constructs as written, so a catalog can declare its own.
/// </summary>
public abstract class ConditionAttribute : Attribute
{
    /// <summary>The condition holds for this evaluation.</summary>
    public abstract bool Holds(EvaluationContext context);

    /// <summary>The condition in words, after "applies": <c>when the applicant provides reflective supervision/consultation to others</c>.</summary>
    public abstract string Describe(Wording wording);

    /// <summary>The condition in a few words, for a comparison table: <c>if providing RS/C</c>.</summary>
    public virtual string Summarize(Wording wording) => Describe(wording);

    /// <summary>Why the requirement does not apply to this applicant, for the report.</summary>
    public virtual string Explain(EvaluationContext context, Wording wording) => "applies only " + Describe(wording);

    /// <summary>
    /// When the condition holds and chose this variant of a requirement, why, for the report
    /// ("held since 2021-03-01, 3 years on 2024-03-01"); null when there is nothing to say.
    /// </summary>
    public virtual string? Applied(EvaluationContext context, Wording wording) => null;
}

/// <summary>
/// The requirement applies when the applicant has held the endorsement being renewed for at least
/// <c>years</c> years on the evaluation's as-of date (31 December of the renewal year): the
/// endorsement's <c>since</c> date plus the years is on or before it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class HeldForAttribute(int years) : ConditionAttribute
{
    /// <summary>The years the endorsement must have been held.</summary>
    [Positive, Range(1, 100)]
    public int Years { get; } = years;

    /// <inheritdoc />
    public override bool Holds(EvaluationContext context)
    {
        // Plain locals, no pattern variables, in this file: see PassedAttribute.Reason.
        var since = Since(context);
        return since is not null && Reached(since.Value) <= context.AsOf;
    }

    /// <inheritdoc />
    public override string Describe(Wording wording) => $"when the endorsement has been held for at least {Prose.Years(Years)} on 31 December of the renewal year";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => $"if held {Prose.Years(Years)}";

    /// <inheritdoc />
    public override string Explain(EvaluationContext context, Wording wording)
    {
        var since = Since(context);
        return since is null ? "applies only to an endorsement held for " + Prose.Years(Years) : $"applies after {Prose.Years(Years)} held: {Held(since.Value)}";
    }

    /// <inheritdoc />
    public override string? Applied(EvaluationContext context, Wording wording)
    {
        var since = Since(context);
        return since is null ? null : Held(since.Value);
    }

    private string Held(DateOnly since) => $"held since {Prose.Date(since)}, {Prose.Years(Years)} on {Prose.Date(Reached(since))}";

    private DateOnly Reached(DateOnly since) => since.AddYears(Years);

    private static DateOnly? Since(EvaluationContext context) => Renewed(context)?.Since;

    /// <summary>The endorsement renewed: the earliest held that counts as the level evaluated.</summary>
    internal static HeldEndorsement? Renewed(EvaluationContext context)
    {
        HeldEndorsement? renewed = null;
        foreach (var held in context.Portfolio.Endorsements)
        {
            if (context.Vocabulary.Counts(held.Level, context.Level.Id) && (renewed is null || held.Since < renewed.Since)) renewed = held;
        }
        return renewed;
    }
}

/// <summary>
/// The requirement applies when the endorsement renewed is held with the level's provisional
/// outcome (an Emerging holder): what that outcome waived is shown again at renewal.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class WhenProvisionalAttribute : ConditionAttribute
{
    /// <inheritdoc />
    public override bool Holds(EvaluationContext context) => HeldForAttribute.Renewed(context)?.Provisional is not null;

    /// <inheritdoc />
    public override string Describe(Wording wording)
        => $"when the endorsement is held as {wording.Level?.Provisional?.Name ?? "provisional"}";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => $"if {wording.Level?.Provisional?.Name ?? "provisional"}";
}

/// <summary>
/// The renewal requirement applies unless the portfolio shows a new application submitted in the
/// renewal year (its application date, or the date an endorsement held was applied for).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class UnlessNewApplicationAttribute : ConditionAttribute
{
    /// <inheritdoc />
    public override bool Holds(EvaluationContext context) => Application(context) is null;

    /// <inheritdoc />
    public override string Describe(Wording wording) => "unless a new application was submitted in the renewal year";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => "unless a new application that year";

    /// <inheritdoc />
    public override string Explain(EvaluationContext context, Wording wording)
    {
        var date = Application(context);
        return date is null ? "applies unless a new application was submitted in the renewal year" : $"new application submitted on {Prose.Date(date.Value)}";
    }

    private static DateOnly? Application(EvaluationContext context)
    {
        int? year = context.RenewalYear;
        if (year is null) return null;
        DateOnly? applied = context.Portfolio.ApplicationDate;
        if (applied is not null && applied.Value.Year == year) return applied;
        DateOnly? found = null;
        foreach (var held in context.Portfolio.Endorsements)
        {
            DateOnly? date = held.Applied;
            if (date is not null && date.Value.Year == year && (found is null || date < found)) found = date;
        }
        return found;
    }
}

/// <summary>The requirement applies when the applicant carries a flag of the catalog (<c>[When(ApplicantTag.SupervisesOthers)]</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class WhenAttribute(object fact) : ConditionAttribute
{
    /// <summary>The applicant flag.</summary>
    [Words(Evidence.Applicant, TagsOnly = true)]
    public object Fact { get; } = fact;

    /// <inheritdoc />
    public override bool Holds(EvaluationContext context) => context.Portfolio.Words.Has((Enum)Fact);

    /// <inheritdoc />
    public override string Describe(Wording wording) => "when the applicant " + Phrase(wording);

    /// <inheritdoc />
    public override string Summarize(Wording wording) => "if " + (wording.Vocabulary.WordOf((Enum)Fact)?.Display ?? Fact.ToString());

    private string Phrase(Wording wording)
    {
        var word = wording.Vocabulary.WordOf((Enum)Fact);
        return word is null ? Fact.ToString()! : word.Phrase ?? word.Display;
    }
}
