namespace Imh.Requirements;

/// <summary>MI-AIMH Endorsement Level I: Infant Family Associate.</summary>
[Level("I", "Infant Family Associate", Rank = 1)]
public sealed partial record LevelI
{
    /// <summary>Education, work experience and training: any of CDA, related associate's degree, or two years of paid work.</summary>
    [Requirement("education", "Education or paid work experience")]
    [Source("1. a) Official transcript from Child Development Associate (CDA) or b) Official transcript from Associate’s degree (AD) in related area or c) two years infant and early childhood-related paid work experience")]
    [Note("(include official transcripts from any college courses completed toward CDA or AD).",
        Says = "not checked: it asks the applicant to include transcripts and sets no condition on eligibility")]
    [Credential(CredentialType.Cda, Where = [CredentialTag.OfficialTranscript], Alternative = "a")]
    [Credential(CredentialType.Associate, Where = [CredentialTag.OfficialTranscript, CredentialTag.RelatedField], Alternative = "b")]
    [Experience(2, Where = [WorkKind.Professional, WorkTag.Paid], Alternative = "c")]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of relationship-based training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("2. 30 clock hours of relationship-based education and training pertaining to the social and emotional development of infants, toddlers and families.")]
    [MinHours(30, Where = [TrainingTag.RelationshipBased])]
    public Requirement Training { get; init; }

    /// <summary>Three reference ratings.</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three ratings from: Teacher, CDA mentor, instructor, supervisor, consultant and/or colleague.")]
    [Source("At least one of the ratings must be from a current teacher, CDA mentor, instructor, or supervisor.")]
    [Source("Also, at least one of the ratings must come from an individual who meets MI-AIMH Endorsement requirements at Level II, III, or IV (see Level II, III, or IV).")]
    [Ratings(3, Where = [RaterRole.Teacher | RaterRole.CdaMentor | RaterRole.Instructor | RaterRole.Supervisor | RaterRole.Consultant | RaterRole.Colleague])]
    [AtLeastOneRating(Where = [ReferenceTag.Current, RaterRole.Teacher | RaterRole.CdaMentor | RaterRole.Instructor | RaterRole.Supervisor])]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }

    /// <summary>Code of ethics statement and agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
    [Source("Code of Ethics Statement, Agreement: Signed")]
    [Signed(Document.CodeOfEthics | Document.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>No written examination at Level I.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Written examination not required for applicants seeking Endorsement at Level I.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in MI-AIMH or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }

    /// <summary>15 clock hours per year of approved relationship-based training.</summary>
    [Continuing("continuingTraining", "Annual education and training")]
    [Source("Education and Training: 15 clock hours per year of relationship-based education and training, approved by the organization, specific to the social and emotional well-being of infants, toddlers, and families")]
    [Note("documentation of training hours submitted with membership renewal.", Says = "procedure: how the hours are submitted, not a condition")]
    [MinHours(15, InRenewalYear = true, Where = [TrainingTag.Approved | TrainingTag.RelationshipBased])]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>Annual membership renewal.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Professional Membership: Annual renewal of membership in MI-AIMH or another infant mental health association.")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear, Where = [MembershipTag.ImhAssociation])]
    public Requirement MembershipRenewal { get; init; }
}
