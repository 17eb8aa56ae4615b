using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Imh.Dsl.Reports;

namespace Imh.Cli.Output;

/// <summary>
/// The <c>--format json</c> shapes of cli.md, written by hand with <see cref="Utf8JsonWriter"/> (no
/// reflection, AOT-safe) so the property names and their order are exactly the contract's.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output is read by programs and people, never embedded in HTML: keep "é" and "–" as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One level: applicant, level, asOf, eligible, requirements, ignored.</summary>
    public static string Level(LevelReport report) => Write(w => WriteLevel(w, report));

    /// <summary>Every level: applicant, asOf, highestEligible, levels.</summary>
    public static string AllLevels(string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("applicant", applicant);
        w.WriteString("asOf", IsoDate(asOf));
        w.WriteString("highestEligible", reports.LastOrDefault(r => r.Eligible)?.LevelId);
        w.WriteStartArray("levels");
        foreach (LevelReport report in reports)
        {
            WriteLevel(w, report);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A renewal: the one-level object with <c>year</c> in place of <c>asOf</c>.</summary>
    public static string Renewal(RenewalReport report) => Write(w => WriteLevelObject(
        w, report.Applicant, report.LevelId, x => x.WriteNumber("year", report.Year), report.Eligible, report.Requirements, report.Ignored));

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

    private static void WriteLevel(Utf8JsonWriter w, LevelReport report) => WriteLevelObject(
        w, report.Applicant, report.LevelId, x => x.WriteString("asOf", IsoDate(report.AsOf)), report.Eligible, report.Requirements, report.Ignored);

    private static void WriteLevelObject(
        Utf8JsonWriter w, string applicant, string levelId, Action<Utf8JsonWriter> writeWhen, bool eligible,
        ImmutableArray<RequirementResult> requirements, ImmutableArray<string> ignored)
    {
        w.WriteStartObject();
        w.WriteString("applicant", applicant);
        w.WriteString("level", levelId);
        writeWhen(w);
        w.WriteBoolean("eligible", eligible);
        w.WriteStartArray("requirements");
        foreach (RequirementResult r in requirements)
        {
            w.WriteStartObject();
            w.WriteString("key", r.Key);
            w.WriteString("title", r.Title);
            w.WriteBoolean("required", r.Required);
            w.WriteString("status", StatusName(r.Status));
            w.WriteString("detail", r.Detail);
            w.WriteString("missing", r.Missing);
            w.WriteString("source", r.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("ignored");
        foreach (string note in ignored)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
