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
    // The filter of the last level worded (see KeptFor: levels may share the rule).
    private Kept<LevelDefinition?, EntryFilter>? _filter;

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

    /// <summary>The filter for a level (built once per level the rule serves).</summary>
    protected EntryFilter FilterFor(Wording wording)
        => KeptFor.Get(ref _filter, wording.Level, (Rule: this, Wording: wording), static (level, s)
            => EntryFilter.Create(s.Wording.Vocabulary, level, s.Rule.Counted, [.. s.Rule.AlsoWhere(), .. s.Rule.Where ?? []], s.Rule.WhereAny, s.Rule.OrWhere, s.Rule.Matching));

    /// <summary>The filter for the level evaluated.</summary>
    protected EntryFilter FilterFor(EvaluationContext context) => FilterFor(context.Level.Wording);
}
