namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>A written examination result, as a test writes it: the band's version, and the category or track whose vignettes were taken.</summary>
public sealed record ExamResult(bool Passed, DateOnly? Date, ExamVersion Version = ExamVersion.Imh, string? Category = null);

/// <summary>A category held, as a test writes it.</summary>
public sealed record Held(string Category, DateOnly Since, bool Emerging = false, DateOnly? Applied = null);

/// <summary>A mutable copy of a version 2 <see cref="Portfolio"/>, so that a test can change one thing and build a fresh portfolio.</summary>
public sealed class PortfolioDraft
{
    public string Name { get; set; } = "Jordan Rivera";
    public DateOnly? ApplicationDate { get; set; }
    public bool SupervisesOthers { get; set; }
    public bool ProvidesReflectiveSupervision { get; set; }
    public List<Credential> Credentials { get; set; } = [];
    public List<TrainingEntry> Training { get; set; } = [];
    public List<WorkEntry> Work { get; set; } = [];
    public List<Session> Sessions { get; set; } = [];
    public List<ReferenceRating> References { get; set; } = [];
    public List<DateOnly> CodeOfEthicsSignatures { get; set; } = [];
    public DateOnly? EndorsementAgreementSigned { get; set; }
    public List<ExamResult> Exams { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<Held> Endorsements { get; set; } = [];

    /// <summary>A draft holding everything in <paramref name="portfolio"/>.</summary>
    public static PortfolioDraft From(Portfolio portfolio) => new()
    {
        Name = portfolio.Applicant.Name,
        ApplicationDate = portfolio.ApplicationDate,
        SupervisesOthers = portfolio.Words.Has(ApplicantTag.SupervisesOthers),
        ProvidesReflectiveSupervision = portfolio.Words.Has(ApplicantTag.ProvidesReflectiveSupervision),
        Credentials = [.. portfolio.Credentials],
        Training = [.. portfolio.Training],
        Work = [.. portfolio.Work],
        Sessions = [.. portfolio.Sessions],
        References = [.. portfolio.References],
        CodeOfEthicsSignatures = [.. portfolio.Signatures.Where(s => s.Document.Equals(Document.CodeOfEthics)).Select(s => s.Date)],
        EndorsementAgreementSigned = portfolio.Signatures.FirstOrDefault(s => s.Document.Equals(Document.EndorsementAgreement))?.Date,
        Exams = [.. portfolio.Assessments.Where(a => a.Assessment.Equals(Assessment.Exam))
            .Select(a => new ExamResult(a.Passed, a.Date, a.Words.Has(ExamVersion.Ecmh) ? ExamVersion.Ecmh : ExamVersion.Imh, a.Level))],
        Memberships = [.. portfolio.Memberships],
        Endorsements = [.. portfolio.Endorsements.Select(e => new Held(e.Level, e.Since, e.Provisional == "emerging", e.Applied))],
    };

    /// <summary>A new portfolio (format version 2) with the draft's contents.</summary>
    public Portfolio Build()
    {
        var signatures = CodeOfEthicsSignatures.Select(d => new Signature(Document.CodeOfEthics, d)).ToList();
        if (EndorsementAgreementSigned is { } agreement) signatures.Add(new Signature(Document.EndorsementAgreement, agreement));
        return new Portfolio
        {
            SchemaVersion = 2,
            Applicant = new Applicant { Name = Name, Id = "A-2024" },
            ApplicationDate = ApplicationDate,
            Words = EntryWords.None.With(ApplicantTag.SupervisesOthers, SupervisesOthers).With(ApplicantTag.ProvidesReflectiveSupervision, ProvidesReflectiveSupervision),
            Credentials = [.. Credentials],
            Training = [.. Training],
            Work = [.. Work],
            Sessions = [.. Sessions],
            References = [.. References],
            Signatures = signatures,
            Assessments = [.. Exams.Select(e => new AssessmentResult
            {
                Assessment = Assessment.Exam, Passed = e.Passed, Date = e.Date, Level = e.Category, Words = EntryWords.Of(e.Version),
            })],
            Memberships = [.. Memberships],
            Endorsements = [.. Endorsements.Select(e => new HeldEndorsement
            {
                Level = e.Category, Since = e.Since, Provisional = e.Emerging ? "emerging" : null, Applied = e.Applied,
            })],
        };
    }
}

/// <summary><c>with</c>-style edits: each returns a new portfolio or entry and leaves the original alone.</summary>
public static class PortfolioEdits
{
    /// <summary>A copy changed by <paramref name="edit"/>.</summary>
    public static Portfolio With(this Portfolio portfolio, Action<PortfolioDraft> edit)
    {
        var draft = PortfolioDraft.From(portfolio);
        edit(draft);
        return draft.Build();
    }

    /// <summary>A copy with exactly these training entries.</summary>
    public static Portfolio WithTraining(this Portfolio portfolio, params TrainingEntry[] training) => portfolio.With(d => d.Training = [.. training]);

    /// <summary>A copy with exactly these work entries.</summary>
    public static Portfolio WithWork(this Portfolio portfolio, params WorkEntry[] work) => portfolio.With(d => d.Work = [.. work]);

    /// <summary>A copy with exactly these RS/C sessions.</summary>
    public static Portfolio WithSessions(this Portfolio portfolio, params IEnumerable<Session> sessions) => portfolio.With(d => d.Sessions = [.. sessions]);

    /// <summary>A copy with exactly these reference ratings.</summary>
    public static Portfolio WithReferences(this Portfolio portfolio, params ReferenceRating[] references) => portfolio.With(d => d.References = [.. references]);

    /// <summary>A copy with every work entry passed through <paramref name="change"/>.</summary>
    public static Portfolio EachWork(this Portfolio portfolio, Func<WorkEntry, WorkEntry> change) => portfolio.With(d => d.Work = [.. d.Work.Select(change)]);

    /// <summary>A copy with every session passed through <paramref name="change"/>.</summary>
    public static Portfolio EachSession(this Portfolio portfolio, Func<Session, Session> change) => portfolio.With(d => d.Sessions = [.. d.Sessions.Select(change)]);

    /// <summary>The entry with other words.</summary>
    public static WorkEntry Words(this WorkEntry w, Func<EntryWords, EntryWords> change) => new()
    {
        Role = w.Role, Employer = w.Employer, Start = w.Start, End = w.End, Fte = w.Fte, Words = change(w.Words), Numbers = w.Numbers,
    };

    /// <summary>The entry with other dates.</summary>
    public static WorkEntry Dated(this WorkEntry w, string start, string? end) => new()
    {
        Role = w.Role, Employer = w.Employer, Start = D(start), End = end is null ? null : D(end), Fte = w.Fte, Words = w.Words, Numbers = w.Numbers,
    };

    /// <summary>The entry with other families served.</summary>
    public static WorkEntry Families(this WorkEntry w, params (AgeBand Band, int Families)[] families) => new()
    {
        Role = w.Role, Employer = w.Employer, Start = w.Start, End = w.End, Fte = w.Fte, Words = w.Words,
        Numbers = [.. families.Select(f => new EntryNumber(WorkNumber.FamiliesServed, f.Band, f.Families))],
    };

    /// <summary>The session with other words.</summary>
    public static Session Words(this Session s, Func<EntryWords, EntryWords> change) => new()
    {
        Date = s.Date, Hours = s.Hours, Provider = s.Provider, ProviderEndorsements = s.ProviderEndorsements, Words = change(s.Words), Numbers = s.Numbers,
    };

    /// <summary>The session from a provider with other endorsements.</summary>
    public static Session EndorsedAs(this Session s, params string[] endorsement) => new()
    {
        Date = s.Date, Hours = s.Hours, Provider = s.Provider, ProviderEndorsements = [.. endorsement], Words = s.Words, Numbers = s.Numbers,
    };

    /// <summary>The credential with other words.</summary>
    public static Credential Words(this Credential c, Func<EntryWords, EntryWords> change) => new()
    {
        Title = c.Title, Field = c.Field, Awarded = c.Awarded, Words = change(c.Words), Numbers = c.Numbers,
    };

    /// <summary>The choice of <paramref name="value"/>'s enum replaced by <paramref name="value"/> (a band, a kind).</summary>
    public static EntryWords Choose(this EntryWords words, Enum value)
    {
        var type = value.GetType();
        foreach (Enum member in Enum.GetValues(type)) words = words.Without(member);
        return words.With(value);
    }
}
