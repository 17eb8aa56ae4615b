namespace Imh.Dsl.Evaluation;

/// <summary>Clock hours on a date (a training entry or a session).</summary>
public readonly record struct DatedHours(DateOnly Date, decimal Hours);

/// <summary>A window of entries: the first and last dates and the hours in it.</summary>
public readonly record struct HoursWindow(DateOnly First, DateOnly Last, decimal Hours);

/// <summary>Outcome of <see cref="HoursWindows.FindBest"/>.</summary>
/// <param name="Met">Some window meets both the hour minimum and the span rules.</param>
/// <param name="Best">The best window: among windows meeting the minimum span, the one with most hours (earliest on ties); when none meets the span, the one with most hours overall; null when there are no entries.</param>
/// <param name="Shortfall">Hours missing from <paramref name="Best"/> (0 when met).</param>
/// <param name="SpanMet">Some window meets the minimum span.</param>
public readonly record struct WindowSearchResult(bool Met, HoursWindow? Best, decimal Shortfall, bool SpanMet);

/// <summary>
/// Finds the window of dated hours with the most hours: entries count together when the last is
/// earlier than the first plus the maximum (<c>last &lt; first.AddMonths(max)</c>) and, with a
/// minimum span, the last is on or after the first plus the minimum less a day
/// (<c>last &gt;= first.AddMonths(min).AddDays(-1)</c>).
/// </summary>
/// <remarks>
/// Each distinct date starts a candidate window holding every entry dated from it up to the
/// maximum; after one sort, two pointers visit them all, so the search is O(n log n). Sums are
/// exact decimals.
/// </remarks>
public static class HoursWindows
{
    /// <summary>The best window of <paramref name="entries"/> (any order; the span is not modified).</summary>
    public static WindowSearchResult FindBest(ReadOnlySpan<DatedHours> entries, decimal minimumHours, int maximumMonths, int minimumSpanMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumMonths, 1);
        if (entries.IsEmpty) return new WindowSearchResult(false, null, Math.Max(0m, minimumHours), false);

        // Logbooks are usually kept in date order: then the entries are read in place, else a sorted copy.
        ReadOnlySpan<DatedHours> sorted = entries;
        if (!InDateOrder(entries))
        {
            var copy = entries.ToArray();
            copy.AsSpan().Sort(default(ByDate));
            sorted = copy;
        }

        int end = 0;
        decimal sum = 0;
        bool spanMet = false;
        HoursWindow? best = null;
        bool bestMeetsSpan = false;
        for (int start = 0; start < sorted.Length;)
        {
            var first = sorted[start].Date;
            var limit = Shift(first, maximumMonths);
            while (end < sorted.Length && (limit is null || sorted[end].Date < limit))
            {
                sum += sorted[end].Hours;
                end++;
            }
            var last = sorted[end - 1].Date;
            bool meetsSpan = minimumSpanMonths <= 0 || (Shift(first, minimumSpanMonths) is { } span && last >= span.AddDays(-1));
            spanMet |= meetsSpan;

            // A window meeting the span beats one that does not; then the most hours; then the earliest.
            if (best is null || (meetsSpan && !bestMeetsSpan) || (meetsSpan == bestMeetsSpan && sum > best.Value.Hours))
            {
                best = new HoursWindow(first, last, sum);
                bestMeetsSpan = meetsSpan;
            }

            // Move past every entry on this date.
            do
            {
                sum -= sorted[start].Hours;
                start++;
            }
            while (start < end && sorted[start].Date == first);
        }

        bool met = bestMeetsSpan && best!.Value.Hours >= minimumHours;
        return new WindowSearchResult(met, best, met ? 0m : Math.Max(0m, minimumHours - best!.Value.Hours), spanMet);
    }

    /// <summary>Sorts entries by date in place, unless they are in date order already (a logbook usually is).</summary>
    internal static void SortByDate(Span<DatedHours> entries)
    {
        if (!InDateOrder(entries)) entries.Sort(default(ByDate));
    }

    private static bool InDateOrder(ReadOnlySpan<DatedHours> entries)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            if (entries[i].Date < entries[i - 1].Date) return false;
        }
        return true;
    }

    // A struct comparer lets the sort call it directly, not through a delegate.
    private readonly struct ByDate : IComparer<DatedHours>
    {
        public int Compare(DatedHours x, DatedHours y) => x.Date.CompareTo(y.Date);
    }

    /// <summary><paramref name="day"/> plus some months, or null past the last representable date.</summary>
    public static DateOnly? Shift(DateOnly day, int months)
        => day.Year * 12L + day.Month - 1 + months > 9999 * 12 + 11 ? null : day.AddMonths(months);
}
