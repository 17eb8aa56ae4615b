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

    private string Phrase(Wording wording) => wording.Vocabulary.WordOf((Enum)Fact) is { } word ? word.Phrase ?? word.Display : Fact.ToString()!;
}
