namespace Imh.Requirements;

/// <summary>
/// MI-AIMH Endorsement Level IV: Infant Mental Health Mentor. The requirements every track
/// shares; each track adds its specialized work and reference ratings.
/// </summary>
[Level("IV", "Infant Mental Health Mentor", Rank = 4)]
public abstract partial record LevelIV
{
    /// <summary>As Level III: a master's or doctorate with official transcript, and IMH coursework evidence (in-service training subject to review).</summary>
    [Requirement("education", "Education")]
    [Source("Master of Arts (MA), Master of Science (MS), Master of Education (MEd), Doctorate in Education (EdD), Master of Social Work (MSW), Master of Nursing (MSN), Doctor of Psychology (PsyD) Doctor of Philosophy (PhD), Doctor of Osteopathy (DO), Medical Degree (MD) or other degree specific to one's professional focus in infant mental health; post-graduate specialization or university certificate program; in accordance with MI-AIMH Training Guidelines and Endorsement Competencies; official transcript.")]
    [Source("Applicants may ask to use intensive in-service training to fulfill some of the recommended course work.")]
    [Review("b", "whether intensive in-service training may stand in for the coursework",
        "Applicants may ask to use intensive in-service training to fulfill some of the recommended course work.")]
    [SameAs(typeof(LevelIII), nameof(LevelIII.Education))]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of relationship-based training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Minimum 30 clock hours of relationship-based education and training pertaining to the social and emotional development of infants, toddlers, and families.")]
    [MinHours(30, Where = [TrainingTag.RelationshipBased])]
    public Requirement Training { get; init; }

    /// <summary>50 clock hours of relationship-focused RS/C with an approved provider within less than two years; optional for Policy and Research/Faculty.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Relationship-focused, reflective supervision/consultation with an approved supervisor/consultant, individually or in a group.")]
    [Source("Minimum: 50 clock hours within a two-year time frame (maximum).")]
    [Source("(Required for Clinical; optional for Policy or Research/Faculty).")]
    [MinHours(50, Evidence = Evidence.Sessions, Where = [SessionTag.RelationshipBased | SessionTag.ProviderApproved], WithinYears = 2)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Code of ethics statement and agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
    [Source("Code of Ethics Statement & Endorsement Agreement: Signed")]
    [Signed(Document.CodeOfEthics | Document.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>Two-level portfolio review.</summary>
    [Requirement("portfolioReview", "Portfolio review")]
    [Source("1. Successful completion of two-level review of contents of portfolio")]
    [Passed(Assessment.PortfolioReview)]
    public Requirement PortfolioReview { get; init; }

    /// <summary>Written examination.</summary>
    [Requirement("exam", "Written examination")]
    [Source("2. Successful completion of the MI-AIMH written examination")]
    [Passed(Assessment.Exam)]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Membership in MI-AIMH or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }

    /// <summary>15 hours of specialized IMH training a year (approval is asked only at Levels I and II).</summary>
    [Continuing("continuingTraining", "Annual specialized training")]
    [Source("Endorsed professionals are required to obtain 15 hours of specialized training in infant mental health annually.")]
    [MinHours(15, InRenewalYear = true, WhereAny = TrainingTag.SpecializedImh)]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>Annual membership renewal.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Annual renewal of membership in MI-AIMH or another infant mental health association.")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear, Where = [MembershipTag.ImhAssociation])]
    public Requirement MembershipRenewal { get; init; }

    /// <summary>Recommended: reflective supervision or consultation during the year.</summary>
    [Continuing("reflectiveSupervisionRecommended", "Reflective supervision/consultation (recommended)", Obligation = Obligation.Recommended)]
    [Source("MI-AIMH recommends that all Endorsed professionals seek reflective supervision or consultation.")]
    [MinEntries(1, InRenewalYear = true)]
    public Requirement ReflectiveSupervisionRecommended { get; init; }

    /// <summary>Especially recommended for those who provide RS/C: reflective experiences during the year.</summary>
    [Continuing("reflectiveExperienceRecommended", "Reflective experiences while providing RS/C (recommended)", Obligation = Obligation.Recommended)]
    [Source("It is especially recommended that Endorsed professionals who provide reflective supervision or consultation participate in reflective experiences, individual or group, while providing reflective supervision or consultation to others.")]
    [When(ApplicantTag.ProvidesReflectiveSupervision)]
    [MinEntries(1, InRenewalYear = true)]
    public Requirement ReflectiveExperienceRecommended { get; init; }
}

/// <summary>Level IV, Clinical track.</summary>
[Track("Clinical", "Infant Mental Health Mentor (Clinical)")]
public sealed partial record LevelIVClinical : LevelIV
{
    /// <summary>Level III's specialized work plus three years as a practice leader.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Meets specialized work experience criteria as specified at Level III plus three years post-graduate experience as practice leader in infant mental health (e.g., infant mental health supervisor, trainer, or consultant)")]
    [Note("Two years, post-graduate, supervised work experiences providing culturally sensitive, relationship-focused, infant mental health services. This specialized work experience must be with both the infant/toddler and his/her biological, foster, or adoptive parent on behalf of the parent-infant relationship. Responsibilities will include intervention with a) families and their infants, toddlers and very young children because of parental factors which place the infant at risk for impaired cognitive and/or psychosocial development, b) distressed infants and toddlers and their families, c) high risk families whose pattern of living from crisis to crisis and/or pre-existing conflicts severely limit their ability to adequately care for their infant, and/or d) families who are ill-prepared to meet the special needs of their infants.",
        Says = "footnote 1: the Level III criterion, checked through the work kind infant mental health services, which the applicant claims and the reviewers verify")]
    [Note("Please see Level III requirements for additional details.", Says = "the Level III criterion and its footnotes are shown with this requirement")]
    [SameAs(typeof(LevelIII), nameof(LevelIII.SpecializedWork), WithNotes = true)]
    [Experience(3, Where = [WorkKind.PracticeLeader], After = CredentialType.PostGraduate)]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Supervisor or colleague, RS/C provider, and a supervisee or consultee.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Imh.Consistency", "IMH038:Higher level accepts a less senior endorsed rater", Justification = "The published text accepts a Level II rater here: \"(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)\" Level II itself asks for a rater \"who meets MI-AIMH Endorsement requirements at Level III or IV\"; the catalog follows the published text.")]
    [Requirement("references", "Professional reference ratings")]
    [Source("(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)")]
    [Source("1. One from current program supervisor, teacher, trainer, consultant or colleague")]
    [Source("2. One from person providing reflective supervision/consultation")]
    [Source("3. One from a supervisee/consultee")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant | RaterRole.Colleague])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(3, Where = [RaterRole.Supervisee | RaterRole.Consultee])]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }

    /// <summary>Recommended: 3 of the annual hours about RS/C, for those who provide RS/C.</summary>
    [Continuing("continuingReflectiveTraining", "Training about reflective supervision/consultation (recommended)", Obligation = Obligation.Recommended)]
    [Source("For those who earn endorsement at Level IV-Clinical and provide reflective supervision or consultation to others, it is recommended that at least 3 of the hours of specialized training be about reflective supervision or consultation.")]
    [When(ApplicantTag.ProvidesReflectiveSupervision)]
    [MinHours(3, InRenewalYear = true, Where = [TrainingTag.AboutReflectiveSupervision])]
    public Requirement ContinuingReflectiveTraining { get; init; }
}

/// <summary>Level IV, Policy track.</summary>
[Track("Policy", "Infant Mental Health Mentor (Policy)")]
[TrackObligation("reflectiveSupervision", Obligation.Optional)]
public sealed partial record LevelIVPolicy : LevelIV
{
    /// <summary>Three years as a policy or program administration leader.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Three years post-graduate experience as a leader in policy and/or program administration related to the infant/family field")]
    [Experience(3, Where = [WorkKind.PolicyLeader], After = CredentialType.PostGraduate)]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Three ratings, each from a current supervisor-type rater, the RS/C provider, or a colleague.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Imh.Consistency", "IMH038:Higher level accepts a less senior endorsed rater", Justification = "The published text accepts a Level II rater here: \"(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)\" Level II itself asks for a rater \"who meets MI-AIMH Endorsement requirements at Level III or IV\"; the catalog follows the published text.")]
    [Requirement("references", "Professional reference ratings")]
    [Source("(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)")]
    [Source("1. One from current program supervisor, teacher, trainer or consultant, if applicable")]
    [Source("2. One from person providing reflective supervision/consultation, if applicable")]
    [Source("3. If no one available from first two categories, candidate may ask three colleagues")]
    [Ratings(3)]
    [RatingItem(1, 2, 3, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant])]
    [RatingItem(1, 2, 3, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(1, 2, 3, Where = [RaterRole.Colleague])]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }
}

/// <summary>Level IV, Research/Faculty track.</summary>
[Track("ResearchFaculty", "Infant Mental Health Mentor (Research/Faculty)")]
[TrackObligation("reflectiveSupervision", Obligation.Optional)]
public sealed partial record LevelIVResearchFaculty : LevelIV
{
    /// <summary>Three years as a leader in university teaching or published research.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Three years post-graduate experience as a leader in university-level teaching and/or published research related to the infant/family field")]
    [Experience(3, Where = [WorkKind.ResearchFacultyLeader], After = CredentialType.PostGraduate)]
    public Requirement SpecializedWork { get; init; }

    /// <summary>A current department chair familiar with IMH (or a colleague), the RS/C provider (or a colleague), and a student.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Imh.Consistency", "IMH038:Higher level accepts a less senior endorsed rater", Justification = "The published text accepts a Level II rater here: \"(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)\" Level II itself asks for a rater \"who meets MI-AIMH Endorsement requirements at Level III or IV\"; the catalog follows the published text.")]
    [Requirement("references", "Professional reference ratings")]
    [Source("(Please note: At least one reference rating must come from someone who has earned endorsement at Level II, III, or IV)")]
    [Source("1. One from current department supervisor or chair if he/she is familiar with IMH. If not, ask a colleague")]
    [Source("2. One from person providing reflective supervision/consultation, if applicable. If not applicable, candidate may ask a colleague")]
    [Source("3. One from a student taught and/or supervised by the candidate")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current | ReferenceTag.FamiliarWithImh, RaterRole.DepartmentChair])]
    [RatingItem(1, Where = [RaterRole.Colleague])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(2, Where = [RaterRole.Colleague])]
    [RatingItem(3, Where = [RaterRole.Student])]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }
}
