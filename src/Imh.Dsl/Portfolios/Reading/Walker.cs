using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>A problem found while reading, positioned by byte offset until the pass is over.</summary>
internal readonly record struct RawProblem(long Offset, string Path, string Message);

/// <summary>Thrown after a problem that makes the rest of the input unreadable (nesting, end of data).</summary>
internal sealed class StopReadingException : Exception;

/// <summary>
/// The single pass over the portfolio: each Read method starts on the first token of its value
/// and leaves the reader on the value's last token, reporting problems instead of throwing.
/// Property names are compared as UTF-8, paths and positions are worked out only for problems.
/// </summary>
internal ref partial struct Walker
{
    /// <summary>Deepest accepted nesting; the root object is level 1.</summary>
    public const int MaxNesting = 32;

    private readonly ReadOnlySpan<byte> _data;
    private readonly Shapes _shapes;
    private readonly Vocabulary _vocabulary;
    private readonly ReaderScratch _scratch;
    private readonly List<RawProblem> _problems;
    private readonly PathStack _path;
    private readonly WordsBuilder _entryWords;
    private readonly RecentStrings _strings;
    private readonly List<(Field Field, long Offset, string Path)> _versioned;
    private readonly List<(int Version, long Offset, string Path, string What)> _laterSyntax;
    private Utf8JsonReader _r;
    private int _version = 1;
    private int? _declared;

    /// <summary>A pass over <paramref name="data"/>; its problems are in <paramref name="scratch"/>'s list, valid until the scratch is given back.</summary>
    public Walker(ReadOnlySpan<byte> data, Vocabulary vocabulary, ReaderScratch scratch)
    {
        _data = data;
        _vocabulary = vocabulary;
        _shapes = Shapes.Of(vocabulary);
        _scratch = scratch;
        _problems = scratch.Problems;
        _path = scratch.Path;
        _entryWords = scratch.EntryWords;
        _strings = scratch.Strings;
        _versioned = scratch.Versioned;
        _laterSyntax = scratch.LaterSyntax;

        // The reader's defaults are the format's: no comments, no trailing commas, one value. Its depth limit
        // (64) lies above our own, so nesting is reported by us with a clear message and position.
        _r = new Utf8JsonReader(data);
    }

    public (Portfolio? Portfolio, List<RawProblem> Problems, long Root) Run()
    {
        Portfolio? portfolio = null;
        long root = 0;
        try
        {
            Next();
            root = _r.TokenStartIndex;
            portfolio = ReadRoot();
            // Anything but white space after the root object makes the reader throw: the file holds one value.
            _ = _r.Read();
        }
        catch (JsonException ex)
        {
            AddSyntaxProblem(ex);
        }
        catch (StopReadingException)
        {
            // The problem that stopped the pass is already recorded.
        }

        // A property of a later format version is unknown to a file that does not declare that version.
        foreach (var (field, offset, path) in _versioned)
        {
            if (field.Version > _version)
            {
                Problem(path, offset, $"unknown property {Quote(field.Name)} in a version {_version} portfolio; it needs \"schemaVersion\": {field.Version}");
            }
        }
        foreach (var (version, offset, path, what) in _laterSyntax)
        {
            if (version > _version) Problem(path, offset, $"{what} needs \"schemaVersion\": {version}; a version {_version} portfolio gives one value");
        }
        // The portfolio is good only when no problem was found; the caller looks at the problems first.
        return (portfolio, _problems, root);
    }

    // ---- the root ----

    private Portfolio? ReadRoot()
    {
        var shape = _shapes.Root;
        // Locals declared apart from the conditions that set them, here and throughout the walker, so that Stryker can
        // mutate those conditions (docs/mutation.md).
        long at;
        if (!StartObject(out at)) return null;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        var portfolio = _scratch.Portfolio.Restart(_shapes);
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            switch (field.Kind)
            {
                case FieldKind.SchemaUrl: ReadString(required: false); break;
                case FieldKind.SchemaVersion: ReadSchemaVersion(); break;
                case FieldKind.Applicant: portfolio.Applicant = ReadApplicant(); break;
                case FieldKind.ApplicationDate: portfolio.ApplicationDate = ReadDate(nullable: false); break;
                case FieldKind.Tag: portfolio.Words.Set(field, ReadBool()); break;
                case FieldKind.List: ReadList(field.Evidence, portfolio); break;
                case FieldKind.DocumentDate:
                    var signed = ReadDate(nullable: true);
                    if (signed is not null) portfolio.Signatures.Add(new Signature(Word(field), signed.Value));
                    break;
                case FieldKind.DocumentDates: ReadDocumentDates(field, portfolio); break;
                case FieldKind.Assessment:
                    var result = ReadAssessment(field.Word!);
                    if (result is not null) portfolio.Assessments.Add(result);
                    break;
                case FieldKind.Assessments: ReadAssessments(field.Word!, portfolio); break;
                case FieldKind.Endorsement:
                    var held = ReadEndorsement();
                    if (held is not null) portfolio.Endorsements.Add(held);
                    break;
                case FieldKind.Endorsements: ReadEndorsements(portfolio); break;
                default: SkipValue(); break;
            }
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        portfolio.SchemaVersion = _declared;
        return portfolio.Build();
    }

    private void ReadSchemaVersion()
    {
        if (_r.TokenType != JsonTokenType.Number)
        {
            WrongType(_vocabulary.FormatVersion == 1 ? "the number 1" : $"a number from 1 to {_vocabulary.FormatVersion}");
            return;
        }
        var raw = _r.ValueSpan;
        for (int v = 1; v <= _vocabulary.FormatVersion; v++)
        {
            if (ExactNumber.Compare(raw, v) == 0)
            {
                _version = v;
                _declared = v;
                return;
            }
        }
        string supported = _vocabulary.FormatVersion == 1 ? "only version 1 is supported" : $"versions 1 to {_vocabulary.FormatVersion} are supported";
        Problem($"unsupported schemaVersion {Quote(RawNumber())}; {supported}");
    }

    private Applicant? ReadApplicant()
    {
        var shape = _shapes.Applicant;
        long at;
        if (!StartObject(out at)) return null;
        Span<bool> seen = stackalloc bool[shape.Fields.Length];
        string? name = null, id = null;
        Field field;
        while (NextProperty(shape, seen, out field))
        {
            if (field.Kind == FieldKind.Name) name = ReadString(required: true);
            else id = ReadString(required: false);
            _path.Pop();
        }
        RequireAll(shape, seen, at);
        return new Applicant { Name = name ?? "", Id = id };
    }

    private void ReadList(Evidence evidence, PortfolioBuilder portfolio)
    {
        if (!StartArray("an array")) return;
        var shape = _shapes.EntryOf(evidence);
        for (int index = -1; NextItem(ref index);) ReadEntry(evidence, shape, portfolio);
    }

    private void ReadDocumentDates(Field field, PortfolioBuilder portfolio)
    {
        if (!StartArray("an array of dates")) return;
        for (int index = -1; NextItem(ref index);)
        {
            var signed = ReadDate(nullable: false);
            if (signed is not null) portfolio.Signatures.Add(new Signature(Word(field), signed.Value));
        }
    }

    private void ReadAssessments(Word assessment, PortfolioBuilder portfolio)
    {
        if (!StartArray("an array")) return;
        for (int index = -1; NextItem(ref index);)
        {
            var result = ReadAssessment(assessment);
            if (result is not null) portfolio.Assessments.Add(result);
        }
    }

    private void ReadEndorsements(PortfolioBuilder portfolio)
    {
        if (!StartArray("an array")) return;
        for (int index = -1; NextItem(ref index);)
        {
            var held = ReadHeldEndorsement(portfolio);
            if (held is not null) portfolio.Endorsements.Add(held);
        }
    }

    // ---- arrays: if (!StartArray(...)) return; for (int i = -1; NextItem(ref i);) ReadItem(); ----

    private bool StartArray(string expected)
    {
        if (_r.TokenType == JsonTokenType.StartArray) return true;
        WrongType(expected);
        return false;
    }

    // Leaves the previous item's path segment, moves to the next token, and enters the next item's (false at the end).
    private bool NextItem(ref int index)
    {
        if (index >= 0) _path.Pop();
        Next();
        if (_r.TokenType == JsonTokenType.EndArray) return false;
        _path.Push(++index);
        return true;
    }

    // ---- helpers shared by every object ----

    private static Enum Word(Field field) => field.Word!.Value;

    private bool StartObject(out long at)
    {
        at = _r.TokenStartIndex;
        if (_r.TokenType == JsonTokenType.StartObject) return true;
        WrongType("an object");
        return false;
    }

    /// <summary>
    /// Moves to the next property of the current object and onto its value, its name pushed on the
    /// path; false at the end of the object. Unknown and repeated properties are reported and skipped here.
    /// </summary>
    private bool NextProperty(Shape shape, scoped Span<bool> seen, out Field field)
    {
        while (true)
        {
            Next();
            if (_r.TokenType == JsonTokenType.EndObject)
            {
                field = null!;
                return false;
            }
            long at = _r.TokenStartIndex;
            int index = FindProperty(shape);
            if (index < 0)
            {
                // A name that is not text (an escaped lone surrogate) is reported as such by GetString.
                string? name = GetString();
                if (name is not null) Problem(_path.With(name), at, UnknownProperty(name, shape));
                SkipPropertyValue(name ?? "");
                continue;
            }
            var found = shape.Fields[index];
            if (seen[index])
            {
                Problem(_path.With(found.Name), at, $"duplicate property {Quote(found.Name)}");
                SkipPropertyValue(found.Name);
                continue;
            }
            seen[index] = true;
            if (found.Version > 1) _versioned.Add((found, at, _path.With(found.Name)));
            _path.Push(found.Name);
            Next();
            field = found;
            return true;
        }
    }

    /// <summary>Skips the value of a property that is not read, under its name so a problem inside it (nesting) has its path.</summary>
    private void SkipPropertyValue(string name)
    {
        _path.Push(name);
        Next();
        SkipValue();
        _path.Pop();
    }

    // The index of the property the reader is on in the shape's fields, or -1.
    private readonly int FindProperty(Shape shape)
    {
        if (!_r.ValueIsEscaped) return shape.Find(_r.ValueSpan);
        if (_r.ValueSpan.Length > 256) return -1;
        Span<byte> name = stackalloc byte[_r.ValueSpan.Length];
        int written;
        try
        {
            written = _r.CopyString(name);
        }
        catch (InvalidOperationException)
        {
            // Not text (an escaped lone surrogate): no property has that name.
            return -1;
        }
        return shape.Find(name[..written]);
    }

    private void RequireAll(Shape shape, scoped ReadOnlySpan<bool> seen, long objectStart)
    {
        foreach (int i in shape.RequiredIndexes)
        {
            var field = shape.Fields[i];
            if (!seen[i] && field.Version <= _version)
            {
                Problem(_path.With(field.Name), objectStart, $"required property {Quote(field.Name)} is missing");
            }
        }
    }

    private void WrongType(string expected)
    {
        Problem($"expected {expected}, found {Describe(_r.TokenType)}");
        SkipValue();
    }

    /// <summary>Skips the value the reader is on, one token at a time so nesting is still checked.</summary>
    private void SkipValue()
    {
        if (_r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = _r.CurrentDepth;
        do
        {
            Next();
        }
        while (!(_r.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && _r.CurrentDepth == depth));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Next()
    {
        if (!_r.Read()) Stop("unexpected end of the JSON data");

        // The root object is at depth 0, so a container at depth 32 is the 33rd level.
        if (_r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && _r.CurrentDepth >= MaxNesting) Stop($"nesting is deeper than {MaxNesting} levels");
    }

    // Kept out of Next, which runs for every token.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Stop(string message)
    {
        Problem(message);
        throw new StopReadingException();
    }

    private string? GetString()
    {
        try
        {
            return _r.GetString();
        }
        catch (InvalidOperationException)
        {
            // E.g. an escaped lone surrogate ("\ud800"), which is valid JSON syntax but not text.
            Problem("the string contains an invalid escape sequence");
            return null;
        }
    }

    private readonly string RawNumber() => Encoding.UTF8.GetString(_r.ValueSpan);

    private void Problem(string message) => Problem(_path.ToString(), _r.TokenStartIndex, message);

    private readonly void Problem(string path, long offset, string message) => _problems.Add(new RawProblem(offset, path, message));

    private void AddSyntaxProblem(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf("LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut].TrimEnd(' ', '|', '.') + ".";

        // The reader quotes the offending input verbatim (it may span lines or hold control characters) and addresses programmers.
        message = Printable.Escape(message.Replace(" Change the reader options.", "", StringComparison.Ordinal));

        // The JSON reader counts lines by '\n' and positions in bytes: back to an offset. It gives both for
        // every error it throws (were it not to, the problem would stand at the start of the file). The
        // lines it counts exist, so each search finds its newline.
        long line = ex.LineNumber.GetValueOrDefault(), bytes = ex.BytePositionInLine.GetValueOrDefault();
        long offset = 0;
        for (long l = 0; l < line; l++) offset += _data[(int)offset..].IndexOf((byte)'\n') + 1;
        _problems.Add(new RawProblem(offset + bytes, _path.ToString(), $"invalid JSON: {message}"));
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private string UnknownProperty(string name, Shape shape)
    {
        var allowed = shape.Allowed(_version).ToList();
        var suggestion = Suggest(name, allowed);
        return suggestion is not null
            ? $"unknown property {Quote(name)}; did you mean {Quote(suggestion)}?"
            : $"unknown property {Quote(name)}; allowed: {string.Join(", ", allowed)}";
    }

    /// <summary>The closest known spelling, when close enough to be a slip ("did you mean").</summary>
    internal static string? Suggest(string name, IEnumerable<string> known)
        => known
            .Select(k => (Known: k, Distance: Distance(name, k)))
            .Where(c => c.Distance <= (c.Known.Length >= 6 ? 2 : 1) || string.Equals(c.Known, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Distance)
            .Select(c => c.Known)
            .FirstOrDefault();

    /// <summary>Levenshtein distance, capped early: only small distances matter for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        // Names of lengths more than two apart are never close; so the work is bounded by the known name's length.
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Quotes a value for a message: one printable line, huge ones shortened.</summary>
    internal static string Quote(string value)
    {
        const int Max = 60;
        string shown = value.Length > Max ? value[..(Max - 3)] + "..." : value;
        return "'" + Printable.Escape(shown) + "'";
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
