namespace Imh.Requirements.Tests.Support;

/// <summary>The written examination, as a test writes it.</summary>
public sealed record Exam
{
    public bool Passed { get; init; }
    public DateOnly? Date { get; init; }
}

/// <summary>The two-level portfolio review, as a test writes it.</summary>
public sealed record PortfolioReview
{
    public bool Passed { get; init; }
}

/// <summary>The endorsement held, as a test writes it.</summary>
public sealed record Endorsement
{
    public string Level { get; init; } = "";
    public DateOnly Since { get; init; }
}

/// <summary>A mutable copy of a <see cref="Portfolio"/>, so that a test can change one thing and build a fresh portfolio.</summary>
public sealed class PortfolioDraft
{
    public string Name { get; set; } = "Jordan Rivera";
    public bool SupervisesOthers { get; set; }
    public bool ProvidesReflectiveSupervision { get; set; }
    public List<Credential> Credentials { get; set; } = [];
    public List<TrainingEntry> Training { get; set; } = [];
    public List<WorkEntry> Work { get; set; } = [];
    public List<Session> Sessions { get; set; } = [];
    public List<ReferenceRating> References { get; set; } = [];
    public DateOnly? CodeOfEthicsSigned { get; set; }
    public DateOnly? EndorsementAgreementSigned { get; set; }
    public Exam? Exam { get; set; }
    public PortfolioReview? PortfolioReview { get; set; }
    public List<Membership> Memberships { get; set; } = [];
    public Endorsement? Endorsement { get; set; }

    /// <summary>A draft holding everything in <paramref name="portfolio"/>.</summary>
    public static PortfolioDraft From(Portfolio portfolio) => new()
    {
        Name = portfolio.Applicant.Name,
        SupervisesOthers = portfolio.Words.Has(ApplicantTag.SupervisesOthers),
        ProvidesReflectiveSupervision = portfolio.Words.Has(ApplicantTag.ProvidesReflectiveSupervision),
        Credentials = [.. portfolio.Credentials],
        Training = [.. portfolio.Training],
        Work = [.. portfolio.Work],
        Sessions = [.. portfolio.Sessions],
        References = [.. portfolio.References],
        CodeOfEthicsSigned = portfolio.Signatures.FirstOrDefault(s => s.Document.Equals(Document.CodeOfEthics))?.Date,
        EndorsementAgreementSigned = portfolio.Signatures.FirstOrDefault(s => s.Document.Equals(Document.EndorsementAgreement))?.Date,
        Exam = portfolio.Assessments.FirstOrDefault(a => a.Assessment.Equals(Assessment.Exam)) is { } e ? new Exam { Passed = e.Passed, Date = e.Date } : null,
        PortfolioReview = portfolio.Assessments.FirstOrDefault(a => a.Assessment.Equals(Assessment.PortfolioReview)) is { } r ? new PortfolioReview { Passed = r.Passed } : null,
        Memberships = [.. portfolio.Memberships],
        Endorsement = portfolio.Endorsements.FirstOrDefault() is { } held ? new Endorsement { Level = held.Level, Since = held.Since } : null,
    };

    /// <summary>A new portfolio with the draft's contents.</summary>
    public Portfolio Build()
    {
        var signatures = new List<Signature>();
        if (CodeOfEthicsSigned is { } ethics) signatures.Add(new Signature(Document.CodeOfEthics, ethics));
        if (EndorsementAgreementSigned is { } agreement) signatures.Add(new Signature(Document.EndorsementAgreement, agreement));
        var assessments = new List<AssessmentResult>();
        if (Exam is { } exam) assessments.Add(new AssessmentResult { Assessment = Assessment.Exam, Passed = exam.Passed, Date = exam.Date });
        if (PortfolioReview is { } review) assessments.Add(new AssessmentResult { Assessment = Assessment.PortfolioReview, Passed = review.Passed });
        return new Portfolio
        {
            SchemaVersion = 1,
            Applicant = new Applicant { Name = Name, Id = "A-1024" },
            Words = EntryWords.None.With(ApplicantTag.SupervisesOthers, SupervisesOthers).With(ApplicantTag.ProvidesReflectiveSupervision, ProvidesReflectiveSupervision),
            Credentials = [.. Credentials],
            Training = [.. Training],
            Work = [.. Work],
            Sessions = [.. Sessions],
            References = [.. References],
            Signatures = signatures,
            Assessments = assessments,
            Memberships = [.. Memberships],
            Endorsements = Endorsement is { } e ? [new HeldEndorsement { Level = e.Level, Since = e.Since }] : [],
        };
    }
}

/// <summary><c>with</c>-style edits: each returns a new portfolio and leaves the original alone.</summary>
public static class PortfolioEdits
{
    /// <summary>A copy changed by <paramref name="edit"/>.</summary>
    public static Portfolio With(this Portfolio portfolio, Action<PortfolioDraft> edit)
    {
        var draft = PortfolioDraft.From(portfolio);
        edit(draft);
        return draft.Build();
    }

    /// <summary>A copy with exactly these credentials.</summary>
    public static Portfolio WithCredentials(this Portfolio portfolio, params Credential[] credentials) => portfolio.With(d => d.Credentials = [.. credentials]);

    /// <summary>A copy with exactly these training entries.</summary>
    public static Portfolio WithTraining(this Portfolio portfolio, params TrainingEntry[] training) => portfolio.With(d => d.Training = [.. training]);

    /// <summary>A copy with exactly these work entries.</summary>
    public static Portfolio WithWork(this Portfolio portfolio, params WorkEntry[] work) => portfolio.With(d => d.Work = [.. work]);

    /// <summary>A copy with exactly these RS/C sessions.</summary>
    public static Portfolio WithSessions(this Portfolio portfolio, params IEnumerable<Session> sessions) => portfolio.With(d => d.Sessions = [.. sessions]);

    /// <summary>A copy with exactly these reference ratings.</summary>
    public static Portfolio WithReferences(this Portfolio portfolio, params ReferenceRating[] references) => portfolio.With(d => d.References = [.. references]);

    /// <summary>A copy with exactly these memberships.</summary>
    public static Portfolio WithMemberships(this Portfolio portfolio, params Membership[] memberships) => portfolio.With(d => d.Memberships = [.. memberships]);
}
