namespace Imh.Dsl;

/// <summary>
/// Registers the catalog of an assembly: its name (the generated catalog class is
/// <c>{Name}Catalog</c>), the namespace to generate it in, and the published text its
/// requirements quote.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CatalogAttribute(string name) : Attribute
{
    /// <summary>Catalog name, a C# identifier, e.g. <c>MiAimh</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Namespace of the generated catalog class.</summary>
    public string? Namespace { get; set; }

    /// <summary>Display title for documentation, e.g. <c>MI-AIMH Endorsement (IMH-E) requirements</c>; defaults to the name.</summary>
    public string? Title { get; set; }

    /// <summary>File name (an AdditionalFiles item) of the published requirements the source quotes come from.</summary>
    public string? SourceText { get; set; }
}

/// <summary>
/// Declares an endorsement level. The record's members are its requirements. An abstract
/// record is a level with tracks: it is not evaluated itself; each record deriving from it with
/// <see cref="TrackAttribute"/> is, with the level's requirements plus its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LevelAttribute(string id, string name) : Attribute
{
    /// <summary>Stable level id, e.g. <c>III</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Display name, e.g. <c>Infant Mental Health Specialist</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Seniority: levels are listed and compared in ascending rank.</summary>
    public int Rank { get; set; }
}

/// <summary>
/// Declares a track of a level: a record deriving from a record marked <see cref="LevelAttribute"/>.
/// Its id is the level id, a hyphen and <paramref name="id"/> (<c>IV-Clinical</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TrackAttribute(string id, string name) : Attribute
{
    /// <summary>Track id within its level, e.g. <c>Clinical</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Display name, e.g. <c>Infant Mental Health Mentor (Clinical)</c>.</summary>
    public string Name { get; } = name;
}

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

/// <summary>A fact about the applicant that makes a requirement apply.</summary>
public enum ApplicantCondition
{
    /// <summary>Always applies.</summary>
    None,
    /// <summary>The applicant provides reflective supervision/consultation to others.</summary>
    ProvidesReflectiveSupervision,
    /// <summary>The applicant supervises staff.</summary>
    SupervisesOthers,
}

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
}

/// <summary>A sentence of the published text that the requirement encodes, quoted as printed.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class SourceAttribute(string quote) : Attribute
{
    /// <summary>The quoted sentence.</summary>
    public string Quote { get; } = quote;
}

/// <summary>The requirement applies only when the applicant meets a condition; otherwise it is not applicable.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class WhenAttribute(ApplicantCondition condition) : Attribute
{
    /// <summary>The condition.</summary>
    public ApplicantCondition Condition { get; } = condition;
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
}

/// <summary>On a track: changes the obligation of a requirement the track inherits from its level.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TrackObligationAttribute(string key, Obligation obligation) : Attribute
{
    /// <summary>Key of the inherited requirement.</summary>
    public string Key { get; } = key;

    /// <summary>Its obligation in this track.</summary>
    public Obligation Obligation { get; } = obligation;
}

/// <summary>The type of a requirement member. Declarations are never instantiated; the member marks a requirement.</summary>
public readonly struct Requirement;
