using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Imh.Dsl.Evaluation;

/// <summary>Clock hours on a date (an RS/C session).</summary>
public readonly record struct DatedHours(DateOnly Date, decimal Hours);

/// <summary>A window of sessions: first and last session dates and the hours in it.</summary>
public readonly record struct HoursWindow(DateOnly First, DateOnly Last, decimal Hours);

/// <summary>Outcome of <see cref="ReflectiveSupervisionWindow.FindBest"/>.</summary>
/// <param name="Met">Some window meets both the hour minimum and the span rules.</param>
/// <param name="Best">The best window: among windows meeting the minimum span, the one with most hours (earliest on ties); when none meets the span, the one with most hours overall; null when there are no sessions.</param>
/// <param name="Shortfall">Hours missing from <paramref name="Best"/> (0 when met).</param>
/// <param name="SpanMet">Some window meets the minimum span.</param>
public readonly record struct WindowSearchResult(bool Met, HoursWindow? Best, decimal Shortfall, bool SpanMet);

/// <summary>Finds the best window of RS/C sessions (sort, then two pointers).</summary>
/// <remarks>
/// Candidate windows: for each distinct session date as First, every session dated in
/// [First, First.AddYears(maximumYears)); its Last is the latest such date. The input is read once to find
/// the date range, whether it is already in date order, and the largest decimal scale of the hours. Input in
/// date order is scanned in place; otherwise one private copy is put in date order (sorted on the stack for
/// small inputs, summed into a per-day table when the dates are dense, radix-sorted otherwise). The scan uses
/// two pointers, so the whole search is O(n) after the ordering and never modifies the caller's data.
/// Hours are exact: when every value fits, they are summed as integers counting units of 10^-scale (the same
/// value and scale decimal addition gives), otherwise as decimals.
/// </remarks>
public static class ReflectiveSupervisionWindow
{
    /// <summary>Inputs up to this size are copied onto the stack and sorted in place.</summary>
    private const int StackLimit = 128;

    /// <summary>Unsorted dates spread over at most this many days per session are summed in a per-day table.</summary>
    private const int DenseDaysPerSession = 4;

    /// <summary>
    /// Larger per-day tables are left to the radix sort: scattering into a table bigger than the caches is
    /// slower than two sequential passes (2^18 days: 718 years, 2.3 MB of longs).
    /// </summary>
    private const int DenseMaximumDays = 1 << 18;

    /// <summary>Bits of the day offset sorted per radix pass (day offsets are below 2^22).</summary>
    private const int RadixBits = 11;

    /// <summary>Largest decimal scale summed as an integer (10^9 units per hour).</summary>
    private const int MaxFixedScale = 9;

    /// <summary>The year of <see cref="DateOnly.MaxValue"/>.</summary>
    private const int LastYear = 9999;

    private static readonly long[] PowersOfTen =
        [1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L];

    /// <summary>
    /// Sessions qualify together when last &lt; first.AddYears(maximumYears) and, when
    /// minimumSpanYears &gt; 0, last &gt;= first.AddYears(minimumSpanYears).AddDays(-1).
    /// </summary>
    public static WindowSearchResult FindBest(ReadOnlySpan<DatedHours> sessions, decimal minimumHours, int maximumYears, int minimumSpanYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumYears, 1);

        int n = sessions.Length;
        if (n == 0)
        {
            return new WindowSearchResult(false, null, Math.Max(0m, minimumHours), false);
        }

        // One pass: the date range, whether the dates are already in order, and whether every hour value is a
        // mantissa below 2^32 with a scale small enough to sum as a long without overflow.
        int minDay = int.MaxValue;
        int maxDay = int.MinValue;
        int previous = int.MinValue;
        bool sorted = true;
        int maxScale = 0;
        int wideMantissa = 0;
        Span<int> bits = stackalloc int[4];
        foreach (ref readonly DatedHours session in sessions)
        {
            int day = session.Date.DayNumber;
            minDay = Math.Min(minDay, day);
            maxDay = Math.Max(maxDay, day);
            sorted &= day >= previous;
            previous = day;

            decimal.GetBits(session.Hours, bits);
            wideMantissa |= bits[1] | bits[2];
            maxScale = Math.Max(maxScale, (bits[3] >> 16) & 0xFF);
        }

        var layout = new Layout(minDay, maxDay, sorted);
        var query = new Query(minimumHours, maximumYears, minimumSpanYears);

        // |sum| <= n * 2^32 * 10^scale must stay below 2^63.
        if (wideMantissa == 0 && maxScale <= MaxFixedScale && (double)n * 4294967296d * PowersOfTen[maxScale] < 9.0e18)
        {
            return Run<long, FixedPointHours>(sessions, new FixedPointHours(maxScale), layout, query);
        }

        return Run<decimal, DecimalHours>(sessions, default, layout, query);
    }

    private static WindowSearchResult Run<T, TCodec>(ReadOnlySpan<DatedHours> sessions, TCodec codec, Layout layout, Query query)
        where T : unmanaged, INumber<T>
        where TCodec : struct, IHoursCodec<T>
    {
        int n = sessions.Length;
        if (layout.Sorted)
        {
            // Already in date order: search the caller's sessions in place, no copy.
            return Search<T, TCodec, InputSessions<T, TCodec>>(new InputSessions<T, TCodec>(sessions, codec), codec, query);
        }

        if (n <= StackLimit)
        {
            Span<int> days = stackalloc int[n];
            Span<T> hours = stackalloc T[n];
            Fill(sessions, codec, days, hours);
            days.Sort(hours);
            return Search<T, TCodec, CopiedSessions<T>>(new CopiedSessions<T>(days, hours), codec, query);
        }

        if (layout.Range <= DenseMaximumDays && layout.Range <= (long)DenseDaysPerSession * n)
        {
            return RunDense<T, TCodec>(sessions, codec, layout, query);
        }

        int[] dayArray = ArrayPool<int>.Shared.Rent(n);
        T[] hourArray = ArrayPool<T>.Shared.Rent(n);
        int[] dayScratch = ArrayPool<int>.Shared.Rent(n);
        T[] hourScratch = ArrayPool<T>.Shared.Rent(n);
        try
        {
            Span<int> days = dayArray.AsSpan(0, n);
            Span<T> hours = hourArray.AsSpan(0, n);
            Fill(sessions, codec, days, hours);
            RadixSort(days, hours, dayScratch.AsSpan(0, n), hourScratch.AsSpan(0, n), layout.MinDay, (int)layout.Range);
            return Search<T, TCodec, CopiedSessions<T>>(new CopiedSessions<T>(days, hours), codec, query);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(dayArray);
            ArrayPool<T>.Shared.Return(hourArray);
            ArrayPool<int>.Shared.Return(dayScratch);
            ArrayPool<T>.Shared.Return(hourScratch);
        }
    }

    /// <summary>Dense dates: sums hours per calendar day (a counting sort), then searches the occupied days.</summary>
    private static WindowSearchResult RunDense<T, TCodec>(ReadOnlySpan<DatedHours> sessions, TCodec codec, Layout layout, Query query)
        where T : unmanaged, INumber<T>
        where TCodec : struct, IHoursCodec<T>
    {
        int range = (int)layout.Range;
        T[] bucketArray = ArrayPool<T>.Shared.Rent(range);
        bool[] occupiedArray = ArrayPool<bool>.Shared.Rent(range);

        // + 1: the branch-free compaction below writes one past the kept days.
        int[] dayArray = ArrayPool<int>.Shared.Rent(Math.Min(range, sessions.Length + 1));
        try
        {
            Span<T> buckets = bucketArray.AsSpan(0, range);
            Span<bool> occupied = occupiedArray.AsSpan(0, range);
            Span<int> days = dayArray;
            buckets.Clear();
            occupied.Clear();
            int minDay = layout.MinDay;
            foreach (ref readonly DatedHours session in sessions)
            {
                int index = session.Date.DayNumber - minDay;
                buckets[index] += codec.Encode(session.Hours);
                occupied[index] = true;
            }

            // Compact the occupied days in place (the write index never passes the read index); branch-free, so
            // every day is written and only occupied ones are kept.
            int distinct = 0;
            for (int i = 0; i < range; i++)
            {
                days[distinct] = minDay + i;
                buckets[distinct] = buckets[i];
                distinct += occupied[i] ? 1 : 0;
            }

            return Search<T, TCodec, CopiedSessions<T>>(new CopiedSessions<T>(days[..distinct], buckets[..distinct]), codec, query);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(bucketArray);
            ArrayPool<bool>.Shared.Return(occupiedArray);
            ArrayPool<int>.Shared.Return(dayArray);
        }
    }

    /// <summary>Copies the sessions as day numbers and encoded hours.</summary>
    private static void Fill<T, TCodec>(ReadOnlySpan<DatedHours> sessions, TCodec codec, Span<int> days, Span<T> hours)
        where T : unmanaged, INumber<T>
        where TCodec : struct, IHoursCodec<T>
    {
        for (int i = 0; i < sessions.Length; i++)
        {
            days[i] = sessions[i].Date.DayNumber;
            hours[i] = codec.Encode(sessions[i].Hours);
        }
    }

    /// <summary>
    /// Stable LSD radix sort of day numbers in [<paramref name="minDay"/>, <paramref name="minDay"/> + <paramref name="range"/>)
    /// with their hours; <paramref name="range"/> is below 2^22, so at most two passes.
    /// </summary>
    private static void RadixSort<T>(Span<int> days, Span<T> hours, Span<int> dayScratch, Span<T> hourScratch, int minDay, int range)
        where T : unmanaged
    {
        const int bucketCount = 1 << RadixBits;
        const int mask = bucketCount - 1;
        Span<int> offsets = stackalloc int[bucketCount];
        Span<int> sourceDays = days;
        Span<T> sourceHours = hours;
        Span<int> targetDays = dayScratch;
        Span<T> targetHours = hourScratch;
        int shift = 0;
        do
        {
            offsets.Clear();
            foreach (int day in sourceDays)
            {
                offsets[((day - minDay) >> shift) & mask]++;
            }

            int total = 0;
            for (int b = 0; b < bucketCount; b++)
            {
                int count = offsets[b];
                offsets[b] = total;
                total += count;
            }

            for (int i = 0; i < sourceDays.Length; i++)
            {
                int day = sourceDays[i];
                int position = offsets[((day - minDay) >> shift) & mask]++;
                targetDays[position] = day;
                targetHours[position] = sourceHours[i];
            }

            Span<int> swapDays = sourceDays;
            sourceDays = targetDays;
            targetDays = swapDays;
            Span<T> swapHours = sourceHours;
            sourceHours = targetHours;
            targetHours = swapHours;
            shift += RadixBits;
        }
        while (((range - 1) >> shift) != 0);

        if (sourceDays != days)
        {
            sourceDays.CopyTo(days);
            sourceHours.CopyTo(hours);
        }
    }

    /// <summary>
    /// Two pointers over sessions in ascending date order (several may share a date). For each distinct date as
    /// First, the window holds every session dated in [First, First.AddYears(maximumYears)); its Last is the
    /// latest such date.
    /// </summary>
    private static WindowSearchResult Search<T, TCodec, TSessions>(TSessions sessions, TCodec codec, Query query)
        where T : unmanaged, INumber<T>
        where TCodec : struct, IHoursCodec<T>
        where TSessions : ISortedSessions<T>, allows ref struct
    {
        int m = sessions.Count;
        int end = 0; // exclusive end of the current window
        var shifter = new YearShifter(query.MaximumYears, query.MinimumSpanYears);
        T sum = T.Zero;

        bool spanMet = false;
        int bestFirst = -1;
        int bestLast = -1;
        T bestHours = T.Zero;
        bool bestMeetsSpan = false;

        int start = 0;
        while (start < m)
        {
            int first = sessions.Day(start);
            shifter.Shift(first, out int limit, out int spanStart);

            // limit > first (maximumYears >= 1), so the window always holds its own first date and end > start.
            while (end < m && sessions.Day(end) < limit)
            {
                sum += sessions.Hours(end);
                end++;
            }

            int last = sessions.Day(end - 1);
            bool meetsSpan = query.MinimumSpanYears <= 0 || (spanStart != int.MaxValue && last >= spanStart - 1);
            spanMet |= meetsSpan;

            // Candidates meeting the span beat those that do not; then most hours; then earliest First.
            if (bestFirst < 0 || (meetsSpan && !bestMeetsSpan) || (meetsSpan == bestMeetsSpan && sum > bestHours))
            {
                bestFirst = first;
                bestLast = last;
                bestHours = sum;
                bestMeetsSpan = meetsSpan;
            }

            // Move past every session on this date.
            do
            {
                sum -= sessions.Hours(start);
                start++;
            }
            while (start < end && sessions.Day(start) == first);
        }

        decimal best = codec.Decode(bestHours);
        bool met = bestMeetsSpan && best >= query.MinimumHours;
        decimal shortfall = met ? 0m : Math.Max(0m, query.MinimumHours - best);
        return new WindowSearchResult(
            met, new HoursWindow(DateOnly.FromDayNumber(bestFirst), DateOnly.FromDayNumber(bestLast), best), shortfall, spanMet);
    }

    /// <summary>
    /// <see cref="DateOnly.AddYears"/> on day numbers visited in ascending order (29 February becomes 28 February
    /// in a common year; past 31 December 9999 gives int.MaxValue). Keeps the start of the current year and of the
    /// two target years, so each call is a few comparisons; the calendar is consulted once per year visited.
    /// </summary>
    private struct YearShifter(int maximumYears, int minimumYears)
    {
        /// <summary>Day number of 1 March minus 1 January in a common year (the offset of 29 February in a leap year).</summary>
        private const int LeapDayOffset = 59;

        private int yearStart = 1;
        private int nextYearStart = int.MinValue;
        private bool leap;
        private int maximumStart;
        private bool maximumLeap;
        private int minimumStart;
        private bool minimumLeap;

        /// <summary>
        /// Day numbers of day.AddYears(maximumYears) and (when minimumYears &gt; 0) day.AddYears(minimumYears);
        /// <paramref name="day"/> must not be earlier than on the previous call.
        /// </summary>
        public void Shift(int day, out int maximum, out int minimum)
        {
            if (day >= nextYearStart)
            {
                int year = DateOnly.FromDayNumber(day).Year;
                yearStart = YearStart(year);
                nextYearStart = YearStart(year + 1);
                leap = DateTime.IsLeapYear(year);
                maximumStart = TargetStart(year, maximumYears, out maximumLeap);
                minimumStart = minimumYears > 0 ? TargetStart(year, minimumYears, out minimumLeap) : int.MaxValue;
            }

            int offset = day - yearStart;
            maximum = ShiftOffset(offset, maximumStart, maximumLeap);
            minimum = ShiftOffset(offset, minimumStart, minimumLeap);
        }

        private readonly int ShiftOffset(int offset, int targetStart, bool targetLeap)
        {
            if (targetStart == int.MaxValue)
            {
                return int.MaxValue;
            }

            if (offset < LeapDayOffset || leap == targetLeap)
            {
                return targetStart + offset;
            }

            // Leap year to common year: from 29 February on, days move back one offset (29 February becomes
            // 28 February, 1 March stays 1 March). Common year to leap year: from 1 March on, forward one offset.
            return leap ? targetStart + offset - 1 : targetStart + offset + 1;
        }

        private static int TargetStart(int year, int years, out bool targetLeap)
        {
            if (years > LastYear - year)
            {
                targetLeap = false;
                return int.MaxValue;
            }

            targetLeap = DateTime.IsLeapYear(year + years);
            return YearStart(year + years);
        }

        /// <summary>Day number of 1 January of <paramref name="year"/> (1 to 10000).</summary>
        private static int YearStart(int year)
        {
            int y = year - 1;
            return (365 * y) + (y / 4) - (y / 100) + (y / 400);
        }
    }

    /// <summary>Shape of the input dates.</summary>
    private readonly record struct Layout(int MinDay, int MaxDay, bool Sorted)
    {
        public long Range => (long)MaxDay - MinDay + 1;
    }

    /// <summary>The requirement searched for.</summary>
    private readonly record struct Query(decimal MinimumHours, int MaximumYears, int MinimumSpanYears);

    /// <summary>Room for <see cref="decimal.GetBits(decimal, Span{int})"/> without a stackalloc.</summary>
    [InlineArray(4)]
    private struct DecimalBits
    {
        private int element;
    }

    /// <summary>Sessions in ascending date order, read by index.</summary>
    private interface ISortedSessions<T>
    {
        int Count { get; }

        int Day(int index);

        T Hours(int index);
    }

    /// <summary>The caller's sessions, when they are already in date order.</summary>
    private readonly ref struct InputSessions<T, TCodec>(ReadOnlySpan<DatedHours> sessions, TCodec codec) : ISortedSessions<T>
        where TCodec : struct, IHoursCodec<T>
    {
        private readonly ReadOnlySpan<DatedHours> sessions = sessions;

        public int Count => sessions.Length;

        public int Day(int index) => sessions[index].Date.DayNumber;

        public T Hours(int index) => codec.Encode(sessions[index].Hours);
    }

    /// <summary>A sorted private copy: day numbers and encoded hours.</summary>
    private readonly ref struct CopiedSessions<T>(ReadOnlySpan<int> days, ReadOnlySpan<T> hours) : ISortedSessions<T>
    {
        private readonly ReadOnlySpan<int> days = days;
        private readonly ReadOnlySpan<T> hours = hours;

        public int Count => days.Length;

        public int Day(int index) => days[index];

        public T Hours(int index) => hours[index];
    }

    /// <summary>How hours are held while summing.</summary>
    private interface IHoursCodec<T>
    {
        T Encode(decimal hours);

        decimal Decode(T value);
    }

    /// <summary>Hours as decimals (any value).</summary>
    private readonly struct DecimalHours : IHoursCodec<decimal>
    {
        public decimal Encode(decimal hours) => hours;

        public decimal Decode(decimal value) => value;
    }

    /// <summary>Hours as a count of 10^-scale units; only for mantissas below 2^32 and scales up to <see cref="MaxFixedScale"/>.</summary>
    private readonly struct FixedPointHours(int scale) : IHoursCodec<long>
    {
        public long Encode(decimal hours)
        {
            var buffer = default(DecimalBits);
            Span<int> bits = buffer;
            decimal.GetBits(hours, bits);
            long units = (uint)bits[0] * PowersOfTen[scale - ((bits[3] >> 16) & 0xFF)];
            return bits[3] < 0 ? -units : units;
        }

        public decimal Decode(long value)
        {
            ulong magnitude = (ulong)Math.Abs(value);
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, (byte)scale);
        }
    }
}
