using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>Brute force over every (first, last) pair of session dates, straight from the rule text.</summary>
internal static class WindowOracle
{
    public static WindowSearchResult FindBest(IReadOnlyList<DatedHours> sessions, decimal minimumHours, int maximumYears, int minimumSpanYears)
    {
        if (sessions.Count == 0)
        {
            return new WindowSearchResult(false, null, minimumHours, false);
        }

        var hoursOn = sessions.GroupBy(s => s.Date).ToDictionary(g => g.Key, g => g.Sum(s => s.Hours));
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
                hours += hoursOn[last];
                bool withinMaximum = last < first.AddYears(maximumYears);
                if (!withinMaximum)
                {
                    break;
                }

                bool meetsSpan = minimumSpanYears <= 0 || last >= first.AddYears(minimumSpanYears).AddDays(-1);
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
        DateOnly bestLast = dates.Where(d => d >= bestFirst && d < bestFirst.AddYears(maximumYears)).Max();
        return new WindowSearchResult(
            met, new HoursWindow(bestFirst, bestLast, bestHours), met ? 0m : Math.Max(0m, minimumHours - bestHours), spanMet);
    }
}
