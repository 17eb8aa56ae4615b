using System.Collections.Immutable;
using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

/// <summary>
/// The report for a person: per level a heading, one entry per requirement (mark, title, evidence,
/// what is missing), the evidence left out, then a closing summary. The words never depend on where
/// the output goes; only colour does (a terminal, without <c>NO_COLOR</c>). One report per instance.
/// </summary>
internal sealed partial class TextReport
{
    private const int Width = 100;
    private const string Indent = "      ";

    private readonly bool _color;
    private readonly StringBuilder _text = new();

    /// <summary>A report, coloured or plain.</summary>
    public TextReport(bool color)
    {
        _color = color;
    }

    /// <summary>Initial endorsement: every requested level, then the summary.</summary>
    public string Check(Catalog catalog, string applicant, DateOnly asOf, IReadOnlyList<LevelReport> reports, bool isAll)
    {
        _text.Append(Bold($"{Printable.Escape(applicant)}: initial endorsement as of {Prose.Date(asOf)}")).Append('\n');
        foreach (LevelReport report in reports)
        {
            AppendLevel($"{catalog.Named(report.LevelId)}: {report.LevelName}", Verdict(report), report);
            AppendProvisional(report);
        }

        _text.Append('\n');
        if (isAll)
        {
            AppendAllSummary(catalog, reports);
        }
        else
        {
            AppendSummary(catalog, reports[0]);
        }

        return _text.ToString();
    }

    /// <summary>Continuing endorsement for a year, with the days left in it when <paramref name="today"/> is before its end.</summary>
    public string Renewal(Catalog catalog, RenewalReport report, DateOnly today)
    {
        _text.Append(Bold($"{Printable.Escape(report.Applicant)}: continuing endorsement for {report.Year}")).Append('\n');
        AppendLevel($"Renewal of {catalog.Named(report.LevelId)}: {report.LevelName}", report.Eligible ? Green("met") : Red("not yet met"), report);
        _text.Append('\n');
        string level = ReportWording.Level(catalog, report.LevelId, report.LevelName);
        if (ReportWording.DaysLeft(report.Year, today) is { } left) _text.Append(left).Append('\n');
        if (report.Eligible)
        {
            _text.Append(Green($"Renewal requirements for {report.Year} met for {level}.")).Append('\n');
        }
        else
        {
            _text.Append(Red($"Renewal requirements for {report.Year} not yet met for {level}.")).Append(" Still needed:\n");
            AppendStillNeeded(report.Requirements);
        }

        return _text.ToString();
    }

    private void AppendLevel(string heading, string verdict, LevelReport report)
    {
        _text.Append('\n').Append(Bold(heading)).Append(" — ").Append(verdict).Append('\n');
        foreach (RequirementResult r in report.Requirements)
        {
            _text.Append("  ").Append(Mark(r)).Append(' ').Append(ReportWording.Title(r));
            if (report.Waived.Contains(r.Key)) _text.Append(" (waived for ").Append(report.Outcome.Name).Append(')');
            _text.Append('\n');
            AppendWrapped(r.Detail, "");
            if (r.Review is { } review) AppendWrapped(review, "subject to review: ");
            if (r.Status == RequirementStatus.NotMet && r.Missing is { } missing)
            {
                AppendWrapped(missing, "missing: ");
            }
        }

        foreach (string note in report.Ignored)
        {
            AppendWrapped(note, "not counted: ", "  ");
        }
    }

    private void AppendAllSummary(Catalog catalog, IReadOnlyList<LevelReport> reports)
    {
        LevelReport? highest = reports.LastOrDefault(r => r.Eligible);
        if (highest is null)
        {
            _text.Append(Red($"Not yet eligible for any {ReportWording.LevelWord(catalog)}.")).Append('\n');
        }
        else
        {
            _text.Append(Green($"Eligible for {ReportWording.Level(catalog, highest.LevelId, highest.LevelName)}{ReportWording.Provisional(highest)}.")).Append('\n');
            string others = string.Join(", ", reports.Where(r => r.Eligible && r != highest).Select(r => r.LevelId));
            if (others.Length > 0)
            {
                _text.Append("Also eligible for: ").Append(others).Append(".\n");
            }
        }

        foreach (LevelReport report in ReportWording.StillToReach(catalog, reports))
        {
            _text.Append("\nFor ").Append(report.LevelId).Append(" you still need:\n");
            AppendStillNeeded(report.Requirements);
        }
    }

    private void AppendSummary(Catalog catalog, LevelReport report)
    {
        string level = ReportWording.Level(catalog, report.LevelId, report.LevelName);
        if (report.Eligible)
        {
            _text.Append(Green($"Eligible for {level}{ReportWording.Provisional(report)}.")).Append('\n');
            return;
        }

        _text.Append(Red($"Not yet eligible for {level}.")).Append(" Still needed:\n");
        AppendStillNeeded(report.Requirements);
    }

    private void AppendStillNeeded(ImmutableArray<RequirementResult> requirements)
    {
        foreach (RequirementResult r in ReportWording.Unmet(requirements))
        {
            AppendWrapped(r.Missing ?? r.Detail, $"- {r.Title}: ", "  ", hanging: "    ");
        }
    }

    private string Verdict(LevelReport report)
        => report.Outcome.Id == LevelOutcome.Met.Id ? Green("eligible")
        : report.Eligible ? Yellow(report.Outcome.Name.ToLowerInvariant())
        : Red("not yet eligible");

    // What a provisional outcome allows and what it waives, in the catalog's words.
    private void AppendProvisional(LevelReport report)
    {
        if (ReportWording.ProvisionalSays(report) is { } says) AppendWrapped(says, "", "  ");
    }

    private string Mark(RequirementResult r) => r.Status switch
    {
        RequirementStatus.Met => Green("✓"),
        RequirementStatus.NotMet when r.Required => Red("✗"),
        RequirementStatus.NotMet => Yellow("✗"),
        _ => Dim("–"),
    };

    // Word-wraps at a fixed width (not the terminal's), so the same report reads the same everywhere.
    private void AppendWrapped(string text, string label, string indent = Indent, string? hanging = null)
    {
        hanging ??= indent + new string(' ', label.Length);
        _text.Append(indent).Append(label);
        int column = indent.Length + label.Length;
        bool lineHasWord = false;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && column + 1 + word.Length > Width)
            {
                _text.Append('\n').Append(hanging);
                column = hanging.Length;
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                _text.Append(' ');
                column++;
            }

            _text.Append(word);
            column += word.Length;
            lineHasWord = true;
        }

        _text.Append('\n');
    }

    private string Bold(string s) => Style("1", s);

    private string Green(string s) => Style("32", s);

    private string Red(string s) => Style("31", s);

    private string Yellow(string s) => Style("33", s);

    private string Dim(string s) => Style("2", s);

    private string Style(string sgr, string s) => _color ? $"\u001b[{sgr}m{s}\u001b[0m" : s;
}
