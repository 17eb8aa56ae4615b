using System.Collections.Concurrent;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// The catalog's words put into phrases for one level: rule kinds build their descriptions and
/// report sentences with it, so that people read "infant mental health services work" and never
/// the JSON names.
/// </summary>
public sealed class Wording(Vocabulary vocabulary, LevelDefinition? level = null)
{
    // Every report words the same filters and values again; the phrases depend on the declarations only,
    // so each is made once. A phrase around a noun of the portfolio's (a credential's name) is kept with
    // a slot the noun fills.
    private readonly ConcurrentDictionary<(EntryFilter Filter, string? Qualifier, bool Brief, bool Named), string> _entries = new();
    private const string NounSlot = "\0";
    private readonly ConcurrentDictionary<(Type Set, ulong Bits), string> _values = new();

    /// <summary>The catalog's vocabulary.</summary>
    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>The level the words are for (its facets fill in <c>Matching</c>); null for a shared declaration.</summary>
    public LevelDefinition? Level { get; } = level;

    /// <summary>The mass noun of a kind of evidence ("training", "reflective supervision/consultation").</summary>
    public string Noun(Evidence evidence) => Vocabulary.Name(evidence).Noun;

    /// <summary>"1 training entry", "3 reflective supervision/consultation sessions".</summary>
    public string Count(int count, Evidence evidence)
    {
        var name = Vocabulary.Name(evidence);
        return Prose.Count(count, name.Singular, name.Plural);
    }

    /// <summary>
    /// The entries a filter counts, as a noun phrase: <c>approved relationship-based training</c>,
    /// <c>post-graduate supervised infant mental health services work</c>. <paramref name="qualifier"/>
    /// reads first (a milestone such as "post-graduate"). <paramref name="brief"/> is for tables: the
    /// short noun, and the words that read after it by their display names in parentheses:
    /// <c>relationship-based RS/C (approved provider)</c>.
    /// <paramref name="noun"/> replaces the evidence's noun (<c>master's or doctorate with an official transcript</c>).
    /// </summary>
    public string Entries(EntryFilter filter, string? qualifier = null, bool brief = false, string? noun = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string phrase = _entries.GetOrAdd((filter, qualifier, brief, noun is not null),
            static (key, wording) => wording.Phrase(key.Filter, key.Qualifier, key.Brief, key.Named ? NounSlot : null), this);
        return noun is null ? phrase : phrase.Replace(NounSlot, noun, StringComparison.Ordinal);
    }

    private string Phrase(EntryFilter filter, string? qualifier, bool brief, string? noun)
    {
        var before = new List<string>();
        var after = new List<string>();
        if (!string.IsNullOrEmpty(qualifier)) before.Add(qualifier);
        noun ??= Head(filter.Where);
        Place(filter.Where.Where(c => !Names(c)), before, after, brief);
        // Plain locals, no pattern variables, in conditions here: see EntryFilter.Refusal.
        if (filter.Any is not null) PlaceAny(filter.Any.Value, before, after, brief);
        if (brief)
        {
            // Words that read after the noun stay visible in a table, by their display names: "RS/C (approved provider)".
            var head = string.Join(" ", before.Append(noun ?? Vocabulary.Name(filter.Evidence).Short));
            return after.Count == 0 ? head : $"{head} ({string.Join(", ", after)})";
        }
        var text = string.Join(" ", before.Append(noun ?? Noun(filter.Evidence)).Concat(after));
        if (!filter.OrWhere.IsEmpty)
        {
            var orBefore = new List<string>();
            var orAfter = new List<string>();
            Place(filter.OrWhere.Where(c => !Names(c)), orBefore, orAfter, brief: false);
            text += ", or " + string.Join(" ", orBefore.Append(Head(filter.OrWhere) ?? noun ?? Noun(filter.Evidence)).Concat(orAfter));
        }
        return text;
    }

    /// <summary>
    /// The words of a filter without the noun, to tell one part of a minimum from another:
    /// <c>relationship-based or infant mental health</c>, <c>about reflective supervision/consultation</c>.
    /// </summary>
    public string Words(EntryFilter filter, bool brief = false)
    {
        var before = new List<string>();
        var after = new List<string>();
        var head = Head(filter.Where);
        if (head is not null) before.Add(head);
        Place(filter.Where.Where(c => !Names(c)), before, after, brief);
        if (filter.Any is not null) PlaceAny(filter.Any.Value, before, after, brief);
        return string.Join(" ", before.Concat(after));
    }

    /// <summary>
    /// Why an entry fails one condition of a filter: "not relationship-based" (a flag), "peer
    /// supervision" (its own value of a choice), "not in the level's age band" (a facet).
    /// </summary>
    public string Refusal(WordCondition condition, in EntryWords words)
    {
        var set = Vocabulary.Find(condition.Set);
        if (set is null) return "not counted";
        if (condition.FromLevel) return $"not in the level's {set.Noun}";
        if (!condition.IsTags && set.Kind == WordSetKind.Choice && words.Bits(condition.Set) is var own and not 0) return Value(condition.Set, own);
        // Only the flags the entry lacks ("not while serving", not "not relationship-based or while serving"); of a
        // choice the entry leaves empty, every value asked.
        ulong lacking = condition.Bits & ~words.Bits(condition.Set);
        return "not " + Value(condition.Set, lacking != 0 ? lacking : condition.Bits);
    }

    /// <summary>A value of a catalog enum in words: a word, a named set, or a list ("teacher, CDA mentor or supervisor").</summary>
    public string Value(Enum value) => Value(value.GetType(), WordBits.Of(value));

    /// <summary>Bits of a catalog enum in words, joined with "or".</summary>
    public string Value(Type set, ulong bits) => _values.GetOrAdd((set, bits), static (key, wording) => wording.Words(key.Set, key.Bits), this);

    private string Words(Type set, ulong bits)
    {
        var words = Vocabulary.Find(set);
        if (words is null) return bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var named = words.NamedSet(bits);
        if (named is not null) return named.Phrase ?? named.Display;
        return Prose.OrList([.. words.In(bits).Select(w => w.Display)]);
    }

    /// <summary>Level or track ids as a list: "A, B or C".</summary>
    public static string Ids(IEnumerable<string> ids) => Prose.OrList([.. ids]);

    // An enumerated value that names the entry (a credential's type, a rater's role) is the noun itself.
    private bool Names(WordCondition c) => !c.IsTags && Vocabulary.Find(c.Set) is { Names: true };

    private string? Head(IEnumerable<WordCondition> conditions)
    {
        foreach (var c in conditions)
        {
            // Named by its words, not by a set's name: "a bachelor's, master's or doctorate", not "a post-bachelor's".
            var set = Names(c) ? Vocabulary.Find(c.Set) : null;
            if (set is not null) return Prose.OrList([.. set.In(c.Bits).Select(w => w.Display)]);
        }
        return null;
    }

    private void Place(IEnumerable<WordCondition> conditions, List<string> before, List<string> after, bool brief)
    {
        // Flags read before enumerated values: "paid supervised infant mental health services work".
        foreach (var c in conditions.OrderBy(c => c.IsTags ? 0 : 1))
        {
            var set = Vocabulary.Find(c.Set);
            if (set is null) continue;
            if (c.FromLevel && c.Bits == 0)
            {
                after.Add($"in the level's {set.Noun}");
                continue;
            }
            if (c.IsTags)
            {
                foreach (var w in set.In(c.Bits)) (w.Phrase is null ? before : after).Add(Placed(w, brief));
                continue;
            }
            var named = set.NamedSet(c.Bits);
            if (named is not null)
            {
                (named.Phrase is null ? before : after).Add(Placed(named, brief));
                continue;
            }
            var chosen = set.In(c.Bits).ToList();
            if (chosen.Count == 1)
            {
                (chosen[0].Phrase is null ? before : after).Add(Placed(chosen[0], brief));
                continue;
            }
            var left = set.Words.Where(w => (w.Bits & c.Bits) == 0).ToList();
            if (left.Count == 0) continue;
            if (left.Count == 1 && set.Words.Length > 2)
            {
                after.Add($"of any {set.Noun} except {left[0].Display}");
                continue;
            }
            before.Add(Prose.OrList([.. chosen.Select(w => w.Display)]));
        }
    }

    private void PlaceAny(WordCondition any, List<string> before, List<string> after, bool brief)
    {
        var set = Vocabulary.Find(any.Set);
        if (set is null) return;
        var named = set.NamedSet(any.Bits);
        if (named is not null) (named.Phrase is null ? before : after).Add(Placed(named, brief));
        else after.Add(Prose.OrList([.. set.In(any.Bits).Select(w => Placed(w, brief))]));
    }

    // After the noun a word reads as its phrase in a sentence, as its display name in a table.
    private static string Placed(Word word, bool brief) => brief || word.Phrase is null ? word.Display : word.Phrase;
}
