namespace Imh.Requirements;

/// <summary>MI-AIMH Endorsement Level III: Infant Mental Health Specialist.</summary>
[Level("III", "Infant Mental Health Specialist", Rank = 3)]
public sealed partial record LevelIII
{
    /// <summary>A master's or doctorate with official transcript, and IMH coursework evidence.</summary>
    [Requirement("education", "Education")]
    [Source("Master of Arts (MA), Master of Science (MS), Master of Education (MEd), Doctorate in Education (EdD), Master of Social Work (MSW), Master of Nursing (MSN), Doctor of Psychology (PsyD), Doctor of Philosophy (PhD), Medical Doctor (MD), Doctor of Osteopathy (DO) or other degree specific to one’s professional focus in infant mental health; university certificate program and/or course work in areas such as infant and toddler development, family-centered practice, cultural sensitivity, family relationships and dynamics, assessment and intervention, in accordance with MI-AIMH Training Guidelines and Endorsement Competencies; official transcript.")]
    [Source("Applicants may ask to use intensive in-service training to fulfill some of the recommended coursework.")]
    [Credential(CredentialTypes.Master | CredentialTypes.Doctorate, OfficialTranscript = true)]
    [ImhCoursework(AcceptCertificate = true, AcceptInServiceTraining = true)]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of relationship-based training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Minimum: 30 clock hours of relationship-based education and training pertaining to the social and emotional development of infants, toddlers and families.")]
    [MinHours(30, Where = EvidenceFilter.RelationshipBased)]
    public Requirement Training { get; init; }

    /// <summary>50 clock hours of RS/C with an approved provider within a window of one to two years.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Relationship-focused, reflective supervision/consultation with an approved supervisor/consultant, individually or in a group, while providing services to infants, toddlers and families.")]
    [Source("Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.")]
    [MinHours(50, Evidence = HoursEvidence.ReflectiveSupervision, Where = EvidenceFilter.ProviderApproved | EvidenceFilter.WhileServing,
        WithinYears = 2, MinSpanYears = 1)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Two years of post-graduate supervised IMH services, or an internship and one year.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("2 years, post-graduate, supervised work experiences providing culturally sensitive, relationship-focused, infant mental health services")]
    [Source("OR 1 year supervised graduate internship with direct service experience in providing culturally sensitive, relationship-based, infant mental health services and 1 year, post-graduate, supervised work experience as described above.")]
    [Experience(2, Kinds = WorkKinds.ImhServices, Supervised = true, After = Milestone.Graduate, Alternative = "a")]
    [Experience(1, Kinds = WorkKinds.ImhInternship, Supervised = true, Alternative = "b")]
    [Experience(1, Kinds = WorkKinds.ImhServices, Supervised = true, After = Milestone.Graduate, Alternative = "b")]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Three numbered reference ratings from different raters.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Imh.Consistency", "IMH038:Higher level accepts a less senior endorsed rater", Justification = "The published text accepts a Level II rater here: \"Please note: At least one rating must come from someone endorsed at Level II, III, or IV.\" Level II itself asks for a rater \"who meets MI-AIMH Endorsement requirements at Level III or IV\"; the catalog follows the published text.")]
    [Requirement("references", "Professional reference ratings")]
    [Source("Total of three professional reference ratings from:")]
    [Source("1. One rating from current program supervisor, teacher, trainer or consultant.")]
    [Source("2. One rating from person providing reflective supervision/consultation.")]
    [Source("3. Third rating may be from another supervisor, teacher, trainer or consultant; colleague; or supervisee (if candidate is a supervisor).")]
    [Source("Please note: At least one rating must come from someone endorsed at Level II, III, or IV.")]
    [Ratings(3)]
    [RatingItem(1, Current = true, Roles = RaterRoles.Supervisor | RaterRoles.Teacher | RaterRoles.Trainer | RaterRoles.Consultant)]
    [RatingItem(2, ProvidesReflectiveSupervision = true)]
    [RatingItem(3, Roles = RaterRoles.Supervisor | RaterRoles.Teacher | RaterRoles.Trainer | RaterRoles.Consultant | RaterRoles.Colleague)]
    [RatingItem(3, Roles = RaterRoles.Supervisee, When = ApplicantCondition.SupervisesOthers)]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }

    /// <summary>Code of ethics statement and agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
    [Source("Code of Ethics Statement & Endorsement Agreement Signed")]
    [Signed(Documents.CodeOfEthics | Documents.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>Two-level portfolio review.</summary>
    [Requirement("portfolioReview", "Portfolio review")]
    [Source("1. Successful completion of two-level review of contents of portfolio.")]
    [PortfolioReviewPassed]
    public Requirement PortfolioReview { get; init; }

    /// <summary>Written examination.</summary>
    [Requirement("exam", "Written examination")]
    [Source("2. Successful completion of the MI-AIMH written examination.")]
    [ExamPassed]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Membership in MI-AIMH or another infant mental health association.")]
    [Membership]
    public Requirement Membership { get; init; }

    /// <summary>15 hours of approved specialized IMH training a year.</summary>
    [Continuing("continuingTraining", "Annual specialized training")]
    [Source("Endorsed professionals are required to obtain 15 hours of specialized training in infant mental health annually.")]
    [MinHours(15, InRenewalYear = true, Where = EvidenceFilter.Approved, WhereAny = EvidenceFilter.InfantMentalHealth | EvidenceFilter.AboutReflectiveSupervision)]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>3 of those hours about RS/C, for those who provide RS/C.</summary>
    [Continuing("continuingReflectiveTraining", "Training about reflective supervision/consultation")]
    [Source("For those who earn endorsement at Level III and provide reflective supervision or consultation to others, at least 3 of the hours of specialized training must be about reflective supervision or consultation.")]
    [When(ApplicantCondition.ProvidesReflectiveSupervision)]
    [MinHours(3, InRenewalYear = true, Where = EvidenceFilter.Approved | EvidenceFilter.AboutReflectiveSupervision, PartOf = "continuingTraining")]
    public Requirement ContinuingReflectiveTraining { get; init; }

    /// <summary>Annual membership renewal.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Annual renewal of membership in MI-AIMH or another infant mental health association.")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear)]
    public Requirement MembershipRenewal { get; init; }

    /// <summary>Recommended: reflective supervision or consultation during the year.</summary>
    [Continuing("reflectiveSupervisionRecommended", "Reflective supervision/consultation (recommended)", Obligation = Obligation.Recommended)]
    [Source("MI-AIMH recommends that all Endorsed professionals seek reflective supervision or consultation.")]
    [MinSessions(1, InRenewalYear = true)]
    public Requirement ReflectiveSupervisionRecommended { get; init; }
}
