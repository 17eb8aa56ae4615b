using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

/// <summary>The words the text and Markdown reports share, so the two say the same thing.</summary>
internal static class ReportWording
{
    /// <summary>
    /// A level in a sentence: <c>Level III (Infant Mental Health Specialist)</c>, or
    /// <c>Level IV-Policy, Infant Mental Health Mentor (Policy)</c> when the name has its own parentheses;
    /// the catalog's noun for a level comes first when it has one.
    /// </summary>
    public static string Level(Catalog catalog, string id, string name)
    {
        string named = catalog.Named(id);
        return name.Contains('(', StringComparison.Ordinal) ? $"{named}, {name}" : $"{named} ({name})";
    }

    /// <summary>What the catalog calls one of its levels in a sentence ("any level", "any category").</summary>
    public static string LevelWord(Catalog catalog) => catalog.LevelNoun.Length == 0 ? "level" : catalog.LevelNoun.ToLowerInvariant();

    /// <summary>" (Emerging)" after a level reached with a provisional outcome; empty otherwise.</summary>
    public static string Provisional(LevelReport report) => IsProvisional(report) ? $" ({report.Outcome.Name})" : "";

    /// <summary>Whether the level was reached with a provisional outcome rather than met in full.</summary>
    public static bool IsProvisional(LevelReport report) => report.Eligible && report.Outcome.Id != LevelOutcome.Met.Id;

    /// <summary>
    /// What a provisional outcome allows, in the catalog's words, and what the applicant must still
    /// complete (the waived requirements with what they lack); null when the outcome is not provisional.
    /// </summary>
    public static string? ProvisionalSays(LevelReport report)
    {
        if (!IsProvisional(report)) return null;
        var waived = report.Requirements.Where(r => report.Waived.Contains(r.Key)).ToList();
        string still = string.Join("; ", waived.Select(r => r.Missing is { } m ? $"{r.Title} ({m})" : r.Title));
        if (report.Definition.Provisional?.Says is not { } template) return $"{report.Outcome.Name}" + (still.Length > 0 ? $" while you complete: {still}." : ".");
        // The catalog's sentence, with the level and what is still missing of the waived requirements put in.
        string says = template.Replace("{level}", report.LevelId, StringComparison.Ordinal);
        says = says.Contains("{waived}", StringComparison.Ordinal)
            ? says.Replace("{waived}", still, StringComparison.Ordinal)
            : says.TrimEnd('.') + (still.Length > 0 ? $" while you complete: {still}" : "");
        return $"{report.Outcome.Name}: {says.TrimEnd('.')}.";
    }

    /// <summary>
    /// "29 days left in 2026 (to 2026-12-31)." when <paramref name="today"/> falls in the renewal year
    /// before its last day, "Last day of 2026." on it; null in any other year.
    /// </summary>
    public static string? DaysLeft(int year, DateOnly today)
    {
        if (today.Year != year) return null;
        var end = new DateOnly(year, 12, 31);
        int left = end.DayNumber - today.DayNumber;
        return left == 0 ? $"This is the last day of {year}." : $"{left} {(left == 1 ? "day" : "days")} left in {year} (to {Prose.Date(end)}).";
    }

    /// <summary>The title with <c>(recommended)</c> or <c>(optional)</c> when the requirement does not block eligibility (unless the title says so already).</summary>
    public static string Title(RequirementResult r) => r.Title + Note(r.Title, r.Obligation);

    /// <summary>The title of a declared requirement, with the same note.</summary>
    public static string Title(string title, Obligation obligation) => title + Note(title, obligation);

    /// <summary>The required requirements that are not met, in declaration order.</summary>
    public static IEnumerable<RequirementResult> Unmet(IEnumerable<RequirementResult> requirements)
        => requirements.Where(r => r.Required && r.Status == RequirementStatus.NotMet);

    /// <summary>
    /// The levels the closing summary of <c>--level all</c> lists as "still needed": those not eligible
    /// and ranked at or above the highest eligible one (all of them when none is eligible).
    /// </summary>
    public static IEnumerable<LevelReport> StillToReach(Catalog catalog, IReadOnlyList<LevelReport> reports)
    {
        int RankOf(LevelReport r) => catalog.FindLevel(r.LevelId)?.Definition.Rank ?? int.MaxValue;
        LevelReport? highest = reports.LastOrDefault(r => r.Eligible);
        int floor = highest is null ? int.MinValue : RankOf(highest);
        return reports.Where(r => !r.Eligible && RankOf(r) >= floor);
    }

    private static string Note(string title, Obligation obligation)
    {
        string note = obligation switch
        {
            Obligation.Recommended => "(recommended)",
            Obligation.Optional => "(optional)",
            Obligation.NotRequired => "(not required)",
            _ => "",
        };
        return note.Length == 0 || title.Contains(note, StringComparison.OrdinalIgnoreCase) ? "" : " " + note;
    }
}
