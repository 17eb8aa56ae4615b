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
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        var e = Endorsed;
        if (e is not null) parts.Add($"at least one from a rater endorsed at {Wording.Ids(e.Levels)}");
        return string.Join("; ", parts);
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var text = Numbered ? $"{ItemNumbers.Length} numbered ratings" : $"{Count} ratings";
        var e = Endorsed;
        return e is null ? text : $"{text}, one endorsed at {Wording.Ids(e.Levels)}";
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
            var rating = outcome.Conditions[i++];
            if (rating is not null) filled.Add($"{label}: {rating.Rater}");
            else missing.Add($"a rating from {label}");
        }
        var e = Endorsed;
        if (e is not null)
        {
            var label = $"a rater endorsed at {Wording.Ids(e.Levels)}";
            if (outcome.Endorsed is not null) filled.Add($"{label}: {outcome.Endorsed.Rater}");
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
            var rating = outcome.Items[k];
            if (rating is not null) filled.Add(string.Concat(items[k].ToString(System.Globalization.CultureInfo.InvariantCulture), ": ", rating.Rater, " (", Role(rating, wording), ")"));
            else missing.Add($"a rating for item {items[k]}: {DescribeItem(items[k], wording)}");
        }
        var detail = filled.Count == 0 ? "no rating fills a numbered item" : string.Join("; ", filled);
        var e = Endorsed;
        if (e is not null)
        {
            var endorsed = outcome.Endorsed;
            detail += endorsed is null
                ? "; no endorsed rater among them"
                : $"; endorsed rater: {endorsed.Rater} ({string.Join(", ", endorsed.RaterEndorsements.AsSpan())})";
            if (outcome.Endorsed is null) missing.Add($"one of the ratings from a rater endorsed at {Wording.Ids(e.Levels)}");
        }
        return new(detail, string.Join("; ", missing));
    }

    private static string DescribeOption(RatingItemAttribute option, Wording wording)
    {
        var text = Prose.WithArticle(wording.Entries(option.Filter(wording)));
        var word = option.When is Enum ? wording.Vocabulary.WordOf((Enum)option.When) : null;
        if (word is not null) text += $" (if the applicant {word.Phrase ?? word.Display})";
        return text;
    }

    /// <summary>The rater's role in words (the value of the choice that names references).</summary>
    private static string Role(ReferenceRating rating, Wording wording)
    {
        // Every reference of every report is named: the sets are read in place rather than through iterators.
        foreach (var set in wording.Vocabulary.Sets)
        {
            if (set.Kind != WordSetKind.Choice || set.Evidence != Evidence.References || !set.Names) continue;
            var word = set.FirstIn(rating.Words.Bits(set.Enum));
            if (word is not null) return word.Display;
        }
        return wording.Noun(Evidence.References);
    }
}
