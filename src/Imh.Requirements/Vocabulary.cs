// The words of MI-AIMH portfolios (portfolio-format.md, version 1): what each kind of entry may
// carry beyond the language's structure, how the portfolio spells it and how people read it.

[assembly: Imh.Dsl.EvidenceList(Imh.Dsl.Evidence.Sessions, "reflectiveSupervision",
    Singular = "RS/C session", Plural = "RS/C sessions", Noun = "reflective supervision/consultation", Short = "RS/C")]

namespace Imh.Requirements;

/// <summary>Facts about the applicant.</summary>
[Flags, Tags(Evidence.Applicant)]
public enum ApplicantTag
{
    /// <summary>The applicant supervises staff.</summary>
    [Word("supervising others", "The applicant supervises staff (a Level III third rating may come from a supervisee).", Phrase = "supervises others")]
    SupervisesOthers = 1,

    /// <summary>The applicant provides RS/C to others.</summary>
    [Word("providing RS/C", "The applicant provides reflective supervision/consultation to others (continuing rules).",
        Phrase = "provides reflective supervision/consultation to others")]
    ProvidesReflectiveSupervision = 2,
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
    [Word("master's", "A master's degree (MA, MS, MSW, MEd, MSN).")]
    Master = 8,

    /// <summary>Doctorate.</summary>
    [Word("doctorate", "A doctorate (EdD, PsyD, PhD, MD, DO).")]
    Doctorate = 16,

    /// <summary>University certificate program.</summary>
    [Word("certificate", "A university certificate program.")]
    Certificate = 32,

    /// <summary>Post-bachelor's: from the earliest bachelor's, master's or doctorate (a higher degree stands in for a bachelor's).</summary>
    [Word("post-bachelor's", "Dated on or after the earliest bachelor's, master's or doctorate.")]
    PostBachelor = Bachelor | Master | Doctorate,

    /// <summary>Post-graduate: from the earliest master's or doctorate.</summary>
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

    /// <summary>The program included IMH coursework.</summary>
    [Word("infant mental health coursework", "The program included coursework in the areas named by the Training Guidelines.",
        Phrase = "with infant mental health coursework")]
    ImhCoursework = 4,
}

/// <summary>What a training entry may say.</summary>
[Flags, Tags(Evidence.Training)]
public enum TrainingTag
{
    /// <summary>Approved by the organization.</summary>
    [Word("approved", "Approved by the organization.")]
    Approved = 1,

    /// <summary>Relationship-based education on social-emotional development.</summary>
    [Word("relationship-based", "Relationship-based education on the social and emotional development of infants, toddlers and families.")]
    RelationshipBased = 2,

    /// <summary>Specialized training in infant mental health.</summary>
    [Word("infant mental health", "Specialized training in infant mental health.", Phrase = "specialized in infant mental health")]
    InfantMentalHealth = 4,

    /// <summary>About reflective supervision/consultation.</summary>
    [Word("about reflective supervision/consultation", "About reflective supervision/consultation (counts as specialized infant mental health training too).",
        Phrase = "about reflective supervision/consultation")]
    AboutReflectiveSupervision = 8,

    /// <summary>Intensive in-service training offered in place of coursework.</summary>
    [Word("intensive in-service", "Intensive in-service training offered in place of coursework (Level III and IV education).")]
    InServiceCoursework = 16,

    /// <summary>Specialized IMH training: infant mental health, or about reflective supervision/consultation.</summary>
    [Word("specialized infant mental health", "Specialized infant mental health training: in infant mental health, or about reflective supervision/consultation.")]
    SpecializedImh = InfantMentalHealth | AboutReflectiveSupervision,
}

/// <summary>Kinds of work.</summary>
[Flags, Choice(Evidence.Work, "kind", Required = true)]
public enum WorkKind
{
    /// <summary>Infant/early-childhood-related work (child care, early education).</summary>
    [Word("early childhood", "Infant- or early-childhood-related work, such as child care or early education.")]
    EarlyChildhood = 1,

    /// <summary>Infant- and family-related professional work.</summary>
    [Word("infant and family", "Infant- and family-related professional work: home visiting, early intervention, parent education, consultation to care providers.")]
    InfantFamily = 2,

    /// <summary>Infant mental health services.</summary>
    [Word("infant mental health services",
        "Culturally sensitive, relationship-focused infant mental health services with both the infant/toddler and the parent on behalf of their relationship, in a program whose goal is to intervene with or treat that relationship.")]
    ImhServices = 4,

    /// <summary>A graduate internship providing IMH services.</summary>
    [Word("graduate infant mental health internship", "A graduate internship providing infant mental health services.")]
    ImhInternship = 8,

    /// <summary>IMH supervisor, trainer or consultant.</summary>
    [Word("practice leadership", "Practice leader in infant mental health: supervisor, trainer or consultant.")]
    PracticeLeader = 16,

    /// <summary>Leader in policy or program administration.</summary>
    [Word("policy leadership", "Leader in policy or program administration in the infant/family field.")]
    PolicyLeader = 32,

    /// <summary>University teaching or published research.</summary>
    [Word("research/faculty leadership", "Leader in university teaching or published research in the infant/family field.")]
    ResearchFacultyLeader = 64,

    /// <summary>Every kind but the internship.</summary>
    [Word("infant, early childhood and family-related", "Work of any kind but a graduate internship.")]
    Professional = EarlyChildhood | InfantFamily | ImhServices | PracticeLeader | PolicyLeader | ResearchFacultyLeader,
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
    [Word("relationship-based", "Relationship-based (relationship-focused) reflective supervision/consultation; true unless said otherwise.", Default = true)]
    RelationshipBased = 1,

    /// <summary>From an approved RS/C provider.</summary>
    [Word("approved provider", "Provided by an approved supervisor/consultant.", Phrase = "with an approved provider")]
    ProviderApproved = 2,

    /// <summary>Received while serving infants, toddlers and families (default true).</summary>
    [Word("while serving", "Received while providing services to infants, toddlers and families; true unless said otherwise.",
        Phrase = "while providing services to infants, toddlers and families", Default = true)]
    WhileServing = 4,
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

    /// <summary>The rater is familiar with infant mental health.</summary>
    [Word("familiar with IMH", "(Department chairs) familiar with infant mental health.", Phrase = "familiar with infant mental health")]
    FamiliarWithImh = 4,
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
    /// <summary>The code of ethics statement.</summary>
    [Word("code of ethics statement", "The MI-AIMH Code of Ethics statement.", Json = "codeOfEthicsSigned")]
    CodeOfEthics = 1,

    /// <summary>The endorsement agreement.</summary>
    [Word("endorsement agreement", "The Endorsement agreement.", Json = "endorsementAgreementSigned")]
    EndorsementAgreement = 2,
}

/// <summary>Examinations and reviews.</summary>
[Flags, Assessments]
public enum Assessment
{
    /// <summary>The written examination.</summary>
    [Word("written examination", "The MI-AIMH written examination.", Json = "exam")]
    Exam = 1,

    /// <summary>The two-level portfolio review.</summary>
    [Word("two-level portfolio review", "Both levels of the review of the portfolio's contents.", Json = "portfolioReview", Dated = false)]
    PortfolioReview = 2,
}
