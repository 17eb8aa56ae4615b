namespace Imh.Requirements.Iecmh2024;

/// <summary>Infant Mental Health Mentor, Clinical track. Its rules are those of both Clinical tracks.</summary>
[Track("Clinical", "Infant Mental Health Mentor (Clinical)", Aliases = ["IMHM-C", "IV-Clinical"])]
public sealed partial record ImhmClinical : Imhm
{
    /// <summary>From 1 January 2024: 48 clock hours, 30 IECMH, 15 about RS/C and 3 DEI, each hour counted once.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Clinical: Beginning January 1, 2024, IMHM-C applicants are required to list a minimum of 48 hours of training: a minimum of 30 hours of in-service training specific to infant mental health, 15 hours about RSC, plus 3 hours specific to diversity, equity and inclusion in infant mental health.")]
    [MinHours(48)]
    [HoursPart(30, WhereAny = TrainingTag.Iecmh)]
    [HoursPart(15, Where = [TrainingTag.AboutReflectiveSupervision])]
    [HoursPart(3, Where = [TrainingTag.Dei])]
    public Requirement Training { get; init; }

    /// <summary>The IMHS specialized work, and three years of post-graduate work in the band providing RS/C (concurrent work counts for both).</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Clinical: Meets the specialized work experience criteria of an Infant Mental Health Specialist (IMHS) plus 3 years of post-graduate experience providing infant mental health reflective supervision/consultation.")]
    [SameAs(typeof(Imhs), nameof(Imhs.SpecializedWork))]
    [Experience(3, Where = [WorkTag.ProvidingReflectiveSupervision], After = CredentialType.PostGraduate, Matching = [typeof(AgeBand)])]
    public Requirement SpecializedWork { get; init; }

    /// <summary>50 clock hours within 1 to 2 years from Mentor (Clinical) providers, the majority from one, 25 of them about the RS/C the applicant provides.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation, Clinical only: Minimum 50 clock hours within a 12-month to 24-month time period while working with infants, toddlers and families.")]
    [Source("A minimum of 25 hours of the RSC received should be about the RSC that the applicant provides to others.")]
    [Source("The provider of RSC must be endorsed as IMHM-C.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("RSC hours must be received after the degree that the category requires.")]
    [MinHours(50, Evidence = Evidence.Sessions, Where = [SessionKind.Reflective, SessionTag.RelationshipBased | SessionTag.WhileServing],
        Matching = [typeof(AgeBand)], After = CredentialType.PostGraduate, WithinYears = 2, MinSpanYears = 1,
        ProviderEndorsedIn = ["IMHM-Clinical", "ECMHM-Clinical"], MaxProviders = 2, MajorityFromOne = true)]
    [HoursPart(25, Where = [SessionTag.AboutOwnProvision])]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>MI-AIMH's Level IV Clinical list (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("Clinical: 1. current program supervisor, teacher, trainer, consultant or colleague; 2. the person providing RSC; 3. a supervisee/consultee.",
        Says = "the track lists were not available; MI-AIMH's Level IV lists are used (decision 15)")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant | RaterRole.Colleague])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(3, Where = [RaterRole.Supervisee | RaterRole.Consultee])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }

    /// <summary>Held at least 3 years: 10 clock hours of RS/C, peer supervision or collaborative consultation with other Mentors (Clinical) (decision 21).</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Infant/Early Childhood Mental Health Mentor-Clinical endorsees who have held that category for at least 3 years need at least 10 hours a year of RSC, peer supervision, or collaborative consultation with others endorsed in the same category.")]
    [UnlessNewApplication]
    [HeldFor(3)]
    [MinHours(10, Evidence = Evidence.Sessions, InRenewalYear = true, ProviderEndorsedIn = ["IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervisionHeldLong { get; init; }

    /// <summary>Otherwise 12 clock hours of reflective RS/C from a Mentor (Clinical).</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    [Source("The provider of RSC must be endorsed.")]
    [UnlessNewApplication]
    [MinHours(12, Evidence = Evidence.Sessions, InRenewalYear = true, Where = [SessionKind.Reflective, SessionTag.RelationshipBased],
        ProviderEndorsedIn = ["IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}

/// <summary>Infant Mental Health Mentor, Policy track. Its rules are those of both Policy tracks.</summary>
[Track("Policy", "Infant Mental Health Mentor (Policy)", Aliases = ["IMHM-P", "IV-Policy"])]
public sealed partial record ImhmPolicy : Imhm
{
    /// <summary>From 1 January 2024: 33 clock hours, 30 IECMH and 3 DEI, each hour counted once.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Policy and Research/Faculty: Beginning January 1, 2024, IMHM-P and IMHM-R/F applicants are required to list a minimum of 33 hours of training: a minimum of 30 hours specific to infant mental health plus 3 hours specific to diversity, equity and inclusion in infant mental health.")]
    [MinHours(33)]
    [HoursPart(30, WhereAny = TrainingTag.Iecmh)]
    [HoursPart(3, Where = [TrainingTag.Dei])]
    public Requirement Training { get; init; }

    /// <summary>Three years of post-graduate policy leadership in the band.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Policy: 3 years of post-graduate experience as a leader in policy and/or program administration related to the promotion of infant mental health principles and practices.")]
    [Experience(3, Where = [WorkKind.PolicyLeader], After = CredentialType.PostGraduate, Matching = [typeof(AgeBand)])]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Not required.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation, Policy and Research/Faculty: Not required.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>MI-AIMH's Level IV Policy list: each rating current from a supervisor, teacher, trainer or consultant, the RS/C provider, or a colleague (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("Policy: 1. current program supervisor, teacher, trainer or consultant, if applicable; 2. the person providing RSC, if applicable; 3. if no one is available from the first two categories, the candidate may ask three colleagues.",
        Says = "the track lists were not available; MI-AIMH's Level IV lists are used (decision 15)")]
    [Ratings(3)]
    [RatingItem(1, 2, 3, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant])]
    [RatingItem(1, 2, 3, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(1, 2, 3, Where = [RaterRole.Colleague])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }
}

/// <summary>Infant Mental Health Mentor, Research/Faculty track. Its rules are those of both Research/Faculty tracks.</summary>
[Track("ResearchFaculty", "Infant Mental Health Mentor (Research/Faculty)", Aliases = ["IMHM-RF", "IMHM-R/F", "IV-ResearchFaculty"])]
public sealed partial record ImhmResearchFaculty : Imhm
{
    /// <summary>From 1 January 2024: as the Policy track.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Policy and Research/Faculty: Beginning January 1, 2024, IMHM-P and IMHM-R/F applicants are required to list a minimum of 33 hours of training: a minimum of 30 hours specific to infant mental health plus 3 hours specific to diversity, equity and inclusion in infant mental health.")]
    [SameAs(typeof(ImhmPolicy), nameof(ImhmPolicy.Training))]
    public Requirement Training { get; init; }

    /// <summary>Three years of post-graduate research/faculty leadership in the band.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Research/Faculty: 3 years of post-graduate experience as a leader in university-level teaching and/or published research related to infant mental health principles and practices.")]
    [Experience(3, Where = [WorkKind.ResearchFacultyLeader], After = CredentialType.PostGraduate, Matching = [typeof(AgeBand)])]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Not required.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation, Policy and Research/Faculty: Not required.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>MI-AIMH's Level IV Research/Faculty list (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("Research/Faculty: 1. current department supervisor or chair if familiar with IMH, if not, a colleague; 2. the person providing RSC, if applicable, if not, a colleague; 3. a student taught and/or supervised by the candidate.",
        Says = "the track lists were not available; MI-AIMH's Level IV lists are used (decision 15)")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current | ReferenceTag.FamiliarWithImh, RaterRole.DepartmentChair])]
    [RatingItem(1, Where = [RaterRole.Colleague])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(2, Where = [RaterRole.Colleague])]
    [RatingItem(3, Where = [RaterRole.Student])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }
}

/// <summary>Early Childhood Mental Health Mentor, Clinical track: the IMHM Clinical rules, with this band's text.</summary>
[Track("Clinical", "Early Childhood Mental Health Mentor (Clinical)", Aliases = ["ECMHM-C"])]
public sealed partial record EcmhmClinical : Ecmhm
{
    /// <summary>From 1 January 2024: 48 clock hours in parts, as IMHM-C.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Clinical: Beginning January 1, 2024, ECMHM-C applicants are required to list a minimum of 48 hours of training: a minimum of 30 hours of in-service training specific to IECMH, 15 hours about RSC, plus 3 hours specific to diversity, equity and inclusion in IECMH.")]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.Training))]
    public Requirement Training { get; init; }

    /// <summary>The ECMHS specialized work and three years providing RS/C.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Clinical: Meets the specialized work experience criteria of an Early Childhood Mental Health Specialist (ECMHS) plus 3 years of post-graduate experience providing reflective supervision/consultation.")]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.SpecializedWork))]
    public Requirement SpecializedWork { get; init; }

    /// <summary>As IMHM-C; the provider rule of the IMHM section (decision 6).</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation, Clinical only: Minimum 50 clock hours within a 12-month to 24-month time period while working with children 3 up to 6 years old and families.")]
    [Source("A minimum of 25 hours of the RSC received should be about the RSC that the applicant provides to others.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Note("[No sentence on the ECMHM-C provider was available; see the IMHM section.]", Says = "Mentors (Clinical) of either band provide it (decision 6)")]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.ReflectiveSupervision))]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>As IMHM-C (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("[Not available; see the IMHM note.]", Says = "MI-AIMH's Level IV Clinical list is used, as for IMHM-C (decision 15)")]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.References))]
    public Requirement References { get; init; }

    /// <summary>Held at least 3 years: the reduced rule, as IMHM-C.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Infant/Early Childhood Mental Health Mentor-Clinical endorsees who have held that category for at least 3 years need at least 10 hours a year of RSC, peer supervision, or collaborative consultation with others endorsed in the same category.")]
    [UnlessNewApplication]
    [HeldFor(3)]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.ContinuingReflectiveSupervisionHeldLong))]
    public Requirement ContinuingReflectiveSupervisionHeldLong { get; init; }

    /// <summary>Otherwise the 12-hour rule, as IMHM-C.</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    [Source("The provider of RSC must be endorsed.")]
    [UnlessNewApplication]
    [SameAs(typeof(ImhmClinical), nameof(ImhmClinical.ContinuingReflectiveSupervision))]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}

/// <summary>Early Childhood Mental Health Mentor, Policy track.</summary>
[Track("Policy", "Early Childhood Mental Health Mentor (Policy)", Aliases = ["ECMHM-P"])]
public sealed partial record EcmhmPolicy : Ecmhm
{
    /// <summary>From 1 January 2024: 33 clock hours in parts, as IMHM-P.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Policy and Research/Faculty: Beginning January 1, 2024, ECMHM-P and ECMHM-R/F applicants are required to list a minimum of 33 hours of training: a minimum of 30 hours specific to IECMH plus 3 hours specific to diversity, equity and inclusion in IECMH.")]
    [SameAs(typeof(ImhmPolicy), nameof(ImhmPolicy.Training))]
    public Requirement Training { get; init; }

    /// <summary>Three years of post-graduate policy leadership in the band.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Policy: 3 years of post-graduate experience as a leader in policy and/or program administration related to the promotion of IECMH principles and practices.")]
    [SameAs(typeof(ImhmPolicy), nameof(ImhmPolicy.SpecializedWork))]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Not required.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation, Policy and Research/Faculty: Not required.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>As IMHM-P (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("[Not available; see the IMHM note.]", Says = "MI-AIMH's Level IV Policy list is used, as for IMHM-P (decision 15)")]
    [SameAs(typeof(ImhmPolicy), nameof(ImhmPolicy.References))]
    public Requirement References { get; init; }
}

/// <summary>Early Childhood Mental Health Mentor, Research/Faculty track.</summary>
[Track("ResearchFaculty", "Early Childhood Mental Health Mentor (Research/Faculty)", Aliases = ["ECMHM-RF", "ECMHM-R/F"])]
public sealed partial record EcmhmResearchFaculty : Ecmhm
{
    /// <summary>From 1 January 2024: as the Policy track.</summary>
    [Requirement("training", "Education and training", From = "2024-01-01")]
    [Source("Training, Policy and Research/Faculty: Beginning January 1, 2024, ECMHM-P and ECMHM-R/F applicants are required to list a minimum of 33 hours of training: a minimum of 30 hours specific to IECMH plus 3 hours specific to diversity, equity and inclusion in IECMH.")]
    [SameAs(typeof(ImhmPolicy), nameof(ImhmPolicy.Training))]
    public Requirement Training { get; init; }

    /// <summary>Three years of post-graduate research/faculty leadership in the band.</summary>
    [Requirement("specializedWork", "Specialized work experience")]
    [Source("Research/Faculty: 3 years of post-graduate experience as a leader in university-level teaching and/or published research related to IECMH principles and practices.")]
    [SameAs(typeof(ImhmResearchFaculty), nameof(ImhmResearchFaculty.SpecializedWork))]
    public Requirement SpecializedWork { get; init; }

    /// <summary>Not required.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation", Obligation = Obligation.NotRequired)]
    [Source("Reflective Supervision/Consultation, Policy and Research/Faculty: Not required.")]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>As IMHM-R/F (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three, with guidelines specific to each track.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("[Not available; see the IMHM note.]", Says = "MI-AIMH's Level IV Research/Faculty list is used, as for IMHM-R/F (decision 15)")]
    [SameAs(typeof(ImhmResearchFaculty), nameof(ImhmResearchFaculty.References))]
    public Requirement References { get; init; }
}
