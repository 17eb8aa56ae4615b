using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// At least <c>years</c> years of work: N x 365 credited days, a day credited with the summed FTE
/// of the counted entries active that day, capped at 1, so overlapping jobs never count twice.
/// </summary>
[Counts(Evidence.Work)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed partial class ExperienceAttribute(int years) : EntriesRuleAttribute<ExperienceOutcome>
{
    /// <summary>Minimum years.</summary>
    [Positive, Amount("years of work")]
    public int Years { get; } = years;

    /// <summary>Only the part of an entry on or after the earliest award of a credential of these types counts (entries are clipped, not dropped).</summary>
    [Words(Evidence.Credentials, ChoicesOnly = true)]
    public object? After { get; set; }

    /// <summary>
    /// A number the counted entries report (a value of the catalog's work numbers, e.g. families
    /// served): the entries that credit at least one day must report together at least
    /// <see cref="SumAtLeast"/>. A number given per value of a choice (per age band) is summed for the
    /// level's facet of that choice.
    /// </summary>
    [Words(Numbers = true)]
    public object? Sum { get; set; }

    /// <summary>The least total of <see cref="Sum"/>.</summary>
    [Positive, Needs(nameof(Sum))]
    public double SumAtLeast { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.Work;

    private int RequiredDays => Years * 365;

    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var number = Sum as Enum;
        return $"at least {Prose.Years(Years)} of {Work(wording)}" + (number is null ? "" : $", reporting together at least {Prose.Hours((decimal)SumAtLeast)} {NumberWords(number, wording)}");
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var number = Sum as Enum;
        return $"{Prose.Years(Years)} {Work(wording)}" + (number is null ? "" : $", ≥ {Prose.Hours((decimal)SumAtLeast)} {NumberWords(number, wording)}");
    }

    /// <inheritdoc />
    protected override ExperienceOutcome Assess(EvaluationContext context)
    {
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        DateOnly? from = null;
        var after = After as Enum;
        if (after is not null)
        {
            from = context.EarliestAward(after);
            if (from is null) return new ExperienceOutcome(false, 0, RequiredDays) { NoMilestone = true };
        }
        var filter = FilterFor(context);
        decimal total = 0;
        var number = Sum as Enum;
        ulong keys = number is null ? 0 : Keys(number, context);
        var leftOut = context.Vocabulary.ReportsLeftOut ? new LeftOutCounter() : null;
        // The counted spans in a pooled array: every report credits the work of each experience rule.
        var work = context.Portfolio.Work;
        var spans = System.Buffers.ArrayPool<WorkSpan>.Shared.Rent(work.Count);
        int count = 0;
        for (int i = 0; i < work.Count; i++)
        {
            var w = work[i];
            if (w.Start > context.AsOf) continue;
            if (!filter.Accepts(w))
            {
                leftOut?.Add(filter.Refusal(w, context.Level.Wording) ?? "");
                continue;
            }
            DateOnly? ends = w.End;
            var end = ends is not null && ends.Value < context.AsOf ? ends.Value : context.AsOf;
            spans[count++] = new WorkSpan(w.Start, end, w.Fte);
            // An entry reports its number when it keeps a day after clipping to the milestone and the as-of date.
            if (number is not null && (from is null || end >= from.Value)) total += EntryNumbers.Sum(w.Numbers, number, keys);
        }
        decimal days = CreditedDays.Compute(spans.AsSpan(0, count), from, context.AsOf);
        System.Buffers.ArrayPool<WorkSpan>.Shared.Return(spans);
        bool enough = number is null || total >= (decimal)SumAtLeast;
        return new ExperienceOutcome(days >= RequiredDays && enough, days, RequiredDays)
        {
            Total = number is null ? null : total, LeftOut = leftOut?.ToImmutable() ?? [],
        };
    }

    // A number given per value of a choice counts for the level's facet of that choice.
    private static ulong Keys(Enum number, EvaluationContext context)
    {
        var per = context.Vocabulary.WordOf(number)?.Per;
        return per is null ? 0 : context.Level.Facet(per);
    }

    private static string NumberWords(Enum number, Wording wording) => wording.Vocabulary.WordOf(number)?.Display ?? number.ToString();

    /// <inheritdoc />
    protected override Explanation Explain(ExperienceOutcome outcome, Wording wording)
    {
        var work = Work(wording);
        var after = After as Enum;
        if (outcome.NoMilestone && after is not null)
        {
            var degrees = MinHoursAttribute.Degrees(after, wording);
            return new($"no {degrees}, so no {work} counts yet", $"{Prose.WithArticle(degrees)}, then {Prose.Years(Years)} of {work}");
        }
        int whole = (int)decimal.Floor(outcome.CreditedDays);
        var detail = $"{Prose.YearsAndDays(whole)} credited of {work}";
        if (outcome.Met && Sum is null && outcome.LeftOut.IsEmpty) return new(detail, null);
        string? days = outcome.CreditedDays < RequiredDays ? $"{Prose.YearsAndDays((int)decimal.Ceiling(RequiredDays - outcome.CreditedDays))} more {work}" : null;
        string? reported = null;
        var number = Sum as Enum;
        decimal? reports = outcome.Total;
        if (number is not null && reports is not null)
        {
            decimal total = reports.Value;
            var words = NumberWords(number, wording);
            detail += $"; {Prose.Hours(total)} {words} reported";
            if (total < (decimal)SumAtLeast) reported = $"{Prose.Hours((decimal)SumAtLeast - total)} more {words} reported by {work}";
        }
        detail += LeftOutCounter.Words(outcome.LeftOut, wording.Vocabulary.Name(Evidence.Work).Plural);
        return new(detail, outcome.Met ? null : days is null ? reported ?? "" : reported is null ? days : $"{days}; {reported}");
    }

    // The work counted, in words: worded once per wording (every report words it for each experience rule,
    // its milestone looked up in the vocabulary).
    private string Work(Wording wording)
        => KeptFor.Get(ref _work, wording, this, static (wording, rule) =>
        {
            var after = rule.After as Enum;
            var filter = rule.FilterFor(wording);
            if (after is null) return wording.Entries(filter);
            // A name the catalog gives the milestone reads before the noun ("post-graduate work"); otherwise the award follows it.
            var named = MinHoursAttribute.NamedMilestone(after, wording);
            return named is not null ? wording.Entries(filter, named) : wording.Entries(filter) + " " + MinHoursAttribute.Milestone(after, wording);
        });

    private Kept<Wording, string>? _work;
}

/// <summary>What an <see cref="ExperienceAttribute"/> found.</summary>
/// <param name="Met">The minimum is met.</param>
/// <param name="CreditedDays">Days credited (FTE-weighted, capped at 1 a day).</param>
/// <param name="RequiredDays">Days needed (years x 365).</param>
public sealed record ExperienceOutcome(bool Met, decimal CreditedDays, int RequiredDays) : RuleOutcome(Met)
{
    /// <summary>No credential of the milestone yet, so nothing counts.</summary>
    public bool NoMilestone { get; init; }

    /// <summary>With a number to sum: the total the counting entries report.</summary>
    public decimal? Total { get; init; }

    /// <summary>The entries left out, by reason, when the catalog reports them.</summary>
    public System.Collections.Immutable.ImmutableArray<LeftOutCount> LeftOut { get; init; } = [];
}
