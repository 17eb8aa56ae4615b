using System.Collections.Immutable;
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
public sealed partial class MinHoursAttribute(double hours) : EntriesRuleAttribute<HoursOutcome>
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

    /// <summary>Sessions count only when their provider held an endorsement that counts as one of these level or track ids (a track counts as its level).</summary>
    [Positive, LevelIds]
    public string[]? ProviderEndorsedIn { get; set; }

    // The ids a provider must be endorsed in; null when any provider counts. An empty list, which the
    // analyzers refuse but code may build, asks nothing, as no list does.
    private string[]? EndorsedIds
    {
        get
        {
            var ids = ProviderEndorsedIn;
            return ids is not null && ids.Length > 0 ? ids : null;
        }
    }

    /// <summary>The counted hours come from at most this many providers (sessions); 0 for no limit.</summary>
    [Range(0, 5)]
    public int MaxProviders { get; set; }

    /// <summary>One provider brings more than half of the minimum (sessions).</summary>
    public bool MajorityFromOne { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence;

    private decimal Minimum => (decimal)Hours;

    private int MaximumMonths => WithinMonths > 0 ? WithinMonths : WithinYears * 12;

    private int MinimumMonths => MinSpanMonths > 0 ? MinSpanMonths : MinSpanYears * 12;

    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var text = $"at least {Prose.ClockHours(Minimum)} of {wording.Entries(FilterFor(wording))}";
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        var ids = EndorsedIds;
        if (ids is not null) text += $" with a provider endorsed as {Wording.Ids(ids)}";
        if (DeclaredParts.Any())
        {
            text += ", of which at least " + Prose.AndList([.. DeclaredParts.Select(p => $"{Prose.Hours((decimal)p.Hours)} {PartWords(p, wording)}")]);
            text += " (each hour counted once)";
        }
        var after = After as Enum;
        if (after is not null) text += $", dated on or after the earliest {Degrees(after, wording)}";
        if (InRenewalYear) text += ", dated in the renewal year";
        if (MaximumMonths > 0) text += $", within {WindowWords()}";
        if (SourcesMatter) text += ", " + SourcesWords();
        return text;
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var text = $"{Prose.Hours(Minimum)} h {wording.Entries(FilterFor(wording), brief: true)}";
        var after = After as Enum;
        if (after is not null) text += " " + Milestone(after, wording);
        if (MaximumMonths > 0) text += MinimumMonths > 0 ? $" in {SpanWords(MinimumMonths, bare: true)}–{SpanWords(MaximumMonths)}" : $" in < {SpanWords(MaximumMonths)}";
        if (InRenewalYear) text += " a year";
        if (DeclaredParts.Any()) text += " (" + Prose.AndList([.. DeclaredParts.Select(p => $"{Prose.Hours((decimal)p.Hours)} {PartWords(p, wording, brief: true)}")]) + ")";
        var ids = EndorsedIds;
        if (ids is not null) text += $", provider {Wording.Ids(ids)}";
        if (SourcesMatter) text += MaxProviders > 0 ? $", ≤ {MaxProviders} providers" + (MajorityFromOne ? ", majority from one" : "") : ", majority from one";
        return text;
    }

    /// <inheritdoc />
    protected override HoursOutcome Assess(EvaluationContext context)
    {
        DateOnly? from = null;
        var after = After as Enum;
        if (after is not null)
        {
            from = context.EarliestAward(after);
            if (from is null) return new HoursOutcome(false, 0, Minimum) { NoMilestone = true };
        }
        if (HasDeclaredParts() || SourcesMatter || context.Vocabulary.ReportsLeftOut) return AssessSets(context, from);
        var counted = CountedEntries(context, from);
        decimal minimum = Minimum;
        try
        {
            var entries = counted.Items.AsSpan(0, counted.Count);
            if (MaximumMonths == 0)
            {
                decimal total = 0;
                foreach (var e in entries) total += e.Hours;
                return new HoursOutcome(total >= minimum, total, minimum) { Shortfall = Math.Max(0, minimum - total) };
            }
            // Sorted in the rule's own buffer, so the window search reads it in place instead of copying it.
            HoursWindows.SortByDate(entries);
            var result = HoursWindows.FindBest(entries, minimum, MaximumMonths, MinimumMonths);
            return new HoursOutcome(result.Met, result.Best?.Hours ?? 0, minimum)
            {
                Window = result.Best, Shortfall = result.Shortfall, SpanMet = result.SpanMet,
            };
        }
        finally
        {
            System.Buffers.ArrayPool<DatedHours>.Shared.Return(counted.Items);
        }
    }

    /// <inheritdoc />
    protected override Explanation Explain(HoursOutcome outcome, Wording wording)
    {
        string shortNoun = wording.Vocabulary.Name(Evidence).Short;
        var after = After as Enum;
        if (outcome.NoMilestone && after is not null)
        {
            var degrees = Degrees(after, wording);
            return new($"no {degrees}, so no {shortNoun} counts yet", $"{Prose.WithArticle(degrees)} ({shortNoun} counts from its award date)");
        }
        var entries = wording.Entries(FilterFor(wording));
        if (outcome.Set is not null) return ExplainSet(outcome, outcome.Set, entries, wording);
        if (MaximumMonths == 0)
        {
            return new($"{Prose.ClockHours(outcome.Hours)} of {entries}", outcome.Met ? null : $"{More(outcome.Shortfall)} of {entries}");
        }
        if (outcome.Window is null)
        {
            return new($"no {shortNoun} counted", $"{Prose.ClockHours(Minimum)} of {entries} within {WindowWords()}");
        }
        var best = outcome.Window.Value;
        var detail = $"{Prose.ClockHours(best.Hours)} in the best window ({Prose.Date(best.First)} to {Prose.Date(best.Last)})";
        if (outcome.Met) return new(detail, null);
        string plural = wording.Vocabulary.Name(Evidence).Plural;
        // What the best window lacks stays in the evidence; what is missing from the as-of date on is the advice.
        detail += outcome.SpanMet
            ? $", {Prose.ClockHours(outcome.Shortfall)} short"
            : outcome.Shortfall > 0
                ? $", {Prose.ClockHours(outcome.Shortfall)} short, in {plural} spanning {WindowWords()}"
                : $", {plural} spanning {WindowWords()} needed (the hours are there, the span is too short)";
        string missing = outcome.SpanMet
            ? $"{More(outcome.Shortfall)} within one window of {WindowWords()}"
            : outcome.Shortfall > 0
                ? $"{More(outcome.Shortfall)}, in {plural} spanning {WindowWords()}"
                : $"{plural} spanning {WindowWords()} (the hours are there, the span is too short)";
        return new(detail, missing);
    }

    // Dates and hours in a pooled array (the caller returns it) and how many of it are filled: a logbook
    // of thousands of sessions would otherwise take a large-object allocation per evaluation.
    private sealed class DatedBuffer(DatedHours[] items)
    {
        public DatedHours[] Items { get; } = items;

        public int Count { get; set; }
    }

    /// <summary>The counted entries: dated by the as-of date, after the milestone, in the renewal year when asked, passing the filter.</summary>
    private DatedBuffer CountedEntries(EvaluationContext context, DateOnly? from)
    {
        int most = Evidence == Evidence.Sessions ? context.Portfolio.Sessions.Count : context.Portfolio.Training.Count;
        var buffer = new DatedBuffer(System.Buffers.ArrayPool<DatedHours>.Shared.Rent(most));
        Collect(context, from, null, buffer, static (b, date, hours, _, _) => b.Items[b.Count++] = new DatedHours(date, hours));
        return buffer;
    }

    /// <summary>
    /// Hands each counted entry (its date, hours, words and provider, empty for training) to
    /// <paramref name="add"/>; with <paramref name="leftOut"/>, counts why each entry of the period
    /// is not counted (worded only then). A callback rather than a list: a logbook of thousands of
    /// sessions is not copied into a list of every field first.
    /// </summary>
    private void Collect<TState>(EvaluationContext context, DateOnly? from, LeftOutCounter? leftOut, TState state,
        Action<TState, DateOnly, decimal, EntryWords, string> add)
    {
        var filter = FilterFor(context);
        int year = InRenewalYear ? context.RenewalYear ?? -1 : 0;
        // Index loops and no local functions: those would capture the arguments in a closure on every report.
        if (Evidence == Evidence.Sessions)
        {
            var sessions = context.Portfolio.Sessions;
            for (int i = 0; i < sessions.Count; i++)
            {
                var s = sessions[i];
                if (!context.InPeriod(s.Date, year) || !Counts(s.Date, s, from, filter, leftOut, context)) continue;
                if (Endorsed(s, context.Vocabulary)) add(state, s.Date, s.Hours, s.Words, s.Provider);
                else leftOut?.Add($"provider not endorsed as {Wording.Ids(EndorsedIds!)}");
            }
        }
        else
        {
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (context.InPeriod(t.Date, year) && Counts(t.Date, t, from, filter, leftOut, context)) add(state, t.Date, t.Hours, t.Words, "");
            }
        }
    }

    // On or after the milestone and passing the filter; with a counter, why not.
    private bool Counts(DateOnly date, Entry entry, DateOnly? from, EntryFilter filter, LeftOutCounter? leftOut, EvaluationContext context)
    {
        // Called for every entry: the milestone is looked at only for an entry dated before it.
        if (from is not null && date < from.Value)
        {
            var after = After as Enum;
            if (after is not null)
            {
                leftOut?.Add("before the earliest " + Degrees(after, context.Level.Wording));
                return false;
            }
        }
        if (filter.Accepts(entry)) return true;
        leftOut?.Add(filter.Refusal(entry, context.Level.Wording)!); // null only for an entry the filter accepts
        return false;
    }

    private bool Endorsed(Session session, Vocabulary vocabulary)
    {
        var ids = EndorsedIds;
        if (ids is null) return true;
        foreach (var held in session.ProviderEndorsements)
        {
            foreach (var id in ids)
            {
                var accepted = vocabulary.Level(id);
                if (accepted is not null && vocabulary.Counts(held, accepted.Id)) return true;
            }
        }
        return false;
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
        => NamedMilestone(types, wording) ?? "after the earliest " + Degrees(types, wording);

    // The display name the catalog gives the milestone's types ("post-graduate"), which reads before a noun; null when it names none.
    internal static string? NamedMilestone(Enum types, Wording wording)
        => wording.Vocabulary.Find(types.GetType())?.NamedSet(WordBits.Of(types))?.Display;
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

    /// <summary>With parts or rules about sources: the set found (the first that meets every condition, else the one with most hours).</summary>
    public HourSet? Set { get; init; }

    /// <summary>With a <see cref="Set"/>: the providers' names by index (empty when sources do not matter).</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>The entries left out, by reason, when the catalog reports them.</summary>
    public ImmutableArray<LeftOutCount> LeftOut { get; init; } = [];
}
