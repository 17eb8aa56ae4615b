using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>Brute force over every (first, last) pair of entry dates, straight from the rule text.</summary>
internal static class WindowOracle
{
    /// <summary>
    /// Entries dated first to last count together when last &lt; first + maximum months and, with a
    /// minimum span, last &gt;= first + minimum months - 1 day. A bound past the end of the calendar
    /// leaves every later entry in (maximum) or can never be reached (minimum span).
    /// </summary>
    public static WindowSearchResult FindBest(IReadOnlyList<DatedHours> entries, decimal minimumHours, int maximumMonths, int minimumSpanMonths)
    {
        if (entries.Count == 0)
        {
            return new WindowSearchResult(false, null, minimumHours, false);
        }

        var hoursOn = entries.GroupBy(s => s.Date).ToDictionary(g => g.Key, g => g.Sum(s => s.Hours));
        var dates = hoursOn.Keys.Order().ToArray();

        bool met = false;
        bool spanMet = false;
        (DateOnly First, decimal Hours)? bestWithSpan = null;
        (DateOnly First, decimal Hours)? bestOverall = null;
        for (int i = 0; i < dates.Length; i++)
        {
            DateOnly first = dates[i];
            decimal hours = 0m;
            for (int j = i; j < dates.Length; j++)
            {
                DateOnly last = dates[j];
                if (!WithinMaximum(first, last, maximumMonths))
                {
                    break;
                }

                hours += hoursOn[last];
                bool meetsSpan = minimumSpanMonths <= 0 || (Plus(first, minimumSpanMonths) is { } span && last >= span.AddDays(-1));
                if (bestOverall is null || hours > bestOverall.Value.Hours)
                {
                    bestOverall = (first, hours);
                }

                if (meetsSpan)
                {
                    spanMet = true;
                    met |= hours >= minimumHours;
                    if (bestWithSpan is null || hours > bestWithSpan.Value.Hours)
                    {
                        bestWithSpan = (first, hours);
                    }
                }
            }
        }

        var (bestFirst, bestHours) = (bestWithSpan ?? bestOverall)!.Value;
        DateOnly bestLast = dates.Where(d => d >= bestFirst && WithinMaximum(bestFirst, d, maximumMonths)).Max();
        return new WindowSearchResult(
            met, new HoursWindow(bestFirst, bestLast, bestHours), met ? 0m : Math.Max(0m, minimumHours - bestHours), spanMet);
    }

    private static bool WithinMaximum(DateOnly first, DateOnly last, int maximumMonths)
        => Plus(first, maximumMonths) is not { } limit || last < limit;

    private static DateOnly? Plus(DateOnly day, int months)
    {
        try
        {
            return day.AddMonths(months);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
