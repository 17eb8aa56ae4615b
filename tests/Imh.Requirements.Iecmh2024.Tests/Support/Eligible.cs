namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>
/// Realistic portfolios eligible as of <see cref="Dates.AsOf"/> (2026-11-24), one per category and
/// track, in the category's band, each with some margin on every number so that a test breaks
/// exactly one requirement. Every call returns a fresh portfolio.
/// </summary>
public static class Eligible
{
    /// <summary>Every category and track id, in the spec's table order.</summary>
    public static readonly string[] Ids =
    [
        "IFA", "ECFA", "IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS",
        "IMHM-Clinical", "IMHM-Policy", "IMHM-ResearchFaculty", "ECMHM-Clinical", "ECMHM-Policy", "ECMHM-ResearchFaculty",
    ];

    /// <summary>The band of a category: the early childhood ids start with <c>EC</c>.</summary>
    public static AgeBand Band(string id) => id.StartsWith("EC", StringComparison.Ordinal) ? AgeBand.EarlyChildhood : AgeBand.Infant;

    /// <summary>The other band.</summary>
    public static AgeBand OtherBand(string id) => Band(id) == AgeBand.Infant ? AgeBand.EarlyChildhood : AgeBand.Infant;

    /// <summary>The exam version of a category's band.</summary>
    public static ExamVersion Version(string id) => Band(id) == AgeBand.Infant ? ExamVersion.Imh : ExamVersion.Ecmh;

    /// <summary>The eligible portfolio of a category or track.</summary>
    public static Portfolio For(string id) => id switch
    {
        "IFA" or "ECFA" => Associate(Band(id)),
        "IFS" or "ECFS" => FamilySpecialist(Band(id)),
        "IFRS" or "ECFRS" => ReflectiveSupervisor(Band(id)),
        "IMHS" or "ECMHS" => MentalHealthSpecialist(Band(id)),
        _ when id.EndsWith("-Clinical", StringComparison.Ordinal) => MentorClinical(id),
        _ when id.EndsWith("-Policy", StringComparison.Ordinal) => MentorPolicy(id),
        _ when id.EndsWith("-ResearchFaculty", StringComparison.Ordinal) => MentorResearchFaculty(id),
        _ => throw new ArgumentException($"no category {id}", nameof(id)),
    };

    /// <summary>Associate: a CDA (alternative a), 33 h of IECMH training, a year of child care (not enough for alternative c), a current teacher, an IFS-endorsed colleague and a consultant.</summary>
    public static Portfolio Associate(AgeBand band) => Common().With(d =>
    {
        d.Credentials = [Make.Credential(CredentialType.Cda, "2021-06-01", "CDA", transcript: false)];
        d.Work = [Make.Work(WorkKind.EarlyChildhood, "2025-08-01", null, band, role: "Toddler room teacher")];
        d.References =
        [
            Make.Rating("Pat Quinn", RaterRole.Teacher, ReferenceTag.Current),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: ["IFS"]),
            Make.Rating("Jamie Fox", RaterRole.Consultant),
        ];
    });

    /// <summary>Family Specialist: a BS (2016), home visiting since with 14 families of the band, 26 h of RS/C over 2024-01-10..2025-01-10.</summary>
    public static Portfolio FamilySpecialist(AgeBand band) => Common().With(d =>
    {
        d.Credentials = [Make.Credential(CredentialType.Bachelor, "2016-05-14", "BS")];
        d.Work = [Make.Work(WorkKind.InfantFamily, "2016-08-22", null, band, families: [(band, 14)], role: "Home visitor")];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 2m, bands: band);
        d.References = SupervisorProviderAnd(Make.Rating("Chris Park", RaterRole.Colleague));
    });

    /// <summary>
    /// Family Reflective Supervisor: no degree, 53 h of training (33 IECMH, 16 about RS/C, 4 DEI),
    /// seven years of home visiting with 22 families, then a reflective supervisor (practice
    /// leadership, providing RS/C) since 2019; 26 h of RS/C received; a supervisee rates.
    /// </summary>
    public static Portfolio ReflectiveSupervisor(AgeBand band) => Common().With(d =>
    {
        d.Training = [.. IecmhTraining(), .. ReflectiveTraining(), .. DeiTraining()];
        d.ProvidesReflectiveSupervision = true;
        d.SupervisesOthers = true;
        d.Work =
        [
            Make.Work(WorkKind.InfantFamily, "2012-09-01", "2019-08-31", band, families: [(band, 22)], role: "Home visitor"),
            Make.Work(WorkKind.PracticeLeader, "2019-09-01", null, band, WorkTag.Paid | WorkTag.Supervised | WorkTag.ProvidingReflectiveSupervision, role: "Reflective supervisor"),
        ];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 2m, bands: band);
        d.References = SupervisorProviderAnd(Make.Rating("Taylor Reed", RaterRole.Supervisee));
    });

    /// <summary>Mental Health Specialist: an MSW (2014), paid supervised IMH services in the band since, 52 h of RS/C over 2024-01-10..2025-01-10, the band's exam.</summary>
    public static Portfolio MentalHealthSpecialist(AgeBand band) => Common().With(d =>
    {
        d.Credentials =
        [
            Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW"),
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW"),
        ];
        d.Work = [Make.Work(WorkKind.ImhServices, "2014-06-01", null, band, role: "Infant mental health therapist")];
        d.Sessions = Make.MonthlySessions("2024-01-10", 13, 4m, bands: band);
        d.References = SupervisorProviderAnd(Make.Rating("Chris Park", RaterRole.Colleague));
        d.Exams = [new ExamResult(true, D("2026-03-02"), band == AgeBand.Infant ? ExamVersion.Imh : ExamVersion.Ecmh)];
    });

    /// <summary>
    /// Mentor (Clinical): IMH services 2009-2016, then a supervisor providing RS/C; 53 h of training
    /// in parts; 52 h of RS/C, 28 of them about the RS/C the applicant provides; a supervisee rates.
    /// </summary>
    public static Portfolio MentorClinical(string id) => Mentor(id, d =>
    {
        var band = Band(id);
        d.Training = [.. IecmhTraining(), .. ReflectiveTraining(), .. DeiTraining()];
        d.SupervisesOthers = true;
        d.ProvidesReflectiveSupervision = true;
        d.Work =
        [
            Make.Work(WorkKind.ImhServices, "2009-06-01", "2016-05-31", band, role: "Infant mental health therapist"),
            Make.Work(WorkKind.PracticeLeader, "2016-06-01", null, band, WorkTag.Paid | WorkTag.Supervised | WorkTag.ProvidingReflectiveSupervision, role: "Infant mental health supervisor"),
        ];
        d.References = SupervisorProviderAnd(Make.Rating("Taylor Reed", RaterRole.Supervisee));
    });

    /// <summary>Mentor (Policy): program director since 2012; 37 h of training (33 IECMH, 4 DEI); supervisor, RS/C provider and colleague rate.</summary>
    public static Portfolio MentorPolicy(string id) => Mentor(id, d =>
    {
        d.Work = [Make.Work(WorkKind.PolicyLeader, "2012-01-01", null, Band(id), WorkTag.Paid, role: "Program director")];
        d.References = SupervisorProviderAnd(Make.Rating("Chris Park", RaterRole.Colleague));
    });

    /// <summary>Mentor (Research/Faculty): associate professor since 2012; a department chair familiar with IMH, the RS/C provider and a student rate.</summary>
    public static Portfolio MentorResearchFaculty(string id) => Mentor(id, d =>
    {
        d.Work = [Make.Work(WorkKind.ResearchFacultyLeader, "2012-09-01", null, Band(id), WorkTag.Paid, role: "Associate professor")];
        d.References =
        [
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, ReferenceTag.Current | ReferenceTag.FamiliarWithImh),
            Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision, endorsed: [Make.ProviderEndorsement]),
            Make.Rating("Riley Stone", RaterRole.Student),
        ];
    });

    /// <summary>33 clock hours of IECMH training (relationship-based or infant mental health), 2023-2025.</summary>
    public static TrainingEntry[] IecmhTraining() =>
    [
        Make.Training("2023-03-11", 12m, TrainingTag.RelationshipBased, "Social-emotional development in the first years"),
        Make.Training("2024-05-18", 12m, TrainingTag.InfantMentalHealth, "Infant mental health: assessment"),
        Make.Training("2025-02-08", 9m, TrainingTag.RelationshipBased | TrainingTag.InfantMentalHealth, "Working with families in crisis"),
    ];

    /// <summary>16 clock hours about RS/C.</summary>
    public static TrainingEntry[] ReflectiveTraining() =>
    [
        Make.Training("2025-04-12", 8m, TrainingTag.AboutReflectiveSupervision, "Foundations of reflective supervision"),
        Make.Training("2026-01-24", 8m, TrainingTag.AboutReflectiveSupervision, "Reflective supervision: parallel process"),
    ];

    /// <summary>4 clock hours of DEI training.</summary>
    public static TrainingEntry[] DeiTraining() =>
        [Make.Training("2025-10-04", 4m, TrainingTag.Dei, "Equity and belonging in early relationships")];

    /// <summary>The current supervisor, the RS/C provider (a Mentor, Clinical) and one more rater.</summary>
    public static List<ReferenceRating> SupervisorProviderAnd(ReferenceRating third) =>
    [
        Make.Rating("Sam Lee", RaterRole.Supervisor, ReferenceTag.Current),
        Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision, endorsed: [Make.ProviderEndorsement]),
        third,
    ];

    private static Portfolio Common() => new PortfolioDraft
    {
        Name = "Jordan Rivera",
        Training = [.. IecmhTraining()],
        CodeOfEthicsSignatures = [D("2026-01-05")],
        EndorsementAgreementSigned = D("2026-01-05"),
        Memberships = [Make.Membership("2026-01-01", "2026-12-31")],
    }.Build();

    private static Portfolio Mentor(string id, Action<PortfolioDraft> track) => Common().With(d =>
    {
        var band = Band(id);
        d.Training = [.. IecmhTraining(), .. DeiTraining()];
        d.Credentials =
        [
            Make.Credential(CredentialType.Bachelor, "2005-05-14", "BA"),
            Make.Credential(CredentialType.Master, "2009-05-16", "MSW"),
        ];
        // 52 h over 2024-01-10..2025-01-10; the first seven sessions (28 h) about the RS/C the applicant provides.
        d.Sessions = [.. Make.MonthlySessions("2024-01-10", 13, 4m, bands: band)
            .Select((s, i) => i < 7 ? s.Words(w => w.With(SessionTag.AboutOwnProvision)) : s)];
        d.Exams = [new ExamResult(true, D("2026-03-02"), Version(id), id)];
        track(d);
    });
}
