namespace Imh.Requirements.Iecmh2024;

/// <summary>What both Mental Health Specialist categories renew with (decision 20).</summary>
public abstract partial record MentalHealthSpecialist : Category
{
    /// <summary>A specialist who provides RS/C receives renewal RS/C from a Mentor (Clinical) only.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    [Source("IMHS endorsees who provide RSC to others receive their renewal RSC from an IMHM-C.")]
    [Note("[MI-AIMH reflective supervision matrix, 2013.]", Says = "the provider sets of the renewal follow that matrix (decision 20)")]
    [UnlessNewApplication]
    [When(ApplicantTag.ProvidesReflectiveSupervision)]
    [MinHours(12, Evidence = Evidence.Sessions, InRenewalYear = true, Where = [SessionKind.Reflective, SessionTag.RelationshipBased],
        ProviderEndorsedIn = ["IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervisionWhenProviding { get; init; }

    /// <summary>Otherwise from a Mental Health Specialist or Mentor (Clinical), either band.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    [Source("The provider of RSC must be endorsed.")]
    [UnlessNewApplication]
    [MinHours(12, Evidence = Evidence.Sessions, InRenewalYear = true, Where = [SessionKind.Reflective, SessionTag.RelationshipBased],
        ProviderEndorsedIn = ["IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}

/// <summary>Infant Mental Health Specialist (intervention/treatment, infant band). Its rules are those of both specialist categories.</summary>
[Level("IMHS", "Infant Mental Health Specialist", Aliases = ["III"], Facets = [AgeBand.Infant, ExamVersion.Imh])]
public sealed partial record Imhs : MentalHealthSpecialist
{
    /// <summary>A master's or doctorate with official transcript; no coursework check (decision 13).</summary>
    [Requirement("education", "Education")]
    [Source("Education: Master's or post-graduate degree; official transcript(s) required.")]
    [Credential(CredentialType.PostGraduate, Where = [CredentialTag.OfficialTranscript])]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of infant mental health (average 75 hours).")]
    [Note("(average 75 hours).", Says = "an average, not a minimum: not checked")]
    [MinHours(30, WhereAny = TrainingTag.Iecmh)]
    public Requirement Training { get; init; }

    /// <summary>Two years of post-graduate, supervised, paid IMH services in the band, or an internship and one year (decision 13).</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Specialized Work Experience: 2 years, post-graduate, supervised work experience providing culturally sensitive, relationship-focused infant mental health services.")]
    [Source("This specialized work experience must be with both the infant/toddler (birth to 36 months) and the biological, foster or adoptive parent on behalf of the parent-infant relationship.")]
    [Source("1 year supervised graduate internship with direct service experience providing culturally sensitive, relationship-based infant mental health services and 1 year of post-graduate, supervised work experience as described above.")]
    [Note("[NYS-AIMH: \"2 years post-grad paid IMH direct services\"; the ECMHS pages also say \"paid\".]", Says = "the work must be paid (decision 13)")]
    [Experience(2, Where = [WorkKind.ImhServices, WorkTag.Supervised | WorkTag.Paid], After = CredentialType.PostGraduate, Matching = [typeof(AgeBand)], Alternative = "a")]
    [Experience(1, Where = [WorkKind.ImhInternship, WorkTag.Supervised], Matching = [typeof(AgeBand)], Alternative = "b")]
    [Experience(1, Where = [WorkKind.ImhServices, WorkTag.Supervised | WorkTag.Paid], After = CredentialType.PostGraduate, Matching = [typeof(AgeBand)], Alternative = "b")]
    public Requirement SpecializedWork { get; init; }

    /// <summary>50 clock hours within 1 to 2 years, post-graduate, from MHS or MHM-C providers, the majority from one.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: Minimum 50 clock hours within a 12-month to 24-month time period; relationship-focused reflective supervision/consultation, individually or in a group, post-Master's, while providing services to infants/toddlers and families.")]
    [Source("Provider of reflective supervision/consultation must have earned Endorsement® as IMHS or IMHM-C.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("Peer supervision (colleagues meeting together without an identified supervisor/consultant to guide the reflective process) does not meet the RSC criteria for Endorsement®, even if one of the peers has earned Endorsement®.")]
    [Note("[CT-AIMH's ECMHS page names IMHS, ECMHS, IMHM-C or ECMHM-C.]", Says = "either band's specialists and Mentors (Clinical) qualify (decision 6)")]
    [MinHours(50, Evidence = Evidence.Sessions, Where = [SessionKind.Reflective, SessionTag.RelationshipBased | SessionTag.WhileServing],
        Matching = [typeof(AgeBand)], After = CredentialType.PostGraduate, WithinYears = 2, MinSpanYears = 1,
        ProviderEndorsedIn = ["IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"], MaxProviders = 2, MajorityFromOne = true)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Three numbered ratings, item 3 also a supervisee when the applicant supervises.</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three: 1. current program supervisor, teacher, trainer or consultant; 2. the person providing RSC; 3. another supervisor, teacher, trainer or consultant, a colleague, or a supervisee (if the applicant is a supervisor).")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(3, Where = [RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant | RaterRole.Colleague])]
    [RatingItem(3, Where = [RaterRole.Supervisee], When = ApplicantTag.SupervisesOthers)]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }

    /// <summary>The written examination, the band's version.</summary>
    [Requirement("exam", "Written examination")]
    [Source("Documentation of Competencies: Written examination, IMH version: Part 1, multiple choice, the same for IMHS and every IMHM track; Part 2, vignettes, specific to the category and track.")]
    [Passed(Assessment.Exam, Matching = [typeof(ExamVersion)], ForLevel = true)]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in the association or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }
}

/// <summary>Early Childhood Mental Health Specialist (intervention/treatment, early childhood band): the IMHS rules, with this band's text.</summary>
[Level("ECMHS", "Early Childhood Mental Health Specialist", Facets = [AgeBand.EarlyChildhood, ExamVersion.Ecmh])]
public sealed partial record Ecmhs : MentalHealthSpecialist
{
    /// <summary>A master's or doctorate with official transcripts.</summary>
    [Requirement("education", "Education")]
    [Source("Education: Master's or post-graduate degree; official transcripts from all degrees earned.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Education))]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of early childhood mental health (average 75 hours).")]
    [Note("(average 75 hours).", Says = "an average, not a minimum: not checked")]
    [SameAs(typeof(Imhs), nameof(Imhs.Training))]
    public Requirement Training { get; init; }

    /// <summary>As IMHS, in the early childhood band.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Specialized Work Experience: Two years, post-graduate, supervised, paid work experience providing culturally sensitive, relationship-focused early childhood mental health services.")]
    [Source("This specialized work experience must be with both children 3 up to 6 years old and their biological, foster or adoptive parent(s) or guardian(s) on behalf of the parent-child relationship.")]
    [Source("1 year supervised graduate internship with direct service experience providing such services and 1 year of post-graduate, supervised work experience as described above.")]
    [SameAs(typeof(Imhs), nameof(Imhs.SpecializedWork))]
    public Requirement SpecializedWork { get; init; }

    /// <summary>As IMHS, in the early childhood band.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: Minimum 50 clock hours within a 12-month to 24-month time period; relationship-focused reflective supervision/consultation, individually or in a group, post-Master's, while providing services to children 3 up to 6 years old and families.")]
    [Source("Provider of reflective supervision/consultation must be endorsed as an IMHS, ECMHS, IMHM-C or ECMHM-C.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("Peer supervision (colleagues meeting together without an identified supervisor/consultant to guide the reflective process) does not meet the RSC criteria for Endorsement®, even if one of the peers has earned Endorsement®.")]
    [Note("[CT-AIMH adds: \"or be vetted and approved as meeting criteria for ECMHS or ECMHM-C\".]", Says = "vetted providers are not accepted (decision 6)")]
    [SameAs(typeof(Imhs), nameof(Imhs.ReflectiveSupervision))]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>As IMHS (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three: 1. program supervisor; 2. the person providing RSC; 3. another.")]
    [Source("At least one must be from the supervisor/consultant providing reflective practice.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [SameAs(typeof(Imhs), nameof(Imhs.References))]
    public Requirement References { get; init; }

    /// <summary>The written examination, ECMH version.</summary>
    [Requirement("exam", "Written examination")]
    [Source("Documentation of Competencies: Written examination, ECMH version of the multiple-choice part; vignettes specific to the category.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Exam))]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Required.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Membership))]
    public Requirement Membership { get; init; }
}
