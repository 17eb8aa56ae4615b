using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>What a property of a portfolio object holds, and so how it is read.</summary>
internal enum FieldKind
{
    // The root.
    SchemaUrl,
    SchemaVersion,
    Applicant,
    ApplicationDate,
    List,
    DocumentDate,
    DocumentDates,
    Assessment,
    Assessments,
    Endorsement,
    Endorsements,

    // Structural fields of entries.
    Name,
    Id,
    Date,
    Hours,
    Title,
    Field,
    Awarded,
    Role,
    Employer,
    Start,
    End,
    Fte,
    Provider,
    ProviderEndorsement,
    Rater,
    RaterEndorsement,
    Organization,
    From,
    To,
    Passed,
    Category,
    Level,
    Since,
    Status,
    Applied,

    // The catalog's words.
    Tag,
    Choice,
    Number,
}

/// <summary>A property an object may have: its name (as a string and as UTF-8), how to read it, and when it may appear.</summary>
internal sealed class Field(string name, FieldKind kind, bool required = false, int version = 1)
{
    public string Name { get; } = name;

    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(name);

    public FieldKind Kind { get; } = kind;

    public bool Required { get; init; } = required;

    /// <summary>The portfolio format version from which the property may be used.</summary>
    public int Version { get; init; } = version;

    /// <summary>The kind of entry a list holds.</summary>
    public Evidence Evidence { get; init; }

    /// <summary>Tags and choices: the word set; numbers: the numbers set.</summary>
    public WordSet? Set { get; init; }

    /// <summary>Tags, numbers, documents and assessments: the word.</summary>
    public Word? Word { get; init; }
}

/// <summary>The properties of one kind of object, looked up by their UTF-8 name without allocating.</summary>
/// <remarks>
/// Properties of a format version the catalog does not read are left out: in its portfolios they
/// are unknown properties like any other, and its schema does not name them.
/// </remarks>
internal sealed class Shape
{
    public Shape(string name, IEnumerable<Field> fields, int formatVersion)
    {
        Name = name;
        Fields = [.. fields.Where(f => f.Version <= formatVersion)];
        RequiredIndexes = [.. Enumerable.Range(0, Fields.Length).Where(i => Fields[i].Required)];
    }

    /// <summary>What the object is, for messages ("a training entry").</summary>
    public string Name { get; }

    public ImmutableArray<Field> Fields { get; }

    /// <summary>The indexes in <see cref="Fields"/> of the required fields.</summary>
    public int[] RequiredIndexes { get; }

    /// <summary>The index in <see cref="Fields"/> of the field with this UTF-8 name, or -1.</summary>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        var fields = Fields.AsSpan();
        for (int i = 0; i < fields.Length; i++)
        {
            if (utf8.SequenceEqual(fields[i].Utf8)) return i;
        }
        return -1;
    }

    /// <summary>The names of the fields a file of <paramref name="version"/> may use, in order.</summary>
    public IEnumerable<string> Allowed(int version) => Fields.Where(f => f.Version <= version).Select(f => f.Name);
}

/// <summary>Every shape a catalog's portfolios have, built from its vocabulary once.</summary>
internal sealed class Shapes
{
    private static readonly ConditionalWeakTable<Vocabulary, Shapes> Cache = new();

    private Shapes(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        _defaults = [.. Enum.GetValues<Evidence>().Select(e => WordsBuilder.Defaults(vocabulary, e))];
        int version = vocabulary.FormatVersion;
        Applicant = new Shape("the applicant", [new("name", FieldKind.Name, required: true), new("id", FieldKind.Id)], version);
        Credentials = Entry(Evidence.Credentials, "a credential",
            [new("title", FieldKind.Title), new("field", FieldKind.Field), new("awarded", FieldKind.Awarded, required: true)], choicesFirst: true);
        Training = Entry(Evidence.Training, "a training entry",
            [new("date", FieldKind.Date, required: true), new("hours", FieldKind.Hours, required: true), new("title", FieldKind.Title, required: true)]);
        Work = Entry(Evidence.Work, "a work entry",
            [new("role", FieldKind.Role, required: true), new("employer", FieldKind.Employer)],
            [new("start", FieldKind.Start, required: true), new("end", FieldKind.End), new("fte", FieldKind.Fte)]);
        Sessions = Entry(Evidence.Sessions, "a session",
            [new("date", FieldKind.Date, required: true), new("hours", FieldKind.Hours, required: true)],
            [new("provider", FieldKind.Provider, required: true), new("providerEndorsement", FieldKind.ProviderEndorsement, version: 2)]);
        References = Entry(Evidence.References, "a reference rating",
            [new("rater", FieldKind.Rater, required: true)], [new("raterEndorsement", FieldKind.RaterEndorsement)], tagsBeforeRest: true);
        Memberships = Entry(Evidence.Memberships, "a membership",
            [new("organization", FieldKind.Organization, required: true)], [new("from", FieldKind.From, required: true), new("to", FieldKind.To, required: true)], tagsBeforeRest: true);
        Endorsement = new Shape("the endorsement", [new("level", FieldKind.Level, required: true), new("since", FieldKind.Since, required: true)], version);
        HeldEndorsement = new Shape("an endorsement",
        [
            new("category", FieldKind.Category, required: true), new("since", FieldKind.Since, required: true),
            new("status", FieldKind.Status), new("applied", FieldKind.Applied),
        ], version);

        var root = new List<Field>
        {
            new("schemaVersion", FieldKind.SchemaVersion),
            new("applicant", FieldKind.Applicant, required: true),
        };
        var facts = vocabulary.Tags(Evidence.Applicant);
        if (facts is not null) root.AddRange(Words(facts, FieldKind.Tag));
        root.Add(new("applicationDate", FieldKind.ApplicationDate, version: 2));
        foreach (var e in new[] { Evidence.Credentials, Evidence.Training, Evidence.Work, Evidence.Sessions, Evidence.References })
        {
            root.Add(new(vocabulary.Name(e).Json, FieldKind.List) { Evidence = e });
        }
        foreach (var document in vocabulary.Documents?.Words ?? [])
        {
            root.Add(new(document.Json, FieldKind.DocumentDate, version: document.Version) { Word = document });
            if (document.List is not null) root.Add(new(document.List, FieldKind.DocumentDates, version: Math.Max(2, document.Version)) { Word = document });
        }
        foreach (var assessment in vocabulary.Assessments?.Words ?? [])
        {
            root.Add(new(assessment.Json, FieldKind.Assessment, version: assessment.Version) { Word = assessment });
            if (assessment.List is not null) root.Add(new(assessment.List, FieldKind.Assessments, version: Math.Max(2, assessment.Version)) { Word = assessment });
        }
        root.Add(new(vocabulary.Name(Evidence.Memberships).Json, FieldKind.List) { Evidence = Evidence.Memberships });
        root.Add(new("endorsement", FieldKind.Endorsement));
        root.Add(new("endorsements", FieldKind.Endorsements, version: 2));

        // Lets an editor find the file's schema; its value is not checked.
        root.Add(new("$schema", FieldKind.SchemaUrl));
        Root = new Shape("the portfolio", root, version);

        foreach (var assessment in vocabulary.Assessments?.Words ?? [])
        {
            var fields = new List<Field> { new("passed", FieldKind.Passed) };
            if (assessment.Dated) fields.Add(new("date", FieldKind.Date));
            foreach (var choice in vocabulary.Choices(Evidence.Assessments)) fields.Add(Choice(choice));
            fields.Add(new("category", FieldKind.Category, version: 2));
            _assessments[assessment] = new Shape("a result", fields, version);
        }
    }

    private readonly Dictionary<Word, Shape> _assessments = [];

    // Per kind of evidence (indexed by its value), computed once: reading an entry copies them instead of searching the vocabulary.
    private readonly WordBits[][] _defaults;

    /// <summary>The default words of entries of <paramref name="evidence"/> (<see cref="WordsBuilder.Defaults"/>); not to be modified.</summary>
    public WordBits[] DefaultWords(Evidence evidence) => _defaults[(int)evidence];

    public Vocabulary Vocabulary { get; }

    public Shape Root { get; }

    public Shape Applicant { get; }

    public Shape Credentials { get; }

    public Shape Training { get; }

    public Shape Work { get; }

    public Shape Sessions { get; }

    public Shape References { get; }

    public Shape Memberships { get; }

    public Shape Endorsement { get; }

    public Shape HeldEndorsement { get; }

    public Shape AssessmentOf(Word assessment) => _assessments[assessment];

    public Shape EntryOf(Evidence evidence) => evidence switch
    {
        Evidence.Credentials => Credentials,
        Evidence.Training => Training,
        Evidence.Work => Work,
        Evidence.Sessions => Sessions,
        Evidence.References => References,
        _ => Memberships,
    };

    public static Shapes Of(Vocabulary vocabulary) => Cache.GetValue(vocabulary, static v => new Shapes(v));

    /// <summary>
    /// An entry's fields: the structural ones, the catalog's enumerated properties (before
    /// <paramref name="rest"/>, as the format lists them), its flags and its numbers.
    /// </summary>
    private Shape Entry(Evidence evidence, string name, Field[] first, Field[]? rest = null, bool choicesFirst = false, bool tagsBeforeRest = false)
    {
        var fields = new List<Field>();
        var choices = Vocabulary.Choices(evidence).Select(Choice).ToList();
        var tagSet = Vocabulary.Tags(evidence);
        var numberSet = Vocabulary.Numbers(evidence);
        var tags = tagSet is not null ? Words(tagSet, FieldKind.Tag).ToList() : [];
        var numbers = numberSet is not null ? Words(numberSet, FieldKind.Number).ToList() : [];
        if (choicesFirst) fields.AddRange(choices);
        fields.AddRange(first);
        if (!choicesFirst) fields.AddRange(choices);
        if (tagsBeforeRest) fields.AddRange(tags);
        fields.AddRange(rest ?? []);
        if (!tagsBeforeRest) fields.AddRange(tags);
        fields.AddRange(numbers);
        return new Shape(name, fields, Vocabulary.FormatVersion);
    }

    private static Field Choice(WordSet set) => new(set.Property!, FieldKind.Choice, required: set.Required, version: set.Version) { Set = set };

    private static IEnumerable<Field> Words(WordSet set, FieldKind kind)
        => set.Words.Select(w => new Field(w.Json, kind, version: Math.Max(set.Version, w.Version)) { Set = set, Word = w });
}
