using Imh.Dsl;
using Imh.Dsl.Reports;

namespace Imh.Cli.Output;

/// <summary>The words the text and Markdown reports share, so the two say the same thing.</summary>
internal static class ReportWording
{
    /// <summary>A level in a sentence: <c>Level III (Infant Mental Health Specialist)</c>, or <c>Level IV-Policy, Infant Mental Health Mentor (Policy)</c> when the name has its own parentheses.</summary>
    public static string Level(string id, string name) => name.Contains('(', StringComparison.Ordinal) ? $"Level {id}, {name}" : $"Level {id} ({name})";

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
