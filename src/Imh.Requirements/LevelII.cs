namespace Imh.Requirements;

/// <summary>MI-AIMH Endorsement Level II: Infant Family Specialist.</summary>
[Level("II", "Infant Family Specialist", Rank = 2)]
public sealed partial record LevelII
{
    /// <summary>A bachelor's or higher degree with official transcript.</summary>
    [Requirement("education", "Education")]
    [Source("Education: Minimum of Bachelor of Arts (BA), Bachelor of Science (BS), Bachelor of Social Work (BSW), Bachelor of Nursing (BSN); and including Master of Arts (MA), Master of Science (MS), Master of Social Work (MSW), Master of Education (MEd), Master of Nursing (MSN); official transcript.")]
    [Credential(CredentialType.Bachelor | CredentialType.Master | CredentialType.Doctorate, Where = [CredentialTag.OfficialTranscript])]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of relationship-based training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: 30 clock hours of relationship-based education and training pertaining to the social and emotional development of infants, toddlers and families.")]
    [MinHours(30, Where = [TrainingTag.RelationshipBased])]
    public Requirement Training { get; init; }

    /// <summary>Two years of infant, early childhood and family-related work (paid or not, internships excluded).</summary>
    [Requirement("workExperience", "Professional work experience")]
    [Source("Work Experience: Two years infant, early childhood, and family-related professional work experience.")]
    [Experience(2, Where = [WorkKind.Professional])]
    public Requirement WorkExperience { get; init; }

    /// <summary>24 clock hours of post-bachelor's RS/C within a window of one to two years.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Minimum one year, post-bachelors, relationship-based, reflective supervision or consultation, individually or in a group while providing services to infants, toddlers and families; minimum 24 clock hours within a two-year time frame [maximum].")]
    [MinHours(24, Evidence = Evidence.Sessions, Where = [SessionTag.RelationshipBased | SessionTag.WhileServing],
        After = CredentialType.PostBachelor, WithinYears = 2, MinSpanYears = 1)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Three reference ratings, including the RS/C provider and an endorsed rater.</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional reference ratings: Three ratings from: Teacher, program supervisor, instructor, consultant and/or colleague")]
    [Source("At least one of the ratings must be from a current teacher, program supervisor, instructor, or consultant; one of the ratings must be from the person providing reflective supervision or consultation; one of the ratings must come from an individual who meets MI-AIMH Endorsement requirements at Level III or IV (see Level III or IV).")]
    [Ratings(3, Where = [RaterRole.Teacher | RaterRole.Supervisor | RaterRole.Instructor | RaterRole.Consultant | RaterRole.Colleague])]
    [AtLeastOneRating(Where = [ReferenceTag.Current, RaterRole.Teacher | RaterRole.Supervisor | RaterRole.Instructor | RaterRole.Consultant])]
    [AtLeastOneRating(Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [EndorsedRater("III", "IV")]
    public Requirement References { get; init; }

    /// <summary>Code of ethics statement and agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
    [Source("Code of Ethics Statement, Agreement,: Signed")]
    [Signed(Document.CodeOfEthics | Document.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>No written examination at Level II.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Written examination not required for applicants seeking Endorsement at Level II.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in MI-AIMH or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }

    /// <summary>15 hours per year of approved relationship-based training.</summary>
    [Continuing("continuingTraining", "Annual education and training")]
    [Source("Education and Training: 15 hours per year of relationship-based education and training, approved by the organization, specific to the social and emotional well-being of infants, toddlers and families")]
    [Note("documentation of training hours submitted with membership renewal", Says = "procedure: how the hours are submitted, not a condition")]
    [MinHours(15, InRenewalYear = true, Where = [TrainingTag.Approved | TrainingTag.RelationshipBased])]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>Annual membership renewal.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Professional Membership: Annual renewal of membership in MI-AIMH or another infant mental health association")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear, Where = [MembershipTag.ImhAssociation])]
    public Requirement MembershipRenewal { get; init; }
}
