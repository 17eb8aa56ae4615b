using System.Collections.Immutable;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>An "at least one of the ratings" condition. From <see cref="AtLeastOneRatingAttribute"/>.</summary>
public sealed record RatingCondition(RaterRoles Roles = RaterRoles.None, bool Current = false, bool ProvidesReflectiveSupervision = false);

/// <summary>One way to fill a numbered rating item. From <see cref="RatingItemAttribute"/>.</summary>
public sealed record RatingItemOption(int Item, RaterRoles Roles = RaterRoles.None, bool Current = false, bool ProvidesReflectiveSupervision = false, bool FamiliarWithImh = false, ApplicantCondition When = ApplicantCondition.None);

/// <summary>
/// Professional reference ratings: a count of ratings from different raters with accepted roles
/// and "at least one" conditions, or numbered items filled by different raters (a bipartite
/// matching), plus the endorsed-rater rule. Built from all rating attributes of one requirement.
/// </summary>
public sealed class RatingsRule : Rule
{
    /// <summary>How many ratings.</summary>
    public int Count { get; init; }
    /// <summary>Accepted roles (count mode); None accepts any role.</summary>
    public RaterRoles Roles { get; init; }
    /// <summary>"At least one" conditions (count mode).</summary>
    public ImmutableArray<RatingCondition> AtLeastOne { get; init; } = [];
    /// <summary>Options of the numbered items (matching mode).</summary>
    public ImmutableArray<RatingItemOption> Items { get; init; } = [];
    /// <summary>Endorsement levels of which at least one counted rater must hold one; empty for no such rule.</summary>
    public ImmutableArray<string> EndorsedLevels { get; init; } = [];

    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new List<string>();
        if (Items.IsDefaultOrEmpty)
        {
            parts.Add($"at least {Count} ratings from different raters, each a {(Roles == RaterRoles.None ? "rater" : Words.Roles(Roles))}");
            foreach (var c in AtLeastOne) parts.Add($"at least one from {DescribeCondition(c)}");
        }
        else
        {
            var items = ItemNumbers();
            var described = new List<string>();
            foreach (var n in items) described.Add($"({n}) {DescribeItem(n)}");
            parts.Add($"{items.Length} ratings from different raters: {string.Join("; ", described)}");
        }
        if (!EndorsedLevels.IsDefaultOrEmpty) parts.Add($"at least one from a rater endorsed at {Words.OrList(EndorsedLevels)}");
        return string.Join("; ", parts);
    }

    /// <inheritdoc />
    public override string Summarize()
    {
        var text = Items.IsDefaultOrEmpty ? $"{Count} ratings" : $"{ItemNumbers().Length} numbered ratings";
        if (!EndorsedLevels.IsDefaultOrEmpty) text += $", one endorsed at {Words.OrList(EndorsedLevels)}";
        return text;
    }

    /// <summary>Plain words for a numbered item's options.</summary>
    public string DescribeItem(int item)
    {
        var options = new List<string>();
        foreach (var o in Items)
        {
            if (o.Item == item) options.Add(DescribeOption(o));
        }
        return Words.OrList(options);
    }

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context) => Items.IsDefaultOrEmpty ? EvaluateCount(context, report: true).Finding! : EvaluateItems(context, report: true).Finding!;

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context) => Items.IsDefaultOrEmpty ? EvaluateCount(context, report: false).Met : EvaluateItems(context, report: false).Met;

    /// <summary>References up to this many are grouped on the stack, by pairwise comparison of names.</summary>
    private const int StackLimit = 32;

    // Rules are immutable: the item numbers and each option's item bit are worked out once.
    private int[]? itemNumbers;
    private uint[]? optionBits;

    private (bool Met, Finding? Finding) EvaluateItems(EvaluationContext context, bool report)
    {
        var refs = context.Portfolio.References;
        var items = ItemNumbers();
        var bits = OptionBits();
        Span<int> groupOf = refs.Count <= StackLimit ? stackalloc int[refs.Count] : new int[refs.Count];
        int groups = GroupByRater(refs, groupOf);
        Span<uint> masks = groups <= StackLimit ? stackalloc uint[groups] : new uint[groups];
        Span<bool> endorsed = groups <= StackLimit ? stackalloc bool[groups] : new bool[groups];
        masks.Clear();
        endorsed.Clear();
        for (int r = 0; r < refs.Count; r++)
        {
            uint mask = 0;
            for (int o = 0; o < Items.Length; o++)
            {
                if (Fills(refs[r], Items[o], context)) mask |= bits[o];
            }
            masks[groupOf[r]] |= mask;
            if (mask != 0 && IsEndorsed(refs[r])) endorsed[groupOf[r]] = true;
        }
        var match = RatingMatcher.Match(masks, endorsed, items.Length);
        bool endorsedOk = EndorsedLevels.IsDefaultOrEmpty || match.IncludesEndorsed;
        bool met = match.Complete && endorsedOk;
        if (!report) return (met, null);

        var assignments = ImmutableArray.CreateBuilder<RatingAssignment>(items.Length);
        var missing = new List<string>();
        for (int k = 0; k < items.Length; k++)
        {
            int g = match.CandidateForItem[k];
            if (g < 0)
            {
                missing.Add($"a rating for item {items[k]}: {DescribeItem(items[k])}");
                continue;
            }
            for (int r = 0; r < refs.Count; r++)
            {
                if (groupOf[r] == g && FillsItem(refs[r], items[k], context))
                {
                    assignments.Add(new RatingAssignment(items[k].ToString(System.Globalization.CultureInfo.InvariantCulture), refs[r].Rater, Words.Role(refs[r].Role)));
                    break;
                }
            }
        }
        if (!endorsedOk) missing.Add($"one of the ratings from a rater endorsed at {Words.OrList(EndorsedLevels)}");
        string detail;
        if (assignments.Count == 0) detail = "no rating fills a numbered item";
        else
        {
            var filled = new string[assignments.Count];
            for (int i = 0; i < filled.Length; i++) filled[i] = $"{assignments[i].Item}: {assignments[i].Rater} ({assignments[i].Role})";
            detail = string.Join("; ", filled);
        }
        if (!EndorsedLevels.IsDefaultOrEmpty) detail += EndorsedDetail(refs, match, groupOf);
        return (met, Found(met, detail, met ? null : string.Join("; ", missing), ratings: assignments.DrainToImmutable()));
    }

    private string EndorsedDetail(IReadOnlyList<ReferenceRating> refs, RatingMatch match, ReadOnlySpan<int> groupOf)
    {
        foreach (var g in match.CandidateForItem)
        {
            if (g < 0) continue;
            for (int r = 0; r < refs.Count; r++)
            {
                if (groupOf[r] == g && IsEndorsed(refs[r])) return $"; endorsed rater: {refs[r].Rater} ({refs[r].RaterEndorsement})";
            }
        }
        return "; no endorsed rater among them";
    }

    private (bool Met, Finding? Finding) EvaluateCount(EvaluationContext context, bool report)
    {
        var refs = context.Portfolio.References;
        Span<int> groupOf = refs.Count <= StackLimit ? stackalloc int[refs.Count] : new int[refs.Count];
        int groups = GroupByRater(refs, groupOf);

        // The accepted ratings, rater by rater (in order of first appearance), each rater's in portfolio order.
        Span<int> acceptedRatings = refs.Count <= StackLimit ? stackalloc int[refs.Count] : new int[refs.Count];
        int acceptedCount = 0;
        int accepted = 0;
        for (int g = 0; g < groups; g++)
        {
            bool any = false;
            for (int r = 0; r < refs.Count; r++)
            {
                if (groupOf[r] == g && RoleAccepted(refs[r].Role, Roles)) { acceptedRatings[acceptedCount++] = r; any = true; }
            }
            if (any) accepted++;
        }
        acceptedRatings = acceptedRatings[..acceptedCount];

        Span<int> conditionRater = AtLeastOne.Length <= StackLimit ? stackalloc int[AtLeastOne.Length] : new int[AtLeastOne.Length];
        bool met = accepted >= Count;
        for (int c = 0; c < AtLeastOne.Length; c++)
        {
            conditionRater[c] = -1;
            foreach (var r in acceptedRatings)
            {
                if (Satisfies(refs[r], AtLeastOne[c])) { conditionRater[c] = r; break; }
            }
            met &= conditionRater[c] >= 0;
        }
        int endorsedRater = -1;
        if (!EndorsedLevels.IsDefaultOrEmpty)
        {
            foreach (var r in acceptedRatings)
            {
                if (IsEndorsed(refs[r])) { endorsedRater = r; break; }
            }
            met &= endorsedRater >= 0;
        }
        if (!report) return (met, null);

        var assignments = ImmutableArray.CreateBuilder<RatingAssignment>();
        var missing = new List<string>();
        if (accepted < Count)
        {
            int more = Count - accepted;
            missing.Add($"{more} more {(more == 1 ? "rating" : "ratings")} from a different {(Roles == RaterRoles.None ? "rater" : Words.Roles(Roles))}");
        }
        for (int c = 0; c < AtLeastOne.Length; c++)
        {
            var label = DescribeCondition(AtLeastOne[c]);
            if (conditionRater[c] >= 0) assignments.Add(new RatingAssignment(label, refs[conditionRater[c]].Rater, Words.Role(refs[conditionRater[c]].Role)));
            else missing.Add($"a rating from {label}");
        }
        if (!EndorsedLevels.IsDefaultOrEmpty)
        {
            var label = $"a rater endorsed at {Words.OrList(EndorsedLevels)}";
            if (endorsedRater >= 0) assignments.Add(new RatingAssignment(label, refs[endorsedRater].Rater, Words.Role(refs[endorsedRater].Role)));
            else missing.Add($"a rating from {label}");
        }
        var detail = $"{accepted} {(accepted == 1 ? "rating" : "ratings")} from accepted raters";
        if (assignments.Count > 0) detail += ": " + string.Join("; ", assignments.Select(a => $"{a.Item}: {a.Rater}"));
        return (met, Found(met, detail, met ? null : string.Join("; ", missing), ratings: assignments.ToImmutable()));
    }

    private int[] ItemNumbers() => itemNumbers ??= Items.Select(o => o.Item).Distinct().OrderBy(n => n).ToArray();

    /// <summary>For each option, the bit of its item among <see cref="ItemNumbers"/>.</summary>
    private uint[] OptionBits()
    {
        if (optionBits is not null) return optionBits;
        var items = ItemNumbers();
        var bits = new uint[Items.Length];
        for (int o = 0; o < bits.Length; o++) bits[o] = 1u << Array.IndexOf(items, Items[o].Item);
        return optionBits = bits;
    }

    private bool FillsItem(ReferenceRating rating, int item, EvaluationContext context)
    {
        foreach (var o in Items)
        {
            if (o.Item == item && Fills(rating, o, context)) return true;
        }
        return false;
    }

    private static bool Fills(ReferenceRating r, RatingItemOption o, EvaluationContext context)
        => RoleAccepted(r.Role, o.Roles)
        && (!o.Current || r.Current)
        && (!o.ProvidesReflectiveSupervision || r.ProvidesReflectiveSupervision)
        && (!o.FamiliarWithImh || r.FamiliarWithImh)
        && context.Holds(o.When);

    private static bool Satisfies(ReferenceRating r, RatingCondition c)
        => RoleAccepted(r.Role, c.Roles) && (!c.Current || r.Current) && (!c.ProvidesReflectiveSupervision || r.ProvidesReflectiveSupervision);

    private static bool RoleAccepted(RaterRole role, RaterRoles accepted) => accepted == RaterRoles.None || (accepted & RoleFlag(role)) != 0;

    internal static RaterRoles RoleFlag(RaterRole role) => (RaterRoles)(1 << (int)role);

    private bool IsEndorsed(ReferenceRating r)
    {
        if (r.RaterEndorsement is null) return false;
        foreach (var level in EndorsedLevels)
        {
            if (string.Equals(level, r.RaterEndorsement, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Ratings from the same person (names compared case-insensitively, trimmed) are one rater:
    // a person fills at most one numbered item and counts once towards "three ratings".
    // Fills groupOf with each rating's rater, numbered in order of first appearance; returns the number of raters.
    private static int GroupByRater(IReadOnlyList<ReferenceRating> refs, Span<int> groupOf)
    {
        int groups = 0;
        if (refs.Count <= StackLimit)
        {
            // A handful of names: pairwise comparison beats hashing and allocates nothing.
            for (int i = 0; i < refs.Count; i++)
            {
                var name = refs[i].Rater.AsSpan().Trim();
                groupOf[i] = -1;
                for (int j = 0; j < i; j++)
                {
                    if (name.Equals(refs[j].Rater.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) { groupOf[i] = groupOf[j]; break; }
                }
                if (groupOf[i] < 0) groupOf[i] = groups++;
            }
            return groups;
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < refs.Count; i++)
        {
            var key = refs[i].Rater.Trim();
            if (!index.TryGetValue(key, out var g))
            {
                g = groups++;
                index[key] = g;
            }
            groupOf[i] = g;
        }
        return groups;
    }

    private static string DescribeCondition(RatingCondition c)
    {
        if (c.ProvidesReflectiveSupervision && c.Roles == RaterRoles.None) return "the person providing your reflective supervision/consultation";
        var text = (c.Current ? "a current " : "a ") + (c.Roles == RaterRoles.None ? "rater" : Words.Roles(c.Roles));
        if (c.ProvidesReflectiveSupervision) text += " who provides your reflective supervision/consultation";
        return text;
    }

    private static string DescribeOption(RatingItemOption o)
    {
        string text;
        if (o.ProvidesReflectiveSupervision && o.Roles == RaterRoles.None) text = "the person providing reflective supervision/consultation";
        else
        {
            text = (o.Current ? "a current " : "a ") + (o.Roles == RaterRoles.None ? "rater" : Words.Roles(o.Roles));
            if (o.ProvidesReflectiveSupervision) text += " providing reflective supervision/consultation";
        }
        if (o.FamiliarWithImh) text += " familiar with infant mental health";
        if (o.When == ApplicantCondition.SupervisesOthers) text += " (if the applicant supervises others)";
        if (o.When == ApplicantCondition.ProvidesReflectiveSupervision) text += " (if the applicant provides reflective supervision/consultation)";
        return text;
    }
}
