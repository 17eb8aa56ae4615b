using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// At least <c>count</c> reference ratings from different raters (names compared trimmed and
/// case-insensitively): a rating counts when it meets <c>Where</c> (its role, its flags). With
/// <see cref="AtLeastOneRatingAttribute"/> parts, some counted rating meets each such condition;
/// with <see cref="RatingItemAttribute"/> parts, the ratings fill numbered items instead, each item
/// by a different rater (a matching, not a count); with <see cref="EndorsedRaterAttribute"/>, one of
/// the ratings counted (or filling the items) comes from an endorsed rater.
/// </summary>
[Counts(Evidence.References)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed partial class RatingsAttribute(int count) : EntriesRuleAttribute<RatingsOutcome>
{
    /// <summary>How many ratings.</summary>
    [Positive, Amount("ratings")]
    public int Count { get; } = count;

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.References;

    private IEnumerable<AtLeastOneRatingAttribute> Conditions => Shaped().Conditions;

    private ImmutableArray<RatingItemAttribute> Options => Shaped().Options;

    private EndorsedRaterAttribute? Endorsed => Shaped().Endorsed;

    private bool Numbered => !Shaped().Options.IsEmpty;

    /// <summary>The item numbers, ascending.</summary>
    private ImmutableArray<int> ItemNumbers => Shaped().Items;

    // The parts sorted by kind, once: every evaluation and report reads them. Parts are attached while the
    // requirement is built, so a shape made before that (a rule described on its own) is made again.
    private PartsShape Shaped()
    {
        var shape = _shape;
        if (shape is not null && shape.Count == Parts.Count) return shape;
        ImmutableArray<RatingItemAttribute> options = [.. Parts.OfType<RatingItemAttribute>()];
        ImmutableArray<int> items = [.. options.SelectMany(o => o.Items).Distinct().Order()];
        // Each option's items as bits in the order of the item numbers.
        uint[] masks = [.. options.Select(o => o.Items.Aggregate(0u, (mask, item) => mask | 1u << items.IndexOf(item)))];
        shape = new PartsShape(Parts.Count, [.. Parts.OfType<AtLeastOneRatingAttribute>()], options, items, masks,
            Parts.OfType<EndorsedRaterAttribute>().FirstOrDefault());
        _shape = shape;
        return shape;
    }

    private PartsShape? _shape;

    private sealed record PartsShape(int Count, AtLeastOneRatingAttribute[] Conditions, ImmutableArray<RatingItemAttribute> Options, ImmutableArray<int> Items,
        uint[] Masks, EndorsedRaterAttribute? Endorsed);

    /// <inheritdoc />
    protected override RatingsOutcome Assess(EvaluationContext context)
    {
        var refs = context.Portfolio.References;
        // Per rating and per rater on the stack for a portfolio's handful of ratings: every report assesses them.
        Span<int> raterOf = refs.Count <= StackLimit ? stackalloc int[refs.Count] : new int[refs.Count];
        Span<bool> counts = refs.Count <= StackLimit ? stackalloc bool[refs.Count] : new bool[refs.Count];
        int raters = GroupByRater(refs, raterOf);
        var filter = FilterFor(context);
        var leftOut = context.Vocabulary.ReportsLeftOut ? new LeftOutCounter() : null;
        for (int r = 0; r < refs.Count; r++)
        {
            counts[r] = filter.Accepts(refs[r]);
            if (!counts[r] && leftOut is not null) leftOut.Add(filter.Refusal(refs[r], context.Level.Wording) ?? "");
        }
        var outcome = Numbered ? AssessItems(context, refs, raterOf, raters, counts) : AssessCount(context, refs, raterOf, raters, counts);
        return leftOut is null ? outcome : outcome with { LeftOut = leftOut.ToImmutable() };
    }

    private const int StackLimit = 64;

    private RatingsOutcome AssessCount(EvaluationContext context, IReadOnlyList<ReferenceRating> refs, ReadOnlySpan<int> raterOf, int raters, ReadOnlySpan<bool> counts)
    {
        // The counted ratings rater by rater (in order of first appearance), each rater's in portfolio order:
        // a stable counting sort by rater number, as raters are numbered in order of first appearance. One
        // array, not a list per rater: 100,000 lists alive at once cost more in garbage collection than the work.
        var start = new int[raters + 1];
        for (int r = 0; r < refs.Count; r++)
        {
            if (counts[r]) start[raterOf[r] + 1]++;
        }
        int accepted = 0;
        for (int g = 0; g < raters; g++)
        {
            if (start[g + 1] > 0) accepted++;
            start[g + 1] += start[g];
        }
        var ordered = new int[start[raters]];
        for (int r = 0; r < refs.Count; r++)
        {
            if (counts[r]) ordered[start[raterOf[r]]++] = r;
        }
        var wording = context.Level.Wording;
        var conditions = Shaped().Conditions;
        var filled = new ReferenceRating?[conditions.Length];
        bool all = true;
        for (int c = 0; c < conditions.Length; c++)
        {
            var accepts = conditions[c].Filter(wording);
            foreach (int r in ordered)
            {
                if (accepts.Accepts(refs[r].Words)) { filled[c] = refs[r]; break; }
            }
            all &= filled[c] is not null;
        }
        ReferenceRating? endorsed = null;
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        var rule = Endorsed;
        if (rule is not null)
        {
            foreach (int r in ordered)
            {
                if (rule.Accepts(refs[r], context.Vocabulary)) { endorsed = refs[r]; break; }
            }
        }
        bool met = accepted >= Count && all && (Endorsed is null || endorsed is not null);
        return new RatingsOutcome(met) { Raters = accepted, Conditions = ImmutableCollectionsMarshal.AsImmutableArray(filled), Endorsed = endorsed };
    }

    private RatingsOutcome AssessItems(EvaluationContext context, IReadOnlyList<ReferenceRating> refs, ReadOnlySpan<int> raterOf, int raters, ReadOnlySpan<bool> counts)
    {
        var shape = Shaped();
        var items = shape.Items;
        var options = shape.Options;
        // Which items each counted rating can fill: option by option, so each option's filter is looked up once.
        Span<uint> fills = refs.Count <= StackLimit ? stackalloc uint[refs.Count] : new uint[refs.Count];
        for (int o = 0; o < options.Length; o++)
        {
            if (options[o].When is Enum && !context.Portfolio.Words.Has((Enum)options[o].When!)) continue;
            var filter = options[o].Filter(context.Level.Wording);
            for (int r = 0; r < refs.Count; r++)
            {
                if (counts[r] && filter.Accepts(refs[r].Words)) fills[r] |= shape.Masks[o];
            }
        }
        Span<uint> masks = raters <= StackLimit ? stackalloc uint[raters] : new uint[raters];
        Span<bool> endorsed = raters <= StackLimit ? stackalloc bool[raters] : new bool[raters];
        var rule = Endorsed;
        for (int r = 0; r < refs.Count; r++)
        {
            masks[raterOf[r]] |= fills[r];
            if (fills[r] != 0 && rule is not null && rule.Accepts(refs[r], context.Vocabulary)) endorsed[raterOf[r]] = true;
        }
        var match = RatingMatcher.Match(masks, endorsed, items.Length);

        // Which rating fills each item: the first rating of the matched rater that can fill it.
        var byItem = new ReferenceRating?[items.Length];
        for (int k = 0; k < items.Length; k++)
        {
            int g = match.CandidateForItem[k];
            for (int r = 0; g >= 0 && r < refs.Count; r++)
            {
                if (raterOf[r] == g && (fills[r] & (1u << k)) != 0) { byItem[k] = refs[r]; break; }
            }
        }
        ReferenceRating? endorsedRating = null;
        var e = Endorsed;
        if (e is not null)
        {
            foreach (int g in match.CandidateForItem)
            {
                if (g < 0 || !endorsed[g]) continue;
                for (int i = 0; i < refs.Count && endorsedRating is null; i++)
                {
                    if (raterOf[i] == g && fills[i] != 0 && e.Accepts(refs[i], context.Vocabulary)) endorsedRating = refs[i];
                }
                if (endorsedRating is not null) break;
            }
        }
        bool met = match.Complete && (Endorsed is null || match.IncludesEndorsed);
        return new RatingsOutcome(met) { Numbered = true, ItemNumbers = items, Items = ImmutableCollectionsMarshal.AsImmutableArray(byItem), Endorsed = endorsedRating };
    }

    // Ratings from the same person (names compared case-insensitively, trimmed) are one rater: a
    // person fills at most one numbered item and counts once towards "three ratings". Returns the
    // number of raters, each rating's rater number in raterOf.
    private static int GroupByRater(IReadOnlyList<ReferenceRating> refs, Span<int> raterOf)
    {
        if (refs.Count <= 16) return GroupFew(refs, raterOf);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < refs.Count; i++)
        {
            var key = refs[i].Rater.Trim();
            int g;
            if (!index.TryGetValue(key, out g)) index[key] = g = index.Count;
            raterOf[i] = g;
        }
        return index.Count;
    }

    // A portfolio names a handful of raters: comparing each with the earlier ones is cheaper than a dictionary.
    private static int GroupFew(IReadOnlyList<ReferenceRating> refs, Span<int> raterOf)
    {
        int raters = 0;
        for (int i = 0; i < refs.Count; i++)
        {
            var name = refs[i].Rater.AsSpan().Trim();
            raterOf[i] = -1;
            for (int j = 0; j < i && raterOf[i] < 0; j++)
            {
                if (name.Equals(refs[j].Rater.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) raterOf[i] = raterOf[j];
            }
            if (raterOf[i] < 0) raterOf[i] = raters++;
        }
        return raters;
    }
}

/// <summary>What a <see cref="RatingsAttribute"/> found.</summary>
/// <param name="Met">The ratings meet the rule.</param>
public sealed record RatingsOutcome(bool Met) : RuleOutcome(Met)
{
    /// <summary>Different raters whose ratings count (counted ratings).</summary>
    public int Raters { get; init; }

    /// <summary>Numbered items: the rule matches ratings to items.</summary>
    public bool Numbered { get; init; }

    /// <summary>The ratings not counted at all, by reason, when the catalog reports them.</summary>
    public ImmutableArray<LeftOutCount> LeftOut { get; init; } = [];

    /// <summary>For each "at least one" condition, in declaration order, the rating that meets it, or null.</summary>
    public ImmutableArray<ReferenceRating?> Conditions { get; init; } = [];

    /// <summary>The numbers of the items, ascending.</summary>
    public ImmutableArray<int> ItemNumbers { get; init; } = [];

    /// <summary>For each numbered item, in the order of <see cref="ItemNumbers"/>, the rating that fills it, or null.</summary>
    public ImmutableArray<ReferenceRating?> Items { get; init; } = [];

    /// <summary>The rating from an endorsed rater that meets the endorsed-rater part, or null.</summary>
    public ReferenceRating? Endorsed { get; init; }
}

/// <summary>"At least one of the ratings must be from ...": one rating may meet several such conditions.</summary>
[NotWith(typeof(RatingItemAttribute))]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class AtLeastOneRatingAttribute : RulePartAttribute<RatingsAttribute>
{
    private Kept<LevelDefinition?, EntryFilter>? _filter;

    /// <summary>What the rating must carry: a role (one of those named), flags (all of them).</summary>
    [Words(Evidence.References)]
    public object[]? Where { get; set; }

    // Per level: a part declared on a base record serves several levels (see KeptFor).
    internal EntryFilter Filter(Wording wording)
        => KeptFor.Get(ref _filter, wording.Level, (Where, wording.Vocabulary), static (level, s) => EntryFilter.Create(s.Vocabulary, level, Evidence.References, s.Where));
}

/// <summary>
/// One way of filling numbered rating item(s). Several parts for the same item are alternatives;
/// each item must be filled by a different rater.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class RatingItemAttribute(params int[] items) : RulePartAttribute<RatingsAttribute>
{
    private Kept<LevelDefinition?, EntryFilter>? _filter;

    /// <summary>The item number(s) this option fills.</summary>
    [Positive, Range(1, 32), Numbered(nameof(RatingsAttribute.Count))]
    public int[] Items { get; } = items;

    /// <summary>What the rating must carry: a role (one of those named), flags (all of them).</summary>
    [Words(Evidence.References)]
    public object[]? Where { get; set; }

    /// <summary>The option is open only when the applicant carries this flag.</summary>
    [Words(Evidence.Applicant, TagsOnly = true)]
    public object? When { get; set; }

    // Per level: a part declared on a base record serves several levels (see KeptFor).
    internal EntryFilter Filter(Wording wording)
        => KeptFor.Get(ref _filter, wording.Level, (Where, wording.Vocabulary), static (level, s) => EntryFilter.Create(s.Vocabulary, level, Evidence.References, s.Where));
}

/// <summary>At least one counted rating (or one filling the numbered items) comes from a rater endorsed at one of the given level ids (a track counts as its level).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class EndorsedRaterAttribute(params string[] levels) : RulePartAttribute<RatingsAttribute>
{
    /// <summary>Accepted endorsement level ids.</summary>
    [Positive, LevelIds(Seniority = true)]
    public string[] Levels { get; } = levels;

    internal bool Accepts(ReferenceRating rating, Vocabulary vocabulary)
    {
        var accepted = Accepted(vocabulary);
        foreach (var held in rating.RaterEndorsements)
        {
            foreach (var id in accepted)
            {
                if (vocabulary.Counts(held, id)) return true;
            }
        }
        return false;
    }

    // The accepted levels' canonical ids (those the vocabulary knows, in order), found once per vocabulary:
    // every rating of every report is checked against them.
    private string[] Accepted(Vocabulary vocabulary)
        => KeptFor.Get(ref _accepted, vocabulary, Levels, static (vocabulary, levels) =>
        {
            var ids = new List<string>(levels.Length);
            foreach (var level in levels)
            {
                var known = vocabulary.Level(level);
                if (known is not null) ids.Add(known.Id);
            }
            return ids.ToArray();
        });

    private Kept<Vocabulary, string[]>? _accepted;
}
