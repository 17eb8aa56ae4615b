[assembly: Imh.Dsl.Catalog("Iecmh2024", Id = "iecmh-2024", Namespace = "Imh.Requirements.Iecmh2024",
    SourceText = "iecmh-2024-endorsement-requirements.txt", FormatVersion = 2, LevelNoun = "", ReportsLeftOut = true,
    Title = "Infant and Early Childhood Mental Health Endorsement (IMH-E® / ECMH-E®), Alliance-era edition")]
// The words of the 2024 edition's portfolios (portfolio-format.md version 1, plus the version 2
// fields of iecmh-2024.md, "Evidence the portfolio must carry"): every version 1 file reads unchanged.

[assembly: Imh.Dsl.EvidenceList(Imh.Dsl.Evidence.Sessions, "reflectiveSupervision",
    Singular = "RS/C session", Plural = "RS/C sessions", Noun = "reflective supervision/consultation", Short = "RS/C")]

namespace Imh.Requirements.Iecmh2024;

/// <summary>Facts about the applicant.</summary>
[Flags, Tags(Evidence.Applicant)]
public enum ApplicantTag
{
    /// <summary>The applicant supervises staff.</summary>
    [Word("supervising others", "The applicant supervises staff (the third rating may then come from a supervisee).", Phrase = "supervises others")]
    SupervisesOthers = 1,

    /// <summary>The applicant provides RS/C to others.</summary>
    [Word("providing RS/C", "The applicant provides reflective supervision/consultation to others.",
        Phrase = "provides reflective supervision/consultation to others")]
    ProvidesReflectiveSupervision = 2,
}

/// <summary>The age band a category serves, and the bands a work entry or session served.</summary>
[Flags, Choice(Evidence.Work, "ageBands", Many = true, Default = AgeBand.Infant, Version = 2, Noun = "age band")]
[Choice(Evidence.Sessions, "ageBands", Many = true, Default = AgeBand.Infant, Version = 2, Noun = "age band")]
public enum AgeBand
{
    /// <summary>From the prenatal period to 36 months.</summary>
    [Word("prenatal to 36 months", "Children from the prenatal period to 36 months and their families.", Phrase = "with children from the prenatal period to 36 months")]
    Infant = 1,

    /// <summary>3 up to (not including) 6 years.</summary>
    [Word("3 up to 6 years", "Children 3 up to (not including) 6 years and their families.", Phrase = "with children 3 up to 6 years")]
    EarlyChildhood = 2,
}

/// <summary>Types of credential.</summary>
[Flags, Choice(Evidence.Credentials, "type", Required = true, Names = true)]
public enum CredentialType
{
    /// <summary>Child Development Associate.</summary>
    [Word("CDA", "A Child Development Associate credential.")]
    Cda = 1,

    /// <summary>Associate's degree.</summary>
    [Word("associate's degree", "An associate's degree.")]
    Associate = 2,

    /// <summary>Bachelor's degree.</summary>
    [Word("bachelor's", "A bachelor's degree (BA, BS, BSW, BSN).")]
    Bachelor = 4,

    /// <summary>Master's degree.</summary>
    [Word("master's", "A master's degree.")]
    Master = 8,

    /// <summary>Doctorate.</summary>
    [Word("doctorate", "A doctorate (PhD, EdD, PsyD, ...).")]
    Doctorate = 16,

    /// <summary>University certificate program.</summary>
    [Word("certificate", "A university certificate program.")]
    Certificate = 32,

    /// <summary>A bachelor's, master's or doctorate.</summary>
    [Word("post-bachelor's", "Dated on or after the earliest bachelor's, master's or doctorate.")]
    PostBachelor = Bachelor | Master | Doctorate,

    /// <summary>A master's or doctorate.</summary>
    [Word("post-graduate", "Dated on or after the earliest master's or doctorate.")]
    PostGraduate = Master | Doctorate,
}

/// <summary>What a credential entry may say.</summary>
[Flags, Tags(Evidence.Credentials)]
public enum CredentialTag
{
    /// <summary>In an area related to infants and early childhood.</summary>
    [Word("related area of study", "The degree is in an area related to infants and early childhood.", Phrase = "in a related area")]
    RelatedField = 1,

    /// <summary>An official transcript is included.</summary>
    [Word("official transcript", "An official transcript is included.", Phrase = "with an official transcript")]
    OfficialTranscript = 2,

    /// <summary>The program included IMH coursework (version 1; not a condition in this edition).</summary>
    [Word("infant mental health coursework", "The program included coursework in the areas named by the Training Guidelines.",
        Phrase = "with infant mental health coursework")]
    ImhCoursework = 4,
}

/// <summary>What a training entry may say.</summary>
[Flags, Tags(Evidence.Training)]
public enum TrainingTag
{
    /// <summary>Relationship-based education on social-emotional development.</summary>
    [Word("relationship-based", "Relationship-based education on social-emotional development.")]
    RelationshipBased = 1,

    /// <summary>Specialized training in infant mental health.</summary>
    [Word("infant mental health", "Specialized training in infant (and early childhood) mental health.")]
    InfantMentalHealth = 2,

    /// <summary>About reflective supervision/consultation.</summary>
    [Word("about RS/C", "About the provision of reflective supervision/consultation.", Phrase = "about reflective supervision/consultation")]
    AboutReflectiveSupervision = 4,

    /// <summary>Approved by the organization (version 1; not a condition in this edition).</summary>
    [Word("approved", "Approved by the organization.")]
    Approved = 8,

    /// <summary>In-service training offered in place of coursework (version 1; not a condition in this edition).</summary>
    [Word("intensive in-service", "Intensive in-service training offered in place of coursework.")]
    InServiceCoursework = 16,

    /// <summary>On diversity, equity and inclusion.</summary>
    [Word("DEI", "On diversity, equity and inclusion in infant and early childhood mental health (the title need not say so).",
        Phrase = "on diversity, equity and inclusion", Version = 2)]
    Dei = 32,

    /// <summary>IECMH training: relationship-based or infant mental health (decision 12).</summary>
    [Word("IECMH", "Infant and early childhood mental health training: relationship-based or specialized in infant mental health.")]
    Iecmh = RelationshipBased | InfantMentalHealth,

    /// <summary>Any training the renewal counts: IECMH, about RS/C or DEI (decision 18).</summary>
    [Word("IECMH, RS/C or DEI", "Training the renewal counts: IECMH training, training about RS/C, or DEI training.")]
    Renewal = RelationshipBased | InfantMentalHealth | AboutReflectiveSupervision | Dei,
}

/// <summary>Kinds of work.</summary>
[Flags, Choice(Evidence.Work, "kind", Required = true)]
public enum WorkKind
{
    /// <summary>Child care, early education.</summary>
    [Word("early childhood", "Infant- or early-childhood-related work, such as child care or early education (promotion).")]
    EarlyChildhood = 1,

    /// <summary>Infant- and family-related professional work.</summary>
    [Word("infant and family", "Prevention and early intervention with families: home visiting, early intervention, parent education, consultation to care providers.")]
    InfantFamily = 2,

    /// <summary>Infant mental health services.</summary>
    [Word("infant mental health services", "Culturally sensitive, relationship-focused mental health services with both the child of the band and the parent on behalf of their relationship.")]
    ImhServices = 4,

    /// <summary>A graduate internship providing such services.</summary>
    [Word("graduate infant mental health internship", "A graduate internship providing infant or early childhood mental health services.")]
    ImhInternship = 8,

    /// <summary>Practice leader: supervisor, trainer or consultant.</summary>
    [Word("practice leadership", "Practice leader: supervisor, trainer or consultant.")]
    PracticeLeader = 16,

    /// <summary>Leader in policy or program administration.</summary>
    [Word("policy leadership", "Leader in policy or program administration.")]
    PolicyLeader = 32,

    /// <summary>University teaching or published research.</summary>
    [Word("research/faculty leadership", "Leader in university-level teaching or published research.")]
    ResearchFacultyLeader = 64,

    /// <summary>Leadership at local, regional or state level.</summary>
    [Word("leadership activities", "Leadership at local, regional or state level: boards, committees, mentoring, presenting; paid or unpaid.", Version = 2)]
    LeadershipActivity = 128,

    /// <summary>Prevention and early intervention with families (decision 11).</summary>
    [Word("infant and family or infant mental health services", "Prevention or intervention work with families: infant and family work, or infant mental health services.")]
    FamilyServices = InfantFamily | ImhServices,

    /// <summary>Every kind but the internship (associates).</summary>
    [Word("infant and early childhood-related", "Work of any kind but a graduate internship.")]
    Professional = EarlyChildhood | InfantFamily | ImhServices | PracticeLeader | PolicyLeader | ResearchFacultyLeader | LeadershipActivity,

    /// <summary>Leadership work of any kind (decision 17).</summary>
    [Word("leadership", "Practice, policy or research/faculty leadership, or leadership activities.")]
    Leadership = PracticeLeader | PolicyLeader | ResearchFacultyLeader | LeadershipActivity,
}

/// <summary>What a work entry may say.</summary>
[Flags, Tags(Evidence.Work)]
public enum WorkTag
{
    /// <summary>Paid work.</summary>
    [Word("paid", "Paid work.")]
    Paid = 1,

    /// <summary>Supervised work.</summary>
    [Word("supervised", "Supervised work.")]
    Supervised = 2,

    /// <summary>The applicant provided RS/C to other professionals during the entry.</summary>
    [Word("providing RS/C", "During this work the applicant provided reflective supervision/consultation to other professionals.",
        Phrase = "providing reflective supervision/consultation to others", Version = 2)]
    ProvidingReflectiveSupervision = 4,

    /// <summary>Volunteer experience that included specialized training.</summary>
    [Word("with specialized training", "(Volunteer work) the experience included specialized training such as CASA, doula or Child Life.",
        Phrase = "that included specialized training", Version = 2)]
    IncludedSpecializedTraining = 8,
}

/// <summary>Numbers a work entry reports.</summary>
[Flags, Numbers(Evidence.Work)]
public enum WorkNumber
{
    /// <summary>Families served in this role, per age band of their target child.</summary>
    [Word("families served", "Families served in this role whose target child is of the band.", Whole = true, Per = typeof(AgeBand), Version = 2)]
    FamiliesServed = 1,
}

/// <summary>Kinds of RS/C session.</summary>
[Flags, Choice(Evidence.Sessions, "kind", Default = SessionKind.Reflective, Version = 2)]
public enum SessionKind
{
    /// <summary>With an identified supervisor/consultant.</summary>
    [Word("with a supervisor/consultant", "Reflective supervision/consultation with an identified supervisor/consultant.", Phrase = "with an identified supervisor/consultant")]
    Reflective = 1,

    /// <summary>Colleagues meeting without an identified supervisor/consultant.</summary>
    [Word("peer supervision", "Colleagues meeting together without an identified supervisor/consultant to guide the reflective process.")]
    Peer = 2,

    /// <summary>Collaborative consultation.</summary>
    [Word("collaborative consultation", "Collaborative consultation with a partner.")]
    CollaborativeConsultation = 4,
}

/// <summary>How an RS/C session was held.</summary>
[Flags, Choice(Evidence.Sessions, "format", Required = true)]
public enum SessionFormat
{
    /// <summary>One to one.</summary>
    [Word("individual", "One to one.")]
    Individual = 1,

    /// <summary>In a group.</summary>
    [Word("group", "In a group.")]
    Group = 2,
}

/// <summary>What an RS/C session may say.</summary>
[Flags, Tags(Evidence.Sessions)]
public enum SessionTag
{
    /// <summary>Relationship-based (default true).</summary>
    [Word("relationship-based", "Relationship-based (relationship-focused); true unless said otherwise.", Default = true)]
    RelationshipBased = 1,

    /// <summary>An approved provider (version 1; not consulted by this catalog).</summary>
    [Word("approved provider", "Provided by an approved supervisor/consultant.", Phrase = "with an approved provider")]
    ProviderApproved = 2,

    /// <summary>Received while serving the band (default true).</summary>
    [Word("while serving", "Received while providing services, or supervising staff who provide services, to children of the band and their families; true unless said otherwise.",
        Phrase = "received while serving children and families", Default = true)]
    WhileServing = 4,

    /// <summary>About the RS/C the applicant provides.</summary>
    [Word("about own RS/C", "The session was about the reflective supervision/consultation the applicant provides to others.",
        Phrase = "about the RS/C the applicant provides", Version = 2)]
    AboutOwnProvision = 8,
}

/// <summary>Roles of reference raters.</summary>
[Flags, Choice(Evidence.References, "role", Required = true, Names = true)]
public enum RaterRole
{
    /// <summary>Teacher.</summary>
    [Word("teacher", "A teacher of the applicant.")]
    Teacher = 1,

    /// <summary>CDA mentor.</summary>
    [Word("CDA mentor", "The applicant's Child Development Associate mentor.")]
    CdaMentor = 2,

    /// <summary>Instructor.</summary>
    [Word("instructor", "An instructor of the applicant.")]
    Instructor = 4,

    /// <summary>Trainer.</summary>
    [Word("trainer", "A trainer of the applicant.")]
    Trainer = 8,

    /// <summary>(Program) supervisor.</summary>
    [Word("supervisor", "The applicant's (program) supervisor.")]
    Supervisor = 16,

    /// <summary>Consultant.</summary>
    [Word("consultant", "A consultant to the applicant.")]
    Consultant = 32,

    /// <summary>Colleague.</summary>
    [Word("colleague", "A colleague of the applicant.")]
    Colleague = 64,

    /// <summary>Someone the applicant supervises.</summary>
    [Word("supervisee", "Someone the applicant supervises.")]
    Supervisee = 128,

    /// <summary>Someone the applicant consults for.</summary>
    [Word("consultee", "Someone the applicant consults for.")]
    Consultee = 256,

    /// <summary>Department supervisor or chair.</summary>
    [Word("department supervisor or chair", "The applicant's department supervisor or chair.")]
    DepartmentChair = 512,

    /// <summary>A student.</summary>
    [Word("student", "A student taught or supervised by the applicant.")]
    Student = 1024,
}

/// <summary>What a reference rating may say.</summary>
[Flags, Tags(Evidence.References)]
public enum ReferenceTag
{
    /// <summary>The rater currently holds that role with the applicant.</summary>
    [Word("current", "The rater currently holds that role with the applicant.")]
    Current = 1,

    /// <summary>The rater is the applicant's RS/C provider.</summary>
    [Word("RS/C provider", "The rater provides the applicant's reflective supervision/consultation.",
        Phrase = "providing the applicant's reflective supervision/consultation")]
    ProvidesReflectiveSupervision = 2,

    /// <summary>(Department chairs) familiar with infant mental health.</summary>
    [Word("familiar with IMH", "(Department chairs) familiar with infant mental health.", Phrase = "familiar with infant mental health")]
    FamiliarWithImh = 4,
}

/// <summary>Numbers a reference rating reports.</summary>
[Flags, Numbers(Evidence.References)]
public enum ReferenceNumber
{
    /// <summary>Answers "I do not have enough information to rate/comment"; from 6 the rating cannot be counted.</summary>
    [Word("answers of not enough information", "How many times the rater answered \"I do not have enough information to rate/comment\"; a rating with 6 or more cannot be counted.",
        Whole = true, NotCountedFrom = 6, Version = 2)]
    InsufficientInformationAnswers = 1,
}

/// <summary>What a membership may say.</summary>
[Flags, Tags(Evidence.Memberships)]
public enum MembershipTag
{
    /// <summary>An infant mental health association.</summary>
    [Word("infant mental health association", "The association is an infant mental health association.",
        Phrase = "of an infant mental health association")]
    ImhAssociation = 1,
}

/// <summary>Documents the applicant signs.</summary>
[Flags, Documents]
public enum Document
{
    /// <summary>The code of ethics, re-signed each year.</summary>
    [Word("code of ethics", "The Code of Ethics, signed with the application and re-signed each year.", Json = "codeOfEthicsSigned", List = "codeOfEthicsSignatures")]
    CodeOfEthics = 1,

    /// <summary>The endorsement agreement.</summary>
    [Word("endorsement agreement", "The Endorsement® agreement.", Json = "endorsementAgreementSigned")]
    EndorsementAgreement = 2,
}

/// <summary>Examinations and reviews.</summary>
[Flags, Assessments]
public enum Assessment
{
    /// <summary>The written examination of the band.</summary>
    [Word("written examination", "The written examination: a multiple-choice part and vignettes specific to the category or track.", Json = "exam", List = "exams")]
    Exam = 1,

    /// <summary>The portfolio review (version 1; not a condition in this edition, decision 13).</summary>
    [Word("portfolio review", "The review of the portfolio's contents.", Json = "portfolioReview", Dated = false)]
    PortfolioReview = 2,
}

/// <summary>The version of the written examination.</summary>
[Flags, Choice(Evidence.Assessments, "version", Default = ExamVersion.Imh, Version = 2, InTitle = false)]
public enum ExamVersion
{
    /// <summary>The infant mental health version.</summary>
    [Word("IMH version", "The infant mental health version of the examination.")]
    Imh = 1,

    /// <summary>The early childhood mental health version.</summary>
    [Word("ECMH version", "The early childhood mental health version of the examination.")]
    Ecmh = 2,
}
