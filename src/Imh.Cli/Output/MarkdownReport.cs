using System.Collections.Immutable;
using System.Text;
using Imh.Dsl.Reports;

namespace Imh.Cli.Output;

/// <summary>The report as Markdown: a table per level (requirement | status | evidence | missing), the evidence left out, and the summary.</summary>
internal static class MarkdownReport
{
    /// <summary>Initial endorsement.</summary>
    public static string Check(Catalog catalog, string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports, bool isAll)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(applicant)).Append(": initial endorsement as of ").Append(JsonReport.IsoDate(asOf)).Append('\n');
        foreach (LevelReport report in reports)
        {
            AppendLevel(md, $"Level {report.LevelId}: {report.LevelName}", report.Eligible ? "eligible" : "not yet eligible", report.Requirements, report.Ignored);
        }

        md.Append("\n## Summary\n\n");
        IEnumerable<LevelReport> toReach;
        if (isAll)
        {
            LevelReport? highest = reports.LastOrDefault(r => r.Eligible);
            md.Append(highest is null ? "Not yet eligible for any level." : $"Eligible for {ReportWording.Level(highest.LevelId, highest.LevelName)}.").Append('\n');
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
            string level = ReportWording.Level(only.LevelId, only.LevelName);
            md.Append(only.Eligible ? $"Eligible for {level}." : $"Not yet eligible for {level}.").Append('\n');
            toReach = only.Eligible ? [] : [only];
        }

        foreach (LevelReport report in toReach)
        {
            md.Append("\nFor ").Append(report.LevelId).Append(" you still need:\n\n");
            AppendStillNeeded(md, report.Requirements);
        }

        return md.ToString();
    }

    /// <summary>Continuing endorsement for a year.</summary>
    public static string Renewal(RenewalReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(report.Applicant)).Append(": continuing endorsement for ").Append(report.Year).Append('\n');
        AppendLevel(md, $"Renewal of Level {report.LevelId}: {report.LevelName}", report.Eligible ? "met" : "not yet met", report.Requirements, report.Ignored);
        string level = ReportWording.Level(report.LevelId, report.LevelName);
        md.Append("\n## Summary\n\n");
        if (report.Eligible)
        {
            md.Append("Renewal requirements for ").Append(report.Year).Append(" met for ").Append(level).Append(".\n");
        }
        else
        {
            md.Append("Renewal requirements for ").Append(report.Year).Append(" not yet met for ").Append(level).Append(". Still needed:\n\n");
            AppendStillNeeded(md, report.Requirements);
        }

        return md.ToString();
    }

    private static void AppendLevel(StringBuilder md, string heading, string verdict, ImmutableArray<RequirementResult> requirements, ImmutableArray<string> ignored)
    {
        md.Append("\n## ").Append(Inline(heading)).Append(" (").Append(verdict).Append(")\n\n");
        md.Append("| requirement | status | evidence | missing |\n");
        md.Append("|---|---|---|---|\n");
        foreach (RequirementResult r in requirements)
        {
            md.Append("| ").Append(Cell(ReportWording.Title(r)))
                .Append(" | ").Append(Status(r.Status))
                .Append(" | ").Append(Cell(r.Detail))
                .Append(" | ").Append(r.Status == RequirementStatus.NotMet ? Cell(r.Missing ?? "") : "")
                .Append(" |\n");
        }

        if (!ignored.IsDefaultOrEmpty)
        {
            md.Append("\nNot counted:\n\n");
            foreach (string note in ignored)
            {
                md.Append("- ").Append(Inline(note)).Append('\n');
            }
        }
    }

    private static void AppendStillNeeded(StringBuilder md, ImmutableArray<RequirementResult> requirements)
    {
        foreach (RequirementResult r in ReportWording.Unmet(requirements))
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

    private static string Inline(string text) => text.ReplaceLineEndings(" ");
}
