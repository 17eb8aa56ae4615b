using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>A minimum with parts or rules about the sources of its hours, evaluated as sets (see <see cref="HourSets"/>).</summary>
public sealed partial class MinHoursAttribute
{
    private IEnumerable<HoursPartAttribute> DeclaredParts => Parts.OfType<HoursPartAttribute>();

    // DeclaredParts.Any() without the iterator, for every evaluation.
    private bool HasDeclaredParts()
    {
        for (int i = 0; i < Parts.Count; i++)
        {
            if (Parts[i] is HoursPartAttribute) return true;
        }
        return false;
    }

    // Sessions from at most K providers, or the majority from one: which providers brought the hours matters.
    private bool SourcesMatter => MaxProviders > 0 || MajorityFromOne;

    private HoursOutcome AssessSets(EvaluationContext context, DateOnly? from)
    {
        var leftOut = context.Vocabulary.ReportsLeftOut ? new LeftOutCounter() : null;
        var counted = Gather(context, from, leftOut);
        var (met, found) = HourSets.Find(counted.Entries, counted.Names.Length, counted.Rules);
        var parts = counted.Rules.Parts;
        // No entry at all: an empty set, so the report still says what each part lacks.
        var set = found ?? new HourSet(context.AsOf, context.AsOf, [], 0, [.. new decimal[parts.Masks]], 0, MinimumMonths == 0, !MajorityFromOne);
        decimal shortfall = Math.Max(0, parts.Total - set.Countable);
        return new HoursOutcome(met, set.Hours, Minimum)
        {
            Set = set, Shortfall = shortfall, SpanMet = set.SpanMet,
            Sources = SourcesMatter ? counted.Names : [],
            LeftOut = leftOut?.ToImmutable() ?? [],
        };
    }

    /// <summary>The counted entries as sourced hours with the parts they may count in, and the rules of the search.</summary>
    /// <param name="Entries">The entries; sources numbered in name order.</param>
    /// <param name="Names">The sources' names by index (one empty name when sources do not matter).</param>
    /// <param name="Rules">The parts (the declared ones, then the rest when they leave some of the minimum), window and sources.</param>
    /// <param name="Filters">The declared parts' filters, in order.</param>
    /// <param name="Rest">The last part takes any counted hour.</param>
    private sealed record CountedHours(SourcedHours[] Entries, ImmutableArray<string> Names, HourSetRules Rules, List<EntryFilter> Filters, bool Rest)
    {
        /// <summary>The mask of the parts an entry carrying these words counts in.</summary>
        public int Mask(in EntryWords words)
        {
            int mask = Rest ? 1 << Filters.Count : 0;
            for (int i = 0; i < Filters.Count; i++)
            {
                if (Filters[i].Accepts(words)) mask |= 1 << i;
            }
            return mask;
        }
    }

    private CountedHours Gather(EvaluationContext context, DateOnly? from, LeftOutCounter? leftOut = null)
    {
        var wording = context.Level.Wording;
        var declared = DeclaredParts.ToList();
        var filters = declared.Select(p => PartFilter(p, wording)).ToList();
        decimal declaredSum = declared.Sum(p => (decimal)p.Hours);
        // What the parts leave of the minimum may be any counted hour: one more part that takes every entry.
        bool rest = declared.Count == 0 || declaredSum < Minimum;
        var minimums = declared.Select(p => (decimal)p.Hours).ToList();
        if (rest) minimums.Add(Minimum - declaredSum);
        var parts = new Evaluation.HourParts([.. minimums]);

        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var counted = new List<(DateOnly Date, decimal Hours, string Provider, EntryWords Words)>();
        Collect(context, from, leftOut, counted, (list, date, hours, words, source) =>
        {
            string provider = SourcesMatter ? source.Trim() : "";
            if (!index.ContainsKey(provider))
            {
                index[provider] = 0;
                names.Add(provider);
            }
            list.Add((date, hours, provider, words));
        });
        // Sources are numbered in name order, so a set's sources in index order are in name order.
        names.Sort(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Count; i++) index[names[i]] = i;
        // Without a limit on providers (only the majority rule), any of the portfolio's providers may join a set.
        int most = !SourcesMatter ? 1 : MaxProviders > 0 ? MaxProviders : Math.Max(1, names.Count);
        var rules = new HourSetRules(parts, Minimum, MaximumMonths, MinimumMonths, most, MajorityFromOne);
        var result = new CountedHours([], [.. names], rules, filters, rest);
        return result with { Entries = [.. counted.Select(c => new SourcedHours(c.Date, c.Hours, index[c.Provider], result.Mask(c.Words)))] };
    }

    private Explanation ExplainSet(HoursOutcome outcome, HourSet set, string entries, Wording wording)
    {
        var declared = DeclaredParts.ToList();
        var detail = $"{Prose.ClockHours(set.Hours)} of {entries}";
        if (MaximumMonths > 0 && set.Hours > 0) detail += $" from {Prose.Date(set.First)} to {Prose.Date(set.Last)}";
        if (SourcesMatter && set.Sources.Length > 0)
        {
            detail += " from " + Prose.AndList([.. set.Sources.Select(s => $"{Printable.Escape(outcome.Sources[s.Source])} ({Prose.ClockHours(s.Hours)})")]);
        }
        if (declared.Count > 0)
        {
            var each = declared.Select((p, i) => $"{Prose.Hours(Evaluation.HourParts.Available(set.ByMask.AsSpan(), 1 << i))} {PartWords(p, wording)} (at least {Prose.Hours((decimal)p.Hours)})");
            detail += $"; counted once across the parts: {Prose.Hours(Math.Min(set.Countable, Minimum))} of {Prose.Hours(Minimum)} ({string.Join(", ", each)})";
        }
        detail += LeftOutCounter.Words(outcome.LeftOut, wording.Vocabulary.Name(Evidence).Plural);
        if (outcome.Met) return new(detail, null);

        var missing = new List<string>();
        if (outcome.Shortfall > 0)
        {
            var more = $"{More(outcome.Shortfall)} of {entries}";
            var inParts = Shortfalls(set, declared.Count)
                .Select(s => $"at least {Prose.Hours(s.Hours)} of them {Prose.OrList([.. Members(s.Parts).Select(i => PartWords(declared[i], wording))])}")
                .ToList();
            if (inParts.Count > 0) more += ", " + Prose.AndList(inParts);
            missing.Add(more);
        }
        if (!set.SpanMet) missing.Add($"{wording.Vocabulary.Name(Evidence).Plural} spanning at least {SpanWords(MinimumMonths)}");
        if (!set.MajorityMet) missing.Add($"more than {Prose.ClockHours(Minimum / 2)} from one provider");
        // What the set lacks stays in the evidence; what is missing from the as-of date on is the advice.
        return new($"{detail}; it lacks {string.Join("; ", missing)}", string.Join("; ", missing));
    }

    // The declared parts short on their own (a part's minimum less its hours), as iecmh-2024.md's
    // "Training parts" words the evidence: never a set of parts (the rest is a shortfall of the total,
    // said first). What to add so that every set is met is the advice's business.
    private IEnumerable<PartsShortfall> Shortfalls(HourSet set, int declared)
    {
        var parts = DeclaredParts.ToList();
        for (int i = 0; i < declared; i++)
        {
            decimal lack = (decimal)parts[i].Hours - Evaluation.HourParts.Available(set.ByMask.AsSpan(), 1 << i);
            if (lack > 0) yield return new PartsShortfall(1 << i, lack);
        }
    }

    private static IEnumerable<int> Members(int mask)
    {
        for (int i = 0; mask >> i != 0; i++)
        {
            if ((mask & (1 << i)) != 0) yield return i;
        }
    }

    private EntryFilter PartFilter(HoursPartAttribute part, Wording wording)
        => EntryFilter.Create(wording.Vocabulary, wording.Level, Evidence, part.Where, part.WhereAny);

    // A part by the words that set it apart: "relationship-based or infant mental health", "about the RS/C you provide".
    private string PartWords(HoursPartAttribute part, Wording wording, bool brief = false)
        => wording.Words(PartFilter(part, wording), brief);

    private string SourcesWords()
    {
        var text = MaxProviders > 0 ? $"from at most {MaxProviders} {(MaxProviders == 1 ? "provider" : "providers")}" : "";
        if (MajorityFromOne) text += (text.Length > 0 ? ", " : "") + $"more than {Prose.ClockHours(Minimum / 2)} from one provider";
        return text;
    }
}
