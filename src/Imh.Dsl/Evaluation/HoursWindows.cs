using System.Buffers;

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
            Sort(copy);
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
            // The date is taken apart once for both shifts, and dates compare as day numbers.
            first.Deconstruct(out int year, out int month, out int day);
            int limit = ShiftedDayNumber(year, month, day, maximumMonths);
            while (end < sorted.Length && sorted[end].Date.DayNumber < limit)
            {
                sum += sorted[end].Hours;
                end++;
            }
            var last = sorted[end - 1].Date;
            bool meetsSpan = minimumSpanMonths <= 0
                || (ShiftedDayNumber(year, month, day, minimumSpanMonths) is var span && span != Unbounded && last.DayNumber >= span - 1);
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
        if (!InDateOrder(entries)) Sort(entries);
    }

    /// <summary>Entries up to this many are sorted by insertion.</summary>
    internal const int SmallSort = 32;

    /// <summary>
    /// Sorts by date: a few entries by insertion, comparing dates directly; more by their day numbers
    /// as keys, which the library sorts without a comparer (with one, it calls it through a delegate
    /// for every comparison). Entries of one date may come out in any order: every use sums them together.
    /// </summary>
    internal static void Sort(Span<DatedHours> entries)
    {
        if (entries.Length <= SmallSort)
        {
            InsertionSort(entries);
            return;
        }
        int[]? rented = null;
        Span<int> keys = entries.Length <= StackKeys ? stackalloc int[entries.Length] : (rented = ArrayPool<int>.Shared.Rent(entries.Length)).AsSpan(0, entries.Length);
        for (int i = 0; i < entries.Length; i++) keys[i] = entries[i].Date.DayNumber;
        keys.Sort(entries);
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
    }

    // Keys of up to this many entries (4 KB) live on the stack; a longer logbook's are pooled.
    private const int StackKeys = 1024;

    private static void InsertionSort(Span<DatedHours> entries)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            var entry = entries[i];
            int j = i - 1;
            while (j >= 0 && entries[j].Date > entry.Date)
            {
                entries[j + 1] = entries[j];
                j--;
            }
            entries[j + 1] = entry;
        }
    }

    private static bool InDateOrder(ReadOnlySpan<DatedHours> entries)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            if (entries[i].Date < entries[i - 1].Date) return false;
        }
        return true;
    }

    /// <summary><paramref name="day"/> plus some months, or null past the last representable date.</summary>
    public static DateOnly? Shift(DateOnly day, int months)
    {
        day.Deconstruct(out int year, out int month, out int dayOfMonth);
        int shifted = ShiftedDayNumber(year, month, dayOfMonth, months);
        return shifted == Unbounded ? null : DateOnly.FromDayNumber(shifted);
    }

    /// <summary>What <see cref="ShiftedDayNumber"/> gives past the last representable month: above every day number.</summary>
    internal const int Unbounded = int.MaxValue;

    /// <summary>
    /// The day number of a date plus some months, as <see cref="DateOnly.AddMonths"/> shifts it (the
    /// day clamped to the length of the month reached), from the date taken apart: no date is built
    /// on the way. <see cref="Unbounded"/> past 9999-12; before year 1, AddMonths' own exception.
    /// </summary>
    internal static int ShiftedDayNumber(int year, int month, int day, int months)
    {
        long total = year * 12L + (month - 1) + months;
        if (total > 9999 * 12 + 11) return Unbounded;
        if (total < 12) return new DateOnly(year, month, day).AddMonths(months).DayNumber;
        int y = (int)(total / 12), m = (int)(total % 12) + 1;
        var before = DateTime.IsLeapYear(y) ? DaysBeforeMonthLeap : DaysBeforeMonth;
        int n = y - 1;
        return n * 365 + n / 4 - n / 100 + n / 400 + before[m - 1] + Math.Min(day, before[m] - before[m - 1]) - 1;
    }

    // Days of the year before each month, and the year's length last.
    private static ReadOnlySpan<short> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    private static ReadOnlySpan<short> DaysBeforeMonthLeap => [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];
}
