namespace Imh.Dsl;

/// <summary>
/// Base of every rule attribute. Rules on one requirement must all be met, except those with an
/// <see cref="Alternative"/> label: rules sharing a label form one alternative, and at least one
/// alternative must be met in full ("any of").
/// </summary>
public abstract class RuleAttribute : Attribute
{
    /// <summary>The alternative this rule belongs to, e.g. <c>a</c>; null when the rule is always needed.</summary>
    public string? Alternative { get; set; }
}

/// <summary>Which list a hours rule counts.</summary>
public enum HoursEvidence
{
    /// <summary>Education and training entries.</summary>
    Training,
    /// <summary>Reflective supervision/consultation sessions.</summary>
    ReflectiveSupervision,
}

/// <summary>Flags an entry must carry to count. Training and RS/C flags share one enum.</summary>
[Flags]
public enum EvidenceFilter
{
    /// <summary>No filter.</summary>
    None = 0,
    /// <summary>Relationship-based (training or RS/C).</summary>
    RelationshipBased = 1,
    /// <summary>RS/C received while providing services.</summary>
    WhileServing = 2,
    /// <summary>RS/C from an approved provider.</summary>
    ProviderApproved = 4,
    /// <summary>Specialized infant mental health training.</summary>
    InfantMentalHealth = 8,
    /// <summary>Training about reflective supervision/consultation.</summary>
    AboutReflectiveSupervision = 16,
    /// <summary>Training approved by the organization.</summary>
    Approved = 32,
    /// <summary>Intensive in-service training offered in place of coursework.</summary>
    InServiceCoursework = 64,
}

/// <summary>The date from which entries count: the earliest award of a degree.</summary>
public enum Milestone
{
    /// <summary>No clipping.</summary>
    None,
    /// <summary>On or after the earliest bachelor's degree ("post-bachelor's").</summary>
    Bachelor,
    /// <summary>On or after the earliest master's or doctorate ("post-graduate").</summary>
    Graduate,
}

/// <summary>
/// At least <c>hours</c> clock hours of training or RS/C. With <see cref="WithinYears"/> the hours
/// must fall in one window: last session earlier than first + WithinYears, and (with
/// <see cref="MinSpanYears"/>) on or after first + MinSpanYears - 1 day.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class MinHoursAttribute(double hours) : RuleAttribute
{
    /// <summary>Minimum clock hours (exact to 0.01).</summary>
    public double Hours { get; } = hours;
    /// <summary>Training (default) or RS/C.</summary>
    public HoursEvidence Evidence { get; set; }
    /// <summary>Flags every counted entry must carry.</summary>
    public EvidenceFilter Where { get; set; }
    /// <summary>Flags of which a counted entry must carry at least one.</summary>
    public EvidenceFilter WhereAny { get; set; }
    /// <summary>Maximum window in years (exclusive); 0 for no window.</summary>
    public int WithinYears { get; set; }
    /// <summary>Minimum span of the window in years; 0 for none.</summary>
    public int MinSpanYears { get; set; }
    /// <summary>Count only entries dated on or after this milestone.</summary>
    public Milestone After { get; set; }
    /// <summary>Count only entries dated in the renewal year (continuing rules).</summary>
    public bool InRenewalYear { get; set; }
    /// <summary>Key of the requirement whose hours these are a part of ("at least 3 of the hours").</summary>
    public string? PartOf { get; set; }
}

/// <summary>At least <c>count</c> RS/C sessions.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class MinSessionsAttribute(int count) : RuleAttribute
{
    /// <summary>Minimum number of sessions.</summary>
    public int Count { get; } = count;
    /// <summary>Flags every counted session must carry.</summary>
    public EvidenceFilter Where { get; set; }
    /// <summary>Count only sessions dated in the renewal year.</summary>
    public bool InRenewalYear { get; set; }
}

/// <summary>Kinds of work, as flags.</summary>
[Flags]
public enum WorkKinds
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>Early childhood work.</summary>
    EarlyChildhood = 1,
    /// <summary>Infant- and family-related professional work.</summary>
    InfantFamily = 2,
    /// <summary>Infant mental health services.</summary>
    ImhServices = 4,
    /// <summary>Graduate IMH internship.</summary>
    ImhInternship = 8,
    /// <summary>Practice leader.</summary>
    PracticeLeader = 16,
    /// <summary>Policy leader.</summary>
    PolicyLeader = 32,
    /// <summary>Research/faculty leader.</summary>
    ResearchFacultyLeader = 64,
    /// <summary>Every kind.</summary>
    All = 127,
}

/// <summary>
/// At least <c>years</c> years of work (N x 365 credited days; a day is credited with the summed
/// FTE of qualifying entries active that day, capped at 1).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ExperienceAttribute(int years) : RuleAttribute
{
    /// <summary>Minimum years.</summary>
    public int Years { get; } = years;
    /// <summary>Kinds of work that count.</summary>
    public WorkKinds Kinds { get; set; } = WorkKinds.All;
    /// <summary>Only paid work counts.</summary>
    public bool Paid { get; set; }
    /// <summary>Only supervised work counts.</summary>
    public bool Supervised { get; set; }
    /// <summary>Only the part on or after this milestone counts (entries are clipped, not dropped).</summary>
    public Milestone After { get; set; }
}

/// <summary>Kinds of credential, as flags.</summary>
[Flags]
public enum CredentialTypes
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>Child Development Associate.</summary>
    Cda = 1,
    /// <summary>Associate's degree.</summary>
    Associate = 2,
    /// <summary>Bachelor's degree.</summary>
    Bachelor = 4,
    /// <summary>Master's degree.</summary>
    Master = 8,
    /// <summary>Doctorate.</summary>
    Doctorate = 16,
    /// <summary>University certificate.</summary>
    Certificate = 32,
}

/// <summary>A credential of one of the given types.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class CredentialAttribute(CredentialTypes types) : RuleAttribute
{
    /// <summary>Accepted types.</summary>
    public CredentialTypes Types { get; } = types;
    /// <summary>An official transcript must be included.</summary>
    public bool OfficialTranscript { get; set; }
    /// <summary>The credential must be in a related field.</summary>
    public bool RelatedField { get; set; }
}

/// <summary>
/// Evidence of infant mental health coursework: any credential with IMH coursework, and
/// optionally a certificate program or intensive in-service training standing in for it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ImhCourseworkAttribute : RuleAttribute
{
    /// <summary>A certificate credential counts.</summary>
    public bool AcceptCertificate { get; set; }
    /// <summary>Training marked as in-service coursework counts.</summary>
    public bool AcceptInServiceTraining { get; set; }
}

/// <summary>Roles of reference raters, as flags.</summary>
[Flags]
public enum RaterRoles
{
    /// <summary>None (in a rating item: any role).</summary>
    None = 0,
    /// <summary>Teacher.</summary>
    Teacher = 1,
    /// <summary>CDA mentor.</summary>
    CdaMentor = 2,
    /// <summary>Instructor.</summary>
    Instructor = 4,
    /// <summary>Trainer.</summary>
    Trainer = 8,
    /// <summary>Supervisor.</summary>
    Supervisor = 16,
    /// <summary>Consultant.</summary>
    Consultant = 32,
    /// <summary>Colleague.</summary>
    Colleague = 64,
    /// <summary>Supervisee.</summary>
    Supervisee = 128,
    /// <summary>Consultee.</summary>
    Consultee = 256,
    /// <summary>Department supervisor or chair.</summary>
    DepartmentChair = 512,
    /// <summary>Student.</summary>
    Student = 1024,
}

/// <summary>
/// At least <c>count</c> reference ratings from different raters. With <see cref="Roles"/> a rating
/// counts only if its role is one of them; with <see cref="RatingItemAttribute"/>s the ratings
/// must fill the numbered items instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class RatingsAttribute(int count) : RuleAttribute
{
    /// <summary>How many ratings.</summary>
    public int Count { get; } = count;
    /// <summary>Accepted roles (levels without numbered items).</summary>
    public RaterRoles Roles { get; set; }
}

/// <summary>"At least one of the ratings must be from ...": one rating may meet several such conditions.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class AtLeastOneRatingAttribute : RuleAttribute
{
    /// <summary>Roles (None: any accepted role).</summary>
    public RaterRoles Roles { get; set; }
    /// <summary>The rater currently holds the role.</summary>
    public bool Current { get; set; }
    /// <summary>The rater is the applicant's RS/C provider.</summary>
    public bool ProvidesReflectiveSupervision { get; set; }
}

/// <summary>
/// One way of filling numbered rating item(s). Several attributes for the same item are
/// alternatives; each item must be filled by a different rater (a matching, not a count).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class RatingItemAttribute(params int[] items) : RuleAttribute
{
    /// <summary>The item number(s) this option fills.</summary>
    public int[] Items { get; } = items;
    /// <summary>Roles (None: any role).</summary>
    public RaterRoles Roles { get; set; }
    /// <summary>The rater currently holds the role.</summary>
    public bool Current { get; set; }
    /// <summary>The rater is the applicant's RS/C provider.</summary>
    public bool ProvidesReflectiveSupervision { get; set; }
    /// <summary>The rater is familiar with infant mental health.</summary>
    public bool FamiliarWithImh { get; set; }
    /// <summary>The option is open only when the applicant meets this condition.</summary>
    public ApplicantCondition When { get; set; }
}

/// <summary>At least one counted rating must come from a rater endorsed at one of the given level ids.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class EndorsedRaterAttribute(params string[] levels) : RuleAttribute
{
    /// <summary>Accepted rater endorsement levels.</summary>
    public string[] Levels { get; } = levels;
}

/// <summary>Documents to be signed, as flags.</summary>
[Flags]
public enum Documents
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>Code of ethics statement.</summary>
    CodeOfEthics = 1,
    /// <summary>Endorsement agreement.</summary>
    EndorsementAgreement = 2,
}

/// <summary>The documents are signed on or before the as-of date.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SignedAttribute(Documents documents) : RuleAttribute
{
    /// <summary>The documents.</summary>
    public Documents Documents { get; } = documents;
}

/// <summary>The written examination was passed (on or before the as-of date).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ExamPassedAttribute : RuleAttribute;

/// <summary>The two-level portfolio review was passed.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class PortfolioReviewPassedAttribute : RuleAttribute;

/// <summary>Which day a membership must cover.</summary>
public enum MembershipDate
{
    /// <summary>The as-of date.</summary>
    AsOf,
    /// <summary>31 December of the renewal year.</summary>
    EndOfRenewalYear,
}

/// <summary>A membership of an infant mental health association covering a day.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class MembershipAttribute : RuleAttribute
{
    /// <summary>The day to cover.</summary>
    public MembershipDate Covers { get; set; }
}
