using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;

namespace Imh.Dsl;

/// <summary>
/// A rule of a requirement: what the author writes on the requirement member, and how it is
/// evaluated and worded. The generator constructs every attribute deriving from this class as
/// written (constructor arguments and named properties), whatever its kind, so a catalog can
/// declare its own rule kinds beside the language's. Rules on one requirement must all be met,
/// except those with an <see cref="Alternative"/> label: rules sharing a label form one
/// alternative, and at least one alternative must be met in full ("any of").
/// </summary>
/// <remarks>
/// A rule is immutable once its requirement is built: evaluation returns data
/// (<see cref="RuleOutcome"/>), and the sentences people read are made from that data by
/// <see cref="Explain"/>.
/// </remarks>
public abstract class RuleAttribute : Attribute
{
    private readonly List<RulePartAttribute> _parts = [];

    /// <summary>The alternative this rule belongs to, e.g. <c>a</c>; null when the rule is always needed.</summary>
    public string? Alternative { get; set; }

    /// <summary>First day the rule is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? From { get; set; }

    /// <summary>Last day the rule is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? Until { get; set; }

    /// <summary>The parts attached to this rule (attributes deriving from <see cref="RulePartAttribute{TRule}"/> on the same requirement).</summary>
    protected IReadOnlyList<RulePartAttribute> Parts => _parts;

    /// <summary>Evaluates the rule: the data that decides it.</summary>
    public abstract RuleOutcome Evaluate(EvaluationContext context);

    /// <summary>The rule in plain words, with its numbers, for the documentation.</summary>
    public abstract string Describe(Wording wording);

    /// <summary>The rule in a few words, for a comparison table.</summary>
    public virtual string Summarize(Wording wording) => Describe(wording);

    /// <summary>The sentences for a person: the evidence that decided the outcome and, when unmet, what is missing.</summary>
    public abstract Explanation Explain(RuleOutcome outcome, Wording wording);

    /// <summary>
    /// When unmet, a plan that meets the rule from the context's as-of date on: what to add, how
    /// much and in which dates, the cheapest way the rule kind knows. Optional: a rule kind that
    /// cannot say returns null (the default), and the report then says only what is missing.
    /// </summary>
    public virtual Advice? Advise(RuleOutcome outcome, EvaluationContext context) => null;

    // A requirement built again from the same attribute objects (a level assembled twice, a rule shared by
    // two levels) attaches the same part again: it is one part, counted once.
    internal void Attach(RulePartAttribute part)
    {
        if (!_parts.Contains(part)) _parts.Add(part);
    }
}

/// <summary>A rule kind with its own outcome type: evaluation and wording are typed.</summary>
/// <typeparam name="TOutcome">What an evaluation finds.</typeparam>
public abstract class RuleAttribute<TOutcome> : RuleAttribute
    where TOutcome : RuleOutcome
{
    /// <inheritdoc />
    public sealed override RuleOutcome Evaluate(EvaluationContext context) => Assess(context);

    /// <inheritdoc />
    public sealed override Explanation Explain(RuleOutcome outcome, Wording wording) => Explain((TOutcome)outcome, wording);

    /// <inheritdoc />
    public sealed override Advice? Advise(RuleOutcome outcome, EvaluationContext context)
        => outcome is null || outcome.Met ? null : Advise((TOutcome)outcome, context);

    /// <summary>Evaluates the rule.</summary>
    protected abstract TOutcome Assess(EvaluationContext context);

    /// <summary>The sentences for a person, from the outcome.</summary>
    protected abstract Explanation Explain(TOutcome outcome, Wording wording);

    /// <summary>A plan that meets the unmet rule from the as-of date on; null (the default) when the rule kind declines.</summary>
    protected virtual Advice? Advise(TOutcome outcome, EvaluationContext context) => null;
}

/// <summary>
/// A part of a rule declared as an attribute of its own (a numbered rating item, a part of a
/// minimum of hours): attached to the rule of its kind on the same requirement, with the same
/// alternative label.
/// </summary>
public abstract class RulePartAttribute : Attribute
{
    /// <summary>The alternative of the rule this part belongs to.</summary>
    public string? Alternative { get; set; }

    /// <summary>The rule kind this part belongs to.</summary>
    public abstract Type RuleType { get; }
}

/// <summary>A part of rules of kind <typeparamref name="TRule"/>.</summary>
/// <typeparam name="TRule">The rule kind.</typeparam>
public abstract class RulePartAttribute<TRule> : RulePartAttribute
    where TRule : RuleAttribute
{
    /// <inheritdoc />
    public sealed override Type RuleType => typeof(TRule);
}

/// <summary>What a rule found. Rule kinds derive their own outcome with the quantities they count.</summary>
/// <param name="Met">The rule is met.</param>
public abstract record RuleOutcome(bool Met);

/// <summary>The sentences a report shows for a rule.</summary>
/// <param name="Detail">The evidence that decided it, one line for a person.</param>
/// <param name="Missing">What is missing in the rule's own units; null when met.</param>
public readonly record struct Explanation(string Detail, string? Missing);
