namespace Imh.Requirements.Iecmh2024;

/// <summary>What both Family Specialist categories renew with: 12 clock hours of RS/C a year from an FRS, MHS or MHM-C provider.</summary>
public abstract partial record FamilySpecialist : Category
{
    /// <summary>12 clock hours of reflective, relationship-based RS/C a year with an endorsed provider (decisions 6 and 20).</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: 12 clock hours of qualifying reflective supervision/consultation a year for all Infant/Early Childhood Family Specialist, Infant/Early Childhood Mental Health Specialist and Infant/Early Childhood Mental Health Mentor-Clinical endorsees.")]
    [Source("The provider of RSC must be endorsed.")]
    [UnlessNewApplication]
    [MinHours(12, Evidence = Evidence.Sessions, InRenewalYear = true, Where = [SessionKind.Reflective, SessionTag.RelationshipBased],
        ProviderEndorsedIn = ["IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervision { get; init; }
}

/// <summary>Infant Family Specialist (prevention, infant band). Its rules are those of both Family Specialist categories.</summary>
[Level("IFS", "Infant Family Specialist", Aliases = ["II"], Facets = [AgeBand.Infant, ExamVersion.Imh])]
public sealed partial record Ifs : FamilySpecialist
{
    /// <summary>A bachelor's, master's or doctorate with official transcript (decision 1).</summary>
    [Requirement("education", "Education")]
    [Source("Education: Minimum of Bachelor of Arts (BA), Bachelor of Science (BS), Bachelor of Social Work (BSW), Bachelor of Nursing (BSN); and including Master's degrees and doctorates (PhD, EdD, PsyD); official transcript.")]
    [Note("[CT-AIMH's IFS page (2024) says instead: \"No degree required\".]",
        Says = "not followed: most pages and the ECFS page ask for a bachelor's or master's (decision 1)")]
    [Credential(CredentialType.PostBachelor, Where = [CredentialTag.OfficialTranscript])]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training (decision 12).</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of infant mental health.")]
    [Note("Typically, successful IFS applications include an average of 50 or more hours of specialized training unless the applicant has completed coursework specific to IMH competencies.",
        Says = "what applications typically include, not a minimum: not checked")]
    [MinHours(30, WhereAny = TrainingTag.Iecmh)]
    public Requirement Training { get; init; }

    /// <summary>Two years of paid, post-bachelor's family work in the band, with 10 families served (decision 11).</summary>
    [Requirement("workExperience", "Work experience")]
    [Source("Work Experience: Minimum two years of paid, post-Bachelor's, professional work experience providing prevention and/or early intervention services that promote infant mental health.")]
    [Source("Work experience meets this criterion as long as the applicant has: 1. served a minimum of 10 families of infants/toddlers (birth to 36 months), and 2. a primary focus of the services provided is the social-emotional needs of the infant/toddler, and 3. services include attention to the relationships surrounding the infant/toddler.")]
    [Note("2. a primary focus of the services provided is the social-emotional needs of the infant/toddler, and 3. services include attention to the relationships surrounding the infant/toddler.",
        Says = "criteria 2 and 3 are part of what the kind of work means; the reviewers verify them (decision 11)")]
    [Experience(2, Where = [WorkKind.FamilyServices, WorkTag.Paid], After = CredentialType.PostBachelor, Matching = [typeof(AgeBand)],
        Sum = WorkNumber.FamiliesServed, SumAtLeast = 10)]
    public Requirement WorkExperience { get; init; }

    /// <summary>24 clock hours within 1 to 2 years, post-bachelor's, from FRS, MHS or MHM-C providers, the majority from one (decisions 2, 6, 7, 8).</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: Minimum 24 clock hours within a one- to two-year timeframe; post-Bachelor's, relationship-based reflective supervision or consultation, individually or in a group, received while providing services to infants/toddlers (birth to 36 months) and families, or while providing supervision to staff who provide such services.")]
    [Source("Qualified providers of RSC must meet Endorsement® requirements as an IFRS, IMHS or IMHM-C.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("Peer supervision (colleagues meeting together without an identified supervisor/consultant to guide the reflective process) does not meet the RSC criteria for Endorsement®, even if one of the peers has earned Endorsement®.")]
    [Source("A provider of RSC must be endorsed in a qualifying category.")]
    [Note("Applicants who currently receive RSC from an IMHS or from a Master's-prepared IFS endorsed provider have until April 2024 to switch to an IFRS and/or IMHM-C endorsed provider.",
        Says = "IMHS providers are kept, IFS providers never qualify (decision 6)")]
    [Note("[CT-AIMH's IFS page states no timeframe.]", Says = "the 1- to 2-year window of the other pages is used (decision 2)")]
    [Note("[WA-AIMH: from January 2022 all RSC hours of new applicants must come from an endorsed provider, and from January 2023 \"vetted\" status is no longer recognised. CT-AIMH's ECMHS page still names vetted providers.]",
        Says = "vetted providers are not accepted (decision 6)")]
    [MinHours(24, Evidence = Evidence.Sessions, Where = [SessionKind.Reflective, SessionTag.RelationshipBased | SessionTag.WhileServing],
        Matching = [typeof(AgeBand)], After = CredentialType.PostBachelor, WithinYears = 2, MinSpanYears = 1,
        ProviderEndorsedIn = ["IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"], MaxProviders = 2, MajorityFromOne = true)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Three numbered ratings (MI-AIMH's list, decision 15), one from an endorsed rater (decision 16).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Total of three ratings.")]
    [Source("One must come from a current supervisor.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("[The rest of CT-AIMH's list was not available. MI-AIMH lists: 1. one from a current program supervisor, teacher, trainer or consultant; 2. one from the person providing RSC; 3. one from another supervisor, teacher, trainer or consultant, or a colleague.]",
        Says = "MI-AIMH's list is used (decision 15); FRS raters count as endorsed too (decision 16)")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(3, Where = [RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant | RaterRole.Colleague])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }

    /// <summary>No written examination.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Documentation of Competencies: Written examination is not required for IFS Endorsement®.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in the association or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }
}

/// <summary>Early Childhood Family Specialist (prevention, early childhood band): the IFS rules, with this band's text.</summary>
[Level("ECFS", "Early Childhood Family Specialist", Facets = [AgeBand.EarlyChildhood, ExamVersion.Ecmh])]
public sealed partial record Ecfs : FamilySpecialist
{
    /// <summary>A bachelor's or higher with official transcripts.</summary>
    [Requirement("education", "Education")]
    [Source("Education: Bachelor's or Master's degree; official transcripts from all degrees earned.")]
    [SameAs(typeof(Ifs), nameof(Ifs.Education))]
    public Requirement Education { get; init; }

    /// <summary>30 clock hours of IECMH training.</summary>
    [Requirement("training", "Relationship-based education and training")]
    [Source("Training: Minimum 30 clock hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of early childhood mental health (average 50 hours).")]
    [Note("(average 50 hours).", Says = "an average, not a minimum: not checked")]
    [SameAs(typeof(Ifs), nameof(Ifs.Training))]
    public Requirement Training { get; init; }

    /// <summary>Two years of paid, post-bachelor's family work in the band, with 10 families served.</summary>
    [Requirement("workExperience", "Work experience")]
    [Source("Work Experience: Minimum two years of paid, post-Bachelor's, professional work experience providing prevention and/or early intervention services that promote early childhood mental health.")]
    [Source("Work experience meets this criterion as long as the applicant has: 1. served a minimum of 10 families where the target of services is a child 3 up to 6 years old, and 2. a primary focus of the services provided is the social-emotional needs of the child and their family, and 3. services focus on the promotion of the relationships surrounding the child.")]
    [Note("2. a primary focus of the services provided is the social-emotional needs of the child and their family, and 3. services focus on the promotion of the relationships surrounding the child.",
        Says = "criteria 2 and 3 are part of what the kind of work means; the reviewers verify them (decision 11)")]
    [SameAs(typeof(Ifs), nameof(Ifs.WorkExperience))]
    public Requirement WorkExperience { get; init; }

    /// <summary>24 clock hours within 12 to 24 months, as IFS.</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
    [Source("Reflective Supervision/Consultation: Minimum 24 clock hours within a 12-month to 24-month time period; post-Bachelor's, relationship-based reflective supervision or consultation, individually or in a group, while working with children 3 up to 6 years old and families and/or while providing supervision to staff who provide services to children 3 up to 6 years old and their families.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("Peer supervision (colleagues meeting together without an identified supervisor/consultant to guide the reflective process) does not meet the RSC criteria for Endorsement®, even if one of the peers has earned Endorsement®.")]
    [Source("A provider of RSC must be endorsed in a qualifying category.")]
    [Note("[WA-AIMH: from January 2022 all RSC hours of new applicants must come from an endorsed provider, and from January 2023 \"vetted\" status is no longer recognised. CT-AIMH's ECMHS page still names vetted providers.]",
        Says = "vetted providers are not accepted; the providers are the IFS list, either band (decision 6)")]
    [SameAs(typeof(Ifs), nameof(Ifs.ReflectiveSupervision))]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>Three numbered ratings, as IFS (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Three ratings: 1. current program supervisor, teacher, trainer or consultant; 2. the person providing RSC; 3. another supervisor or a colleague.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [SameAs(typeof(Ifs), nameof(Ifs.References))]
    public Requirement References { get; init; }

    /// <summary>No written examination.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Documentation of Competencies: No written examination.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Required.")]
    [SameAs(typeof(Ifs), nameof(Ifs.Membership))]
    public Requirement Membership { get; init; }
}

/// <summary>
/// Infant / Early Childhood Family Reflective Supervisor: one text for both bands, so the category
/// is declared once with its rules and each band is a level of it. "Emerging" waives PART 2 (decision 3).
/// </summary>
public abstract partial record FamilyReflectiveSupervisor : Category
{
    /// <summary>"No degree required": nothing is checked.</summary>
    [Requirement("education", "Education", Obligation = Obligation.NotRequired)]
    [Source("Education: No degree required.")]
    public Requirement Education { get; init; }

    /// <summary>48 clock hours: 30 IECMH, 15 about RS/C and 3 DEI, each hour counted once.</summary>
    [Requirement("training", "Education and training")]
    [Source("Training: Applicants include as many hours as necessary to document that competencies have been met.")]
    [Source("Minimum 48 clock hours required: 30 hours of relationship-based education and training pertaining to the promotion of social-emotional development and/or the practice of infant mental health; 15 hours of training specific to the provision of RSC; 3 hours of training specific to diversity, equity and inclusion (DEI) in IECMH.")]
    [MinHours(48)]
    [HoursPart(30, WhereAny = TrainingTag.Iecmh)]
    [HoursPart(15, Where = [TrainingTag.AboutReflectiveSupervision])]
    [HoursPart(3, Where = [TrainingTag.Dei])]
    public Requirement Training { get; init; }

    /// <summary>PART 1: two years of paid family work in the band with 10 families, not clipped to a degree (decision 3).</summary>
    [Requirement("workExperience", "Work experience (PART 1)")]
    [Source("Work Experience: Minimum 2 years of paid, professional work experience providing prevention and/or early intervention services that promote infant mental health (IFRS) or early childhood mental health (ECFRS).")]
    [Source("Work experience meets this criterion as long as the applicant has:")]
    [Note("PART 1: [criteria not available in the pages compiled]",
        Says = "read as the I/ECFS criteria (paid family work, 10 families served) without the post-bachelor's clip, since no degree is required (decision 3)")]
    [Note("I/ECFRS recognizes professionals whose direct service experience both aligns with Infant/Early Childhood Family Specialists (I/ECFS) and includes their expertise in providing reflective supervision/consultation to other I/ECFS professionals.",
        Says = "the reason PART 1 follows the I/ECFS work criteria (decision 3)")]
    [Experience(2, Where = [WorkKind.FamilyServices, WorkTag.Paid], Matching = [typeof(AgeBand)], Sum = WorkNumber.FamiliesServed, SumAtLeast = 10)]
    public Requirement WorkExperience { get; init; }

    /// <summary>PART 2: one year of work in the band providing RS/C to others, paid or not; waived for Emerging (decision 3).</summary>
    [Requirement("reflectiveSupervisionExperience", "1 year of experience providing reflective supervision/consultation (PART 2)")]
    [Source("PART 2 (not required for Emerging):")]
    [Note("[criteria not available in the pages compiled]", Says = "PART 2 is read as experience providing RS/C, for 1 year (decision 3)")]
    [Note("Outcome of the review: at least one trained reviewer determines whether the applicant 1. meets the requirements for I/ECFRS Endorsement®, 2. meets the requirements for the Emerging status for I/ECFRS, or 3. does not yet meet the requirements and is deferred for now.",
        Says = "the outcomes are eligible, Emerging (only this requirement unmet) and not yet (deferred)")]
    [Note("Emerging is an option for applicants who do not YET meet all of the requirements for I/ECFRS Endorsement® but who are well on their way.",
        Says = "Emerging waives this requirement and nothing else (decision 3)")]
    [Note("It allows them to begin providing qualifying hours of RSC to I/ECFS and I/ECFRS endorsees and applicants while they obtain the qualifications and experience.",
        Says = "what Emerging allows")]
    [Note("An applicant awarded the Emerging status is otherwise considered endorsed as I/ECFRS.", Says = "an Emerging holder renews as I/ECFRS and counts as FRS wherever a provider or rater is named")]
    [Note("[Infancy Onward's Endorsed Reflective Supervisor add-on, a related Wisconsin credential, asks for a minimum of 1 year of experience providing RSC to others, and its Emerging status allows 2 years to earn the missing requirements.]",
        Says = "PART 2 is read as 1 year of experience providing RS/C, the one published figure; the 2-year limit belongs to another credential and is not checked (decision 3)")]
    [Note("[A further requirement on RSC PROVIDED was not available in the pages compiled.]", Says = "read as the same evidence as PART 2; no hour count is checked (decision 3)")]
    [Experience(1, Where = [WorkTag.ProvidingReflectiveSupervision], Matching = [typeof(AgeBand)])]
    public Requirement ReflectiveSupervisionExperience { get; init; }

    /// <summary>24 clock hours received within 1 to 2 years from FRS, MHS or MHM-C providers, the majority from one; no degree milestone (decisions 4, 6, 8).</summary>
    [Requirement("reflectiveSupervision", "Reflective supervision/consultation received")]
    [Source("Reflective Supervision/Consultation: RECEIVED: Minimum of 24 hours of relationship-focused reflective supervision/consultation received.")]
    [Source("Endorsement® candidates are expected to have received the majority of the required hours from just one source, with the balance coming from no more than one other source.")]
    [Source("Peer supervision (colleagues meeting together without an identified supervisor/consultant to guide the reflective process) does not meet the RSC criteria for Endorsement®, even if one of the peers has earned Endorsement®.")]
    [Source("The applicant must have been providing services, or supervising staff who provide services, to children of the category's age group and their families at the time the RSC was received.")]
    [Source("A provider of RSC must be endorsed in a qualifying category.")]
    [Note("It allows them to begin providing qualifying hours of RSC to I/ECFS and I/ECFRS endorsees and applicants while they obtain the qualifications and experience.",
        Says = "the providers are those of I/ECFS (decision 6); the window of 1 to 2 years and the majority rule apply as for every other RS/C minimum (decision 4)")]
    [MinHours(24, Evidence = Evidence.Sessions, Where = [SessionKind.Reflective, SessionTag.RelationshipBased | SessionTag.WhileServing],
        Matching = [typeof(AgeBand)], WithinYears = 2, MinSpanYears = 1,
        ProviderEndorsedIn = ["IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"], MaxProviders = 2, MajorityFromOne = true)]
    public Requirement ReflectiveSupervision { get; init; }

    /// <summary>One year of leadership in the band: leadership work, or providing RS/C, paid or unpaid (decision 17).</summary>
    [Requirement("leadership", "Leadership experience")]
    [Source("Leadership Experience: A minimum of 1 year of leadership activities/experiences at the local, regional or state level (IFRS: specific to work with or on behalf of infants/toddlers; ECFRS: specific to work with or on behalf of 3 to 6 year olds).")]
    [Source("This may include supervision or mentorship of professionals (paid or unpaid).")]
    [Experience(1, Where = [WorkKind.Leadership], OrWhere = [WorkTag.ProvidingReflectiveSupervision], Matching = [typeof(AgeBand)])]
    public Requirement Leadership { get; init; }

    /// <summary>The I/ECFS list, item 3 also a supervisee or consultee (decision 15).</summary>
    [Requirement("references", "Professional reference ratings")]
    [Source("Professional Reference Ratings: Total of three ratings.")]
    [Source("At least one reference rating must come from someone who has earned Endorsement® as IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM.")]
    [Source("A reference rating cannot be counted if the rater answers \"I do not have enough information to rate/comment\" 6 or more times.")]
    [Note("[The list was not available in the pages compiled.]",
        Says = "the I/ECFS list is used, and the third rating may also come from a supervisee or consultee (decision 15)")]
    [Ratings(3)]
    [RatingItem(1, Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant])]
    [RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]
    [RatingItem(3, Where = [RaterRole.Supervisor | RaterRole.Teacher | RaterRole.Trainer | RaterRole.Consultant | RaterRole.Colleague | RaterRole.Supervisee | RaterRole.Consultee])]
    [EndorsedRater("IFS", "ECFS", "IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM", "ECMHM")]
    public Requirement References { get; init; }

    /// <summary>No written examination.</summary>
    [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
    [Source("Documentation of Competencies: Written examination is not required for I/ECFRS Endorsement®.")]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in the association or another infant mental health association.")]
    [Membership(Where = [MembershipTag.ImhAssociation])]
    public Requirement Membership { get; init; }

    /// <summary>12 clock hours a year from the FRS provider set, reported but not blocking (decision 22).</summary>
    [Continuing("continuingReflectiveSupervision", "Annual reflective supervision/consultation", Obligation = Obligation.Optional)]
    [Source("The provider of RSC must be endorsed.")]
    [Note("[First3Years (Texas) and ITMHCA (Arizona) also require the 12 hours from Infant Family Reflective Supervisor endorsees; MI-AIMH and First 5 Alabama do not name that category.]",
        Says = "most sources omit the category: the 12 hours are reported but do not block the renewal (decision 22)")]
    [UnlessNewApplication]
    [MinHours(12, Evidence = Evidence.Sessions, InRenewalYear = true, Where = [SessionKind.Reflective, SessionTag.RelationshipBased],
        ProviderEndorsedIn = ["IFRS", "ECFRS", "IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"])]
    public Requirement ContinuingReflectiveSupervision { get; init; }

    /// <summary>An Emerging holder's renewal shows PART 2 again, as of 31 December, without blocking.</summary>
    [Continuing("reflectiveSupervisionExperience", "1 year of experience providing reflective supervision/consultation (PART 2)", Obligation = Obligation.Optional)]
    [Source("Emerging is an option for applicants who do not YET meet all of the requirements for I/ECFRS Endorsement® but who are well on their way.")]
    [UnlessNewApplication]
    [WhenProvisional]
    [SameAs(typeof(FamilyReflectiveSupervisor), nameof(ReflectiveSupervisionExperience))]
    public Requirement EmergingExperience { get; init; }
}

/// <summary>Infant Family Reflective Supervisor (infant band).</summary>
[Level("IFRS", "Infant Family Reflective Supervisor", Facets = [AgeBand.Infant, ExamVersion.Imh])]
[Provisional("emerging", "Emerging", Waives = ["reflectiveSupervisionExperience"],
    Says = "you may provide qualifying reflective supervision/consultation to Infant/Early Childhood Family Specialists and Family Reflective Supervisors and are otherwise considered endorsed as {level} while you complete: {waived}")]
public sealed partial record Ifrs : FamilyReflectiveSupervisor;

/// <summary>Early Childhood Family Reflective Supervisor (early childhood band).</summary>
[Level("ECFRS", "Early Childhood Family Reflective Supervisor", Facets = [AgeBand.EarlyChildhood, ExamVersion.Ecmh])]
[Provisional("emerging", "Emerging", Waives = ["reflectiveSupervisionExperience"],
    Says = "you may provide qualifying reflective supervision/consultation to Infant/Early Childhood Family Specialists and Family Reflective Supervisors and are otherwise considered endorsed as {level} while you complete: {waived}")]
public sealed partial record Ecfrs : FamilyReflectiveSupervisor;
