using System.Collections.Immutable;
using System.Numerics;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Planning;

/// <summary>The cheapest way found to meet a minimum of hours by adding hours from a day on.</summary>
/// <param name="Start">The first day of the window the hours join (an entry's date, or the first day new hours may have).</param>
/// <param name="Deadline">The last day the new hours may be dated; null for none.</param>
/// <param name="Existing">The hours already in the chosen set.</param>
/// <param name="Sources">The sources of the chosen set (empty for a new window).</param>
/// <param name="Source">The source the new hours come from; -1 for any (a new window, or sources that do not matter).</param>
/// <param name="Additions">Hours to add per kind of new hours (index into the kinds given), in that order; zeros left out.</param>
/// <param name="Reach">At least one new entry is dated on or after this day (the window's span is short); null when not needed.</param>
/// <param name="StartsWindow">The new hours open a window of their own: one of them is dated on <paramref name="Start"/>.</param>
/// <param name="OneMoreEntry">The hours are there but the span is short: one more entry, of any hours, dated from <paramref name="Reach"/>.</param>
public sealed record HourPlan(DateOnly Start, DateOnly? Deadline, decimal Existing, ImmutableArray<int> Sources, int Source,
    ImmutableArray<(int Kind, decimal Hours)> Additions, DateOnly? Reach, bool StartsWindow, bool OneMoreEntry)
{
    /// <summary>All the hours to add.</summary>
    public decimal Hours => Additions.Sum(a => a.Hours);
}

/// <summary>
/// The cheapest hours to add, dated from a day on, so that a minimum of hours with its window,
/// span, parts and sources is met (see <see cref="HourSets"/>). Every window that can still take
/// new hours is a candidate: one starting at an entry's date whose maximum has not passed, with
/// each set of sources it may hold, and a new window opened on the first day. For each, the hours
/// missing are computed exactly (the cuts of <see cref="HourParts"/>, the majority, the span), and
/// the candidate needing the fewest hours is chosen; on ties the one leaving the most time.
/// </summary>
/// <remarks>
/// New hours dated on or after every counted entry never change which entries a window holds, so
/// each candidate's existing hours are known and new hours only add to them. With a kind of new
/// hours that counts in every part the hours found are the least possible (every cut rises by
/// what is added); otherwise each short cut is filled in turn, which is enough but may ask more.
/// </remarks>
public static class HourPlans
{
    /// <summary>The smallest amount of hours an entry may have.</summary>
    private const decimal Grain = 0.01m;

    /// <summary>
    /// The cheapest plan, or null when no kind of new hours can fill some part.
    /// </summary>
    /// <param name="entries">The counted entries, all dated on or before <paramref name="from"/> when the rule has a window.</param>
    /// <param name="sources">The number of sources.</param>
    /// <param name="rules">The window, parts, sources and minimum.</param>
    /// <param name="from">The first day new hours may be dated.</param>
    /// <param name="latest">The last day new hours may be dated (the end of a renewal year); null for none.</param>
    /// <param name="kinds">The kinds of new hours that may be added: for each, the mask of the parts it counts in (see <see cref="HourParts"/>).</param>
    public static HourPlan? Cheapest(ReadOnlySpan<SourcedHours> entries, int sources, HourSetRules rules, DateOnly from, DateOnly? latest, IReadOnlyList<int> kinds)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, static (a, b) => a.Date.CompareTo(b.Date));
        HourPlan? best = null;
        foreach (var (start, held) in Candidates(sorted, rules, from))
        {
            foreach (var set in held)
            {
                var plan = Plan(sorted, sources, rules, start, set, from, latest, kinds);
                if (plan is not null && (best is null || Cheaper(plan, best))) best = plan;
            }
        }
        return best;
    }

    // Fewest hours, then no extra entry, then the latest deadline, then the earliest start, then fewer sources.
    private static bool Cheaper(HourPlan a, HourPlan b)
    {
        if (a.Hours != b.Hours) return a.Hours < b.Hours;
        if (a.OneMoreEntry != b.OneMoreEntry) return !a.OneMoreEntry;
        var da = a.Deadline ?? DateOnly.MaxValue;
        var db = b.Deadline ?? DateOnly.MaxValue;
        if (da != db) return da > db;
        if (a.Start != b.Start) return a.Start < b.Start;
        return a.Sources.Length < b.Sources.Length;
    }

    // Each start with the sets of sources it may hold: for an entry's date, every set of up to K
    // sources present in its window with one of those that start it; for a new window, none.
    private static IEnumerable<(DateOnly Start, List<int[]> Sets)> Candidates(SourcedHours[] sorted, HourSetRules rules, DateOnly from)
    {
        var starts = sorted.Select(e => e.Date).Distinct().ToList();
        foreach (var start in starts)
        {
            var limit = rules.MaximumMonths > 0 ? HoursWindows.Shift(start, rules.MaximumMonths) : null;
            if (limit is { } l && l <= from) continue;
            var inWindow = sorted.Where(e => e.Date >= start && (limit is null || e.Date < limit)).ToList();
            var starting = inWindow.Where(e => e.Date == start).Select(e => e.Source).Distinct().Order().ToList();
            var present = inWindow.Select(e => e.Source).Distinct().Order().ToList();
            var sets = new List<int[]>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (int first in starting)
            {
                foreach (var others in Subsets(present.Where(p => p != first).ToList(), Math.Max(0, rules.MaxSources - 1)))
                {
                    int[] set = [.. others.Append(first).Order()];
                    if (seen.Add(string.Join(",", set))) sets.Add(set);
                }
            }
            yield return (start, sets);
        }
        yield return (from, [[]]);
    }

    private static IEnumerable<List<int>> Subsets(List<int> items, int most, int at = 0)
    {
        yield return [];
        if (most == 0) yield break;
        for (int i = at; i < items.Count; i++)
        {
            foreach (var rest in Subsets(items, most - 1, i + 1)) yield return [items[i], .. rest];
        }
    }

    private static HourPlan? Plan(SourcedHours[] sorted, int sources, HourSetRules rules, DateOnly start, int[] set, DateOnly from, DateOnly? latest, IReadOnlyList<int> kinds)
    {
        var parts = rules.Parts;
        var limit = rules.MaximumMonths > 0 ? HoursWindows.Shift(start, rules.MaximumMonths) : null;
        DateOnly? deadline = limit?.AddDays(-1);
        if (latest is { } end && (deadline is null || end < deadline)) deadline = end;
        if (deadline is { } d && d < from) return null;

        var byMask = new decimal[parts.Masks];
        var bySource = new decimal[sources];
        DateOnly? last = null;
        foreach (var e in sorted)
        {
            if (e.Date < start || (limit is { } l && e.Date >= l) || Array.IndexOf(set, e.Source) < 0) continue;
            byMask[e.Parts] += e.Hours;
            bySource[e.Source] += e.Hours;
            last = e.Date;
        }
        decimal existing = bySource.Sum();

        // Fill each short cut in turn with the kind of hours that counts in most of its parts.
        var added = new decimal[kinds.Count];
        foreach (int cut in parts.MasksBySize)
        {
            decimal value = parts.Cut(byMask, cut);
            for (int k = 0; k < kinds.Count; k++) value += (kinds[k] & cut) != 0 ? added[k] : 0;
            decimal deficit = parts.Total - value;
            if (deficit <= 0) continue;
            int kind = Widest(kinds, cut);
            if (kind < 0) return null;
            added[kind] += deficit;
        }

        // One source brings more than half of the minimum: the new hours go to the one with most.
        int source = -1;
        decimal most = 0;
        foreach (int s in set)
        {
            if (source < 0 || bySource[s] > most) (source, most) = (s, bySource[s]);
        }
        if (rules.Majority && most + added.Sum() <= rules.Minimum / 2)
        {
            int kind = Widest(kinds, (1 << parts.Count) - 1);
            if (kind < 0) return null;
            added[kind] += decimal.Floor((rules.Minimum / 2 - most - added.Sum()) / Grain + 1) * Grain;
        }

        DateOnly? reach = null;
        bool fresh = set.Length == 0;
        if (rules.MinimumSpanMonths > 0)
        {
            var span = HoursWindows.Shift(start, rules.MinimumSpanMonths)?.AddDays(-1);
            if (span is null) return null;
            if (last is null || last < span) reach = span < from ? from : span;
            if (reach is { } r && deadline is { } dl && r > dl) return null;
        }
        // A new window needs an entry on its first day and one on or after the span's reach: two entries at least.
        if (fresh && reach is not null && added.Sum() < 2 * Grain)
        {
            int kind = Widest(kinds, (1 << parts.Count) - 1);
            if (kind < 0) return null;
            added[kind] += 2 * Grain - added.Sum();
        }
        var additions = ImmutableArray.CreateBuilder<(int, decimal)>();
        for (int k = 0; k < added.Length; k++)
        {
            if (added[k] > 0) additions.Add((k, added[k]));
        }
        return new HourPlan(start, deadline, existing, [.. set], source, additions.ToImmutable(), reach, fresh && reach is not null, additions.Count == 0 && reach is not null);
    }

    // The kind of new hours whose parts meet the cut in the most parts; -1 when none does.
    private static int Widest(IReadOnlyList<int> kinds, int cut)
    {
        int best = -1;
        for (int k = 0; k < kinds.Count; k++)
        {
            if ((kinds[k] & cut) == 0) continue;
            if (best < 0 || BitOperations.PopCount((uint)kinds[k]) > BitOperations.PopCount((uint)kinds[best])) best = k;
        }
        return best;
    }
}
