using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>A requirement of a level that reads differently from one day to the next.</summary>
/// <param name="Level">The level or track.</param>
/// <param name="Requirement">The requirement's title (as it reads from the effective date when it still exists).</param>
/// <param name="Continuing">A continuing-endorsement (renewal) rule.</param>
/// <param name="Before">The rules the day before, in plain words; "—" when the requirement was not in force.</param>
/// <param name="After">The rules from the effective date; "—" when it is no longer in force.</param>
internal sealed record ChangeRow(LevelDefinition Level, string Requirement, bool Continuing, string Before, string After);

/// <summary>What changes on one effective date.</summary>
/// <param name="Date">The first day the new rules are in force.</param>
/// <param name="Started">Levels and tracks that come into force that day.</param>
/// <param name="Ended">Levels and tracks whose last day was the day before.</param>
/// <param name="Rows">Requirements of levels in force on both days that read differently.</param>
internal sealed record Change(DateOnly Date, IReadOnlyList<LevelDefinition> Started, IReadOnlyList<LevelDefinition> Ended, IReadOnlyList<ChangeRow> Rows);

/// <summary>
/// The catalog's changes: every date on which a rule, requirement, track or level starts or stops
/// being in force, with the catalog as it read the day before and as it reads that day.
/// </summary>
internal static class Changes
{
    public static IReadOnlyList<Change> Of(Catalog catalog)
    {
        var levels = catalog.Levels.Select(l => l.Definition).ToList();
        var changes = new List<Change>();
        foreach (var date in Dates(levels))
        {
            var before = date.AddDays(-1);
            var started = levels.Where(l => !l.Period.Contains(before) && l.Period.Contains(date)).ToList();
            var ended = levels.Where(l => l.Period.Contains(before) && !l.Period.Contains(date)).ToList();
            var rows = new List<ChangeRow>();
            foreach (var level in levels.Where(l => l.Period.Contains(before) && l.Period.Contains(date)))
            {
                rows.AddRange(Compare(level, level.Requirements, continuing: false, before, date));
                rows.AddRange(Compare(level, level.Continuing, continuing: true, before, date));
            }
            if (started.Count + ended.Count + rows.Count > 0) changes.Add(new Change(date, started, ended, rows));
        }
        return changes;
    }

    // A period's bounds as the days on which something starts or stops being in force.
    private static SortedSet<DateOnly> Dates(IEnumerable<LevelDefinition> levels)
    {
        var dates = new SortedSet<DateOnly>();
        void Add(Period period)
        {
            if (period.From is { } from && from > DateOnly.MinValue) dates.Add(from);
            if (period.Until is { } until && until < DateOnly.MaxValue) dates.Add(until.AddDays(1));
        }
        foreach (var level in levels)
        {
            Add(level.Period);
            foreach (var r in level.Requirements.Concat(level.Continuing))
            {
                Add(r.Period);
                for (int i = 0; i < r.Rules.Length; i++) Add(r.RulePeriod(i));
            }
        }
        return dates;
    }

    private static IEnumerable<ChangeRow> Compare(LevelDefinition level, ImmutableArray<RequirementDefinition> requirements, bool continuing, DateOnly before, DateOnly date)
    {
        foreach (var key in requirements.Select(r => r.Key).Distinct(StringComparer.Ordinal))
        {
            var old = InForce(requirements, key, before);
            var now = InForce(requirements, key, date);
            var (oldText, newText) = (Text(old, before), Text(now, date));
            if (oldText == newText) continue;
            yield return new ChangeRow(level, (now.Count > 0 ? now : old)[0].Title, continuing, oldText, newText);
        }
    }

    private static List<RequirementDefinition> InForce(ImmutableArray<RequirementDefinition> requirements, string key, DateOnly day)
        => [.. requirements.Where(r => r.Key == key && r.Period.Contains(day))];

    // The variants in force that day, each as its page's rule column reads, with its obligation.
    private static string Text(List<RequirementDefinition> variants, DateOnly day)
    {
        if (variants.Count == 0) return "—";
        var scope = new DocsScope(day);
        return string.Join(" ", variants.Select(r => r.Obligation switch
        {
            Obligation.Required => scope.Rule(r),
            Obligation.NotRequired => "Not required.",
            _ => $"{DocsScope.ObligationWords(r.Obligation)}: {scope.Rule(r)}",
        }));
    }
}
