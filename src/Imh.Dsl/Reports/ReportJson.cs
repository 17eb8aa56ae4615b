using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imh.Dsl.Reports;

/// <summary>
/// The JSON contract of reports (cli.md, "--format json"): the shapes every program that reads
/// Imh's reports relies on, serialized through a source-generated context (no reflection, AOT-safe).
/// The command line and a web service write exactly these, so they give the same bytes for the same report.
/// </summary>
public static class ReportJson
{
    // Read by programs and people, never embedded in HTML: keep "é" and "–" as they are.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // One object per line, for JSON Lines.
    private static readonly ReportJsonContext Compact = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    });

    /// <summary>The serializer options of the contract (camelCase, indented, <c>\n</c>, relaxed escaping), for hosts that serialize the shapes themselves.</summary>
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>
    /// The source-generated type information of the contract's shapes, for a host's own serializer options
    /// (e.g. ASP.NET Core's, so an OpenAPI document describes the shapes without reflection).
    /// </summary>
    public static System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver TypeInfo => Context;

    /// <summary>One level as its JSON object.</summary>
    public static LevelJson Level(LevelReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new LevelJson(report.Applicant, report.LevelId, Prose(report.AsOf), report.Eligible, report.Outcome.Id,
            [.. report.Waived], [.. report.NeedsReview], Requirements(report), [.. report.Ignored]);
    }

    /// <summary>A renewal as its JSON object: the one-level object with <c>year</c> in place of <c>asOf</c>.</summary>
    public static RenewalJson Renewal(RenewalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RenewalJson(report.Applicant, report.LevelId, report.Year, report.Eligible, report.Outcome.Id,
            [.. report.Waived], [.. report.NeedsReview], Requirements(report), [.. report.Ignored]);
    }

    /// <summary>
    /// Every level of a catalog as one object: with <c>highestEligible</c> (the last eligible level)
    /// when the catalog is ranked, and <c>eligibleLevels</c> in catalog order.
    /// </summary>
    public static object AllLevels(Catalog catalog, string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(reports);
        var levels = reports.Select(Level).ToList();
        var eligible = reports.Where(r => r.Eligible).Select(r => r.LevelId).ToList();
        return catalog.IsRanked
            ? new RankedLevelsJson(applicant, Prose(asOf), reports.LastOrDefault(r => r.Eligible)?.LevelId, eligible, levels)
            : new LevelsJson(applicant, Prose(asOf), eligible, levels);
    }

    /// <summary>Several renewals of one year (every endorsement held).</summary>
    public static RenewalsJson Renewals(string applicant, int year, IReadOnlyList<RenewalReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new RenewalsJson(applicant, year, [.. reports.Select(Renewal)]);
    }

    /// <summary>A plan (<c>imh plan</c>): one level, or every level of the catalog.</summary>
    public static object Plans(string applicant, DateOnly asOf, IReadOnlyList<Planning.LevelPlan> plans, bool all)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return all ? new PlansJson(applicant, Prose(asOf), [.. plans.Select(p => PlanJson.Of(p, applicant))]) : PlanJson.Of(plans[0], applicant);
    }

    /// <summary>The status spelling of the contract.</summary>
    public static string StatusName(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => "met",
        RequirementStatus.NotMet => "notMet",
        RequirementStatus.NotApplicable => "notApplicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A contract object as its text: indented, <c>\n</c> line endings, ending with a newline.</summary>
    public static string Write(object shape) => Write(shape, Context);

    /// <summary>A contract object on one line (JSON Lines), ending with a newline.</summary>
    public static string WriteLine(object shape) => Write(shape, Compact);

    private static string Write(object shape, ReportJsonContext context) => shape switch
    {
        LevelJson l => Serialize(l, context.LevelJson),
        RenewalJson r => Serialize(r, context.RenewalJson),
        RankedLevelsJson a => Serialize(a, context.RankedLevelsJson),
        LevelsJson a => Serialize(a, context.LevelsJson),
        RenewalsJson r => Serialize(r, context.RenewalsJson),
        CatalogJson c => Serialize(c, context.CatalogJson),
        PlanJson p => Serialize(p, context.PlanJson),
        PlansJson p => Serialize(p, context.PlansJson),
        _ => throw new ArgumentException($"{shape.GetType().Name} is not a shape of the report contract.", nameof(shape)),
    };

    private static List<RequirementJson> Requirements(LevelReport report)
        => [.. report.Requirements.Select(r => new RequirementJson(r.Key, r.Title, r.Required, StatusName(r.Status), r.Detail, r.Missing, r.Source, r.Review,
            r.Advice is { } advice ? AdviceJson.From(advice, report.Definition.Vocabulary) : null))];

    private static string Prose(DateOnly date) => Evaluation.Prose.Date(date);

    private static string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";
}

/// <summary>A requirement in a report; <c>advice</c> is what <c>missing</c> says as data (null when met or when a rule does not advise).</summary>
public sealed record RequirementJson(string Key, string Title, bool Required, string Status, string Detail, string? Missing, string Source, string? Review,
    AdviceJson? Advice);

/// <summary>One level.</summary>
public sealed record LevelJson(string Applicant, string Level, string AsOf, bool Eligible, string Outcome, List<string> Waived, List<string> NeedsReview,
    List<RequirementJson> Requirements, List<string> Ignored);

/// <summary>A renewal: <c>year</c> in place of <c>asOf</c>.</summary>
public sealed record RenewalJson(string Applicant, string Level, int Year, bool Eligible, string Outcome, List<string> Waived, List<string> NeedsReview,
    List<RequirementJson> Requirements, List<string> Ignored);

/// <summary>Every level of a ranked catalog, and the highest eligible one.</summary>
public sealed record RankedLevelsJson(string Applicant, string AsOf, string? HighestEligible, List<string> EligibleLevels, List<LevelJson> Levels);

/// <summary>Every level (category) of a catalog that is not a ladder.</summary>
public sealed record LevelsJson(string Applicant, string AsOf, List<string> EligibleLevels, List<LevelJson> Levels);

/// <summary>Every renewal of one year.</summary>
public sealed record RenewalsJson(string Applicant, int Year, List<RenewalJson> Renewals);

/// <summary>Source-generated serialization of the report contract (internal: its generated members are not API; <see cref="ReportJson.TypeInfo"/> serves it).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(LevelJson))]
[JsonSerializable(typeof(RenewalJson))]
[JsonSerializable(typeof(RankedLevelsJson))]
[JsonSerializable(typeof(LevelsJson))]
[JsonSerializable(typeof(RenewalsJson))]
[JsonSerializable(typeof(CatalogJson))]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(PlansJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
