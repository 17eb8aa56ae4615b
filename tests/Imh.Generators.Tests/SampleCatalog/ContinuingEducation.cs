// A small credential that is not MI-AIMH, declared with the same language: the generator must
// serve any association's catalog without knowing it.
[assembly: Catalog("ContinuingEducation", Namespace = "Imh.Generators.Tests.SampleCatalog")]

namespace Imh.Generators.Tests.SampleCatalog;

/// <summary>Practitioner: 20 hours of approved training within one year, and two references.</summary>
[Level("P", "Practitioner", Rank = 1)]
public sealed partial record Practitioner
{
    /// <summary>Hours.</summary>
    [Requirement("hours", "Approved training")]
    [Source("20 hours of approved training within one year.")]
    [MinHours(20, Where = EvidenceFilter.Approved, WithinYears = 1)]
    public Requirement Hours { get; init; }

    /// <summary>References.</summary>
    [Requirement("references", "References")]
    [Source("Two references from colleagues or supervisors.")]
    [Ratings(2, Roles = RaterRoles.Colleague | RaterRoles.Supervisor)]
    public Requirement References { get; init; }

    /// <summary>Renewal.</summary>
    [Continuing("renewalHours", "Annual training")]
    [Source("5 hours each year.")]
    [MinHours(5, InRenewalYear = true)]
    public Requirement RenewalHours { get; init; }
}

/// <summary>Senior practitioner: the practitioner's rules with more hours, and a supervisor's reference.</summary>
[Level("S", "Senior practitioner", Rank = 2)]
public sealed partial record SeniorPractitioner
{
    /// <summary>Hours.</summary>
    [Requirement("hours", "Approved training")]
    [Source("40 hours of approved training within two years.")]
    [MinHours(40, Where = EvidenceFilter.Approved, WithinYears = 2)]
    public Requirement Hours { get; init; }

    /// <summary>References.</summary>
    [Requirement("references", "References")]
    [Source("One from a current supervisor, one from a colleague.")]
    [Ratings(2)]
    [RatingItem(1, Current = true, Roles = RaterRoles.Supervisor)]
    [RatingItem(2, Roles = RaterRoles.Colleague)]
    public Requirement References { get; init; }
}
