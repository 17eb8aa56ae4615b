using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// An examination or review passed, dated (when dated) on or before the as-of date: a value of the
/// catalog's assessments enum. <c>Where</c> and <c>Matching</c> filter the results (the version of
/// an examination); with <see cref="ForLevel"/>, a result that names a level must name the one evaluated.
/// </summary>
[Counts(Evidence.Assessments)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class PassedAttribute(object assessment) : EntriesRuleAttribute<PassedOutcome>
{
    /// <summary>The examination or review.</summary>
    [Words(Evidence.Applicant, Assessments = true)]
    public object Assessment { get; } = assessment;

    /// <summary>A result that names a level or track (the one it was taken for) counts only for that one.</summary>
    public bool ForLevel { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.Assessments;

    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var filter = FilterFor(wording);
        var text = $"the {Name(wording)} passed";
        if (!filter.IsEmpty) text += $" ({wording.Entries(filter, noun: "result").TrimStart()})";
        return ForLevel ? text + ", taken for this level when a level is named" : text;
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording) => "passed";

    /// <inheritdoc />
    protected override PassedOutcome Assess(EvaluationContext context)
    {
        var filter = FilterFor(context);
        ulong bits = WordBits.Of((Enum)Assessment);
        AssessmentResult? best = null;
        var reason = PassedReason.None;
        var assessments = context.Portfolio.Assessments;
        for (int i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (WordBits.Of(a.Assessment) != bits) continue;
            var why = Reason(a, filter, context);
            if (why == PassedReason.Passed) return new PassedOutcome(true, a, why);
            if (best is null || why > reason) (best, reason) = (a, why);
        }
        return new PassedOutcome(false, best, reason);
    }

    // Plain locals, no pattern variables: a conditional that declares one cannot be mutated (Stryker's
    // copies of it declare the variable twice), so its mutants would go unmeasured (docs/mutation.md).
    private PassedReason Reason(AssessmentResult a, EntryFilter filter, EvaluationContext context)
    {
        if (a.Date > context.AsOf) return PassedReason.Late;
        if (!a.Passed) return PassedReason.NotPassed;
        if (!filter.Accepts(a)) return PassedReason.Elsewhere;
        string? level = a.Level;
        if (ForLevel && level is not null && !context.Vocabulary.Counts(context.Level.Id, level) && level != context.Level.Id) return PassedReason.Elsewhere;
        return PassedReason.Passed;
    }

    /// <inheritdoc />
    protected override Explanation Explain(PassedOutcome outcome, Wording wording)
    {
        string name = Name(wording);
        string? missing = outcome.Met ? null : $"a passed {name}";
        string detail = outcome.Reason switch
        {
            PassedReason.Passed => outcome.Result?.Date is null ? "passed" : $"passed {Prose.Date(outcome.Result.Date.Value)}",
            PassedReason.Late => $"{name} dated {Prose.Date(outcome.Result!.Date!.Value)}, after the as-of date",
            PassedReason.NotPassed => $"{name} not passed",
            PassedReason.Elsewhere => $"the {name} passed does not count here: {wording.Entries(FilterFor(wording), noun: "result").TrimStart()}{(ForLevel ? " for this level" : "")} is asked for",
            _ => $"no {name} recorded",
        };
        return new(detail, missing);
    }

    /// <inheritdoc />
    protected override Advice? Advise(PassedOutcome outcome, EvaluationContext context)
    {
        var filter = FilterFor(context);
        var words = filter.Example();
        if (words is null) return null;
        var wording = context.Level.Wording;
        string which = filter.IsEmpty ? "" : $" ({wording.Entries(filter, noun: "result").TrimStart()})";
        return new Advice($"a passed {Name(wording)}{which}",
            [new Pass((Enum)Assessment, context.AsOf, filter, words.Value, ForLevel ? context.Level.Id : null)]);
    }

    private string Name(Wording wording) => wording.Value((Enum)Assessment);
}

/// <summary>Why an assessment does or does not count, from least to most telling.</summary>
public enum PassedReason
{
    /// <summary>No result of the assessment.</summary>
    None,
    /// <summary>A result dated after the as-of date.</summary>
    Late,
    /// <summary>A result not passed.</summary>
    NotPassed,
    /// <summary>A passed result of another version or level.</summary>
    Elsewhere,
    /// <summary>A passed result that counts.</summary>
    Passed,
}

/// <summary>What a <see cref="PassedAttribute"/> found.</summary>
/// <param name="Met">A result counts.</param>
/// <param name="Result">The result that counts, or the most telling one that does not.</param>
/// <param name="Reason">Why.</param>
public sealed record PassedOutcome(bool Met, AssessmentResult? Result, PassedReason Reason) : RuleOutcome(Met);
