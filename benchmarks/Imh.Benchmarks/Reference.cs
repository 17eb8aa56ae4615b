using Imh.Dsl.Evaluation;

namespace Imh.Benchmarks;

/// <summary>
/// Plain reference implementations of the two primitives, straight from the rules in
/// <c>requirements.md</c>, so that a benchmark never times a wrong answer: binary search with
/// <see cref="DateOnly.AddMonths"/> for the window, a per-day array for credited days.
/// </summary>
public static class Reference
{
    /// <summary>Throws unless <see cref="HoursWindows.FindBest"/> agrees with the reference.</summary>
    public static void AssertWindow(DatedHours[] sessions, decimal minimumHours, int maximumMonths, int minimumSpanMonths)
    {
        var actual = HoursWindows.FindBest(sessions, minimumHours, maximumMonths, minimumSpanMonths);
        var expected = Window(sessions, minimumHours, maximumMonths, minimumSpanMonths);
        if (actual != expected)
        {
            throw new InvalidOperationException($"window search on {sessions.Length} sessions: {actual}, reference: {expected}");
        }
    }

    /// <summary>Throws unless <see cref="CreditedDays.Compute"/> agrees with the reference.</summary>
    public static void AssertCreditedDays(WorkSpan[] spans, DateOnly notAfter)
    {
        var actual = CreditedDays.Compute(spans, null, notAfter);
        var expected = Credited(spans, notAfter);
        if (actual != expected)
        {
            throw new InvalidOperationException($"credited days of {spans.Length} spans: {actual}, reference: {expected}");
        }
    }

    /// <summary>For each distinct date as the first, every session before first + max months; best by span, then hours, then earliest.</summary>
    public static WindowSearchResult Window(DatedHours[] sessions, decimal minimumHours, int maximumMonths, int minimumSpanMonths)
    {
        if (sessions.Length == 0) return new WindowSearchResult(false, null, Math.Max(0m, minimumHours), false);
        var days = sessions.GroupBy(s => s.Date).Select(g => (Date: g.Key, Hours: g.Sum(s => s.Hours))).OrderBy(d => d.Date).ToArray();
        var prefix = new decimal[days.Length + 1];
        for (int i = 0; i < days.Length; i++) prefix[i + 1] = prefix[i] + days[i].Hours;

        (DateOnly First, DateOnly Last, decimal Hours, bool Span)? best = null;
        bool spanMet = false;
        for (int i = 0; i < days.Length; i++)
        {
            var first = days[i].Date;
            var limit = first.Year + (maximumMonths / 12) + 1 > 9999 ? DateOnly.MaxValue : first.AddMonths(maximumMonths);
            int end = i;
            int lo = i, hi = days.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (days[mid].Date < limit || limit == DateOnly.MaxValue) { end = mid; lo = mid + 1; }
                else hi = mid - 1;
            }

            var last = days[end].Date;
            decimal hours = prefix[end + 1] - prefix[i];
            bool span = minimumSpanMonths <= 0 || (first.Year + (minimumSpanMonths / 12) + 1 <= 9999 && last >= first.AddMonths(minimumSpanMonths).AddDays(-1));
            spanMet |= span;
            if (best is not { } b || (span && !b.Span) || (span == b.Span && hours > b.Hours)) best = (first, last, hours, span);
        }

        var (bestFirst, bestLast, bestHours, bestSpan) = best!.Value;
        bool met = bestSpan && bestHours >= minimumHours;
        return new WindowSearchResult(met, new HoursWindow(bestFirst, bestLast, bestHours), met ? 0m : Math.Max(0m, minimumHours - bestHours), spanMet);
    }

    /// <summary>Sum over days of min(1, FTE active that day), day by day.</summary>
    public static decimal Credited(WorkSpan[] spans, DateOnly notAfter)
    {
        if (spans.Length == 0) return 0m;
        int first = spans.Min(s => s.Start.DayNumber);
        int last = notAfter.DayNumber;
        if (last < first) return 0m;
        var delta = new decimal[last - first + 2];
        foreach (var s in spans)
        {
            int end = Math.Min(s.End.DayNumber, last);
            if (end < s.Start.DayNumber) continue;
            delta[s.Start.DayNumber - first] += s.Fte;
            delta[end + 1 - first] -= s.Fte;
        }

        decimal total = 0m, active = 0m;
        for (int d = 0; d <= last - first; d++)
        {
            active += delta[d];
            total += Math.Min(1m, active);
        }

        return total;
    }
}
