using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// At least <c>hours</c> clock hours of training (or of sessions, with <see cref="Evidence"/>).
/// With a window (<see cref="WithinYears"/> or <see cref="WithinMonths"/>) the hours must fall in
/// one window: the last entry earlier than the first plus the maximum, and (with a minimum span)
/// on or after the first plus the minimum less a day.
/// </summary>
[Counts(Default = Evidence.Training)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class MinHoursAttribute(double hours) : EntriesRuleAttribute<HoursOutcome>
{
    /// <summary>Minimum clock hours (exact to 0.01).</summary>
    [Positive, Amount("clock hours")]
    public double Hours { get; } = hours;

    /// <summary>Training (default) or sessions.</summary>
    public Evidence Evidence { get; set; } = Evidence.Training;

    /// <summary>Count only entries dated on or after the earliest award of a credential of these types (a value of the catalog's credential choice).</summary>
    [Words(Evidence.Credentials, ChoicesOnly = true)]
    public object? After { get; set; }

    /// <summary>Count only entries dated in the renewal year (continuing rules).</summary>
    [RenewalOnly]
    public bool InRenewalYear { get; set; }

    /// <summary>Maximum window in years (exclusive); 0 for no window.</summary>
    [Range(0, 100), Excludes(nameof(WithinMonths))]
    public int WithinYears { get; set; }

    /// <summary>Minimum span of the window in years; 0 for none.</summary>
    [Range(0, 100), NotAbove(nameof(WithinYears)), Needs(nameof(WithinYears)), Excludes(nameof(MinSpanMonths))]
    public int MinSpanYears { get; set; }

    /// <summary>Maximum window in months (exclusive); 0 for no window.</summary>
    [Range(0, 1200)]
    public int WithinMonths { get; set; }

    /// <summary>Minimum span of the window in months; 0 for none.</summary>
    [Range(0, 1200), NotAbove(nameof(WithinMonths)), Needs(nameof(WithinMonths))]
    public int MinSpanMonths { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence;

    private decimal Minimum => (decimal)Hours;

    private int MaximumMonths => WithinMonths > 0 ? WithinMonths : WithinYears * 12;

    private int MinimumMonths => MinSpanMonths > 0 ? MinSpanMonths : MinSpanYears * 12;

    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var text = $"at least {Prose.ClockHours(Minimum)} of {wording.Entries(FilterFor(wording))}";
        if (After is Enum after) text += $", dated on or after the earliest {Degrees(after, wording)}";
        if (InRenewalYear) text += ", dated in the renewal year";
        if (MaximumMonths > 0) text += $", within {WindowWords()}";
        return text;
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var text = $"{Prose.Hours(Minimum)} h {wording.Entries(FilterFor(wording), brief: true)}";
        if (After is Enum after) text += " " + Milestone(after, wording);
        if (MaximumMonths > 0) text += MinimumMonths > 0 ? $" in {SpanWords(MinimumMonths, bare: true)}–{SpanWords(MaximumMonths)}" : $" in < {SpanWords(MaximumMonths)}";
        if (InRenewalYear) text += " a year";
        return text;
    }

    /// <inheritdoc />
    protected override HoursOutcome Assess(EvaluationContext context)
    {
        DateOnly? from = null;
        if (After is Enum after)
        {
            from = context.EarliestAward(after);
            if (from is null) return new HoursOutcome(false, 0, Minimum) { NoMilestone = true };
        }
        var buffer = System.Buffers.ArrayPool<DatedHours>.Shared.Rent(Evidence == Evidence.Sessions ? context.Portfolio.Sessions.Count : context.Portfolio.Training.Count);
        try
        {
            var entries = buffer.AsSpan(0, CountedEntries(context, from, buffer));
            if (MaximumMonths == 0)
            {
                decimal total = 0;
                foreach (var e in entries) total += e.Hours;
                return new HoursOutcome(total >= Minimum, total, Minimum) { Shortfall = Math.Max(0, Minimum - total) };
            }
            var result = HoursWindows.FindBest(entries, Minimum, MaximumMonths, MinimumMonths);
            return new HoursOutcome(result.Met, result.Best?.Hours ?? 0, Minimum)
            {
                Window = result.Best, Shortfall = result.Shortfall, SpanMet = result.SpanMet,
            };
        }
        finally
        {
            System.Buffers.ArrayPool<DatedHours>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    protected override Explanation Explain(HoursOutcome outcome, Wording wording)
    {
        string shortNoun = wording.Vocabulary.Name(Evidence).Short;
        if (outcome.NoMilestone && After is Enum after)
        {
            var degrees = Degrees(after, wording);
            return new($"no {degrees}, so no {shortNoun} counts yet", $"{Prose.WithArticle(degrees)} ({shortNoun} counts from its award date)");
        }
        var entries = wording.Entries(FilterFor(wording));
        if (MaximumMonths == 0)
        {
            return new($"{Prose.ClockHours(outcome.Hours)} of {entries}", $"{More(outcome.Shortfall)} of {entries}");
        }
        if (outcome.Window is not { } best)
        {
            return new($"no {shortNoun} counted", $"{Prose.ClockHours(Minimum)} of {entries} within {WindowWords()}");
        }
        var detail = $"{Prose.ClockHours(best.Hours)} in the best window ({Prose.Date(best.First)} to {Prose.Date(best.Last)})";
        string plural = wording.Vocabulary.Name(Evidence).Plural;
        string missing = outcome.SpanMet
            ? $"{More(outcome.Shortfall)} within one window of {WindowWords()}"
            : outcome.Shortfall > 0
                ? $"{More(outcome.Shortfall)}, in {plural} spanning {WindowWords()}"
                : $"{plural} spanning {WindowWords()} (the hours are there, the span is too short)";
        return new(detail, missing);
    }

    /// <summary>
    /// Puts the counted entries into <paramref name="counted"/> (a buffer as long as the list) and returns
    /// how many: dated by the as-of date, after the milestone, in the renewal year when asked, passing the filter.
    /// </summary>
    private int CountedEntries(EvaluationContext context, DateOnly? from, DatedHours[] counted)
    {
        var filter = FilterFor(context);
        int year = InRenewalYear ? context.RenewalYear ?? -1 : 0;
        int n = 0;
        if (Evidence == Evidence.Sessions)
        {
            foreach (var s in context.Portfolio.Sessions)
            {
                if (Counts(s.Date, s.Words)) counted[n++] = new DatedHours(s.Date, s.Hours);
            }
        }
        else
        {
            foreach (var t in context.Portfolio.Training)
            {
                if (Counts(t.Date, t.Words)) counted[n++] = new DatedHours(t.Date, t.Hours);
            }
        }
        return n;

        bool Counts(DateOnly date, in EntryWords words)
            => date <= context.AsOf && !(from is { } f && date < f) && (year == 0 || date.Year == year) && filter.Accepts(words);
    }

    private static string More(decimal hours) => $"{Prose.Hours(hours)} more {(hours == 1 ? "clock hour" : "clock hours")}";

    private string WindowWords() => MinimumMonths > 0
        ? $"{SpanWords(MinimumMonths, bare: true)} to {SpanWords(MaximumMonths)}"
        : $"less than {SpanWords(MaximumMonths)}";

    // In the unit the author used: years unless the window was given in months.
    private string SpanWords(int months, bool bare = false)
    {
        if (WithinMonths == 0) return bare ? (months / 12).ToString(System.Globalization.CultureInfo.InvariantCulture) : Prose.Years(months / 12);
        return bare ? months.ToString(System.Globalization.CultureInfo.InvariantCulture) : Prose.Months(months);
    }

    /// <summary>The credential types of a milestone: "bachelor's, master's or doctorate".</summary>
    internal static string Degrees(Enum types, Wording wording)
    {
        var set = wording.Vocabulary.Find(types.GetType());
        return set is null ? types.ToString() : Prose.OrList([.. set.In(WordBits.Of(types)).Select(w => w.Display)]);
    }

    /// <summary>A milestone in a few words: its name when the catalog named the set ("post-bachelor's").</summary>
    internal static string Milestone(Enum types, Wording wording)
        => wording.Vocabulary.Find(types.GetType())?.NamedSet(WordBits.Of(types))?.Display ?? "after the earliest " + Degrees(types, wording);
}

/// <summary>What a <see cref="MinHoursAttribute"/> found.</summary>
/// <param name="Met">The minimum is met.</param>
/// <param name="Hours">Hours counted: in total, or in the best window.</param>
/// <param name="Required">The minimum.</param>
public sealed record HoursOutcome(bool Met, decimal Hours, decimal Required) : RuleOutcome(Met)
{
    /// <summary>The best window, when the rule has one and some entry counted.</summary>
    public HoursWindow? Window { get; init; }

    /// <summary>Hours missing (0 when met).</summary>
    public decimal Shortfall { get; init; }

    /// <summary>Some window meets the minimum span (true when there is no minimum span).</summary>
    public bool SpanMet { get; init; } = true;

    /// <summary>No credential of the milestone yet, so nothing counts.</summary>
    public bool NoMilestone { get; init; }
}
