namespace Imh.Dsl.Portfolios;

/// <summary>
/// The evidence an applicant submits (portfolio format version 1). Instances are produced by
/// <see cref="PortfolioReader"/>, which rejects bad input before anything is evaluated.
/// </summary>
public sealed class Portfolio
{
    /// <summary>The format version; only 1 (or absent) is accepted.</summary>
    public int? SchemaVersion { get; init; }

    /// <summary>Who the portfolio belongs to.</summary>
    public Applicant Applicant { get; init; } = new();

    /// <summary>The applicant supervises staff (a Level III third rating may come from a supervisee).</summary>
    public bool SupervisesOthers { get; init; }

    /// <summary>The applicant provides reflective supervision/consultation to others.</summary>
    public bool ProvidesReflectiveSupervision { get; init; }

    /// <summary>Degrees, CDA and certificates.</summary>
    public IReadOnlyList<Credential> Credentials { get; init; } = [];

    /// <summary>Education and training entries, in clock hours.</summary>
    public IReadOnlyList<TrainingEntry> Training { get; init; } = [];

    /// <summary>Work experience entries.</summary>
    public IReadOnlyList<WorkEntry> Work { get; init; } = [];

    /// <summary>Reflective supervision/consultation (RS/C) sessions received.</summary>
    public IReadOnlyList<ReflectiveSupervisionSession> ReflectiveSupervision { get; init; } = [];

    /// <summary>Professional reference ratings.</summary>
    public IReadOnlyList<ReferenceRating> References { get; init; } = [];

    /// <summary>When the code of ethics statement was signed, if it was.</summary>
    public DateOnly? CodeOfEthicsSigned { get; init; }

    /// <summary>When the endorsement agreement was signed, if it was.</summary>
    public DateOnly? EndorsementAgreementSigned { get; init; }

    /// <summary>The written examination, if taken.</summary>
    public Exam? Exam { get; init; }

    /// <summary>The two-level portfolio review, if done.</summary>
    public PortfolioReview? PortfolioReview { get; init; }

    /// <summary>Association memberships.</summary>
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>The endorsement held now; needed for renewal.</summary>
    public Endorsement? Endorsement { get; init; }
}

/// <summary>The applicant's identity.</summary>
public sealed class Applicant
{
    /// <summary>Required, non-empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>Optional identifier.</summary>
    public string? Id { get; init; }
}

/// <summary>Kinds of credential.</summary>
public enum CredentialType
{
    /// <summary>Child Development Associate.</summary>
    Cda,
    /// <summary>Associate's degree.</summary>
    Associate,
    /// <summary>Bachelor's degree.</summary>
    Bachelor,
    /// <summary>Master's degree.</summary>
    Master,
    /// <summary>Doctorate.</summary>
    Doctorate,
    /// <summary>University certificate program.</summary>
    Certificate,
}

/// <summary>A degree, CDA or certificate.</summary>
public sealed class Credential
{
    /// <summary>What kind of credential.</summary>
    public CredentialType Type { get; init; }
    /// <summary>E.g. MSW, PhD, CDA.</summary>
    public string? Title { get; init; }
    /// <summary>Optional field of study.</summary>
    public string? Field { get; init; }
    /// <summary>The degree is in an area related to infants and early childhood.</summary>
    public bool RelatedField { get; init; }
    /// <summary>Award date.</summary>
    public DateOnly Awarded { get; init; }
    /// <summary>An official transcript is included.</summary>
    public bool OfficialTranscript { get; init; }
    /// <summary>The program included coursework in the areas named by the Training Guidelines.</summary>
    public bool ImhCoursework { get; init; }
}

/// <summary>An education or training entry.</summary>
public sealed class TrainingEntry
{
    /// <summary>When it took place.</summary>
    public DateOnly Date { get; init; }
    /// <summary>Clock hours, &gt; 0 and &lt;= 200.</summary>
    public decimal Hours { get; init; }
    /// <summary>Title of the training.</summary>
    public string Title { get; init; } = "";
    /// <summary>Relationship-based education on social-emotional development of infants, toddlers and families.</summary>
    public bool RelationshipBased { get; init; }
    /// <summary>Specialized training in infant mental health.</summary>
    public bool InfantMentalHealth { get; init; }
    /// <summary>About reflective supervision/consultation (counts as specialized IMH training too).</summary>
    public bool AboutReflectiveSupervision { get; init; }
    /// <summary>Approved by the organization.</summary>
    public bool Approved { get; init; }
    /// <summary>Intensive in-service training offered in place of coursework.</summary>
    public bool InServiceCoursework { get; init; }
}

/// <summary>Kinds of work experience.</summary>
public enum WorkKind
{
    /// <summary>Infant/early-childhood-related work (child care, early education).</summary>
    EarlyChildhood,
    /// <summary>Infant- and family-related professional work.</summary>
    InfantFamily,
    /// <summary>Culturally sensitive, relationship-focused infant mental health services.</summary>
    ImhServices,
    /// <summary>A graduate internship providing infant mental health services.</summary>
    ImhInternship,
    /// <summary>IMH supervisor, trainer or consultant.</summary>
    PracticeLeader,
    /// <summary>Leader in policy or program administration in the infant/family field.</summary>
    PolicyLeader,
    /// <summary>University teaching or published research in the infant/family field.</summary>
    ResearchFacultyLeader,
}

/// <summary>A work experience entry.</summary>
public sealed class WorkEntry
{
    /// <summary>The role held (required).</summary>
    public string Role { get; init; } = "";
    /// <summary>The employer.</summary>
    public string? Employer { get; init; }
    /// <summary>What kind of work.</summary>
    public WorkKind Kind { get; init; }
    /// <summary>First day, inclusive.</summary>
    public DateOnly Start { get; init; }
    /// <summary>Last day, inclusive; null means ongoing.</summary>
    public DateOnly? End { get; init; }
    /// <summary>Full-time equivalent, 0 &lt; fte &lt;= 1.</summary>
    public decimal Fte { get; init; } = 1m;
    /// <summary>Paid work.</summary>
    public bool Paid { get; init; }
    /// <summary>Supervised work.</summary>
    public bool Supervised { get; init; }
}

/// <summary>Individual or group RS/C.</summary>
public enum SessionFormat
{
    /// <summary>One to one.</summary>
    Individual,
    /// <summary>In a group.</summary>
    Group,
}

/// <summary>A reflective supervision/consultation session received.</summary>
public sealed class ReflectiveSupervisionSession
{
    /// <summary>Session date.</summary>
    public DateOnly Date { get; init; }
    /// <summary>Clock hours, &gt; 0 and &lt;= 24.</summary>
    public decimal Hours { get; init; }
    /// <summary>Individual or group.</summary>
    public SessionFormat Format { get; init; }
    /// <summary>Who provided it.</summary>
    public string Provider { get; init; } = "";
    /// <summary>An approved RS/C provider.</summary>
    public bool ProviderApproved { get; init; }
    /// <summary>Relationship-based (default true).</summary>
    public bool RelationshipBased { get; init; } = true;
    /// <summary>Received while providing services to infants, toddlers and families (default true).</summary>
    public bool WhileServing { get; init; } = true;
}

/// <summary>Roles a reference rater may hold.</summary>
public enum RaterRole
{
    /// <summary>Teacher.</summary>
    Teacher,
    /// <summary>CDA mentor.</summary>
    CdaMentor,
    /// <summary>Instructor.</summary>
    Instructor,
    /// <summary>Trainer.</summary>
    Trainer,
    /// <summary>(Program) supervisor.</summary>
    Supervisor,
    /// <summary>Consultant.</summary>
    Consultant,
    /// <summary>Colleague.</summary>
    Colleague,
    /// <summary>Someone the applicant supervises.</summary>
    Supervisee,
    /// <summary>Someone the applicant consults for.</summary>
    Consultee,
    /// <summary>Department supervisor or chair.</summary>
    DepartmentChair,
    /// <summary>A student taught or supervised by the applicant.</summary>
    Student,
}

/// <summary>A professional reference rating.</summary>
public sealed class ReferenceRating
{
    /// <summary>The rater's name.</summary>
    public string Rater { get; init; } = "";
    /// <summary>The rater's role with the applicant.</summary>
    public RaterRole Role { get; init; }
    /// <summary>The rater currently holds that role with the applicant.</summary>
    public bool Current { get; init; }
    /// <summary>The rater is the applicant's RS/C provider.</summary>
    public bool ProvidesReflectiveSupervision { get; init; }
    /// <summary>The rater's own endorsement level (I, II, III, IV) or null.</summary>
    public string? RaterEndorsement { get; init; }
    /// <summary>(Department chairs) familiar with infant mental health.</summary>
    public bool FamiliarWithImh { get; init; }
}

/// <summary>The written examination.</summary>
public sealed class Exam
{
    /// <summary>Passed.</summary>
    public bool Passed { get; init; }
    /// <summary>When it was taken.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>The two-level portfolio review.</summary>
public sealed class PortfolioReview
{
    /// <summary>Both levels of the review passed.</summary>
    public bool Passed { get; init; }
}

/// <summary>Membership of an association over a period.</summary>
public sealed class Membership
{
    /// <summary>Association name.</summary>
    public string Organization { get; init; } = "";
    /// <summary>The association is an infant mental health association.</summary>
    public bool ImhAssociation { get; init; }
    /// <summary>First day covered.</summary>
    public DateOnly From { get; init; }
    /// <summary>Last day covered.</summary>
    public DateOnly To { get; init; }
}

/// <summary>The endorsement held now.</summary>
public sealed class Endorsement
{
    /// <summary>A level id, e.g. III or IV-Clinical.</summary>
    public string Level { get; init; } = "";
    /// <summary>Held since.</summary>
    public DateOnly Since { get; init; }
}
