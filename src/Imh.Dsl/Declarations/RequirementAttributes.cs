namespace Imh.Dsl;

/// <summary>How a requirement weighs on eligibility.</summary>
public enum Obligation
{
    /// <summary>Must be met (or not applicable) for eligibility.</summary>
    Required,
    /// <summary>"Recommends", "is recommended": reported, never blocks.</summary>
    Recommended,
    /// <summary>"Optional": reported, never blocks.</summary>
    Optional,
    /// <summary>"Not required": no check; documented as not required.</summary>
    NotRequired,
}

/// <summary>The type of a requirement member. Declarations are never instantiated; the member marks a requirement.</summary>
public readonly struct Requirement;

/// <summary>Declares a requirement for initial endorsement. Put it on a property of type <see cref="Requirement"/>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class RequirementAttribute(string key, string title) : Attribute
{
    /// <summary>Stable key, e.g. <c>reflectiveSupervision</c>.</summary>
    public string Key { get; } = key;

    /// <summary>One-line title.</summary>
    public string Title { get; } = title;

    /// <summary>Required (default), recommended, optional or not required.</summary>
    public Obligation Obligation { get; set; } = Obligation.Required;

    /// <summary>First day the requirement is in force (<c>YYYY-MM-DD</c>); another member with the same key may hold the earlier rule.</summary>
    public string? From { get; set; }

    /// <summary>Last day the requirement is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? Until { get; set; }

    /// <summary>On a track: replaces the level's requirement with the same key (and period) on purpose.</summary>
    public bool Overrides { get; set; }
}

/// <summary>Declares a continuing-endorsement (renewal) rule, evaluated per calendar year.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ContinuingAttribute(string key, string title) : Attribute
{
    /// <summary>Stable key, e.g. <c>continuingTraining</c>.</summary>
    public string Key { get; } = key;

    /// <summary>One-line title.</summary>
    public string Title { get; } = title;

    /// <summary>Required (default), recommended, optional or not required.</summary>
    public Obligation Obligation { get; set; } = Obligation.Required;

    /// <summary>First day the rule is in force (<c>YYYY-MM-DD</c>): it applies to renewal years whose 31 December is on or after it.</summary>
    public string? From { get; set; }

    /// <summary>Last day the rule is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? Until { get; set; }

    /// <summary>On a track: replaces the level's rule with the same key (and period) on purpose.</summary>
    public bool Overrides { get; set; }
}

/// <summary>A sentence of the published text that the requirement encodes, quoted as printed.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class SourceAttribute(string quote) : Attribute
{
    /// <summary>The quoted sentence.</summary>
    public string Quote { get; } = quote;
}

/// <summary>
/// A sentence of the published text that belongs on the requirement's documentation but sets no
/// condition a portfolio can show (a procedural sentence, a note in brackets, a typical figure),
/// quoted as printed and checked against the source text like <see cref="SourceAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class NoteAttribute(string quote) : Attribute
{
    /// <summary>The quoted sentence.</summary>
    public string Quote { get; } = quote;

    /// <summary>Why it is not checked, or the decision taken about it, in plain words.</summary>
    public string? Says { get; set; }
}

/// <summary>
/// The association decides on evidence that meets the requirement only through one alternative
/// ("Applicants may ask ..."): when <see cref="Alternative"/> is the alternative taken, the
/// requirement is met subject to review, and the report says what must be decided.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ReviewAttribute(string alternative, string decide, string quote) : Attribute
{
    /// <summary>The alternative label whose evidence needs the association's decision.</summary>
    public string Alternative { get; } = alternative;

    /// <summary>What the association decides, e.g. <c>whether intensive in-service training may stand in for the coursework</c>.</summary>
    public string Decide { get; } = decide;

    /// <summary>The sentence of the published text that leaves it to the association.</summary>
    public string Quote { get; } = quote;
}

/// <summary>
/// Takes the rules of a requirement declared on another record ("meets specialized work
/// experience criteria as specified at Level III"), so that they are written once.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SameAsAttribute(Type declaration, string member) : Attribute
{
    /// <summary>The record that declares the requirement.</summary>
    public Type Declaration { get; } = declaration;

    /// <summary>The member name of the requirement in that record.</summary>
    public string Member { get; } = member;

    /// <summary>
    /// Also show that requirement's notes beside this one (the text refers to the other level's
    /// criterion as a whole); without it only the rules are taken, as for a mirrored category
    /// whose own text has notes of its own.
    /// </summary>
    public bool WithNotes { get; set; }
}
