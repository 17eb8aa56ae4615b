using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl;

/// <summary>
/// At least <c>years</c> years of work: N x 365 credited days, a day credited with the summed FTE
/// of the counted entries active that day, capped at 1, so overlapping jobs never count twice.
/// </summary>
[Counts(Evidence.Work)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ExperienceAttribute(int years) : EntriesRuleAttribute<ExperienceOutcome>
{
    /// <summary>Minimum years.</summary>
    [Positive, Amount("years of work")]
    public int Years { get; } = years;

    /// <summary>Only the part of an entry on or after the earliest award of a credential of these types counts (entries are clipped, not dropped).</summary>
    [Words(Evidence.Credentials, ChoicesOnly = true)]
    public object? After { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.Work;

    private int RequiredDays => Years * 365;

    /// <inheritdoc />
    public override string Describe(Wording wording) => $"at least {Prose.Years(Years)} of {Work(wording)}";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => $"{Prose.Years(Years)} {Work(wording)}";

    /// <inheritdoc />
    protected override ExperienceOutcome Assess(EvaluationContext context)
    {
        DateOnly? from = null;
        if (After is Enum after)
        {
            from = context.EarliestAward(after);
            if (from is null) return new ExperienceOutcome(false, 0, RequiredDays) { NoMilestone = true };
        }
        var filter = FilterFor(context);
        var spans = new List<WorkSpan>();
        foreach (var w in context.Portfolio.Work)
        {
            if (w.Start > context.AsOf || !filter.Accepts(w.Words)) continue;
            var end = w.End is { } e && e < context.AsOf ? e : context.AsOf;
            spans.Add(new WorkSpan(w.Start, end, w.Fte));
        }
        decimal days = CreditedDays.Compute([.. spans], from, context.AsOf);
        return new ExperienceOutcome(days >= RequiredDays, days, RequiredDays);
    }

    /// <inheritdoc />
    protected override Explanation Explain(ExperienceOutcome outcome, Wording wording)
    {
        var work = Work(wording);
        if (outcome.NoMilestone && After is Enum after)
        {
            var degrees = MinHoursAttribute.Degrees(after, wording);
            return new($"no {degrees}, so no {work} counts yet", $"{Prose.WithArticle(degrees)}, then {Prose.Years(Years)} of {work}");
        }
        int whole = (int)decimal.Floor(outcome.CreditedDays);
        return new($"{Prose.YearsAndDays(whole)} credited of {work}",
            $"{Prose.YearsAndDays((int)decimal.Ceiling(RequiredDays - outcome.CreditedDays))} more {work}");
    }

    private string Work(Wording wording)
        => wording.Entries(FilterFor(wording), After is Enum after ? MinHoursAttribute.Milestone(after, wording) : null);
}

/// <summary>What an <see cref="ExperienceAttribute"/> found.</summary>
/// <param name="Met">The minimum is met.</param>
/// <param name="CreditedDays">Days credited (FTE-weighted, capped at 1 a day).</param>
/// <param name="RequiredDays">Days needed (years x 365).</param>
public sealed record ExperienceOutcome(bool Met, decimal CreditedDays, int RequiredDays) : RuleOutcome(Met)
{
    /// <summary>No credential of the milestone yet, so nothing counts.</summary>
    public bool NoMilestone { get; init; }
}
