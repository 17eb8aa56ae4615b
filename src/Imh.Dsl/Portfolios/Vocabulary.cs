using System.Collections.Immutable;
using System.Numerics;

namespace Imh.Dsl.Portfolios;

/// <summary>What a set of words of the vocabulary is.</summary>
public enum WordSetKind
{
    /// <summary>Flags of an entry (<see cref="TagsAttribute"/>).</summary>
    Tags,
    /// <summary>Values of an enumerated property (<see cref="ChoiceAttribute"/>).</summary>
    Choice,
    /// <summary>Numeric properties (<see cref="NumbersAttribute"/>).</summary>
    Numbers,
    /// <summary>Documents signed (<see cref="DocumentsAttribute"/>).</summary>
    Documents,
    /// <summary>Examinations and reviews (<see cref="AssessmentsAttribute"/>).</summary>
    Assessments,
}

/// <summary>One word of the vocabulary: a member of a catalog enum, as the portfolio spells it and as people read it.</summary>
public sealed class Word
{
    /// <summary>The C# member name, e.g. <c>ImhServices</c>.</summary>
    public required string Member { get; init; }

    /// <summary>The JSON name, e.g. <c>imhServices</c> (documents and assessments: the root property).</summary>
    public required string Json { get; init; }

    /// <summary>The plain words, e.g. <c>infant mental health services</c>.</summary>
    public required string Display { get; init; }

    /// <summary>One line for the glossary.</summary>
    public string Meaning { get; init; } = "";

    /// <summary>The member's value as bits: one bit for a word, several for a named set of words.</summary>
    public required ulong Bits { get; init; }

    /// <summary>The member itself (a value of the catalog enum).</summary>
    public required Enum Value { get; init; }

    /// <summary>How a flag reads after the noun it qualifies; null when its display reads before the noun.</summary>
    public string? Phrase { get; init; }

    /// <summary>A flag's value when an entry does not give it.</summary>
    public bool Default { get; init; }

    /// <summary>The portfolio format version from which the word may be used.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Documents and assessments: the JSON list property of format version 2.</summary>
    public string? List { get; init; }

    /// <summary>Assessments: the result carries a date.</summary>
    public bool Dated { get; init; } = true;

    /// <summary>Numbers: whole numbers only.</summary>
    public bool Whole { get; init; }

    /// <summary>Numbers: the least value accepted.</summary>
    public decimal Min { get; init; }

    /// <summary>Numbers: the largest value accepted, if any.</summary>
    public decimal? Max { get; init; }

    /// <summary>Numbers: given per value of this choice enum.</summary>
    public Type? Per { get; init; }

    /// <summary>Numbers: an entry reporting this value or more is not counted by any rule; null for no limit.</summary>
    public decimal? NotCountedFrom { get; init; }

    /// <summary>A named combination of several words rather than one word.</summary>
    public bool IsNamedSet => !BitOperations.IsPow2(Bits);

    /// <summary>The JSON name as UTF-8, to compare with input without allocating.</summary>
    internal byte[] Utf8 => _utf8 ??= System.Text.Encoding.UTF8.GetBytes(Json);

    private byte[]? _utf8;
}

/// <summary>The words of one catalog enum, and where the portfolio carries them.</summary>
public sealed class WordSet
{
    private readonly Dictionary<string, Word> _byJson = new(StringComparer.Ordinal);

    /// <summary>Creates a set; <paramref name="words"/> holds single words and named sets alike.</summary>
    public WordSet(Type @enum, WordSetKind kind, IEnumerable<Word> words)
    {
        Enum = @enum;
        Kind = kind;
        var all = words.ToImmutableArray();
        Words = all.Where(w => !w.IsNamedSet || kind == WordSetKind.Numbers).ToImmutableArray();
        NamedSets = kind == WordSetKind.Numbers ? [] : all.Where(w => w.IsNamedSet).ToImmutableArray();
        foreach (var w in Words) _byJson[w.Json] = w;
    }

    /// <summary>The catalog enum.</summary>
    public Type Enum { get; }

    /// <summary>What the words are.</summary>
    public WordSetKind Kind { get; }

    /// <summary>The kind of entry that carries them (tags, choices and numbers).</summary>
    public Evidence Evidence { get; init; }

    /// <summary>Choices: the JSON property, e.g. <c>kind</c>.</summary>
    public string? Property { get; init; }

    /// <summary>Choices: what people call the property ("age bands"); the words of <see cref="Property"/> when not declared.</summary>
    public string Noun { get => _noun ?? Imh.Dsl.Evaluation.Prose.WordsOf(Property ?? Enum.Name); init => _noun = value; }

    private readonly string? _noun;

    /// <summary>Choices: every entry gives a value.</summary>
    public bool Required { get; init; }

    /// <summary>Choices: a list of values.</summary>
    public bool Many { get; init; }

    /// <summary>Choices: the values name the entry (a credential's type, a rater's role), so in prose they stand for the noun.</summary>
    public bool Names { get; init; }

    /// <summary>Choices: the value(s) of an entry that gives none; flags: those on by default.</summary>
    public ulong Default { get; init; }

    /// <summary>Choices: the portfolio format version from which the property may be used.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Choices: a level's facet of this choice is named in the level's title.</summary>
    public bool InTitle { get; init; } = true;

    /// <summary>The single words, in declaration order.</summary>
    public ImmutableArray<Word> Words { get; }

    /// <summary>Named combinations (an enum member with several bits and a display name).</summary>
    public ImmutableArray<Word> NamedSets { get; }

    /// <summary>Every bit a word of the set uses.</summary>
    public ulong AllBits => Words.Aggregate(0UL, (all, w) => all | w.Bits);

    /// <summary>The word with this JSON name, exactly.</summary>
    public Word? Find(string json) => _byJson.GetValueOrDefault(json);

    /// <summary>The single word of exactly these bits.</summary>
    public Word? Find(ulong bits)
    {
        foreach (var w in Words)
        {
            if (w.Bits == bits) return w;
        }
        return null;
    }

    /// <summary>The words whose bits are set, in declaration order.</summary>
    public IEnumerable<Word> In(ulong bits)
    {
        foreach (var w in Words)
        {
            if ((w.Bits & bits) != 0) yield return w;
        }
    }

    /// <summary>The first word whose bits are set, in declaration order, or null: <see cref="In"/>'s first without an iterator.</summary>
    internal Word? FirstIn(ulong bits) => Lookup.First(Words, bits, static (w, bits) => (w.Bits & bits) != 0);

    /// <summary>The named set of exactly these bits, if the catalog named it.</summary>
    public Word? NamedSet(ulong bits) => Lookup.First(NamedSets, bits, static (w, bits) => w.Bits == bits);
}

/// <summary>How a list of entries is named in the portfolio and in prose.</summary>
/// <param name="Evidence">The kind of entry.</param>
/// <param name="Json">The JSON name of the list.</param>
/// <param name="Singular">One entry in prose.</param>
/// <param name="Plural">Several entries in prose.</param>
/// <param name="Noun">The evidence as a mass noun ("12 clock hours of <em>training</em>").</param>
/// <param name="Short">The mass noun in few words, for tables and short messages ("RS/C").</param>
public sealed record EvidenceName(Evidence Evidence, string Json, string Singular, string Plural, string Noun, string Short)
{
    /// <summary>A catalog's name for a list (<see cref="EvidenceListAttribute"/>); what it leaves out comes from the language's.</summary>
    public static EvidenceName Of(Evidence evidence, string json, string? singular, string? plural, string? noun, string? @short)
    {
        var language = Vocabulary.DefaultNames.First(n => n.Evidence == evidence);
        singular ??= language.Singular;
        plural ??= singular == language.Singular ? language.Plural : singular + "s";
        noun ??= language.Noun;
        return new EvidenceName(evidence, json, singular, plural, noun, @short ?? noun);
    }
}

/// <summary>A level or track id of the catalog, as portfolios may name it (a rater's endorsement, an endorsement held).</summary>
/// <param name="Id">The canonical id, e.g. <c>IV-Clinical</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="LevelId">For a track: its level's id (<c>IV</c>); null for a level.</param>
/// <param name="Aliases">Other spellings accepted.</param>
/// <param name="Evaluated">A validator exists for it (false for a level with tracks, which is held only through a track).</param>
public sealed record LevelName(string Id, string Name, string? LevelId, ImmutableArray<string> Aliases, bool Evaluated)
{
    /// <summary>The level's facets (its age band...), which entries that name it must agree with.</summary>
    public ImmutableArray<Enum> Facets { get; init; } = [];

    /// <summary>The id of the provisional outcome the level declares (an endorsement held may carry it as its status).</summary>
    public string? Provisional { get; init; }
}

/// <summary>
/// A catalog's vocabulary: every word its portfolios may carry beyond the language's structure,
/// how the portfolio spells it, and how people read it. Generated from the catalog's enums; the
/// portfolio reader, the JSON Schema, rule wording and the glossary all read it.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<Evidence, EvidenceName> _names = [];
    private readonly Dictionary<string, LevelName> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a vocabulary.</summary>
    public Vocabulary(int formatVersion, IEnumerable<WordSet> sets, IEnumerable<EvidenceName> names, IEnumerable<LevelName> levels)
    {
        FormatVersion = formatVersion;
        Sets = [.. sets];
        Levels = [.. levels];
        foreach (var name in DefaultNames) _names[name.Evidence] = name;
        foreach (var name in names) _names[name.Evidence] = name;
        foreach (var level in Levels)
        {
            _ids.TryAdd(level.Id, level);
            foreach (var alias in level.Aliases) _ids.TryAdd(alias, level);
        }
    }

    /// <summary>The level and track ids of the catalog, in declaration order.</summary>
    public ImmutableArray<LevelName> Levels { get; }

    /// <summary>The level or track an id or alias names (case-insensitive); null when the catalog has none.</summary>
    public LevelName? Level(string idOrAlias) => _ids.GetValueOrDefault(idOrAlias.Trim());

    /// <summary>
    /// An endorsement held at <paramref name="held"/> counts as one at <paramref name="accepted"/>:
    /// the same id, or a track of that level (<c>IV-Clinical</c> counts as <c>IV</c>). Both canonical.
    /// </summary>
    public bool Counts(string held, string accepted)
    {
        if (string.Equals(held, accepted, StringComparison.Ordinal)) return true;
        return Level(held) is { LevelId: { } level } && string.Equals(level, accepted, StringComparison.Ordinal);
    }

    /// <summary>The highest portfolio format version the catalog reads.</summary>
    public int FormatVersion { get; }

    /// <summary>Reports say how many entries each rule left out and why (the catalog's choice).</summary>
    public bool ReportsLeftOut { get; init; }

    /// <summary>Every set of words, in declaration order.</summary>
    public ImmutableArray<WordSet> Sets { get; }

    /// <summary>The documents applicants sign, if the catalog has any.</summary>
    public WordSet? Documents => Sets.FirstOrDefault(s => s.Kind == WordSetKind.Documents);

    /// <summary>The examinations and reviews, if the catalog has any.</summary>
    public WordSet? Assessments => Sets.FirstOrDefault(s => s.Kind == WordSetKind.Assessments);

    /// <summary>How a list of entries is named.</summary>
    public EvidenceName Name(Evidence evidence) => _names[evidence];

    /// <summary>The flags entries of <paramref name="evidence"/> may carry.</summary>
    public WordSet? Tags(Evidence evidence) => Lookup.First(Sets, evidence, static (s, evidence) => s.Kind == WordSetKind.Tags && s.Evidence == evidence);

    /// <summary>The enumerated properties of entries of <paramref name="evidence"/>.</summary>
    public IEnumerable<WordSet> Choices(Evidence evidence)
    {
        foreach (var s in Sets)
        {
            if (s.Kind == WordSetKind.Choice && s.Evidence == evidence) yield return s;
        }
    }

    /// <summary>The first of <see cref="Choices"/> that names entries, or null: without an iterator.</summary>
    internal WordSet? NamingChoice(Evidence evidence) => Lookup.First(Sets, evidence, static (s, evidence) => s.Kind == WordSetKind.Choice && s.Evidence == evidence && s.Names);

    /// <summary>The numeric properties of entries of <paramref name="evidence"/>.</summary>
    public WordSet? Numbers(Evidence evidence) => Lookup.First(Sets, evidence, static (s, evidence) => s.Kind == WordSetKind.Numbers && s.Evidence == evidence);

    /// <summary>The set a catalog enum belongs to (the first, when one enum serves several kinds of entry).</summary>
    public WordSet? Find(Type @enum) => Lookup.First(Sets, @enum, static (s, @enum) => s.Enum == @enum);

    /// <summary>The set of a catalog enum on one kind of entry.</summary>
    public WordSet? Find(Type @enum, Evidence evidence) => Lookup.First(Sets, (@enum, evidence), static (s, key) => s.Enum == key.@enum && s.Evidence == key.evidence);

    /// <summary>The word for one catalog enum value (a single word or a named set).</summary>
    public Word? WordOf(Enum value)
    {
        var set = Find(value.GetType());
        ulong bits = WordBits.Of(value);
        return set?.Find(bits) ?? set?.NamedSet(bits);
    }

    /// <summary>The language's names of the lists; a catalog overrides them with <see cref="EvidenceListAttribute"/>.</summary>
    public static IReadOnlyList<EvidenceName> DefaultNames { get; } =
    [
        new(Evidence.Applicant, "applicant", "applicant", "applicants", "applicant", "applicant"),
        new(Evidence.Credentials, "credentials", "credential", "credentials", "credential", "credential"),
        new(Evidence.Training, "training", "training entry", "training entries", "training", "training"),
        new(Evidence.Work, "work", "work entry", "work entries", "work", "work"),
        new(Evidence.Sessions, "sessions", "session", "sessions", "sessions", "sessions"),
        new(Evidence.References, "references", "reference rating", "reference ratings", "rater", "rater"),
        new(Evidence.Memberships, "memberships", "membership", "memberships", "membership", "membership"),
        new(Evidence.Assessments, "assessments", "assessment", "assessments", "assessments", "assessments"),
    ];
}

/// <summary>
/// The first item matching a static test of an argument: vocabulary lookups run many times in every
/// report, and a lambda capturing the argument would allocate a closure and a delegate on each.
/// </summary>
internal static class Lookup
{
    /// <summary>The first of <paramref name="items"/> that <paramref name="match"/> accepts with <paramref name="argument"/>, or null.</summary>
    public static T? First<T, TArgument>(ImmutableArray<T> items, TArgument argument, Func<T, TArgument, bool> match)
        where T : class
    {
        foreach (var item in items)
        {
            if (match(item, argument)) return item;
        }
        return null;
    }
}
