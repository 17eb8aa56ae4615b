using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

// The sentences of the ratings rule: its description and what a report says of an outcome.
public sealed partial class RatingsAttribute
{
    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var parts = new List<string>();
        if (!Numbered)
        {
            parts.Add($"at least {Count} ratings from different raters, each {Prose.WithArticle(wording.Entries(FilterFor(wording)))}");
            foreach (var c in Conditions) parts.Add($"at least one from {Prose.WithArticle(wording.Entries(c.Filter(wording)))}");
        }
        else
        {
            var items = ItemNumbers;
            parts.Add($"{items.Length} ratings from different raters: {string.Join("; ", items.Select(n => $"({n}) {DescribeItem(n, wording)}"))}");
        }
        if (Endorsed is { } e) parts.Add($"at least one from a rater endorsed at {Wording.Ids(e.Levels)}");
        return string.Join("; ", parts);
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var text = Numbered ? $"{ItemNumbers.Length} numbered ratings" : $"{Count} ratings";
        return Endorsed is { } e ? $"{text}, one endorsed at {Wording.Ids(e.Levels)}" : text;
    }

    /// <summary>The ways of filling a numbered item, in words.</summary>
    public string DescribeItem(int item, Wording wording)
    {
        var options = Options.Where(o => o.Items.Contains(item)).Select(o => DescribeOption(o, wording)).ToList();
        // Options that are lists themselves are set apart with a comma: "a teacher or colleague, or a supervisee".
        return options.Count > 1 && options.Any(o => o.Contains(" or ", StringComparison.Ordinal))
            ? string.Join(", ", options.Take(options.Count - 1)) + ", or " + options[^1]
            : Prose.OrList(options);
    }

    /// <inheritdoc />
    protected override Explanation Explain(RatingsOutcome outcome, Wording wording)
    {
        var explanation = outcome.Numbered ? ExplainItems(outcome, wording) : ExplainCount(outcome, wording);
        return explanation with { Detail = explanation.Detail + LeftOutCounter.Words(outcome.LeftOut, wording.Vocabulary.Name(Evidence.References).Plural) };
    }

    private Explanation ExplainCount(RatingsOutcome outcome, Wording wording)
    {
        var filled = new List<string>();
        var missing = new List<string>();
        if (outcome.Raters < Count)
        {
            int more = Count - outcome.Raters;
            missing.Add($"{more} more {(more == 1 ? "rating" : "ratings")} from a different {wording.Entries(FilterFor(wording))}");
        }
        int i = 0;
        foreach (var c in Conditions)
        {
            var label = Prose.WithArticle(wording.Entries(c.Filter(wording)));
            if (outcome.Conditions[i++] is { } rating) filled.Add($"{label}: {rating.Rater}");
            else missing.Add($"a rating from {label}");
        }
        if (Endorsed is { } e)
        {
            var label = $"a rater endorsed at {Wording.Ids(e.Levels)}";
            if (outcome.Endorsed is { } rating) filled.Add($"{label}: {rating.Rater}");
            else missing.Add($"a rating from {label}");
        }
        var detail = $"{outcome.Raters} {(outcome.Raters == 1 ? "rating" : "ratings")} from accepted raters";
        if (filled.Count > 0) detail += ": " + string.Join("; ", filled);
        return new(detail, string.Join("; ", missing));
    }

    private Explanation ExplainItems(RatingsOutcome outcome, Wording wording)
    {
        var items = ItemNumbers;
        var filled = new List<string>();
        var missing = new List<string>();
        for (int k = 0; k < items.Length; k++)
        {
            // Concatenated: an interpolation with a number goes through a pooled buffer, and every report names each item's rater.
            if (outcome.Items[k] is { } rating) filled.Add(string.Concat(items[k].ToString(System.Globalization.CultureInfo.InvariantCulture), ": ", rating.Rater, " (", Role(rating, wording), ")"));
            else missing.Add($"a rating for item {items[k]}: {DescribeItem(items[k], wording)}");
        }
        var detail = filled.Count == 0 ? "no rating fills a numbered item" : string.Join("; ", filled);
        if (Endorsed is { } e)
        {
            detail += outcome.Endorsed is { } endorsed
                ? $"; endorsed rater: {endorsed.Rater} ({string.Join(", ", endorsed.RaterEndorsements.AsSpan())})"
                : "; no endorsed rater among them";
            if (outcome.Endorsed is null) missing.Add($"one of the ratings from a rater endorsed at {Wording.Ids(e.Levels)}");
        }
        return new(detail, string.Join("; ", missing));
    }

    private static string DescribeOption(RatingItemAttribute option, Wording wording)
    {
        var text = Prose.WithArticle(wording.Entries(option.Filter(wording)));
        if (option.When is Enum when && wording.Vocabulary.WordOf(when) is { } word) text += $" (if the applicant {word.Phrase ?? word.Display})";
        return text;
    }

    /// <summary>The rater's role in words (the value of the choice that names references).</summary>
    private static string Role(ReferenceRating rating, Wording wording)
    {
        // Every reference of every report is named: the sets are read in place rather than through iterators.
        foreach (var set in wording.Vocabulary.Sets)
        {
            if (set.Kind == WordSetKind.Choice && set.Evidence == Evidence.References && set.Names
                && set.FirstIn(rating.Words.Bits(set.Enum)) is { } word) return word.Display;
        }
        return wording.Noun(Evidence.References);
    }
}
