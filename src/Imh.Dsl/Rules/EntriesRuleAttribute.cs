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
    // One reference, written whole: levels evaluated on several threads may share a rule (declared once on a
    // base record), and a two-field struct could be read half written.
    private LevelFilter? _filter;

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
    {
        if (System.Threading.Volatile.Read(ref _filter) is { } cached && cached.Level == wording.Level) return cached.Filter;
        var filter = EntryFilter.Create(wording.Vocabulary, wording.Level, Counted, [.. AlsoWhere(), .. Where ?? []], WhereAny, OrWhere, Matching);
        System.Threading.Volatile.Write(ref _filter, new LevelFilter(wording.Level, filter));
        return filter;
    }

    /// <summary>The filter for the level evaluated.</summary>
    protected EntryFilter FilterFor(EvaluationContext context) => FilterFor(context.Level.Wording);
}

/// <summary>A filter built for one level (its facets), cached by the rule or part that built it.</summary>
internal sealed record LevelFilter(LevelDefinition? Level, EntryFilter Filter);
