using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>Years of work of given kinds, as credited days (FTE summed per day, capped at 1). From <see cref="ExperienceAttribute"/>.</summary>
public sealed class ExperienceRule : Rule
{
    /// <summary>Minimum years (N x 365 credited days).</summary>
    public required int Years { get; init; }
    /// <summary>Kinds of work that count.</summary>
    public WorkKinds Kinds { get; init; } = WorkKinds.All;
    /// <summary>Only paid work counts.</summary>
    public bool Paid { get; init; }
    /// <summary>Only supervised work counts.</summary>
    public bool Supervised { get; init; }
    /// <summary>Only the part on or after this milestone counts.</summary>
    public Milestone After { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"at least {Words.Years(Years)} of {Qualities()}";

    /// <inheritdoc />
    public override string Summarize() => $"{Words.Years(Years)} {Qualities()}";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        var required = Years * 365;
        if (After != Milestone.None && context.DateOf(After) is null)
        {
            var degree = After == Milestone.Bachelor ? "bachelor's degree" : "master's or doctorate";
            return Found(false, $"no {degree}, so no {Qualities()} counts yet", $"a {degree}, then {Words.Years(Years)} of {Qualities()}", creditedDays: 0);
        }
        var days = Credited(context);
        bool met = days >= required;
        int whole = (int)decimal.Floor(days);
        var missing = met ? null : $"{Words.YearsAndDays((int)decimal.Ceiling(required - days))} more {Qualities()}";
        return Found(met, $"{Words.YearsAndDays(whole)} credited of {Qualities()}", missing, creditedDays: days);
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
        => (After == Milestone.None || context.DateOf(After) is not null) && Credited(context) >= Years * 365;

    private decimal Credited(EvaluationContext context)
    {
        // A pooled buffer; no try/finally: a pooled array lost to an exception is merely not reused.
        var work = context.Portfolio.Work;
        var rented = System.Buffers.ArrayPool<WorkSpan>.Shared.Rent(work.Count);
        int n = 0;
        for (int i = 0; i < work.Count; i++)
        {
            var w = work[i];
            if (w.Start > context.AsOf) continue;
            if ((Kinds & KindFlag(w.Kind)) == 0) continue;
            if (Paid && !w.Paid) continue;
            if (Supervised && !w.Supervised) continue;
            var end = w.End is { } e && e < context.AsOf ? e : context.AsOf;
            rented[n++] = new WorkSpan(w.Start, end, w.Fte);
        }
        var days = CreditedDays.Compute(rented.AsSpan(0, n), context.DateOf(After), context.AsOf);
        System.Buffers.ArrayPool<WorkSpan>.Shared.Return(rented);
        return days;
    }

    internal static WorkKinds KindFlag(WorkKind kind) => (WorkKinds)(1 << (int)kind);

    // Built once per rule: every finding repeats it.
    private string? qualities;

    private string Qualities() => qualities ??= DescribeQualities();

    private string DescribeQualities()
    {
        var parts = new List<string>();
        if (After == Milestone.Bachelor) parts.Add("post-bachelor's");
        if (After == Milestone.Graduate) parts.Add("post-graduate");
        if (Paid) parts.Add("paid");
        if (Supervised) parts.Add("supervised");
        parts.Add(Words.WorkKinds(Kinds));
        return string.Join(" ", parts);
    }
}
