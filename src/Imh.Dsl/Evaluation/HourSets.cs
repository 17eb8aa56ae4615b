using System.Collections.Immutable;

namespace Imh.Dsl.Evaluation;

/// <summary>Clock hours on a date from a source (a session's provider), and the parts of a minimum they may count in.</summary>
/// <param name="Date">The entry's date.</param>
/// <param name="Hours">Its clock hours.</param>
/// <param name="Source">The source's index: sources are numbered in the order of their names (0 when sources do not matter).</param>
/// <param name="Parts">The parts the hours may count in, as a mask (see <see cref="HourParts"/>).</param>
public readonly record struct SourcedHours(DateOnly Date, decimal Hours, int Source, int Parts);

/// <summary>How a set of hours is searched: the window, the sources, the parts and the minimum.</summary>
/// <param name="Parts">The parts of the minimum (one part holding everything when the rule has none).</param>
/// <param name="Minimum">The rule's minimum: the majority rule asks one source for more than half of it.</param>
/// <param name="MaximumMonths">The window: entries dated before the first plus this many months; 0 for no window.</param>
/// <param name="MinimumSpanMonths">The last entry on or after the first plus this many months less a day; 0 for no minimum span.</param>
/// <param name="MaxSources">At most this many sources in a set.</param>
/// <param name="Majority">One source must bring more than half of <paramref name="Minimum"/>.</param>
public sealed record HourSetRules(HourParts Parts, decimal Minimum, int MaximumMonths, int MinimumSpanMonths, int MaxSources, bool Majority);

/// <summary>A candidate set of hours: every entry of its sources dated in its window.</summary>
/// <param name="First">The window's first day (the date of the entry that starts it).</param>
/// <param name="Last">The date of the last entry in the set.</param>
/// <param name="Sources">The sources in the set with their hours, in name order.</param>
/// <param name="Hours">All hours in the set.</param>
/// <param name="ByMask">Hours per mask of parts.</param>
/// <param name="Countable">Hours that count once across the parts.</param>
/// <param name="SpanMet">The set spans the minimum span.</param>
/// <param name="MajorityMet">One source brings more than half the minimum (true without the majority rule).</param>
public sealed record HourSet(DateOnly First, DateOnly Last, ImmutableArray<(int Source, decimal Hours)> Sources, decimal Hours,
    ImmutableArray<decimal> ByMask, decimal Countable, bool SpanMet, bool MajorityMet)
{
    /// <summary>The set meets every condition: countable hours, span and majority.</summary>
    public bool Met(HourSetRules rules) => SpanMet && MajorityMet && Countable >= rules.Parts.Total;
}

/// <summary>
/// Finds the set of hours that meets a minimum with parts, a window and rules about its sources
/// ("50 clock hours within 1 to 2 years, at most two providers with more than half from one, 25 of
/// them about the applicant's own provision"). A candidate set is chosen by an entry (its date
/// starts the window) and up to <c>MaxSources</c> sources, one of them that entry's: it holds every
/// entry of those sources dated in the window. Adding entries never breaks a condition, so these
/// sets are enough.
/// </summary>
/// <remarks>
/// After one sort, the window slides over the entries keeping the hours per source and per mask, so
/// each candidate costs the sum of its sources' masks and one <see cref="HourParts.Countable"/>:
/// O(n log n + n · t · s^(K-1) · 4^k) for n entries, s sources in a window, t of them starting it, K
/// sources a set and k parts (only sets holding a starting source are generated).
/// </remarks>
public static class HourSets
{
    /// <summary>
    /// The first candidate that meets every condition (earliest window, then fewer sources, then
    /// sources in name order) or, when none does, the one with most hours (ties the same way); null
    /// when there is no entry. <paramref name="entries"/> may be in any order.
    /// </summary>
    public static (bool Met, HourSet? Set) Find(ReadOnlySpan<SourcedHours> entries, int sources, HourSetRules rules)
    {
        if (entries.IsEmpty) return (false, null);
        var sorted = entries.ToArray();
        Array.Sort(sorted, static (a, b) => a.Date.CompareTo(b.Date));
        var window = new Window(sources, rules.Parts.Masks);
        HourSet? best = null;
        int end = 0;
        for (int start = 0; start < sorted.Length;)
        {
            var first = sorted[start].Date;
            var limit = rules.MaximumMonths > 0 ? HoursWindows.Shift(first, rules.MaximumMonths) : null;
            while (end < sorted.Length && (limit is null || sorted[end].Date < limit)) window.Add(sorted[end++]);

            var starting = new HashSet<int>();
            for (int i = start; i < end && sorted[i].Date == first; i++) starting.Add(sorted[i].Source);
            foreach (var candidate in Candidates(starting, window.Present(), rules.MaxSources))
            {
                var set = window.Set(first, candidate, rules);
                if (set.Met(rules)) return (true, set);
                if (best is null || set.Hours > best.Hours) best = set;
            }

            do window.Remove(sorted[start++]);
            while (start < end && sorted[start].Date == first);
        }
        return (false, best);
    }

    // Sets of up to max present sources holding one that starts the window: by size, then in name (index)
    // order, the order in which combinations of the sources, taken in index order, come.
    private static IEnumerable<int[]> Candidates(HashSet<int> starting, List<int> present, int max)
    {
        var starts = new List<int>();
        for (int i = 0; i < present.Count; i++)
        {
            if (starting.Contains(present[i])) starts.Add(i);
        }
        for (int size = 1; size <= max && size <= present.Count; size++)
        {
            foreach (var set in Sets(present, starts, size, 0, held: false)) yield return set;
        }
    }

    // The sets of size sources of present from index from on, in index order and lexicographic order,
    // that hold a starting source (one at an index in starts) unless the sources before them do (held).
    // The last source of a set that needs one is taken among the starting sources only: with hundreds
    // of providers in a window, a pair is then tried per starting source and other source, not per two
    // sources.
    private static IEnumerable<int[]> Sets(List<int> present, List<int> starts, int size, int from, bool held)
    {
        if (!held && size == 1)
        {
            foreach (int i in starts)
            {
                if (i >= from) yield return [present[i]];
            }
            yield break;
        }
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (int i = from; i <= present.Count - size; i++)
        {
            bool holds = held || starts.BinarySearch(i) >= 0;
            foreach (var rest in Sets(present, starts, size - 1, i + 1, holds)) yield return [present[i], .. rest];
        }
    }

    /// <summary>The entries in the current window, summed per source (hours, hours per mask, count, last date).</summary>
    private sealed class Window(int sources, int masks)
    {
        private readonly decimal[] _hours = new decimal[sources];
        private readonly decimal[,] _byMask = new decimal[sources, masks];
        private readonly int[] _count = new int[sources];
        private readonly DateOnly[] _last = new DateOnly[sources];

        public void Add(SourcedHours e)
        {
            _hours[e.Source] += e.Hours;
            _byMask[e.Source, e.Parts] += e.Hours;
            _count[e.Source]++;
            // Entries arrive in date order, so the latest added is the last of its source.
            _last[e.Source] = e.Date;
        }

        public void Remove(SourcedHours e)
        {
            _hours[e.Source] -= e.Hours;
            _byMask[e.Source, e.Parts] -= e.Hours;
            _count[e.Source]--;
        }

        public List<int> Present()
        {
            var present = new List<int>();
            for (int s = 0; s < _count.Length; s++)
            {
                if (_count[s] > 0) present.Add(s);
            }
            return present;
        }

        public HourSet Set(DateOnly first, int[] sources, HourSetRules rules)
        {
            var byMask = new decimal[masks];
            decimal hours = 0, most = 0;
            DateOnly last = first;
            var bySource = ImmutableArray.CreateBuilder<(int, decimal)>(sources.Length);
            foreach (int s in sources)
            {
                for (int m = 0; m < masks; m++) byMask[m] += _byMask[s, m];
                hours += _hours[s];
                most = Math.Max(most, _hours[s]);
                if (_last[s] > last) last = _last[s];
                bySource.Add((s, _hours[s]));
            }
            // A plain local, not a pattern variable, so Stryker can mutate the condition (docs/mutation.md).
            bool span = true;
            if (rules.MinimumSpanMonths > 0)
            {
                DateOnly? reach = HoursWindows.Shift(first, rules.MinimumSpanMonths);
                span = reach is not null && last >= reach.Value.AddDays(-1);
            }
            bool majority = !rules.Majority || most > rules.Minimum / 2;
            return new HourSet(first, last, bySource.MoveToImmutable(), hours, [.. byMask], rules.Parts.Countable(byMask), span, majority);
        }
    }
}
