using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Imh.Dsl.Portfolios;

/// <summary>A problem found in a portfolio file.</summary>
/// <param name="Path">JSON path, e.g. <c>$.reflectiveSupervision[3].hours</c>.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PortfolioProblem(string Path, int? Line, int? Column, string Message);

/// <summary>Result of reading a portfolio: the portfolio, or every problem found.</summary>
public sealed record PortfolioReadResult(Portfolio? Portfolio, IReadOnlyList<PortfolioProblem> Problems);

/// <summary>Options for <see cref="PortfolioReader"/>.</summary>
public sealed class PortfolioReaderOptions
{
    /// <summary>Accepted values of <c>endorsement.level</c> (case-insensitive); null accepts any non-empty string.</summary>
    public IReadOnlyCollection<string>? LevelIds { get; init; }
}

/// <summary>Reads portfolio JSON (format version 1), rejecting bad input before evaluation.</summary>
/// <remarks>
/// A hand-written single pass over <see cref="Utf8JsonReader"/> (no reflection, so the library stays
/// AOT-compatible) that builds the model and collects every problem with its JSON path and position.
/// Columns count Unicode characters (code points), not bytes, so they match what an editor shows.
/// </remarks>
public static class PortfolioReader
{
    /// <summary>Largest accepted input (16 MiB): anything bigger is not a hand-made portfolio.</summary>
    internal const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Deepest accepted nesting; the root object is level 1.</summary>
    internal const int MaxNesting = 32;

    /// <summary>Upper bound of <c>training[].hours</c>.</summary>
    internal const decimal MaxTrainingHours = 200m;

    /// <summary>Upper bound of <c>reflectiveSupervision[].hours</c> (one day).</summary>
    internal const decimal MaxSessionHours = 24m;

    /// <summary>Upper bound of <c>work[].fte</c>.</summary>
    internal const decimal MaxFte = 1m;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    // The vocabulary below is the single source of truth for the walker; tests compare it with the
    // JSON Schema so the two cannot drift apart.
    private static readonly ObjectShape RootShape = new(
        ["schemaVersion", "applicant", "supervisesOthers", "providesReflectiveSupervision", "credentials", "training", "work",
         "reflectiveSupervision", "references", "codeOfEthicsSigned", "endorsementAgreementSigned", "exam", "portfolioReview",
         "memberships", "endorsement"],
        ["applicant"]);

    private static readonly ObjectShape ApplicantShape = new(["name", "id"], ["name"]);

    private static readonly ObjectShape CredentialShape = new(
        ["type", "title", "field", "relatedField", "awarded", "officialTranscript", "imhCoursework"],
        ["type", "awarded"]);

    private static readonly ObjectShape TrainingShape = new(
        ["date", "hours", "title", "relationshipBased", "infantMentalHealth", "aboutReflectiveSupervision", "approved", "inServiceCoursework"],
        ["date", "hours", "title"]);

    private static readonly ObjectShape WorkShape = new(
        ["role", "employer", "kind", "start", "end", "fte", "paid", "supervised"],
        ["role", "kind", "start"]);

    private static readonly ObjectShape SessionShape = new(
        ["date", "hours", "format", "provider", "providerApproved", "relationshipBased", "whileServing"],
        ["date", "hours", "format", "provider"]);

    private static readonly ObjectShape ReferenceShape = new(
        ["rater", "role", "current", "providesReflectiveSupervision", "raterEndorsement", "familiarWithImh"],
        ["rater", "role"]);

    private static readonly ObjectShape ExamShape = new(["passed", "date"], []);

    private static readonly ObjectShape ReviewShape = new(["passed"], []);

    private static readonly ObjectShape MembershipShape = new(["organization", "imhAssociation", "from", "to"], ["organization", "from", "to"]);

    private static readonly ObjectShape EndorsementShape = new(["level", "since"], ["level", "since"]);

    private static readonly EnumTable<CredentialType> CredentialTypes = new(
        ("cda", CredentialType.Cda), ("associate", CredentialType.Associate), ("bachelor", CredentialType.Bachelor),
        ("master", CredentialType.Master), ("doctorate", CredentialType.Doctorate), ("certificate", CredentialType.Certificate));

    private static readonly EnumTable<WorkKind> WorkKinds = new(
        ("earlyChildhood", WorkKind.EarlyChildhood), ("infantFamily", WorkKind.InfantFamily), ("imhServices", WorkKind.ImhServices),
        ("imhInternship", WorkKind.ImhInternship), ("practiceLeader", WorkKind.PracticeLeader), ("policyLeader", WorkKind.PolicyLeader),
        ("researchFacultyLeader", WorkKind.ResearchFacultyLeader));

    private static readonly EnumTable<SessionFormat> SessionFormats = new(
        ("individual", SessionFormat.Individual), ("group", SessionFormat.Group));

    private static readonly EnumTable<RaterRole> RaterRoles = new(
        ("teacher", RaterRole.Teacher), ("cdaMentor", RaterRole.CdaMentor), ("instructor", RaterRole.Instructor),
        ("trainer", RaterRole.Trainer), ("supervisor", RaterRole.Supervisor), ("consultant", RaterRole.Consultant),
        ("colleague", RaterRole.Colleague), ("supervisee", RaterRole.Supervisee), ("consultee", RaterRole.Consultee),
        ("departmentChair", RaterRole.DepartmentChair), ("student", RaterRole.Student));

    private static readonly string[] RaterEndorsements = ["I", "II", "III", "IV"];

    /// <summary>Accepted property names and required ones per object, keyed by path pattern (<c>$.work[]</c>).</summary>
    internal static IReadOnlyDictionary<string, ObjectShape> ObjectShapes { get; } = new Dictionary<string, ObjectShape>(StringComparer.Ordinal)
    {
        ["$"] = RootShape,
        ["$.applicant"] = ApplicantShape,
        ["$.credentials[]"] = CredentialShape,
        ["$.training[]"] = TrainingShape,
        ["$.work[]"] = WorkShape,
        ["$.reflectiveSupervision[]"] = SessionShape,
        ["$.references[]"] = ReferenceShape,
        ["$.exam"] = ExamShape,
        ["$.portfolioReview"] = ReviewShape,
        ["$.memberships[]"] = MembershipShape,
        ["$.endorsement"] = EndorsementShape,
    };

    /// <summary>The exact strings accepted for each enumerated property, keyed by path pattern.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> EnumValues { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["$.credentials[].type"] = CredentialTypes.Names,
        ["$.work[].kind"] = WorkKinds.Names,
        ["$.reflectiveSupervision[].format"] = SessionFormats.Names,
        ["$.references[].role"] = RaterRoles.Names,
        ["$.references[].raterEndorsement"] = RaterEndorsements,
    };

    /// <summary>Reads UTF-8 JSON bytes.</summary>
    public static PortfolioReadResult Read(ReadOnlySpan<byte> utf8Json, PortfolioReaderOptions? options = null)
    {
        try
        {
            return ReadCore(utf8Json, options);
        }
#pragma warning disable CA1031 // The contract is "no exception escapes": a bug must still come out as a problem.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(new PortfolioProblem("$", null, null, $"internal error while reading the portfolio: {ex.Message}"));
        }
    }

    /// <summary>Reads a file (missing file, unreadable or over 16 MiB are problems, not exceptions).</summary>
    public static PortfolioReadResult ReadFile(string path, PortfolioReaderOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Failed(new PortfolioProblem("$", null, null, "no portfolio file name was given"));
        }

        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Failed(new PortfolioProblem("$", null, null, $"portfolio file '{path}' is a directory, not a file"));
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(new PortfolioProblem("$", null, null, $"portfolio file '{path}' does not exist"));
            }

            // Checked before reading so an oversized file is never loaded into memory.
            if (info.Length > MaxBytes)
            {
                return Failed(new PortfolioProblem("$", null, null, TooLarge($"portfolio file '{path}'", info.Length)));
            }

            bytes = File.ReadAllBytes(path);
        }
#pragma warning disable CA1031 // Any I/O failure (permissions, sharing, bad path syntax) is reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(new PortfolioProblem("$", null, null, $"cannot read portfolio file '{path}': {ex.Message}"));
        }

        // Read re-checks the size: the file may have grown between the check and the read.
        return Read(bytes, options);
    }

    private static PortfolioReadResult ReadCore(ReadOnlySpan<byte> input, PortfolioReaderOptions? options)
    {
        if (input.Length > MaxBytes)
        {
            return Failed(new PortfolioProblem("$", null, null, TooLarge("the portfolio", input.Length)));
        }

        ReadOnlySpan<byte> data = input.StartsWith(Bom) ? input[Bom.Length..] : input;
        if (!Utf8.IsValid(data))
        {
            return Failed(NotUtf8(data));
        }

        if (data.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return Failed(new PortfolioProblem("$", 1, 1, "the portfolio is empty; expected a JSON object"));
        }

        var walker = new Walker(data, options);
        return walker.Run();
    }

    private static string TooLarge(string what, long length)
        => $"{what} is {length.ToString(CultureInfo.InvariantCulture)} bytes; the limit is 16 MiB ({MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes)";

    private static PortfolioProblem NotUtf8(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return new PortfolioProblem("$", 1, 1, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8");
        }

        int offset = 0;
        while (offset < data.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(data[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        // Everything before the offset is valid UTF-8, so the locator can count characters up to it.
        var locator = new Locator();
        Loc at = locator.Locate(data, offset);
        string found = offset < data.Length ? $" (byte 0x{data[offset]:X2})" : "";
        return new PortfolioProblem("$", at.Line, at.Column, $"the file is not valid UTF-8{found}; save it as UTF-8");
    }

    private static PortfolioReadResult Failed(PortfolioProblem problem) => new(null, [problem]);

    /// <summary>Property names of one kind of object, and which of them must be present.</summary>
    internal sealed record ObjectShape(string[] Properties, string[] Required);

    /// <summary>A 1-based position in the text.</summary>
    private readonly record struct Loc(int Line, int Column);

    /// <summary>Thrown after a problem that makes the rest of the input unreadable (nesting, end of data).</summary>
    private sealed class StopReadingException : Exception
    {
    }

    /// <summary>Exact camelCase spellings of an enum's members; anything else is rejected.</summary>
    private sealed class EnumTable<T>
        where T : struct, Enum
    {
        private readonly (string Name, T Value)[] _entries;

        public EnumTable(params (string Name, T Value)[] entries)
        {
            _entries = entries;
            Names = [.. entries.Select(e => e.Name)];
        }

        public string[] Names { get; }

        public bool TryGet(string name, out T value)
        {
            foreach ((string n, T v) in _entries)
            {
                if (string.Equals(n, name, StringComparison.Ordinal))
                {
                    value = v;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }

    /// <summary>
    /// Turns byte offsets into line/column. Offsets are asked for in increasing order during the
    /// single pass, so it walks forward from the previous answer and the whole file costs O(n).
    /// </summary>
    private struct Locator
    {
        private int _offset;
        private int _line;
        private int _column;

        public Loc Locate(ReadOnlySpan<byte> data, long offset)
        {
            int target = (int)Math.Clamp(offset, 0, data.Length);
            if (_line == 0 || target < _offset)
            {
                _offset = 0;
                _line = 1;
                _column = 1;
            }

            for (int i = _offset; i < target; i++)
            {
                byte b = data[i];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // Count lead bytes only, so a multi-byte character is one column.
                    _column++;
                }
            }

            _offset = target;
            return new Loc(_line, _column);
        }
    }

    private delegate T? ItemReader<T>(ref Walker walker, string path)
        where T : class;

    /// <summary>
    /// The single pass: each Read* method starts on the first token of its value and leaves the
    /// reader on the value's last token, reporting problems instead of throwing.
    /// </summary>
    private ref struct Walker
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly PortfolioReaderOptions? _options;
        private readonly List<PortfolioProblem> _problems = [];
        private Utf8JsonReader _r;
        private Locator _locator;

        // The path of the value being read, for problems the JSON reader itself raises.
        private string _path = "$";

        public Walker(ReadOnlySpan<byte> data, PortfolioReaderOptions? options)
        {
            _data = data;
            _options = options;

            // MaxDepth above our own limit, so nesting is reported by us with a clear message and position.
            _r = new Utf8JsonReader(data, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
                MaxDepth = 2 * MaxNesting,
            });
        }

        public PortfolioReadResult Run()
        {
            Portfolio? portfolio = null;
            try
            {
                Next();
                portfolio = ReadRoot();
                _path = "$";
                if (_r.Read())
                {
                    Problem("$", "unexpected content after the portfolio object");
                }
            }
            catch (JsonException ex)
            {
                AddSyntaxProblem(ex);
            }
            catch (StopReadingException)
            {
                // The problem that stopped the pass is already recorded.
            }

            if (_problems.Count == 0 && portfolio is not null)
            {
                return new PortfolioReadResult(portfolio, []);
            }

            PortfolioProblem[] sorted = [.. _problems
                .OrderBy(p => p.Line ?? 0)
                .ThenBy(p => p.Column ?? 0)
                .ThenBy(p => p.Path, StringComparer.Ordinal)];
            return new PortfolioReadResult(null, sorted);
        }

        private Portfolio? ReadRoot()
        {
            const string path = "$";
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            int? schemaVersion = null;
            Applicant? applicant = null;
            bool? supervisesOthers = null, providesRs = null;
            List<Credential> credentials = [];
            List<TrainingEntry> training = [];
            List<WorkEntry> work = [];
            List<ReflectiveSupervisionSession> sessions = [];
            List<ReferenceRating> references = [];
            List<Membership> memberships = [];
            DateOnly? ethics = null, agreement = null;
            Exam? exam = null;
            PortfolioReview? review = null;
            Endorsement? endorsement = null;

            while (NextProperty(path, RootShape, seen, out string name, out string p))
            {
                switch (name)
                {
                    case "schemaVersion": schemaVersion = ReadSchemaVersion(p); break;
                    case "applicant": applicant = ReadApplicant(p); break;
                    case "supervisesOthers": supervisesOthers = ReadBool(p); break;
                    case "providesReflectiveSupervision": providesRs = ReadBool(p); break;
                    case "credentials": credentials = ReadList(p, static (ref Walker w, string q) => w.ReadCredential(q)); break;
                    case "training": training = ReadList(p, static (ref Walker w, string q) => w.ReadTraining(q)); break;
                    case "work": work = ReadList(p, static (ref Walker w, string q) => w.ReadWork(q)); break;
                    case "reflectiveSupervision": sessions = ReadList(p, static (ref Walker w, string q) => w.ReadSession(q)); break;
                    case "references": references = ReadList(p, static (ref Walker w, string q) => w.ReadReference(q)); break;
                    case "codeOfEthicsSigned": ethics = ReadDate(p, nullable: true); break;
                    case "endorsementAgreementSigned": agreement = ReadDate(p, nullable: true); break;
                    case "exam": exam = ReadExam(p); break;
                    case "portfolioReview": review = ReadReview(p); break;
                    case "memberships": memberships = ReadList(p, static (ref Walker w, string q) => w.ReadMembership(q)); break;
                    case "endorsement": endorsement = ReadEndorsement(p); break;
                    default: Unhandled(p, name, RootShape); break;
                }
            }

            RequireAll(path, RootShape, seen, at);
            return new Portfolio
            {
                SchemaVersion = schemaVersion,
                Applicant = applicant ?? new Applicant(),
                SupervisesOthers = supervisesOthers ?? false,
                ProvidesReflectiveSupervision = providesRs ?? false,
                Credentials = credentials,
                Training = training,
                Work = work,
                ReflectiveSupervision = sessions,
                References = references,
                CodeOfEthicsSigned = ethics,
                EndorsementAgreementSigned = agreement,
                Exam = exam,
                PortfolioReview = review,
                Memberships = memberships,
                Endorsement = endorsement,
            };
        }

        private int? ReadSchemaVersion(string path)
        {
            if (_r.TokenType != JsonTokenType.Number)
            {
                WrongType(path, "the number 1");
                return null;
            }

            if (_r.TryGetDecimal(out decimal version) && version == 1m)
            {
                return 1;
            }

            Problem(path, $"unsupported schemaVersion {Quote(RawNumber())}; only version 1 is supported");
            return null;
        }

        private Applicant? ReadApplicant(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? name = null, id = null;
            while (NextProperty(path, ApplicantShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "name": name = ReadString(p, required: true); break;
                    case "id": id = ReadString(p, required: false); break;
                    default: Unhandled(p, prop, ApplicantShape); break;
                }
            }

            RequireAll(path, ApplicantShape, seen, at);
            return new Applicant { Name = name ?? "", Id = id };
        }

        private Credential? ReadCredential(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            CredentialType? type = null;
            string? title = null, field = null;
            DateOnly? awarded = null;
            bool? related = null, transcript = null, coursework = null;
            while (NextProperty(path, CredentialShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "type": type = ReadEnum(p, CredentialTypes, "credential type"); break;
                    case "title": title = ReadString(p, required: false); break;
                    case "field": field = ReadString(p, required: false); break;
                    case "relatedField": related = ReadBool(p); break;
                    case "awarded": awarded = ReadDate(p, nullable: false); break;
                    case "officialTranscript": transcript = ReadBool(p); break;
                    case "imhCoursework": coursework = ReadBool(p); break;
                    default: Unhandled(p, prop, CredentialShape); break;
                }
            }

            RequireAll(path, CredentialShape, seen, at);
            return new Credential
            {
                Type = type ?? default,
                Title = title,
                Field = field,
                RelatedField = related ?? false,
                Awarded = awarded ?? default,
                OfficialTranscript = transcript ?? false,
                ImhCoursework = coursework ?? false,
            };
        }

        private TrainingEntry? ReadTraining(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            DateOnly? date = null;
            decimal? hours = null;
            string? title = null;
            bool? relationship = null, imh = null, aboutRs = null, approved = null, inService = null;
            while (NextProperty(path, TrainingShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "date": date = ReadDate(p, nullable: false); break;
                    case "hours": hours = ReadBoundedNumber(p, MaxTrainingHours); break;
                    case "title": title = ReadString(p, required: true); break;
                    case "relationshipBased": relationship = ReadBool(p); break;
                    case "infantMentalHealth": imh = ReadBool(p); break;
                    case "aboutReflectiveSupervision": aboutRs = ReadBool(p); break;
                    case "approved": approved = ReadBool(p); break;
                    case "inServiceCoursework": inService = ReadBool(p); break;
                    default: Unhandled(p, prop, TrainingShape); break;
                }
            }

            RequireAll(path, TrainingShape, seen, at);
            return new TrainingEntry
            {
                Date = date ?? default,
                Hours = hours ?? 0m,
                Title = title ?? "",
                RelationshipBased = relationship ?? false,
                InfantMentalHealth = imh ?? false,
                AboutReflectiveSupervision = aboutRs ?? false,
                Approved = approved ?? false,
                InServiceCoursework = inService ?? false,
            };
        }

        private WorkEntry? ReadWork(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? role = null, employer = null;
            WorkKind? kind = null;
            DateOnly? start = null, end = null;
            Loc endAt = default;
            decimal? fte = null;
            bool? paid = null, supervised = null;
            while (NextProperty(path, WorkShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "role": role = ReadString(p, required: true); break;
                    case "employer": employer = ReadString(p, required: false); break;
                    case "kind": kind = ReadEnum(p, WorkKinds, "work kind"); break;
                    case "start": start = ReadDate(p, nullable: false); break;
                    case "end": endAt = Here(); end = ReadDate(p, nullable: true); break;
                    case "fte": fte = ReadBoundedNumber(p, MaxFte); break;
                    case "paid": paid = ReadBool(p); break;
                    case "supervised": supervised = ReadBool(p); break;
                    default: Unhandled(p, prop, WorkShape); break;
                }
            }

            RequireAll(path, WorkShape, seen, at);
            if (start is { } s && end is { } e && e < s)
            {
                Problem(Member(path, "end"), endAt, $"end {Iso(e)} is before start {Iso(s)}");
            }

            return new WorkEntry
            {
                Role = role ?? "",
                Employer = employer,
                Kind = kind ?? default,
                Start = start ?? default,
                End = end,
                Fte = fte ?? 1m,
                Paid = paid ?? false,
                Supervised = supervised ?? false,
            };
        }

        private ReflectiveSupervisionSession? ReadSession(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            DateOnly? date = null;
            decimal? hours = null;
            SessionFormat? format = null;
            string? provider = null;
            bool? approved = null, relationship = null, serving = null;
            while (NextProperty(path, SessionShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "date": date = ReadDate(p, nullable: false); break;
                    case "hours": hours = ReadBoundedNumber(p, MaxSessionHours); break;
                    case "format": format = ReadEnum(p, SessionFormats, "session format"); break;
                    case "provider": provider = ReadString(p, required: true); break;
                    case "providerApproved": approved = ReadBool(p); break;
                    case "relationshipBased": relationship = ReadBool(p); break;
                    case "whileServing": serving = ReadBool(p); break;
                    default: Unhandled(p, prop, SessionShape); break;
                }
            }

            RequireAll(path, SessionShape, seen, at);
            return new ReflectiveSupervisionSession
            {
                Date = date ?? default,
                Hours = hours ?? 0m,
                Format = format ?? default,
                Provider = provider ?? "",
                ProviderApproved = approved ?? false,

                // The spec's defaults: a session counts as relationship-based and received while serving unless said otherwise.
                RelationshipBased = relationship ?? true,
                WhileServing = serving ?? true,
            };
        }

        private ReferenceRating? ReadReference(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? rater = null, raterEndorsement = null;
            RaterRole? role = null;
            bool? current = null, providesRs = null, familiar = null;
            while (NextProperty(path, ReferenceShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "rater": rater = ReadString(p, required: true); break;
                    case "role": role = ReadEnum(p, RaterRoles, "rater role"); break;
                    case "current": current = ReadBool(p); break;
                    case "providesReflectiveSupervision": providesRs = ReadBool(p); break;
                    case "raterEndorsement": raterEndorsement = ReadRaterEndorsement(p); break;
                    case "familiarWithImh": familiar = ReadBool(p); break;
                    default: Unhandled(p, prop, ReferenceShape); break;
                }
            }

            RequireAll(path, ReferenceShape, seen, at);
            return new ReferenceRating
            {
                Rater = rater ?? "",
                Role = role ?? default,
                Current = current ?? false,
                ProvidesReflectiveSupervision = providesRs ?? false,
                RaterEndorsement = raterEndorsement,
                FamiliarWithImh = familiar ?? false,
            };
        }

        private string? ReadRaterEndorsement(string path)
        {
            if (_r.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (_r.TokenType != JsonTokenType.String)
            {
                WrongType(path, "a string or null");
                return null;
            }

            string? value = GetString(path);
            if (value is null)
            {
                return null;
            }

            if (Array.IndexOf(RaterEndorsements, value) < 0)
            {
                Problem(path, $"unknown rater endorsement {Quote(value)}; allowed: {string.Join(", ", RaterEndorsements)} or null");
                return null;
            }

            return value;
        }

        private Exam? ReadExam(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool? passed = null;
            DateOnly? date = null;
            while (NextProperty(path, ExamShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "passed": passed = ReadBool(p); break;
                    case "date": date = ReadDate(p, nullable: false); break;
                    default: Unhandled(p, prop, ExamShape); break;
                }
            }

            RequireAll(path, ExamShape, seen, at);
            return new Exam { Passed = passed ?? false, Date = date };
        }

        private PortfolioReview? ReadReview(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool? passed = null;
            while (NextProperty(path, ReviewShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "passed": passed = ReadBool(p); break;
                    default: Unhandled(p, prop, ReviewShape); break;
                }
            }

            RequireAll(path, ReviewShape, seen, at);
            return new PortfolioReview { Passed = passed ?? false };
        }

        private Membership? ReadMembership(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? organization = null;
            bool? imh = null;
            DateOnly? from = null, to = null;
            Loc toAt = default;
            while (NextProperty(path, MembershipShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "organization": organization = ReadString(p, required: true); break;
                    case "imhAssociation": imh = ReadBool(p); break;
                    case "from": from = ReadDate(p, nullable: false); break;
                    case "to": toAt = Here(); to = ReadDate(p, nullable: false); break;
                    default: Unhandled(p, prop, MembershipShape); break;
                }
            }

            RequireAll(path, MembershipShape, seen, at);
            if (from is { } f && to is { } t && t < f)
            {
                Problem(Member(path, "to"), toAt, $"to {Iso(t)} is before from {Iso(f)}");
            }

            return new Membership { Organization = organization ?? "", ImhAssociation = imh ?? false, From = from ?? default, To = to ?? default };
        }

        private Endorsement? ReadEndorsement(string path)
        {
            if (!StartObject(path, out Loc at))
            {
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? level = null;
            DateOnly? since = null;
            while (NextProperty(path, EndorsementShape, seen, out string prop, out string p))
            {
                switch (prop)
                {
                    case "level": level = ReadLevel(p); break;
                    case "since": since = ReadDate(p, nullable: false); break;
                    default: Unhandled(p, prop, EndorsementShape); break;
                }
            }

            RequireAll(path, EndorsementShape, seen, at);
            return new Endorsement { Level = level ?? "", Since = since ?? default };
        }

        private string? ReadLevel(string path)
        {
            string? level = ReadString(path, required: true);
            if (level is null || string.IsNullOrWhiteSpace(level) || _options?.LevelIds is not { } ids)
            {
                return level;
            }

            foreach (string id in ids)
            {
                if (string.Equals(id, level, StringComparison.OrdinalIgnoreCase))
                {
                    // Stored in the catalogue's spelling so later lookups can compare ordinally.
                    return id;
                }
            }

            Problem(path, $"unknown level {Quote(level)}; allowed: {string.Join(", ", ids)}");
            return null;
        }

        private List<T> ReadList<T>(string path, ItemReader<T> readItem)
            where T : class
        {
            List<T> items = [];
            if (_r.TokenType != JsonTokenType.StartArray)
            {
                WrongType(path, "an array");
                return items;
            }

            for (int index = 0; ; index++)
            {
                _path = path;
                Next();
                if (_r.TokenType == JsonTokenType.EndArray)
                {
                    return items;
                }

                string itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                _path = itemPath;
                if (readItem(ref this, itemPath) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        private bool? ReadBool(string path)
        {
            switch (_r.TokenType)
            {
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                default:
                    WrongType(path, "true or false");
                    return null;
            }
        }

        /// <summary>A string; required ones must not be blank, optional ones may be null.</summary>
        private string? ReadString(string path, bool required)
        {
            if (_r.TokenType == JsonTokenType.Null && !required)
            {
                return null;
            }

            if (_r.TokenType != JsonTokenType.String)
            {
                WrongType(path, required ? "a non-empty string" : "a string or null");
                return null;
            }

            string? value = GetString(path);
            if (required && value is not null && string.IsNullOrWhiteSpace(value))
            {
                Problem(path, "must not be empty");
            }

            return value;
        }

        private DateOnly? ReadDate(string path, bool nullable)
        {
            if (_r.TokenType == JsonTokenType.Null && nullable)
            {
                return null;
            }

            if (_r.TokenType != JsonTokenType.String)
            {
                WrongType(path, nullable ? "a date (\"YYYY-MM-DD\") or null" : "a date (\"YYYY-MM-DD\")");
                return null;
            }

            string? text = GetString(path);
            if (text is null)
            {
                return null;
            }

            if (!HasDateShape(text))
            {
                Problem(path, $"{Quote(text)} is not a date in the form YYYY-MM-DD");
                return null;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                Problem(path, $"{Quote(text)} is not a date that exists");
                return null;
            }

            return date;
        }

        /// <summary>A number greater than 0 and at most <paramref name="max"/>.</summary>
        private decimal? ReadBoundedNumber(string path, decimal max)
        {
            if (_r.TokenType != JsonTokenType.Number)
            {
                WrongType(path, "a number");
                return null;
            }

            string raw = RawNumber();
            if (!_r.TryGetDecimal(out decimal value))
            {
                Problem(path, $"{Quote(raw)} is not a number in range (greater than 0 and at most {Invariant(max)})");
                return null;
            }

            if (value <= 0m || value > max)
            {
                Problem(path, $"must be greater than 0 and at most {Invariant(max)}, found {raw}");
                return null;
            }

            return value;
        }

        private T? ReadEnum<T>(string path, EnumTable<T> table, string what)
            where T : struct, Enum
        {
            if (_r.TokenType != JsonTokenType.String)
            {
                WrongType(path, "a string");
                return null;
            }

            string? text = GetString(path);
            if (text is null)
            {
                return null;
            }

            if (table.TryGet(text, out T value))
            {
                return value;
            }

            Problem(path, $"unknown {what} {Quote(text)}; allowed: {string.Join(", ", table.Names)}");
            return null;
        }

        /// <summary>
        /// Moves to the next property of the current object and onto its value; false at the end of
        /// the object. Unknown and repeated properties are reported and skipped here.
        /// </summary>
        private bool NextProperty(string objectPath, ObjectShape shape, HashSet<string> seen, out string name, out string path)
        {
            while (true)
            {
                _path = objectPath;
                Next();
                if (_r.TokenType == JsonTokenType.EndObject)
                {
                    name = "";
                    path = "";
                    return false;
                }

                string? candidate = GetString(objectPath);
                if (candidate is null)
                {
                    Next();
                    SkipValue();
                    continue;
                }

                string candidatePath = Member(objectPath, candidate);
                _path = candidatePath;
                if (Array.IndexOf(shape.Properties, candidate) < 0)
                {
                    Problem(candidatePath, UnknownProperty(candidate, shape));
                    Next();
                    SkipValue();
                    continue;
                }

                if (!seen.Add(candidate))
                {
                    Problem(candidatePath, $"duplicate property {Quote(candidate)}");
                    Next();
                    SkipValue();
                    continue;
                }

                Next();
                name = candidate;
                path = candidatePath;
                return true;
            }
        }

        /// <summary>A listed property without a case in the switch is a bug; reporting it keeps it visible.</summary>
        private void Unhandled(string path, string name, ObjectShape shape)
        {
            Problem(path, UnknownProperty(name, shape));
            SkipValue();
        }

        private void RequireAll(string objectPath, ObjectShape shape, HashSet<string> seen, Loc objectStart)
        {
            foreach (string required in shape.Required)
            {
                if (!seen.Contains(required))
                {
                    Problem(Member(objectPath, required), objectStart, $"required property {Quote(required)} is missing");
                }
            }
        }

        private bool StartObject(string path, out Loc at)
        {
            at = Here();
            if (_r.TokenType == JsonTokenType.StartObject)
            {
                return true;
            }

            WrongType(path, "an object");
            return false;
        }

        private void WrongType(string path, string expected)
        {
            Problem(path, $"expected {expected}, found {Describe(_r.TokenType)}");
            SkipValue();
        }

        /// <summary>Skips the value the reader is on, one token at a time so nesting is still checked.</summary>
        private void SkipValue()
        {
            if (_r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            int depth = _r.CurrentDepth;
            do
            {
                Next();
            }
            while (!(_r.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && _r.CurrentDepth == depth));
        }

        private void Next()
        {
            if (!_r.Read())
            {
                Problem(_path, "unexpected end of the JSON data");
                throw new StopReadingException();
            }

            // The root object is at depth 0, so a container at depth 32 is the 33rd level.
            if (_r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && _r.CurrentDepth >= MaxNesting)
            {
                Problem(_path, $"nesting is deeper than {MaxNesting} levels");
                throw new StopReadingException();
            }
        }

        private string? GetString(string path)
        {
            try
            {
                return _r.GetString();
            }
            catch (InvalidOperationException)
            {
                // E.g. an escaped lone surrogate ("\ud800"), which is valid JSON syntax but not text.
                Problem(path, "the string contains an invalid escape sequence");
                return null;
            }
        }

        private string RawNumber() => Encoding.UTF8.GetString(_r.ValueSpan);

        private Loc Here() => _locator.Locate(_data, _r.TokenStartIndex);

        private void Problem(string path, string message) => Problem(path, Here(), message);

        private readonly void Problem(string path, Loc at, string message)
            => _problems.Add(new PortfolioProblem(path, at.Line, at.Column, message));

        private void AddSyntaxProblem(JsonException ex)
        {
            string message = ex.Message;
            int cut = message.IndexOf("LineNumber:", StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut].TrimEnd(' ', '|', '.') + ".";
            }

            // The reader quotes the offending input verbatim (it may span lines) and addresses programmers.
            message = message
                .Replace("\r", "\\r", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal)
                .Replace(" Change the reader options.", "", StringComparison.Ordinal);

            if (ex.LineNumber is not { } line || ex.BytePositionInLine is not { } bytes)
            {
                _problems.Add(new PortfolioProblem(_path, null, null, $"invalid JSON: {message}"));
                return;
            }

            // The JSON reader counts lines by '\n' and positions in bytes; convert to our character columns.
            int offset = 0;
            for (long l = 0; l < line; l++)
            {
                int newline = _data[offset..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                offset += newline + 1;
            }

            var locator = new Locator();
            Loc at = locator.Locate(_data, offset + bytes);
            _problems.Add(new PortfolioProblem(_path, at.Line, at.Column, $"invalid JSON: {message}"));
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string UnknownProperty(string name, ObjectShape shape)
    {
        string? suggestion = shape.Properties
            .Select(known => (known, distance: Distance(name, known)))
            .Where(c => c.distance <= (c.known.Length >= 6 ? 2 : 1) || string.Equals(c.known, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.distance)
            .Select(c => c.known)
            .FirstOrDefault();
        return suggestion is null
            ? $"unknown property {Quote(name)}; allowed: {string.Join(", ", shape.Properties)}"
            : $"unknown property {Quote(name)}; did you mean {Quote(suggestion)}?";
    }

    /// <summary>Levenshtein distance, capped early: only small distances matter for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 100)
        {
            return int.MaxValue;
        }

        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

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

    /// <summary>Appends a property to a path, bracket-quoting names that are not plain identifiers.</summary>
    internal static string Member(string path, string name)
    {
        bool plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        foreach (char c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return plain
            ? path + "." + name
            : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    private static bool HasDateShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Quotes a value for a message, shortening huge ones so a message stays one readable line.</summary>
    private static string Quote(string value)
    {
        const int Max = 60;
        string shown = value.Length > Max ? value[..(Max - 3)] + "..." : value;
        return "'" + shown.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "'";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
