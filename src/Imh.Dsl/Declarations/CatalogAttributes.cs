namespace Imh.Dsl;

/// <summary>
/// Registers the catalog of an assembly: its id (<c>mi-aimh</c>), its name (the generated classes
/// are <c>{Name}Catalog</c> and <c>{Name}Vocabulary</c>), the namespace to generate them in, and
/// the published text its requirements quote.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CatalogAttribute(string name) : Attribute
{
    /// <summary>Catalog name, a C# identifier, e.g. <c>MiAimh</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The id users select the catalog by (case-insensitive), e.g. <c>mi-aimh</c>; the name in lower case when not given.</summary>
    public string? Id { get; set; }

    /// <summary>Namespace of the generated classes.</summary>
    public string? Namespace { get; set; }

    /// <summary>Display title for documentation, e.g. <c>MI-AIMH Endorsement (IMH-E) requirements</c>; defaults to the name.</summary>
    public string? Title { get; set; }

    /// <summary>File name (an AdditionalFiles item) of the published requirements the source quotes come from.</summary>
    public string? SourceText { get; set; }

    /// <summary>The highest portfolio format version the catalog reads (1 or 2).</summary>
    public int FormatVersion { get; set; } = 1;

    /// <summary>What people call a level in prose before its id ("Level 2"); empty for none (an id such as "ABC" stands alone). Default "Level".</summary>
    public string? LevelNoun { get; set; }

    /// <summary>
    /// Reports say how many entries a rule left out, and why ("sessions left out: 2 not
    /// relationship-based, 1 of another age band"). Off by default.
    /// </summary>
    public bool ReportsLeftOut { get; set; }
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

    /// <summary>
    /// Seniority, from 1: ranked levels are listed and compared in ascending rank. 0 (not given)
    /// for categories that are not a ladder; a catalog is ranked only when every level is.
    /// </summary>
    public int Rank { get; set; }

    /// <summary>Other spellings accepted wherever the id is read, e.g. <c>IMHM-C</c>.</summary>
    public string[] Aliases { get; set; } = [];

    /// <summary>
    /// Values of the catalog's choice enums that characterize the level, e.g. its age band; rules
    /// that match entries against the level (<c>Matching</c>) compare with them.
    /// </summary>
    public object[] Facets { get; set; } = [];

    /// <summary>First day the level is in force (<c>YYYY-MM-DD</c>); none when not given.</summary>
    public string? From { get; set; }

    /// <summary>Last day the level is in force (<c>YYYY-MM-DD</c>); none when not given.</summary>
    public string? Until { get; set; }
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

    /// <summary>Other spellings of the full id accepted wherever it is read, e.g. <c>IMHM-C</c>.</summary>
    public string[] Aliases { get; set; } = [];

    /// <summary>First day the track is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? From { get; set; }

    /// <summary>Last day the track is in force (<c>YYYY-MM-DD</c>).</summary>
    public string? Until { get; set; }
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

/// <summary>
/// A provisional outcome of a level (e.g. "Emerging"): a portfolio that meets every required
/// requirement except those <see cref="Waives"/> names gets this outcome instead of "not yet".
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ProvisionalAttribute(string id, string name) : Attribute
{
    /// <summary>The outcome's id in reports, e.g. <c>emerging</c>.</summary>
    public string Id { get; } = id;

    /// <summary>How people read it, e.g. <c>Emerging</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Keys of the requirements the outcome waives.</summary>
    public string[] Waives { get; set; } = [];

    /// <summary>
    /// What the report tells the applicant; <c>{level}</c> is replaced by the level id and
    /// <c>{waived}</c> by what is still missing of the waived requirements.
    /// </summary>
    public string? Says { get; set; }
}
