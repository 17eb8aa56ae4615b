namespace Imh.Requirements;

/// <summary>MI-AIMH Endorsement Level I: Infant Family Associate.</summary>
[Level("I", "Infant Family Associate", Rank = 1)]
public sealed partial record LevelI
{
    /// <summary>Education, work experience and training: any of CDA, related associate's degree, or two years of paid work.</summary>
    [Requirement("education", "Education or paid work experience")]
    [Source("1. a) Official transcript from Child Development Associate (CDA) or b) Official transcript from Associate’s degree (AD) in related area or c) two years infant and early childhood-related paid work experience (include official transcripts from any college courses completed toward CDA or AD).")]
    [Credential(CredentialTypes.Cda, OfficialTranscript = true, Alternative = "a")]
    [Credential(CredentialTypes.Associate, OfficialTranscript = true, RelatedField = true, Alternative = "b")]
    [Experience(2, Kinds = WorkKinds.All & ~WorkKinds.ImhInternship, Paid = true, Alternative = "c")]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of relationship-based training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("2. 30 clock hours of relationship-based education and training per- taining to the social and emotional development of infants, tod- dlers and families.")]
    [MinHours(30, Where = EvidenceFilter.RelationshipBased)]
    public Requirement Training { get; init; }

    /// <summary>Three reference ratings.</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three ratings from: Teacher, CDA mentor, instructor, supervisor, consultant and/or col- league.")]
    [Source("At least one of the ratings must be from a current teacher, CDA men- tor, instructor, or supervisor.")]
    [Source("Also, at least one of the ratings must come from an individual who meets MI-AIMH Endorsement re- quirements at Level II, III, or IV (see Level II, III, or IV).")]
    [Ratings(3, Roles = RaterRoles.Teacher | RaterRoles.CdaMentor | RaterRoles.Instructor | RaterRoles.Supervisor | RaterRoles.Consultant | RaterRoles.Colleague)]
    [AtLeastOneRating(Current = true, Roles = RaterRoles.Teacher | RaterRoles.CdaMentor | RaterRoles.Instructor | RaterRoles.Supervisor)]
    [EndorsedRater("II", "III", "IV")]
    public Requirement References { get; init; }

    /// <summary>Code of ethics statement and agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics statement and endorsement agreement")]
    [Source("Code of Ethics Statement, Agreement: Signed")]
    [Signed(Documents.CodeOfEthics | Documents.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>No written examination at Level I.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Written examination not required for applicants seeking Endorsement at Level I.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in MI-AIMH or another infant mental health association.")]
    [Membership]
    public Requirement Membership { get; init; }

    /// <summary>15 clock hours per year of approved relationship-based training.</summary>
    [Continuing("continuingTraining", "Annual education and training")]
    [Source("Education and Training: 15 clock hours per year of relationship-based education and training, approved by the organization, specific to the social and emotional well- being of infants, toddlers, and families")]
    [MinHours(15, InRenewalYear = true, Where = EvidenceFilter.RelationshipBased | EvidenceFilter.Approved)]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>Annual membership renewal.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Professional Membership: Annual renewal of membership in MI-AIMH or another infant mental health association.")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear)]
    public Requirement MembershipRenewal { get; init; }
}
