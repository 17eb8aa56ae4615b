using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

/// <summary>
/// The report as Markdown: a table per level (requirement | status | evidence | missing), the evidence
/// left out, and the summary, in the same words as the text report.
/// </summary>
internal static partial class MarkdownReport
{
    /// <summary>Initial endorsement.</summary>
    public static string Check(Catalog catalog, string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports, bool isAll)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(applicant)).Append(": initial endorsement as of ").Append(Prose.Date(asOf)).Append('\n');
        foreach (LevelReport report in reports)
        {
            AppendLevel(md, $"{catalog.Named(report.LevelId)}: {report.LevelName}", Verdict(report), report);
            if (ReportWording.ProvisionalSays(report) is { } says) md.Append('\n').Append(Inline(says)).Append('\n');
        }

        md.Append("\n## Summary\n\n");
        IEnumerable<LevelReport> toReach;
        if (isAll)
        {
            LevelReport? highest = reports.LastOrDefault(r => r.Eligible);
            md.Append(highest is null
                ? $"Not yet eligible for any {ReportWording.LevelWord(catalog)}."
                : $"Eligible for {ReportWording.Level(catalog, highest.LevelId, highest.LevelName)}{ReportWording.Provisional(highest)}.").Append('\n');
            string others = string.Join(", ", reports.Where(r => r.Eligible && r != highest).Select(r => r.LevelId));
            if (others.Length > 0)
            {
                md.Append("Also eligible for: ").Append(others).Append(".\n");
            }

            toReach = ReportWording.StillToReach(catalog, reports);
        }
        else
        {
            LevelReport only = reports[0];
            string level = ReportWording.Level(catalog, only.LevelId, only.LevelName);
            md.Append(only.Eligible ? $"Eligible for {level}{ReportWording.Provisional(only)}." : $"Not yet eligible for {level}.").Append('\n');
            toReach = only.Eligible ? [] : [only];
        }

        foreach (LevelReport report in toReach)
        {
            md.Append("\nFor ").Append(report.LevelId).Append(" you still need:\n\n");
            AppendStillNeeded(md, report);
        }

        return md.ToString();
    }

    /// <summary>Continuing endorsement for a year, with the days left in it when <paramref name="today"/> is before its end.</summary>
    public static string Renewal(Catalog catalog, RenewalReport report, DateOnly today)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(report.Applicant)).Append(": continuing endorsement for ").Append(report.Year).Append('\n');
        AppendLevel(md, $"Renewal of {catalog.Named(report.LevelId)}: {report.LevelName}", report.Eligible ? "met" : "not yet met", report);
        string level = ReportWording.Level(catalog, report.LevelId, report.LevelName);
        md.Append("\n## Summary\n\n");
        if (ReportWording.DaysLeft(report.Year, today) is { } left) md.Append(left).Append("\n\n");
        if (report.Eligible)
        {
            md.Append("Renewal requirements for ").Append(report.Year).Append(" met for ").Append(level).Append(".\n");
        }
        else
        {
            md.Append("Renewal requirements for ").Append(report.Year).Append(" not yet met for ").Append(level).Append(". Still needed:\n\n");
            AppendStillNeeded(md, report);
        }

        return md.ToString();
    }

    private static string Verdict(LevelReport report)
        => ReportWording.IsProvisional(report) ? report.Outcome.Name.ToLowerInvariant()
        : report.Eligible ? "eligible" : "not yet eligible";

    private static void AppendLevel(StringBuilder md, string heading, string verdict, LevelReport report)
    {
        md.Append("\n## ").Append(Inline(heading)).Append(" (").Append(verdict).Append(")\n\n");
        md.Append("| requirement | status | evidence | missing |\n");
        md.Append("|---|---|---|---|\n");
        foreach (RequirementResult r in report.Requirements)
        {
            string title = ReportWording.Title(r) + (report.Waived.Contains(r.Key) ? $" (waived for {report.Outcome.Name})" : "");
            string evidence = r.Review is { } review ? $"{r.Detail} (subject to review: {review})" : r.Detail;
            md.Append("| ").Append(Cell(title))
                .Append(" | ").Append(Status(r.Status))
                .Append(" | ").Append(Cell(evidence))
                .Append(" | ").Append(r.Status == RequirementStatus.NotMet ? Cell(r.Missing ?? "") : "")
                .Append(" |\n");
        }

        if (!report.Ignored.IsDefaultOrEmpty)
        {
            md.Append("\nNot counted:\n\n");
            foreach (string note in report.Ignored)
            {
                md.Append("- ").Append(Inline(note)).Append('\n');
            }
        }
    }

    private static void AppendStillNeeded(StringBuilder md, LevelReport report)
    {
        foreach (RequirementResult r in ReportWording.Unmet(report.Requirements))
        {
            md.Append("- **").Append(Inline(r.Title)).Append("**: ").Append(Inline(r.Missing ?? r.Detail)).Append('\n');
        }
    }

    private static string Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => "✓ met",
        RequirementStatus.NotMet => "✗ not met",
        _ => "– not applicable",
    };

    // Table cells: a pipe would end the cell and a line break the row.
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    // Control characters from a portfolio are shown escaped, never passed to the reader's terminal or renderer.
    private static string Inline(string text) => Printable.Escape(text.ReplaceLineEndings(" "));
}
