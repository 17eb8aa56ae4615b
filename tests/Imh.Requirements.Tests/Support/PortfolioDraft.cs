namespace Imh.Requirements.Tests.Support;

/// <summary>A mutable copy of a <see cref="Portfolio"/>, so that a test can change one thing and build a fresh portfolio.</summary>
public sealed class PortfolioDraft
{
    public string Name { get; set; } = "Jordan Rivera";
    public bool SupervisesOthers { get; set; }
    public bool ProvidesReflectiveSupervision { get; set; }
    public List<Credential> Credentials { get; set; } = [];
    public List<TrainingEntry> Training { get; set; } = [];
    public List<WorkEntry> Work { get; set; } = [];
    public List<ReflectiveSupervisionSession> Sessions { get; set; } = [];
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
        SupervisesOthers = portfolio.SupervisesOthers,
        ProvidesReflectiveSupervision = portfolio.ProvidesReflectiveSupervision,
        Credentials = [.. portfolio.Credentials],
        Training = [.. portfolio.Training],
        Work = [.. portfolio.Work],
        Sessions = [.. portfolio.ReflectiveSupervision],
        References = [.. portfolio.References],
        CodeOfEthicsSigned = portfolio.CodeOfEthicsSigned,
        EndorsementAgreementSigned = portfolio.EndorsementAgreementSigned,
        Exam = portfolio.Exam,
        PortfolioReview = portfolio.PortfolioReview,
        Memberships = [.. portfolio.Memberships],
        Endorsement = portfolio.Endorsement,
    };

    /// <summary>A new portfolio with the draft's contents.</summary>
    public Portfolio Build() => new()
    {
        SchemaVersion = 1,
        Applicant = new Applicant { Name = Name, Id = "A-1024" },
        SupervisesOthers = SupervisesOthers,
        ProvidesReflectiveSupervision = ProvidesReflectiveSupervision,
        Credentials = [.. Credentials],
        Training = [.. Training],
        Work = [.. Work],
        ReflectiveSupervision = [.. Sessions],
        References = [.. References],
        CodeOfEthicsSigned = CodeOfEthicsSigned,
        EndorsementAgreementSigned = EndorsementAgreementSigned,
        Exam = Exam,
        PortfolioReview = PortfolioReview,
        Memberships = [.. Memberships],
        Endorsement = Endorsement,
    };
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
    public static Portfolio WithSessions(this Portfolio portfolio, params IEnumerable<ReflectiveSupervisionSession> sessions) => portfolio.With(d => d.Sessions = [.. sessions]);

    /// <summary>A copy with exactly these reference ratings.</summary>
    public static Portfolio WithReferences(this Portfolio portfolio, params ReferenceRating[] references) => portfolio.With(d => d.References = [.. references]);

    /// <summary>A copy with exactly these memberships.</summary>
    public static Portfolio WithMemberships(this Portfolio portfolio, params Membership[] memberships) => portfolio.With(d => d.Memberships = [.. memberships]);
}
