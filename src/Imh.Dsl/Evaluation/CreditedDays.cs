using System;
using System.Buffers;

namespace Imh.Dsl.Evaluation;

/// <summary>A work entry as dates and FTE; both dates inclusive.</summary>
public readonly record struct WorkSpan(DateOnly Start, DateOnly End, decimal Fte);

/// <summary>Days of experience credited from possibly overlapping work entries.</summary>
public static class CreditedDays
{
    // Inputs up to this many spans keep their events on the stack (2 events of int + decimal each), in
    // buffers of their own size: the stack is zeroed, and a few spans should not pay for 64.
    private const int StackLimit = 64;

    /// <summary>
    /// Sum over days d in [notBefore, notAfter] of min(1, sum of Fte of spans active on d).
    /// Spans are clipped to the range (an entry straddling notBefore counts from notBefore).
    /// </summary>
    public static decimal Compute(ReadOnlySpan<WorkSpan> spans, DateOnly? notBefore, DateOnly notAfter)
    {
        int low = notBefore?.DayNumber ?? int.MinValue;
        int high = notAfter.DayNumber;
        if (spans.IsEmpty || high < low)
        {
            return 0m;
        }

        int capacity = 2 * spans.Length;
        int[]? rentedDays = null;
        decimal[]? rentedDeltas = null;
        try
        {
            // Stryker disable once Equality : at exactly StackLimit spans either buffer holds the events; the result is the same
            Span<int> days = spans.Length <= StackLimit ? stackalloc int[capacity] : (rentedDays = ArrayPool<int>.Shared.Rent(capacity));
            // Stryker disable once Equality : at exactly StackLimit spans either buffer holds the events; the result is the same
            Span<decimal> deltas = spans.Length <= StackLimit ? stackalloc decimal[capacity] : (rentedDeltas = ArrayPool<decimal>.Shared.Rent(capacity));

            // Events: +Fte on the first credited day, -Fte on the day after the last credited day.
            // Day numbers are ints well inside int range (DateOnly.MaxValue is day 3,652,058), so End + 1 cannot overflow.
            int count = 0;
            foreach (ref readonly WorkSpan span in spans)
            {
                int start = Math.Max(span.Start.DayNumber, low);
                int end = Math.Min(span.End.DayNumber, high);
                if (end < start || span.Fte == 0m)
                {
                    continue;
                }

                days[count] = start;
                deltas[count] = span.Fte;
                count++;
                days[count] = end + 1;
                deltas[count] = -span.Fte;
                count++;
            }

            days = days[..count];
            deltas = deltas[..count];
            days.Sort(deltas);

            decimal total = 0m;
            decimal active = 0m;
            int i = 0;
            while (i < count)
            {
                int day = days[i];
                while (i < count && days[i] == day)
                {
                    active += deltas[i];
                    i++;
                }

                // Every event day but the last is followed by another, so the final segment is always empty.
                if (i < count && active != 0m)
                {
                    total += (days[i] - day) * Math.Min(1m, active);
                }
            }

            return total;
        }
        finally
        {
            if (rentedDays is not null)
            {
                ArrayPool<int>.Shared.Return(rentedDays);
            }

            if (rentedDeltas is not null)
            {
                ArrayPool<decimal>.Shared.Return(rentedDeltas);
            }
        }
    }
}
