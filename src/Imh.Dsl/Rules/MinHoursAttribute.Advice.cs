using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

// The advice of a minimum of hours: the fewest hours to add from the as-of date on, in the window
// that can still take them (see HourPlans), and the date by which they must be done.
public sealed partial class MinHoursAttribute
{
    /// <inheritdoc />
    protected override Advice? Advise(HoursOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var (from, latest) = NewDates(context);
        var steps = ImmutableArray.CreateBuilder<Step>();
        string prefix = "";
        DateOnly? milestone = null;
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        var after = After as Enum;
        if (after is not null)
        {
            milestone = context.EarliestAward(after);
            if (milestone is null)
            {
                // Nothing counts before the award: the plan starts on the day the credential is added.
                var credential = Credential(after, from, wording);
                if (credential is null) return null;
                steps.Add(credential);
                milestone = from;
                prefix = $"{Prose.WithArticle(Degrees(after, wording))} awarded by {Prose.Date(from)}, then ";
            }
        }
        var counted = Gather(context, milestone);
        var kinds = Kinds(counted, wording);
        if (kinds.Count == 0) return null;
        var plan = HourPlans.Cheapest(counted.Entries, counted.Names.Length, counted.Rules, from, latest, [.. kinds.Select(k => k.Mask)]);
        if (plan is null) return null;

        string? provider = SourcesMatter && plan.Source >= 0 ? counted.Names[plan.Source] : null;
        var ids = EndorsedIds;
        ImmutableArray<string> endorsed = ids is not null ? [.. ids] : [];
        bool first = true;
        foreach (var (kind, hours) in plan.Additions)
        {
            steps.Add(new AddHours
            {
                Evidence = Evidence, Example = kinds[kind].Words, Accepts = kinds[kind].Filters, Hours = hours,
                From = from, By = plan.Deadline, Reach = first ? plan.Reach : null, StartsWindow = first && plan.StartsWindow,
                Provider = provider, ProviderEndorsedIn = endorsed,
            });
            first = false;
        }
        if (plan.OneMoreEntry)
        {
            steps.Add(new AddEntries
            {
                Evidence = Evidence, Example = kinds[0].Words, Accepts = kinds[0].Filters, Count = 1,
                From = plan.Reach!.Value, By = plan.Deadline, Provider = provider, ProviderEndorsedIn = endorsed,
            });
        }
        var text = prefix + Words(plan, kinds, counted, provider, from, context.RenewalYear is not null, wording);
        // When the cheapest way is a window about to close, say what a new window asks instead.
        if (!plan.Sources.IsEmpty && plan.Deadline is not null)
        {
            var fresh = HourPlans.Cheapest([], 0, counted.Rules, from, latest, [.. kinds.Select(k => k.Mask)]);
            DateOnly? later = fresh?.Deadline;
            if (fresh is not null && later is not null && later.Value > plan.Deadline.Value)
            {
                text += $"; or {Prose.ClockHours(fresh.Hours)} in a new window, {Prose.Date(from)} to {Prose.Date(later.Value)}";
            }
        }
        return new Advice(text, steps.ToImmutable());
    }

    // New hours are dated from the as-of date on; in a renewal, anywhere in the renewal year (on its
    // last day when a window must take them after every entry counted).
    private (DateOnly From, DateOnly? Latest) NewDates(EvaluationContext context)
    {
        int? year = context.RenewalYear;
        if (year is null) return (context.AsOf, null);
        var end = new DateOnly(year.Value, 12, 31);
        return (MaximumMonths > 0 ? context.AsOf : new DateOnly(year.Value, 1, 1), end);
    }

    /// <summary>A kind of new hours: the words they carry, the filters those words pass, the parts they count in.</summary>
    private sealed record Kind(EntryWords Words, ImmutableArray<EntryFilter> Filters, int Mask);

    // Hours that count in every part, in each part alone, and in the rest: the search fills each short cut with the widest.
    private List<Kind> Kinds(CountedHours counted, Wording wording)
    {
        var filter = FilterFor(wording);
        var kinds = new List<Kind>();
        void Add(params EntryFilter[] parts)
        {
            var example = filter.Example(parts);
            if (example is null) return;
            var words = example.Value;
            if (kinds.Any(k => k.Words == words)) return;
            kinds.Add(new Kind(words, [filter, .. parts], counted.Mask(words)));
        }
        if (counted.Filters.Count > 1) Add([.. counted.Filters]);
        foreach (var part in counted.Filters) Add(part);
        Add();
        return [.. kinds.Where(k => k.Mask != 0).OrderByDescending(k => System.Numerics.BitOperations.PopCount((uint)k.Mask))];
    }

    /// <summary>A credential of one of <paramref name="types"/> (a milestone), awarded by <paramref name="by"/>.</summary>
    internal static AddCredential? Credential(Enum types, DateOnly by, Wording wording)
    {
        var filter = EntryFilter.Create(wording.Vocabulary, wording.Level, Evidence.Credentials, [types]);
        var words = filter.Example();
        return words is null ? null : new AddCredential { Evidence = Evidence.Credentials, Example = words.Value, Accepts = [filter], By = by };
    }

    private string Words(HourPlan plan, List<Kind> kinds, CountedHours counted, string? provider, DateOnly from, bool renewal, Wording wording)
    {
        var name = wording.Vocabulary.Name(Evidence);
        // Every word an added entry carries, with the short noun: "relationship-based RS/C with an approved provider".
        string entries = wording.Entries(FilterFor(wording), noun: name.Short);
        var deadline = plan.Deadline;
        string dates = renewal && deadline is not null ? $"dated in {deadline.Value.Year}, by {Prose.Date(deadline.Value)}"
            : deadline is not null ? $"dated {Prose.Date(from)} to {Prose.Date(deadline.Value)}"
            : $"dated {Prose.Date(from)} or later";
        string source = provider is not null ? $" from {Printable.Escape(provider)}" : SourcesMatter ? " from one provider" : "";
        var ids = EndorsedIds;
        // "from Pat endorsed as ...", "from one provider endorsed as ..."; with no provider named, "from a provider endorsed as ...".
        if (ids is not null) source += (source.Length == 0 ? " from a provider" : "") + $" endorsed as {Wording.Ids(ids)}";
        string window = MaximumMonths == 0 ? ""
            : plan.Sources.IsEmpty ? $", in a new window of {WindowWords()}"
            : $", with the {Prose.ClockHours(plan.Existing)} since {Prose.Date(plan.Start)} (one window of {WindowWords()})";
        if (plan.OneMoreEntry)
        {
            return $"one more {name.Singular} of {entries}{source} dated {Prose.Date(plan.Reach!.Value)} to {Prose.Date(plan.Deadline!.Value)},"
                + $" so that the {Prose.ClockHours(plan.Existing)} since {Prose.Date(plan.Start)} span at least {SpanWords(MinimumMonths)}";
        }
        var text = $"{More(plan.Hours)} of {entries}{source} {dates}";
        if (plan.StartsWindow) text += $", the first on {Prose.Date(from)} and one on or after {Prose.Date(plan.Reach!.Value)}";
        else if (plan.Reach is not null) text += $", one of them on or after {Prose.Date(plan.Reach.Value)}";
        if (counted.Filters.Count > 0) text += " (" + string.Join(", ", plan.Additions.Select(a => $"{Prose.Hours(a.Hours)} {KindWords(kinds[a.Kind], wording)}")) + ")";
        return text + window;
    }

    // The declared parts a kind of hours counts in, by their words; "of any kind" for the rest alone.
    private string KindWords(Kind kind, Wording wording)
    {
        var parts = DeclaredParts.Where((p, i) => (kind.Mask & (1 << i)) != 0).Select(p => PartWords(p, wording)).ToList();
        return parts.Count == 0 ? "of any kind" : Prose.AndList(parts);
    }
}
