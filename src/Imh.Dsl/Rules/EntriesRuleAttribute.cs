using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl;

/// <summary>
/// A rule that counts entries of one kind, filtered by the catalog's words they carry (see
/// <see cref="EntryFilter"/>). The filter properties are shared by every such rule kind.
/// </summary>
/// <typeparam name="TOutcome">What an evaluation finds.</typeparam>
public abstract class EntriesRuleAttribute<TOutcome> : RuleAttribute<TOutcome>
    where TOutcome : RuleOutcome
{
    private (LevelDefinition? Level, EntryFilter Filter)? _filter;

    /// <summary>Conditions every counted entry meets: flags it carries (all of them) and enumerated values (one of those named).</summary>
    [Words]
    public object[]? Where { get; set; }

    /// <summary>Flags of which a counted entry carries at least one.</summary>
    [Words(TagsOnly = true)]
    public object? WhereAny { get; set; }

    /// <summary>Conditions that, all met, count an entry that <see cref="Where"/> and <see cref="WhereAny"/> do not ("volunteer work counts if supervised").</summary>
    [Words]
    public object[]? OrWhere { get; set; }

    /// <summary>Choice enums whose value on a counted entry includes the level's facet of that enum (its age band).</summary>
    [Words(ChoicesOnly = true)]
    public Type[]? Matching { get; set; }

    /// <summary>The kind of entry counted.</summary>
    protected abstract Evidence Counted { get; }

    /// <summary>Conditions the rule kind adds to <see cref="Where"/> from its own arguments (a credential's types).</summary>
    protected virtual IEnumerable<object> AlsoWhere() => [];

    /// <summary>The filter for a level (built once per rule: a rule belongs to one level).</summary>
    protected EntryFilter FilterFor(Wording wording)
    {
        if (_filter is { } cached && cached.Level == wording.Level) return cached.Filter;
        var filter = EntryFilter.Create(wording.Vocabulary, wording.Level, Counted, [.. AlsoWhere(), .. Where ?? []], WhereAny, OrWhere, Matching);
        _filter = (wording.Level, filter);
        return filter;
    }

    /// <summary>The filter for the level evaluated.</summary>
    protected EntryFilter FilterFor(EvaluationContext context) => FilterFor(context.Level.Wording);
}
