using System.Collections.Immutable;
using System.Threading;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// Which entries a rule counts, by the catalog's words they carry: every condition of
/// <c>Where</c> holds (a flag is set; an enumerated value is one of those named), one of the
/// <c>WhereAny</c> flags is set, or instead every condition of <c>OrWhere</c> holds; and each
/// <c>Matching</c> enumerated value includes the level's (its age band, say). Built once per rule
/// and level from the rule's properties.
/// </summary>
public sealed class EntryFilter
{
    private readonly ImmutableArray<WordCondition> _where;
    private readonly ImmutableArray<WordCondition> _orWhere;
    private readonly WordCondition? _any;
    private readonly ImmutableArray<(Enum Number, decimal From)> _limits;

    private EntryFilter(Evidence evidence, ImmutableArray<WordCondition> where, WordCondition? any, ImmutableArray<WordCondition> orWhere,
        ImmutableArray<(Enum Number, decimal From)> limits)
    {
        Evidence = evidence;
        _where = where;
        _any = any;
        _orWhere = orWhere;
        _limits = limits;
        _whereTests = Tests(any is null ? where : [.. where, any.Value]);
        _orWhereTests = Tests(orWhere);
    }

    // The conditions as Accepts tests them: the flags asked of one enum merged into one test (every
    // bit set), so an entry's words are searched once per enum rather than once per flag; Where keeps
    // the conditions one by one for their wording.
    private readonly WordCondition[] _whereTests;
    private readonly WordCondition[] _orWhereTests;

    private static WordCondition[] Tests(ImmutableArray<WordCondition> conditions)
    {
        var tests = new List<WordCondition>(conditions.Length);
        foreach (var c in conditions)
        {
            int same = c.IsTags ? tests.FindIndex(t => t.IsTags && t.Set == c.Set) : -1;
            if (same >= 0) tests[same] = tests[same] with { Bits = tests[same].Bits | c.Bits };
            else tests.Add(c);
        }
        return [.. tests];
    }

    /// <summary>A filter that counts every entry.</summary>
    public static EntryFilter All(Evidence evidence) => new(evidence, [], null, [], []);

    /// <summary>The kind of entry filtered.</summary>
    public Evidence Evidence { get; }

    /// <summary>The filter counts every entry.</summary>
    public bool IsEmpty => _where.IsEmpty && _any is null && _orWhere.IsEmpty;

    /// <summary>The conditions that must all hold (the level's facets included).</summary>
    public ImmutableArray<WordCondition> Where => _where;

    /// <summary>Flags of which one must be set, if any.</summary>
    public WordCondition? Any => _any;

    /// <summary>Conditions that, all holding, count an entry the other conditions do not.</summary>
    public ImmutableArray<WordCondition> OrWhere => _orWhere;

    /// <summary>
    /// Builds a filter from a rule's properties. Values must be words of <paramref name="evidence"/>
    /// (the analyzers check it); <paramref name="matching"/> names choice enums whose value must
    /// include the level's facet of that enum.
    /// </summary>
    public static EntryFilter Create(
        Vocabulary vocabulary, LevelDefinition? level, Evidence evidence,
        object[]? where = null, object? whereAny = null, object[]? orWhere = null, Type[]? matching = null)
    {
        var conditions = ImmutableArray.CreateBuilder<WordCondition>();
        foreach (var value in where ?? []) conditions.Add(Condition(vocabulary, evidence, value, any: false));
        // Without a level (documentation of a shared declaration) a matching condition reads "in the level's ...".
        var matched = (matching ?? []).Select(set => new WordCondition(set, level?.Facet(set) ?? 0, IsTags: false, FromLevel: true)).ToList();
        conditions.AddRange(matched);
        WordCondition? any = whereAny is null ? null : Condition(vocabulary, evidence, whereAny, any: true);
        var alternative = ImmutableArray.CreateBuilder<WordCondition>();
        foreach (var value in orWhere ?? []) alternative.Add(Condition(vocabulary, evidence, value, any: false));
        // The level's facets hold for the alternative too: volunteer work counts only in the level's age band.
        if (alternative.Count > 0) alternative.AddRange(matched);
        var limits = vocabulary.Sets
            .Where(set => set.Kind == WordSetKind.Numbers && set.Evidence == evidence)
            .SelectMany(set => set.Words)
            .Where(w => w.NotCountedFrom is not null)
            .Select(w => (w.Value, w.NotCountedFrom!.Value))
            .ToImmutableArray();
        return new EntryFilter(evidence, conditions.ToImmutable(), any, alternative.ToImmutable(), limits);
    }

    /// <summary>
    /// The entry is counted: its words pass the filter, and it reports no number at or above the
    /// value from which the catalog says such an entry is not counted.
    /// </summary>
    public bool Accepts(Entry entry)
    {
        foreach (var (number, from) in _limits)
        {
            if (EntryNumbers.Sum(entry.Numbers, number, 0) >= from) return false;
        }
        return Accepts(entry.Words);
    }

    /// <summary>Why the entry is not counted, in words ("not relationship-based"); null when it is.</summary>
    public string? Refusal(Entry entry, Wording wording)
    {
        foreach (var (number, from) in _limits)
        {
            if (EntryNumbers.Sum(entry.Numbers, number, 0) >= from) return $"with {Prose.Hours(from)} or more {wording.Vocabulary.WordOf(number)?.Display ?? number.ToString()}";
        }
        if (Accepts(entry.Words)) return null;
        foreach (var c in _where)
        {
            if (!Holds(new ReadOnlySpan<WordCondition>(in c), entry.Words)) return wording.Refusal(c, entry.Words);
        }
        // Plain locals, no pattern variables, in conditions: a condition that declares one cannot be
        // mutated (Stryker's copies declare it twice or leave it unassigned; docs/mutation.md).
        var any = _any;
        if (any is not null && (entry.Words.Bits(any.Value.Set) & any.Value.Bits) == 0) return "none of " + wording.Value(any.Value.Set, any.Value.Bits);
        return "not counted";
    }

    /// <summary>The entry's words pass the filter.</summary>
    public bool Accepts(in EntryWords words)
        => Holds(_whereTests, words) || (_orWhereTests.Length > 0 && Holds(_orWhereTests, words));

    /// <summary>
    /// The fewest words of an entry this filter and <paramref name="also"/> all accept: every flag
    /// asked and the first value each choice allows; null when no entry passes them all (two
    /// choices that exclude each other). The words advice gives to an entry it asks for.
    /// </summary>
    public EntryWords? Example(params EntryFilter[] also)
    {
        ArgumentNullException.ThrowIfNull(also);
        if (also.Length == 0) return (Volatile.Read(ref _example) ?? CacheExample()).Words;
        return FindExample(also);
    }

    // The filter's own example depends on its declaration only and is asked for by every report's advice:
    // made once, held in one reference so a thread reads it whole.
    private sealed record ExampleWords(EntryWords? Words);

    private ExampleWords? _example;

    private ExampleWords CacheExample()
    {
        var example = new ExampleWords(FindExample([]));
        Volatile.Write(ref _example, example);
        return example;
    }

    private EntryWords? FindExample(EntryFilter[] also)
    {
        foreach (var where in Ways(also))
        {
            var words = Build(where);
            if (words is null) continue;
            var w = words.Value;
            if (Accepts(w) && also.All(f => f.Accepts(w))) return w;
        }
        return null;
    }

    // The conditions of each way an entry passes this filter and the others: Where (with Any) or OrWhere, for each of them.
    private IEnumerable<List<WordCondition>> Ways(EntryFilter[] also)
    {
        IEnumerable<List<WordCondition>> ways = [[]];
        foreach (var filter in also.Prepend(this))
        {
            List<WordCondition> main = [.. filter._where];
            if (filter._any is not null) main.Add(filter._any.Value);
            var own = new List<List<WordCondition>> { main };
            if (!filter._orWhere.IsEmpty) own.Add([.. filter._orWhere]);
            ways = ways.SelectMany(w => own.Select(o => (List<WordCondition>)[.. w, .. o])).ToList();
        }
        return ways;
    }

    // Flags: every bit asked; a choice (or any-of flags): the lowest bit every condition on it allows.
    private static EntryWords? Build(List<WordCondition> conditions)
    {
        var words = EntryWords.None;
        foreach (var group in conditions.GroupBy(c => c.Set))
        {
            ulong flags = 0, allowed = ulong.MaxValue;
            bool choice = false;
            foreach (var c in group)
            {
                if (c.IsTags) flags |= c.Bits;
                else
                {
                    allowed &= c.Bits;
                    choice = true;
                }
            }
            // An any-of condition on flags is met by a flag already asked.
            if (choice && (flags & allowed) != 0) allowed = flags & allowed;
            if (choice && allowed == 0) return null;
            ulong bits = flags | (choice ? allowed & (~allowed + 1) : 0);
            words = words.With(group.Key, bits);
        }
        return words;
    }

    private static bool Holds(ReadOnlySpan<WordCondition> conditions, in EntryWords words)
    {
        foreach (var c in conditions)
        {
            ulong bits = words.Bits(c.Set);
            if (c.IsTags ? (bits & c.Bits) != c.Bits : (bits & c.Bits) == 0) return false;
        }
        return true;
    }

    private static WordCondition Condition(Vocabulary vocabulary, Evidence evidence, object value, bool any)
    {
        var word = value as Enum;
        if (word is null)
        {
            throw new InvalidOperationException($"A filter value must be a word of the catalog (an enum value), not '{value}'.");
        }
        var set = vocabulary.Find(word.GetType(), evidence)
            ?? throw new InvalidOperationException($"'{word.GetType().Name}.{word}' is not a word {vocabulary.Name(evidence).Plural} carry.");
        return new WordCondition(set.Enum, WordBits.Of(word), IsTags: set.Kind == WordSetKind.Tags && !any);
    }
}

/// <summary>One condition of a filter: the bits of a catalog enum an entry must carry.</summary>
/// <param name="Set">The catalog enum.</param>
/// <param name="Bits">The words named.</param>
/// <param name="IsTags">Every bit must be set (flags); otherwise one of them (enumerated values, any-of flags).</param>
/// <param name="FromLevel">The bits are the level's facet (<c>Matching</c>).</param>
public readonly record struct WordCondition(Type Set, ulong Bits, bool IsTags, bool FromLevel = false);
