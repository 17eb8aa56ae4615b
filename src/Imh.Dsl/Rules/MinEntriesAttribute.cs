using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;

namespace Imh.Dsl;

/// <summary>At least <c>count</c> sessions (or training entries, with <see cref="Evidence"/>), whatever their hours.</summary>
[Counts(Default = Evidence.Sessions)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class MinEntriesAttribute(int count) : EntriesRuleAttribute<EntriesOutcome>
{
    /// <summary>Minimum number of entries.</summary>
    [Positive, Amount("entries")]
    public int Count { get; } = count;

    /// <summary>Sessions (default) or training.</summary>
    public Evidence Evidence { get; set; } = Evidence.Sessions;

    /// <summary>Count only entries dated in the renewal year (continuing rules).</summary>
    [RenewalOnly]
    public bool InRenewalYear { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence;

    /// <inheritdoc />
    public override string Describe(Wording wording)
    {
        var filter = FilterFor(wording);
        var text = $"at least {Count} {Nouns(Count, wording)}";
        if (!filter.IsEmpty) text += $" of {wording.Entries(filter)}";
        return text + (InRenewalYear ? " dated in the renewal year" : "");
    }

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var filter = FilterFor(wording);
        var of = filter.IsEmpty ? "" : $" of {wording.Entries(filter, brief: true)}";
        return $"{Count} {Nouns(Count, wording)}{of}{(InRenewalYear ? " a year" : "")}";
    }

    /// <inheritdoc />
    protected override EntriesOutcome Assess(EvaluationContext context)
    {
        var filter = FilterFor(context);
        int year = InRenewalYear ? context.RenewalYear ?? -1 : 0;
        int n = 0;
        decimal hours = 0;
        // Index loops, no local function: one capturing the counts would be a closure on every report.
        if (Evidence == Evidence.Sessions)
        {
            var sessions = context.Portfolio.Sessions;
            for (int i = 0; i < sessions.Count; i++)
            {
                var s = sessions[i];
                if (context.InPeriod(s.Date, year) && filter.Accepts(s)) { n++; hours += s.Hours; }
            }
        }
        else
        {
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (context.InPeriod(t.Date, year) && filter.Accepts(t)) { n++; hours += t.Hours; }
            }
        }
        return new EntriesOutcome(n >= Count, n, Count, hours) { Year = year > 0 ? year : null };
    }

    /// <inheritdoc />
    protected override Explanation Explain(EntriesOutcome outcome, Wording wording)
    {
        var filter = FilterFor(wording);
        string of = filter.IsEmpty ? "" : $" of {wording.Entries(filter)}";
        // Plain locals, no pattern variables, here and below: see PassedAttribute.Reason.
        string when = outcome.Year is null ? "" : $" in {outcome.Year}";
        string hours = outcome.Count > 0 && !filter.IsEmpty ? $" ({Prose.ClockHours(outcome.Hours)})" : "";
        int more = Count - outcome.Count;
        return new($"{outcome.Count} {Nouns(outcome.Count, wording)}{of}{when}{hours}", outcome.Met ? null : $"{more} more {Nouns(more, wording)}{of}{when}");
    }

    /// <inheritdoc />
    protected override Advice? Advise(EntriesOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var filter = FilterFor(wording);
        var words = filter.Example();
        if (words is null) return null;
        int more = Count - outcome.Count;
        // New entries are dated from the as-of date on; in a renewal, anywhere in the renewal year.
        int? year = context.RenewalYear;
        var (from, by) = year is null ? (context.AsOf, (DateOnly?)null) : (new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31));
        string of = filter.IsEmpty ? "" : $" of {wording.Entries(filter)}";
        string when = by is null ? $" dated {Prose.Date(from)} or later" : $" dated in {by.Value.Year}, by {Prose.Date(by.Value)}";
        return new Advice($"{more} more {Nouns(more, wording)}{of}{when}",
            [new AddEntries { Evidence = Evidence, Example = words.Value, Accepts = [filter], Count = more, From = from, By = by }]);
    }

    private string Nouns(int count, Wording wording)
    {
        var name = wording.Vocabulary.Name(Evidence);
        return count == 1 ? name.Singular : name.Plural;
    }
}

/// <summary>What a <see cref="MinEntriesAttribute"/> found.</summary>
/// <param name="Met">The minimum is met.</param>
/// <param name="Count">Entries counted.</param>
/// <param name="Required">The minimum.</param>
/// <param name="Hours">Their hours.</param>
public sealed record EntriesOutcome(bool Met, int Count, int Required, decimal Hours) : RuleOutcome(Met)
{
    /// <summary>The renewal year counted, for a continuing rule.</summary>
    public int? Year { get; init; }
}
