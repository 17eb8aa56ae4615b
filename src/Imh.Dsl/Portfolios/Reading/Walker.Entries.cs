using System.Collections.Immutable;
using System.Text.Json;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>The catalog's words of one object, collected while its properties are read: defaults first, then what the file says.</summary>
internal sealed class WordsBuilder
{
    private readonly List<WordBits> _words = [];

    /// <summary>
    /// Starts again from the defaults of <paramref name="evidence"/>: the reader keeps one builder for
    /// every entry it reads (entries do not nest), instead of one per entry.
    /// </summary>
    public WordsBuilder Restart(Shapes shapes, Evidence evidence)
    {
        var defaults = shapes.DefaultWords(evidence);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(_words, defaults.Length);
        defaults.CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words));
        return this;
    }

    /// <summary>The defaults of the words of <paramref name="evidence"/>: the flags' set, then each enumerated property's, leaving out those without a default.</summary>
    public static WordBits[] Defaults(Vocabulary vocabulary, Evidence evidence)
    {
        var defaults = new List<WordBits>();
        var tags = vocabulary.Tags(evidence);
        if (tags is not null && tags.Default != 0) defaults.Add(new WordBits(tags.Enum, tags.Default));
        foreach (var choice in vocabulary.Choices(evidence))
        {
            if (choice.Default != 0) defaults.Add(new WordBits(choice.Enum, choice.Default));
        }
        return [.. defaults];
    }

    /// <summary>A flag as given (true or false replaces the default).</summary>
    public void Set(Field field, bool? on)
    {
        if (on is null) return;
        ulong bit = field.Word!.Bits;
        Replace(field.Set!.Enum, keep: ~bit, add: on.Value ? bit : 0);
    }

    /// <summary>An enumerated value as given (replaces the default).</summary>
    public void Choose(WordSet set, ulong bits) => Replace(set.Enum, keep: 0, add: bits);

    /// <summary>
    /// The words collected. Entries mostly repeat a few combinations, so the words of one of the last
    /// few entries built here are shared instead of copied (words are immutable).
    /// </summary>
    public EntryWords Build()
    {
        var words = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words);
        if (words.IsEmpty) return EntryWords.None;
        for (int k = 0, i = _last; k < _recent.Length; k++, i = (i + 1) % _recent.Length)
        {
            var recent = _recent[i];
            if (recent is not null && Same(words, recent))
            {
                _last = i;
                return EntryWords.Share(recent);
            }
        }
        var items = words.ToArray();
        _recent[_next] = items;
        _last = _next;
        _next = (_next + 1) % _recent.Length;
        return EntryWords.Share(items);
    }

    // By reference and bits: a catalog's enum types are unique objects, and this runs for every entry.
    private static bool Same(ReadOnlySpan<WordBits> a, WordBits[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i].Set, b[i].Set) || a[i].Bits != b[i].Bits) return false;
        }
        return true;
    }

    private readonly WordBits[]?[] _recent = new WordBits[]?[8];
    private int _next;
    private int _last;

    // The set's bits become (bits & keep) | add; a set not there yet starts from 0. No closure per property.
    private void Replace(Type set, ulong keep, ulong add)
    {
        for (int i = 0; i < _words.Count; i++)
        {
            if (_words[i].Set != set) continue;
            _words[i] = new WordBits(set, (_words[i].Bits & keep) | add);
            return;
        }
        _words.Add(new WordBits(set, add));
    }
}

/// <summary>The lists of a portfolio while they are read; reused from one read to the next (see <see cref="ReaderScratch"/>).</summary>
internal sealed class PortfolioBuilder
{
    public Applicant? Applicant { get; set; }

    public WordsBuilder Words { get; } = new();

    public DateOnly? ApplicationDate { get; set; }

    public int? SchemaVersion { get; set; }

    public List<Credential> Credentials { get; } = [];

    public List<TrainingEntry> Training { get; } = [];

    public List<WorkEntry> Work { get; } = [];

    public List<Session> Sessions { get; } = [];

    public List<ReferenceRating> References { get; } = [];

    public List<Membership> Memberships { get; } = [];

    public List<Signature> Signatures { get; } = [];

    public List<AssessmentResult> Assessments { get; } = [];

    public List<HeldEndorsement> Endorsements { get; } = [];

    /// <summary>Empties every list and starts the applicant's words from the defaults.</summary>
    public PortfolioBuilder Restart(Shapes shapes)
    {
        Applicant = null;
        ApplicationDate = null;
        SchemaVersion = null;
        Words.Restart(shapes, Evidence.Applicant);
        Credentials.Clear();
        Training.Clear();
        Work.Clear();
        Sessions.Clear();
        References.Clear();
        Memberships.Clear();
        Signatures.Clear();
        Assessments.Clear();
        Endorsements.Clear();
        return this;
    }

    /// <summary>The portfolio, with arrays of the lists' exact sizes (the lists stay here for the next read).</summary>
    public Portfolio Build() => new()
    {
        SchemaVersion = SchemaVersion,
        Applicant = Applicant ?? new Applicant(),
        Words = Words.Build(),
        ApplicationDate = ApplicationDate,
        Credentials = Credentials.ToArray(),
        Training = Training.ToArray(),
        Work = Work.ToArray(),
        Sessions = Sessions.ToArray(),
        References = References.ToArray(),
        Memberships = Memberships.ToArray(),
        Signatures = Signatures.ToArray(),
        Assessments = Assessments.ToArray(),
        Endorsements = Endorsements.ToArray(),
    };
}

// Entries: each kind's structural fields and the catalog's words.
internal ref partial struct Walker
{
    private void ReadEntry(Evidence evidence, Shape shape, PortfolioBuilder portfolio)
    {
        long at;
        if (!StartObject(out at)) return;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        var words = _entryWords.Restart(_shapes, evidence);
        List<EntryNumber>? numbers = null;
        string? text = null, other = null;
        DateOnly? date = null, end = null;
        long endAt = 0;
        decimal? amount = null, fte = null;
        var levels = ImmutableArray<string>.Empty;
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            switch (field.Kind)
            {
                case FieldKind.Tag: words.Set(field, ReadBool()); break;
                case FieldKind.Choice:
                    var bits = ReadChoice(field.Set!);
                    if (bits is not null) words.Choose(field.Set!, bits.Value);
                    break;
                case FieldKind.Number: ReadNumber(field, ref numbers); break;
                case FieldKind.Date or FieldKind.Awarded or FieldKind.Start or FieldKind.From: date = ReadDate(nullable: false); break;
                case FieldKind.End:
                    endAt = _r.TokenStartIndex;
                    end = ReadDate(nullable: true);
                    break;
                case FieldKind.To:
                    endAt = _r.TokenStartIndex;
                    end = ReadDate(nullable: false);
                    break;
                case FieldKind.Hours: amount = ReadBoundedNumber(evidence == Evidence.Sessions ? MaxSessionHours : MaxTrainingHours); break;
                case FieldKind.Fte: fte = ReadBoundedNumber(MaxFte); break;
                case FieldKind.Title or FieldKind.Role or FieldKind.Provider or FieldKind.Rater or FieldKind.Organization:
                    text = ReadString(required: field.Required);
                    break;
                case FieldKind.Field or FieldKind.Employer: other = ReadString(required: false); break;
                case FieldKind.ProviderEndorsement or FieldKind.RaterEndorsement: levels = ReadLevels(); break;
                default: SkipValue(); break;
            }
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        var entryWords = words.Build();
        var entryNumbers = numbers is null ? ImmutableArray<EntryNumber>.Empty : numbers.ToImmutableArray();
        switch (evidence)
        {
            case Evidence.Credentials:
                portfolio.Credentials.Add(new Credential { Title = text, Field = other, Awarded = date ?? default, Words = entryWords, Numbers = entryNumbers });
                break;
            case Evidence.Training:
                portfolio.Training.Add(new TrainingEntry { Date = date ?? default, Hours = amount ?? 0, Title = text ?? "", Words = entryWords, Numbers = entryNumbers });
                break;
            case Evidence.Work:
                // A lifted comparison: false when either date is missing.
                if (end < date) Problem(_path.With("end"), endAt, $"end {Iso(end.GetValueOrDefault())} is before start {Iso(date.GetValueOrDefault())}");
                portfolio.Work.Add(new WorkEntry
                {
                    Role = text ?? "", Employer = other, Start = date ?? default, End = end, Fte = fte ?? 1m, Words = entryWords, Numbers = entryNumbers,
                });
                break;
            case Evidence.Sessions:
                portfolio.Sessions.Add(new Session
                {
                    Date = date ?? default, Hours = amount ?? 0, Provider = text ?? "", ProviderEndorsements = levels, Words = entryWords, Numbers = entryNumbers,
                });
                break;
            case Evidence.References:
                portfolio.References.Add(new ReferenceRating { Rater = text ?? "", RaterEndorsements = levels, Words = entryWords, Numbers = entryNumbers });
                break;
            default:
                if (end < date) Problem(_path.With("to"), endAt, $"to {Iso(end.GetValueOrDefault())} is before from {Iso(date.GetValueOrDefault())}");
                portfolio.Memberships.Add(new Membership { Organization = text ?? "", From = date ?? default, To = end ?? default, Words = entryWords, Numbers = entryNumbers });
                break;
        }
    }

    private AssessmentResult? ReadAssessment(Word assessment)
    {
        var shape = _shapes.AssessmentOf(assessment);
        long at;
        if (!StartObject(out at)) return null;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        var words = _entryWords.Restart(_shapes, Evidence.Assessments);
        bool? passed = null;
        DateOnly? date = null;
        string? level = null;
        long levelAt = 0;
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            switch (field.Kind)
            {
                case FieldKind.Passed: passed = ReadBool(); break;
                case FieldKind.Date: date = ReadDate(nullable: false); break;
                case FieldKind.Choice:
                    var bits = ReadChoice(field.Set!);
                    if (bits is not null) words.Choose(field.Set!, bits.Value);
                    break;
                case FieldKind.Category:
                    levelAt = _r.TokenStartIndex;
                    level = ReadLevel(held: true, nullable: false);
                    break;
                default: SkipValue(); break;
            }
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        var entryWords = words.Build();
        if (level is not null) CheckFacets(level, entryWords, _path.With("category"), levelAt);
        return new AssessmentResult { Assessment = assessment.Value, Passed = passed ?? false, Date = date, Level = level, Words = entryWords };
    }

    /// <summary>An entry that names a level must agree with the level's facets (an examination's version with the category's band).</summary>
    private readonly void CheckFacets(string levelId, EntryWords words, string path, long offset)
    {
        var level = _vocabulary.Level(levelId);
        if (level is null) return;
        foreach (var facet in level.Facets)
        {
            var set = facet.GetType();
            ulong given = words.Bits(set);
            ulong wanted = WordBits.Of(facet);
            if (given == 0 || (given & wanted) != 0) continue;
            var words0 = _vocabulary.Find(set, Evidence.Assessments) ?? _vocabulary.Find(set);
            string Json(ulong bits) => words0?.In(bits).FirstOrDefault()?.Json ?? bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Problem(path, offset, $"{Quote(levelId)} takes {words0?.Property ?? set.Name} {Quote(Json(wanted))}, not {Quote(Json(given))}");
        }
    }

    private HeldEndorsement? ReadEndorsement()
    {
        var shape = _shapes.Endorsement;
        long at;
        if (!StartObject(out at)) return null;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        string? level = null;
        DateOnly? since = null;
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            if (field.Kind == FieldKind.Level) level = ReadLevel(held: true, nullable: false);
            else since = ReadDate(nullable: false);
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        return level is null || since is null ? null : new HeldEndorsement { Level = level, Since = since.Value };
    }

    private HeldEndorsement? ReadHeldEndorsement(PortfolioBuilder portfolio)
    {
        var shape = _shapes.HeldEndorsement;
        long at;
        if (!StartObject(out at)) return null;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        string? level = null, status = null;
        long levelAt = 0, statusAt = 0;
        DateOnly? since = null, applied = null;
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            switch (field.Kind)
            {
                case FieldKind.Category:
                    levelAt = _r.TokenStartIndex;
                    level = ReadLevel(held: true, nullable: false);
                    break;
                case FieldKind.Since: since = ReadDate(nullable: false); break;
                case FieldKind.Applied: applied = ReadDate(nullable: false); break;
                default:
                    statusAt = _r.TokenStartIndex;
                    status = ReadString(required: true);
                    break;
            }
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        if (level is null || since is null) return null;
        string? provisional = null;
        if (status is not null && status != "endorsed")
        {
            var declared = _vocabulary.Level(level)?.Provisional;
            if (status == declared) provisional = status;
            else
            {
                string allowed = declared is null ? "endorsed" : $"endorsed, {declared}";
                Problem(_path.With("status"), statusAt, $"unknown status {Quote(status)} for {Quote(level)}; allowed: {allowed}");
            }
        }
        if (portfolio.Endorsements.Any(e => e.Level == level))
        {
            Problem(_path.With("category"), levelAt, $"{Quote(level)} is listed twice; an endorsement is held once");
        }
        return new HeldEndorsement { Level = level, Since = since.Value, Provisional = provisional, Applied = applied };
    }
}
