using System.Text.Json.Serialization;

namespace Imh.Benchmarks.Reading;

// The MI-AIMH portfolio format (version 1) as plain classes, for System.Text.Json to bind: what a
// program that deserializes portfolios without checking them against the vocabulary would write.
// Enumerated values stay strings; dates are DateOnly and hours decimal, as in the product's model.

/// <summary>A portfolio file.</summary>
public sealed class PortfolioDto
{
    /// <summary>Format version.</summary>
    public int? SchemaVersion { get; set; }

    /// <summary>Who.</summary>
    public ApplicantDto? Applicant { get; set; }

    /// <summary>Applicant flag.</summary>
    public bool SupervisesOthers { get; set; }

    /// <summary>Applicant flag.</summary>
    public bool ProvidesReflectiveSupervision { get; set; }

    /// <summary>Credentials.</summary>
    public List<CredentialDto> Credentials { get; set; } = [];

    /// <summary>Training.</summary>
    public List<TrainingDto> Training { get; set; } = [];

    /// <summary>Work.</summary>
    public List<WorkDto> Work { get; set; } = [];

    /// <summary>RS/C sessions.</summary>
    public List<SessionDto> ReflectiveSupervision { get; set; } = [];

    /// <summary>References.</summary>
    public List<ReferenceDto> References { get; set; } = [];

    /// <summary>Signed on.</summary>
    public DateOnly? CodeOfEthicsSigned { get; set; }

    /// <summary>Signed on.</summary>
    public DateOnly? EndorsementAgreementSigned { get; set; }

    /// <summary>Written examination.</summary>
    public AssessmentDto? Exam { get; set; }

    /// <summary>Portfolio review.</summary>
    public AssessmentDto? PortfolioReview { get; set; }

    /// <summary>Memberships.</summary>
    public List<MembershipDto> Memberships { get; set; } = [];

    /// <summary>Endorsement held.</summary>
    public EndorsementDto? Endorsement { get; set; }
}

/// <summary>Applicant.</summary>
public sealed class ApplicantDto
{
    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Id.</summary>
    public string? Id { get; set; }
}

/// <summary>Credential.</summary>
public sealed class CredentialDto
{
    /// <summary>Type.</summary>
    public string Type { get; set; } = "";

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Field.</summary>
    public string? Field { get; set; }

    /// <summary>Awarded.</summary>
    public DateOnly Awarded { get; set; }

    /// <summary>Flag.</summary>
    public bool RelatedField { get; set; }

    /// <summary>Flag.</summary>
    public bool OfficialTranscript { get; set; }

    /// <summary>Flag.</summary>
    public bool ImhCoursework { get; set; }
}

/// <summary>Training entry.</summary>
public sealed class TrainingDto
{
    /// <summary>Date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Hours.</summary>
    public decimal Hours { get; set; }

    /// <summary>Title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Flag.</summary>
    public bool Approved { get; set; }

    /// <summary>Flag.</summary>
    public bool RelationshipBased { get; set; }

    /// <summary>Flag.</summary>
    public bool InfantMentalHealth { get; set; }

    /// <summary>Flag.</summary>
    public bool AboutReflectiveSupervision { get; set; }

    /// <summary>Flag.</summary>
    public bool InServiceCoursework { get; set; }
}

/// <summary>Work entry.</summary>
public sealed class WorkDto
{
    /// <summary>Role.</summary>
    public string Role { get; set; } = "";

    /// <summary>Employer.</summary>
    public string? Employer { get; set; }

    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Start.</summary>
    public DateOnly Start { get; set; }

    /// <summary>End.</summary>
    public DateOnly? End { get; set; }

    /// <summary>FTE.</summary>
    public decimal Fte { get; set; } = 1m;

    /// <summary>Flag.</summary>
    public bool Paid { get; set; }

    /// <summary>Flag.</summary>
    public bool Supervised { get; set; }
}

/// <summary>RS/C session.</summary>
public sealed class SessionDto
{
    /// <summary>Date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Hours.</summary>
    public decimal Hours { get; set; }

    /// <summary>Format.</summary>
    public string Format { get; set; } = "";

    /// <summary>Provider.</summary>
    public string Provider { get; set; } = "";

    /// <summary>Flag.</summary>
    public bool ProviderApproved { get; set; }

    /// <summary>Flag.</summary>
    public bool RelationshipBased { get; set; } = true;

    /// <summary>Flag.</summary>
    public bool WhileServing { get; set; } = true;
}

/// <summary>Reference rating.</summary>
public sealed class ReferenceDto
{
    /// <summary>Rater.</summary>
    public string Rater { get; set; } = "";

    /// <summary>Role.</summary>
    public string Role { get; set; } = "";

    /// <summary>Flag.</summary>
    public bool Current { get; set; }

    /// <summary>Flag.</summary>
    public bool ProvidesReflectiveSupervision { get; set; }

    /// <summary>Flag.</summary>
    public bool FamiliarWithImh { get; set; }

    /// <summary>Level id.</summary>
    public string? RaterEndorsement { get; set; }
}

/// <summary>Examination or review.</summary>
public sealed class AssessmentDto
{
    /// <summary>Passed.</summary>
    public bool Passed { get; set; }

    /// <summary>Date.</summary>
    public DateOnly? Date { get; set; }
}

/// <summary>Membership.</summary>
public sealed class MembershipDto
{
    /// <summary>Association.</summary>
    public string Organization { get; set; } = "";

    /// <summary>Flag.</summary>
    public bool ImhAssociation { get; set; }

    /// <summary>From.</summary>
    public DateOnly From { get; set; }

    /// <summary>To.</summary>
    public DateOnly To { get; set; }
}

/// <summary>Endorsement held.</summary>
public sealed class EndorsementDto
{
    /// <summary>Level id.</summary>
    public string Level { get; set; } = "";

    /// <summary>Since.</summary>
    public DateOnly Since { get; set; }
}

/// <summary>Source-generated (reflection-free) binding of <see cref="PortfolioDto"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PortfolioDto))]
public sealed partial class PortfolioDtoContext : JsonSerializerContext;
