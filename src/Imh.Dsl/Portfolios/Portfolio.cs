using System.Collections.Immutable;

namespace Imh.Dsl.Portfolios;

/// <summary>
/// The evidence an applicant submits. The language gives its structure (entries with dates,
/// hours, providers, raters); the catalog's words each entry carries are in <see cref="Entry.Words"/>.
/// Instances come from <c>PortfolioReader</c>, which rejects bad input before anything is
/// evaluated, or are built in code and checked with <c>PortfolioReader.Check</c>.
/// </summary>
public sealed class Portfolio
{
    /// <summary>The format version the file declared, if it did.</summary>
    public int? SchemaVersion { get; init; }

    /// <summary>Who the portfolio belongs to.</summary>
    public Applicant Applicant { get; init; } = new();

    /// <summary>Facts about the applicant: the catalog's applicant flags.</summary>
    public EntryWords Words { get; init; }

    /// <summary>The date the application this portfolio supports was submitted, if given (format version 2).</summary>
    public DateOnly? ApplicationDate { get; init; }

    /// <summary>Degrees, certificates and other credentials.</summary>
    public IReadOnlyList<Credential> Credentials { get; init; } = [];

    /// <summary>Education and training entries, in clock hours.</summary>
    public IReadOnlyList<TrainingEntry> Training { get; init; } = [];

    /// <summary>Work experience entries.</summary>
    public IReadOnlyList<WorkEntry> Work { get; init; } = [];

    /// <summary>Supervision or consultation sessions received.</summary>
    public IReadOnlyList<Session> Sessions { get; init; } = [];

    /// <summary>Reference ratings.</summary>
    public IReadOnlyList<ReferenceRating> References { get; init; } = [];

    /// <summary>Association memberships.</summary>
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>Every signature of a document, in the order given.</summary>
    public IReadOnlyList<Signature> Signatures { get; init; } = [];

    /// <summary>Examination and review results.</summary>
    public IReadOnlyList<AssessmentResult> Assessments { get; init; } = [];

    /// <summary>The endorsements held (format version 1 holds at most one).</summary>
    public IReadOnlyList<HeldEndorsement> Endorsements { get; init; } = [];
}

/// <summary>The applicant's identity.</summary>
public sealed class Applicant
{
    /// <summary>Required, non-empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>Optional identifier.</summary>
    public string? Id { get; init; }
}

/// <summary>An entry of a list: the catalog's words it carries.</summary>
public abstract class Entry
{
    /// <summary>The flags and enumerated values of the catalog this entry carries.</summary>
    public EntryWords Words { get; init; }

    /// <summary>The numbers this entry gives (catalog numeric properties).</summary>
    public ImmutableArray<EntryNumber> Numbers { get; init; } = [];
}

/// <summary>A degree, certificate or other credential; its type is one of the catalog's words.</summary>
public sealed class Credential : Entry
{
    /// <summary>E.g. MSW, PhD, CDA.</summary>
    public string? Title { get; init; }

    /// <summary>Field of study.</summary>
    public string? Field { get; init; }

    /// <summary>Award date.</summary>
    public DateOnly Awarded { get; init; }
}

/// <summary>An education or training entry.</summary>
public sealed class TrainingEntry : Entry
{
    /// <summary>When it took place.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Clock hours, &gt; 0 and &lt;= 200.</summary>
    public decimal Hours { get; init; }

    /// <summary>Title of the training.</summary>
    public string Title { get; init; } = "";
}

/// <summary>A work experience entry.</summary>
public sealed class WorkEntry : Entry
{
    /// <summary>The role held (required).</summary>
    public string Role { get; init; } = "";

    /// <summary>The employer.</summary>
    public string? Employer { get; init; }

    /// <summary>First day, inclusive.</summary>
    public DateOnly Start { get; init; }

    /// <summary>Last day, inclusive; null means ongoing.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Full-time equivalent, 0 &lt; fte &lt;= 1.</summary>
    public decimal Fte { get; init; } = 1m;
}

/// <summary>A supervision or consultation session received.</summary>
public sealed class Session : Entry
{
    /// <summary>Session date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Clock hours, &gt; 0 and &lt;= 24.</summary>
    public decimal Hours { get; init; }

    /// <summary>Who provided it.</summary>
    public string Provider { get; init; } = "";

    /// <summary>The level ids (canonical) the provider held on the session date (format version 2).</summary>
    public ImmutableArray<string> ProviderEndorsements { get; init; } = [];
}

/// <summary>A reference rating.</summary>
public sealed class ReferenceRating : Entry
{
    /// <summary>The rater's name.</summary>
    public string Rater { get; init; } = "";

    /// <summary>The level ids (canonical) the rater holds; empty when not endorsed.</summary>
    public ImmutableArray<string> RaterEndorsements { get; init; } = [];
}

/// <summary>Membership of an association over a period.</summary>
public sealed class Membership : Entry
{
    /// <summary>Association name.</summary>
    public string Organization { get; init; } = "";

    /// <summary>First day covered.</summary>
    public DateOnly From { get; init; }

    /// <summary>Last day covered.</summary>
    public DateOnly To { get; init; }
}

/// <summary>A document signed on a date.</summary>
/// <param name="Document">The catalog's document (a member of its documents enum).</param>
/// <param name="Date">When it was signed.</param>
public sealed record Signature(Enum Document, DateOnly Date);

/// <summary>The result of an examination or review.</summary>
public sealed class AssessmentResult : Entry
{
    /// <summary>Which assessment (a member of the catalog's assessments enum).</summary>
    public required Enum Assessment { get; init; }

    /// <summary>Passed.</summary>
    public bool Passed { get; init; }

    /// <summary>When it was taken, if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The level or track id (canonical) it was taken for, if given (format version 2).</summary>
    public string? Level { get; init; }
}

/// <summary>An endorsement the applicant holds.</summary>
public sealed class HeldEndorsement
{
    /// <summary>The level or track id (canonical).</summary>
    public string Level { get; init; } = "";

    /// <summary>Held since (the award date).</summary>
    public DateOnly Since { get; init; }

    /// <summary>The id of a provisional outcome it was awarded with (e.g. <c>emerging</c>); null when fully endorsed.</summary>
    public string? Provisional { get; init; }

    /// <summary>The date the application for it was submitted, if given.</summary>
    public DateOnly? Applied { get; init; }
}
