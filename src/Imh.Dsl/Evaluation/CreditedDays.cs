namespace Imh.Dsl.Evaluation;

/// <summary>A work entry as dates and FTE; both dates inclusive.</summary>
public readonly record struct WorkSpan(DateOnly Start, DateOnly End, decimal Fte);

/// <summary>Days of experience credited from possibly overlapping work entries.</summary>
public static class CreditedDays
{
    /// <summary>
    /// Sum over days d in [notBefore, notAfter] of min(1, sum of Fte of spans active on d).
    /// Spans are clipped to the range (an entry straddling notBefore counts from notBefore).
    /// </summary>
    public static decimal Compute(ReadOnlySpan<WorkSpan> spans, DateOnly? notBefore, DateOnly notAfter)
        => throw new NotImplementedException();
}
