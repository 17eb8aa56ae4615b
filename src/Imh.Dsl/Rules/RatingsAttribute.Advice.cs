using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;

namespace Imh.Dsl;

// The advice of the ratings rule: ratings from new raters for the items left unfilled (or the
// conditions no rating meets), one of them from an endorsed rater when none is.
public sealed partial class RatingsAttribute
{
    /// <inheritdoc />
    protected override Advice? Advise(RatingsOutcome outcome, EvaluationContext context)
        => outcome.Numbered ? AdviseItems(outcome, context) : AdviseCount(outcome, context);

    private Advice? AdviseCount(RatingsOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var filter = FilterFor(wording);
        // Each new rating passes the rule's filter and the conditions it is planned for; one rating may meet several.
        var planned = new List<List<EntryFilter>>();
        var texts = new List<string>();
        int i = 0;
        foreach (var c in Conditions)
        {
            if (outcome.Conditions[i++] is not null) continue;
            var accepts = c.Filter(wording);
            var joined = planned.FirstOrDefault(p => filter.Example([.. p, accepts]) is not null);
            if (joined is not null) joined.Add(accepts);
            else if (filter.Example(accepts) is not null) planned.Add([accepts]);
            else return null;
            texts.Add($"a rating from {Prose.WithArticle(wording.Entries(accepts))}");
        }
        bool endorsed = Endorsed is not null && outcome.Endorsed is null;
        if (endorsed && planned.Count == 0) planned.Add([]);
        while (outcome.Raters + planned.Count < Count) planned.Add([]);
        if (filter.Example() is null) return null;

        int more = Count - outcome.Raters;
        if (more > 0) texts.Insert(0, $"{more} more {(more == 1 ? "rating" : "ratings")} from a different {wording.Entries(filter)}");
        if (endorsed) texts.Add($"a rating from a rater endorsed at {Wording.Ids(Endorsed!.Levels)}");
        string text = string.Join("; ", texts);
        if (planned.Count > 0) text += $" ({Prose.Count(planned.Count, "new rater", "new raters")} can give them all)";
        var steps = planned.Select((p, k) => (Step)new AddRating
        {
            Evidence = Evidence.References, Example = filter.Example([.. p])!.Value, Accepts = [filter, .. p],
            RaterEndorsedIn = endorsed && k == 0 ? [.. Endorsed!.Levels] : [],
        });
        return new Advice(text, [.. steps]);
    }

    private Advice? AdviseItems(RatingsOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var items = ItemNumbers;
        var steps = new List<AddRating>();
        var texts = new List<string>();
        for (int k = 0; k < items.Length; k++)
        {
            if (outcome.Items[k] is not null) continue;
            // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
            var step = ItemStep(items[k], context);
            if (step is null) return null;
            steps.Add(step);
            texts.Add($"a rating for item {items[k]}: {DescribeItem(items[k], wording)}");
        }
        var e = Endorsed;
        if (e is not null && outcome.Endorsed is null)
        {
            var ids = Wording.Ids(e.Levels);
            if (steps.Count > 0)
            {
                steps[0] = steps[0] with { RaterEndorsedIn = [.. e.Levels] };
                texts.Add($"the one for item {steps[0].Item} from a rater endorsed at {ids}");
            }
            else
            {
                // Every item is filled (none is left without a step), by no endorsed rater: an endorsed rater fills
                // the first item in place of its rating. A rating meets one of its open options, so a new one can too.
                var step = ItemStep(items[0], context);
                if (step is null) return null;
                var replaced = outcome.Items[0]!;
                return new Advice($"a rating for item {items[0]} from a rater endorsed at {ids}: {DescribeItem(items[0], wording)} (it may take the place of {replaced.Rater}'s)",
                    [step with { RaterEndorsedIn = [.. e.Levels] }]);
            }
        }
        return new Advice(string.Join("; ", texts), [.. steps]);
    }

    // A rating from a new rater that fills the item through one of its options open to the applicant.
    private AddRating? ItemStep(int item, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var filter = FilterFor(wording);
        var open = Options.Where(o => o.Items.Contains(item) && (o.When is not Enum || context.Portfolio.Words.Has((Enum)o.When)))
            .Select(o => o.Filter(wording))
            .Where(f => filter.Example(f) is not null)
            .ToImmutableArray();
        if (open.IsEmpty) return null;
        return new AddRating
        {
            Evidence = Evidence.References, Example = filter.Example(open[0])!.Value, Accepts = [filter], Options = open, Item = item,
        };
    }
}
