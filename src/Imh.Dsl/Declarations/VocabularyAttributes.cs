namespace Imh.Dsl;

/// <summary>
/// The kinds of evidence a portfolio holds. They are the language's: each has structural fields
/// (dates, hours, a provider, a rater...) that every catalog shares; the words an entry may carry
/// beyond those (flags, enumerated properties, numbers) are declared by the catalog.
/// </summary>
public enum Evidence
{
    /// <summary>Facts about the applicant, at the root of the portfolio.</summary>
    Applicant,
    /// <summary>Degrees, certificates and other credentials (<c>credentials[]</c>).</summary>
    Credentials,
    /// <summary>Education and training entries in clock hours (<c>training[]</c>).</summary>
    Training,
    /// <summary>Work experience, from a start to an end date at a full-time equivalent (<c>work[]</c>).</summary>
    Work,
    /// <summary>Supervision or consultation sessions received, with their provider; the catalog names the list.</summary>
    Sessions,
    /// <summary>Reference ratings, each from a rater (<c>references[]</c>).</summary>
    References,
    /// <summary>Memberships of associations over a period (<c>memberships[]</c>).</summary>
    Memberships,
    /// <summary>Examinations and reviews passed; the catalog names each.</summary>
    Assessments,
}

/// <summary>
/// Marks a <see cref="FlagsAttribute"/> enum as the flags an entry of <paramref name="evidence"/>
/// may carry (booleans in the portfolio, <c>false</c> unless said otherwise). Each member is a
/// single bit with a <see cref="WordAttribute"/>; its JSON name is the member name in camelCase.
/// A member that combines several flags names a set for documentation.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
public sealed class TagsAttribute(Evidence evidence) : Attribute
{
    /// <summary>The kind of entry that carries these flags.</summary>
    public Evidence Evidence { get; } = evidence;
}

/// <summary>
/// Marks a <see cref="FlagsAttribute"/> enum as the values of an enumerated property
/// <paramref name="property"/> of entries of <paramref name="evidence"/> (a JSON string, or with
/// <see cref="Many"/> a non-empty list of strings). Each member is a single bit with a
/// <see cref="WordAttribute"/>. One enum may serve several kinds of entry.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = true)]
public sealed class ChoiceAttribute(Evidence evidence, string property) : Attribute
{
    /// <summary>The kind of entry that carries the property.</summary>
    public Evidence Evidence { get; } = evidence;

    /// <summary>The JSON property name, e.g. <c>kind</c>.</summary>
    public string Property { get; } = property;

    /// <summary>
    /// What people call the property in a sentence ("of any age band except …"); by default the words
    /// of <see cref="Property"/> (<c>ageBands</c> reads "age bands").
    /// </summary>
    public string? Noun { get; set; }

    /// <summary>Every entry must give a value.</summary>
    public bool Required { get; set; }

    /// <summary>The values name the entry itself (a credential's type, a rater's role): in prose they stand for the noun.</summary>
    public bool Names { get; set; }

    /// <summary>The property holds a non-empty list of values.</summary>
    public bool Many { get; set; }

    /// <summary>The value(s) of an entry that gives none: a member of the enum (a combination for <see cref="Many"/>).</summary>
    public object? Default { get; set; }

    /// <summary>The portfolio format version from which the property may be used.</summary>
    public int Version { get; set; } = 1;

    /// <summary>A level's facet of this choice is named in the level's title ("Early Childhood Family Specialist, 3 up to 6 years"). Default true.</summary>
    public bool InTitle { get; set; } = true;
}

/// <summary>
/// Marks an enum whose members name numeric properties of entries of <paramref name="evidence"/>
/// (e.g. families served). Each member has a <see cref="WordAttribute"/> giving its bounds.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
public sealed class NumbersAttribute(Evidence evidence) : Attribute
{
    /// <summary>The kind of entry that carries the numbers.</summary>
    public Evidence Evidence { get; } = evidence;
}

/// <summary>
/// Marks an enum whose members are the documents an applicant signs. Each member's
/// <see cref="WordAttribute.Json"/> is the root property holding its signing date (a date or
/// null); <see cref="WordAttribute.List"/>, from format version 2, a list of every date it was signed.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
public sealed class DocumentsAttribute : Attribute;

/// <summary>
/// Marks an enum whose members are the examinations and reviews an applicant passes. Each member's
/// <see cref="WordAttribute.Json"/> is the root property holding its result (an object with
/// <c>passed</c> and, unless <see cref="WordAttribute.Dated"/> is false, <c>date</c>);
/// <see cref="WordAttribute.List"/>, from format version 2, a list of results.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
public sealed class AssessmentsAttribute : Attribute;

/// <summary>
/// A word of the catalog's vocabulary: what people read in documentation and reports in place of
/// the JSON name, and a one-line meaning for the glossary.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class WordAttribute(string display, string meaning) : Attribute
{
    /// <summary>The plain words, e.g. <c>infant mental health services</c>.</summary>
    public string Display { get; } = display;

    /// <summary>One line for the glossary.</summary>
    public string Meaning { get; } = meaning;

    /// <summary>The JSON name; the member name in camelCase when not given.</summary>
    public string? Json { get; set; }

    /// <summary>
    /// How a flag reads after the noun it qualifies ("training <em>about reflective
    /// supervision</em>"); without it the <see cref="Display"/> reads before the noun
    /// ("<em>approved</em> training").
    /// </summary>
    public string? Phrase { get; set; }

    /// <summary>A flag's value when the entry does not give it.</summary>
    public bool Default { get; set; }

    /// <summary>The portfolio format version from which the word may be used.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Documents and assessments: the JSON list property, read from format version 2.</summary>
    public string? List { get; set; }

    /// <summary>Assessments: the result carries a date.</summary>
    public bool Dated { get; set; } = true;

    /// <summary>Numbers: only whole numbers.</summary>
    public bool Whole { get; set; }

    /// <summary>Numbers: the least value accepted.</summary>
    public double Min { get; set; }

    /// <summary>Numbers: the largest value accepted; 0 for no bound.</summary>
    public double Max { get; set; }

    /// <summary>Numbers: the number is given per value of this choice enum (an object keyed by its JSON names).</summary>
    public Type? Per { get; set; }

    /// <summary>
    /// Numbers: an entry reporting this number at or above this value is not counted by any rule
    /// ("a rating with 6 or more such answers cannot be counted"); 0 for no such limit.
    /// </summary>
    public double NotCountedFrom { get; set; }
}

/// <summary>
/// Names a list of entries in the portfolio and in prose. The language names most lists itself
/// (<c>training</c>, <c>work</c>...); the catalog must name <see cref="Evidence.Sessions"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class EvidenceListAttribute(Evidence evidence, string json) : Attribute
{
    /// <summary>The kind of entry.</summary>
    public Evidence Evidence { get; } = evidence;

    /// <summary>The JSON name of the list, e.g. <c>reflectiveSupervision</c>.</summary>
    public string Json { get; } = json;

    /// <summary>What one entry is called in prose, e.g. <c>reflective supervision/consultation session</c>.</summary>
    public string? Singular { get; set; }

    /// <summary>What several are called in prose; the singular with an s when not given.</summary>
    public string? Plural { get; set; }

    /// <summary>What the evidence is called as a mass noun ("12 clock hours of <em>reflective supervision/consultation</em>").</summary>
    public string? Noun { get; set; }

    /// <summary>The mass noun in few words, for tables and short messages ("RS/C"); the noun when not given.</summary>
    public string? Short { get; set; }
}
