namespace Imh.Requirements.Iecmh2024;

/// <summary>Infant Family Associate (promotion, infant band). Its rules are those of both associate categories.</summary>
[Level("IFA", "Infant Family Associate", Aliases = ["I"], Facets = [AgeBand.Infant, ExamVersion.Imh])]
public sealed partial record Ifa : Category
{
    /// <summary>Any of: a CDA, a related associate's degree, or two years of work in the band (decision 10).</summary>
    [Requirement("education", "Education or work experience")]
    [Source("Education/Work: Child Development Associate (CDA) credential, OR Associate's degree in a related area, OR two years of paid infant and early childhood-related work experience")]
    [Source("Applicants need to meet the education OR the work requirement, not both.")]
    [Source("Volunteer experience may meet the work criterion if it was supervised experience with women during pregnancy or with infants, toddlers and families AND it included specialized training (for example CASA, doula, Child Life).")]
    [Note("(include transcripts of any college courses completed toward the CDA or Associate's degree).",
        Says = "not checked: no transcript is asked of associates (decision 10)")]
    [Credential(CredentialType.Cda, Alternative = "a")]
    [Credential(CredentialType.Associate, Where = [CredentialTag.RelatedField], Alternative = "b")]
    [Experience(2, Where = [WorkKind.Professional, WorkTag.Paid], OrWhere = [WorkKind.Professional, WorkTag.Supervised | WorkTag.IncludedSpecializedTraining],
        Matching = [typeof(AgeBand)], Alternative = "c")]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training (decision 12).</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of infant mental health.")]
    [MinHours(30, WhereAny = TrainingTag.Iecmh)]
    public Requirement Training { get; init; }

    /// <summary>Optional: nothing is checked.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.Optional)]
    [Source("Reflective Supervision/Consultation: Optional.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Three ratings from accepted roles, one current, one from an endorsed rater (decision 16).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three ratings from a teacher, CDA mentor, instructor, supervisor, consultant and/or colleague.")]
    [Source("At least one of the ratings must be from a current teacher, CDA mentor, instructor or supervisor.")]
    [Source("At least one of the ratings must come from someone who meets the requirements for Endorsement® at Category 2, 3 or 4.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Ratings(3, Where = [RaterRole.Teacher | RaterRole.CdaMentor | RaterRole.Instructor | RaterRole.Supervisor | RaterRole.Consultant | RaterRole.Colleague])]
    [AtLeastOneRating(Where = [ReferenceTag.Current, RaterRole.Teacher | RaterRole.CdaMentor | RaterRole.Instructor | RaterRole.Supervisor])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }

    /// <summary>No written examination.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Documentation of Competencies: Written examination is not required for IFA Endorsement®.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in the association or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }

    /// <summary>Annual RS/C: not asked of associates.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}

/// <summary>Early Childhood Family Associate (promotion, early childhood band): the IFA rules, with this band's text.</summary>
[Level("ECFA", "Early Childhood Family Associate", Facets = [AgeBand.EarlyChildhood, ExamVersion.Ecmh])]
public sealed partial record Ecfa : Category
{
    /// <summary>As IFA (decision 10: the associate's degree in a related area).</summary>
    [Requirement("education", "Education or work experience")]
    [Source("Education/Work: CDA, Associate's degree, OR two years of early childhood experience.")]
    [Source("Early Childhood Family Associate applicants need to meet the education OR the work requirement, not both.")]
    [Source("For Early Childhood Family Associate applicants, volunteer experience may meet the work criterion if it was supervised experience with women during pregnancy or with infants, toddlers and families AND it included specialized training (for example CASA, doula, Child Life).")]
    [Note("[MI-AIMH and NYS-AIMH, for IFA: \"Associate's degree in a related area\".]",
        Says = "the associate's degree must be in a related area, as for IFA (decision 10)")]
    [SameAs(typeof(Ifa), nameof(Ifa.Education))]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of early childhood mental health (average 40 hours).")]
    [Note("(average 40 hours).", Says = "an average, not a minimum: not checked")]
    [SameAs(typeof(Ifa), nameof(Ifa.Training))]
    public Requirement Training { get; init; }

    /// <summary>Optional: nothing is checked.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.Optional)]
    [Source("Reflective Supervision/Consultation: Optional.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>As IFA (decision 25: the Level I roles fill what the ECFA page leaves out).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three reference ratings; at least one must come from someone who meets the requirements for Endorsement® at Category 2, 3 or 4.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [SameAs(typeof(Ifa), nameof(Ifa.References))]
    public Requirement References { get; init; }

    /// <summary>No written examination.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Documentation of Competencies: No written examination.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Required.")]
    [SameAs(typeof(Ifa), nameof(Ifa.Membership))]
    public Requirement Membership { get; init; }

    /// <summary>Annual RS/C: not asked of associates.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}
