using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imh.Dsl.Reports;

namespace Imh.Cli.Output;

/// <summary>
/// The <c>--format json</c> shapes of cli.md, serialized through a System.Text.Json source-generated
/// context (no reflection, AOT-safe). The records below are the contract: their property order is
/// the order in the output.
/// </summary>
internal static class JsonReport
{
    // The output is read by programs and people, never embedded in HTML: keep "é" and "–" as they are.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>One level: applicant, level, asOf, eligible, requirements, ignored.</summary>
    public static string Level(LevelReport report) => Serialize(LevelOf(report), Context.LevelJson);

    /// <summary>Every level: applicant, asOf, highestEligible, levels.</summary>
    public static string AllLevels(string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports)
        => Serialize(new AllLevelsJson(applicant, IsoDate(asOf), reports.LastOrDefault(r => r.Eligible)?.LevelId, [.. reports.Select(LevelOf)]), Context.AllLevelsJson);

    /// <summary>A renewal: the one-level object with <c>year</c> in place of <c>asOf</c>.</summary>
    public static string Renewal(RenewalReport report)
        => Serialize(new RenewalJson(report.Applicant, report.LevelId, report.Year, report.Eligible, RequirementsOf(report.Requirements), [.. report.Ignored]), Context.RenewalJson);

    /// <summary>The status spelling of the contract.</summary>
    public static string StatusName(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => "met",
        RequirementStatus.NotMet => "notMet",
        RequirementStatus.NotApplicable => "notApplicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LevelJson LevelOf(LevelReport report)
        => new(report.Applicant, report.LevelId, IsoDate(report.AsOf), report.Eligible, RequirementsOf(report.Requirements), [.. report.Ignored]);

    private static List<RequirementJson> RequirementsOf(ImmutableArray<RequirementResult> requirements)
        => [.. requirements.Select(r => new RequirementJson(r.Key, r.Title, r.Required, StatusName(r.Status), r.Detail, r.Missing, r.Source))];

    private static string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        => JsonSerializer.Serialize(value, type) + "\n";
}

/// <summary>A requirement in the report.</summary>
internal sealed record RequirementJson(string Key, string Title, bool Required, string Status, string Detail, string? Missing, string Source);

/// <summary>One level.</summary>
internal sealed record LevelJson(string Applicant, string Level, string AsOf, bool Eligible, List<RequirementJson> Requirements, List<string> Ignored);

/// <summary>A renewal: <c>year</c> in place of <c>asOf</c>.</summary>
internal sealed record RenewalJson(string Applicant, string Level, int Year, bool Eligible, List<RequirementJson> Requirements, List<string> Ignored);

/// <summary>Every level and the highest eligible one.</summary>
internal sealed record AllLevelsJson(string Applicant, string AsOf, string? HighestEligible, List<LevelJson> Levels);

/// <summary>Source-generated serialization of the report shapes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(LevelJson))]
[JsonSerializable(typeof(RenewalJson))]
[JsonSerializable(typeof(AllLevelsJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
