namespace Imh.Requirements.Tests.Support;

/// <summary>
/// Realistic portfolios eligible as of <see cref="Dates.AsOf"/> (2026-11-24), one per level and
/// track, each with some margin on every number so that a test breaks exactly one requirement.
/// Every call returns a fresh portfolio.
/// </summary>
public static class Eligible
{
    /// <summary>Level I: a CDA with transcript (alternative a), 32 h of training, a current teacher, a Level II-endorsed colleague and a consultant.</summary>
    public static Portfolio LevelI() => Common().With(d =>
    {
        d.Credentials = [Make.Credential(CredentialType.Cda, "2021-06-01", "CDA")];
        // A little over a year of paid child care: not enough for alternative (c) on its own.
        d.Work = [Make.Work(WorkKind.EarlyChildhood, "2025-08-01", null, role: "Child care teacher")];
        d.References =
        [
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "II"),
            Make.Rating("Jamie Fox", RaterRole.Consultant),
        ];
    });

    /// <summary>Level II: a BSW, seven years of home visiting, 26 h of RS/C over 2024-01-10..2025-01-10, the RS/C provider endorsed at III.</summary>
    public static Portfolio LevelII() => Common().With(d =>
    {
        d.Credentials = [Make.Credential(CredentialType.Bachelor, "2018-05-12", "BSW")];
        d.Work = [Make.Work(WorkKind.InfantFamily, "2019-06-01", null, role: "Home visitor")];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 2m);
        d.References =
        [
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague),
        ];
    });

    /// <summary>Level III: an MSW with IMH coursework (2014), IMH services since, 52 h of RS/C over 2024-01-10..2025-01-10.</summary>
    public static Portfolio LevelIII() => Common().With(d =>
    {
        d.Credentials =
        [
            Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW"),
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW", imhCoursework: true),
        ];
        d.Work = [Make.Work(WorkKind.ImhServices, "2014-06-01", null, role: "Infant mental health therapist")];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 4m);
        d.References = SupervisorProviderAnd(Make.Rating("Chris Park", RaterRole.Colleague));
        Graduate(d);
    });

    /// <summary>Level IV (Clinical): Level III's specialized work (2009-2016) and ten years as an IMH supervisor; a supervisee rates.</summary>
    public static Portfolio LevelIVClinical() => Mentor(d =>
    {
        d.SupervisesOthers = true;
        d.ProvidesReflectiveSupervision = true;
        d.Work =
        [
            Make.Work(WorkKind.ImhServices, "2009-06-01", "2016-05-31", role: "Infant mental health therapist"),
            Make.Work(WorkKind.PracticeLeader, "2016-06-01", null, role: "Infant mental health supervisor"),
        ];
        d.References = SupervisorProviderAnd(Make.Rating("Taylor Reed", RaterRole.Supervisee));
    });

    /// <summary>Level IV (Policy): program director since 2012; supervisor, RS/C provider and colleague rate.</summary>
    public static Portfolio LevelIVPolicy() => Mentor(d =>
    {
        d.Work = [Make.Work(WorkKind.PolicyLeader, "2012-01-01", null, supervised: false, role: "Program director")];
        d.References = SupervisorProviderAnd(Make.Rating("Chris Park", RaterRole.Colleague));
    });

    /// <summary>Level IV (Research/Faculty): associate professor since 2012; a department chair familiar with IMH, the RS/C provider and a student rate.</summary>
    public static Portfolio LevelIVResearchFaculty() => Mentor(d =>
    {
        d.Work = [Make.Work(WorkKind.ResearchFacultyLeader, "2012-09-01", null, supervised: false, role: "Associate professor")];
        d.References =
        [
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: true, familiarWithImh: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Riley Stone", RaterRole.Student),
        ];
    });

    /// <summary>32 clock hours of relationship-based, approved IMH training over 2025-2026.</summary>
    public static TrainingEntry[] RelationshipTraining() =>
    [
        Make.Training("2025-03-06", 12m, infantMentalHealth: true, approved: true, title: "Attachment in the first year"),
        Make.Training("2025-09-12", 12m, infantMentalHealth: true, approved: true, title: "Toddlers and their families"),
        Make.Training("2026-02-20", 8m, infantMentalHealth: true, approved: true, title: "Culturally sensitive practice"),
    ];

    /// <summary>The current supervisor, the RS/C provider (endorsed at IV) and one more rater.</summary>
    private static List<ReferenceRating> SupervisorProviderAnd(ReferenceRating third) =>
    [
        Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
        Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
        third,
    ];

    private static Portfolio Common() => new PortfolioDraft
    {
        Name = "Jordan Rivera",
        Training = [.. RelationshipTraining()],
        CodeOfEthicsSigned = D("2026-01-05"),
        EndorsementAgreementSigned = D("2026-01-05"),
        Memberships = [Make.Membership("2026-01-01", "2026-12-31")],
    }.Build();

    private static void Graduate(PortfolioDraft d)
    {
        d.PortfolioReview = new PortfolioReview { Passed = true };
        d.Exam = new Exam { Passed = true, Date = D("2026-03-02") };
    }

    private static Portfolio Mentor(Action<PortfolioDraft> track) => Common().With(d =>
    {
        d.Credentials =
        [
            Make.Credential(CredentialType.Bachelor, "2005-05-14", "BA"),
            Make.Credential(CredentialType.Master, "2009-05-16", "MSW", imhCoursework: true),
        ];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 4m);
        Graduate(d);
        track(d);
    });
}
