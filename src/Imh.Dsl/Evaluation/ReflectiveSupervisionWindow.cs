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
public static class ReflectiveSupervisionWindow
{
    /// <summary>
    /// Sessions qualify together when last &lt; first.AddYears(maximumYears) and, when
    /// minimumSpanYears &gt; 0, last &gt;= first.AddYears(minimumSpanYears).AddDays(-1).
    /// </summary>
    public static WindowSearchResult FindBest(ReadOnlySpan<DatedHours> sessions, decimal minimumHours, int maximumYears, int minimumSpanYears)
        => throw new NotImplementedException();
}
