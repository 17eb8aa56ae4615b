using System.Collections.Immutable;

namespace Imh.Dsl.Portfolios;

/// <summary>The words of one catalog enum an entry carries: the enum and the bits set.</summary>
/// <param name="Set">The catalog enum (a tags or choice enum).</param>
/// <param name="Bits">The members set, as bits.</param>
public readonly record struct WordBits(Type Set, ulong Bits)
{
    /// <summary>The bits of a catalog enum value.</summary>
    public static ulong Of(Enum value)
    {
        // Every report asks for the bits of a few enum values: Convert.ToUInt64 boxes the value again on
        // the way, and unboxing an enum as its underlying type takes the runtime's slow helper. An enum's
        // hash code is its value for the underlying types of 32 bits or fewer that zero-extend (int, uint,
        // ushort, byte); the others are unboxed. A negative value (no word of a catalog) still goes to
        // Convert, which throws as before.
        switch (value?.GetTypeCode())
        {
            case TypeCode.Int32 when value.GetHashCode() is var v and >= 0: return (ulong)v;
            case TypeCode.UInt32 or TypeCode.UInt16 or TypeCode.Byte: return (uint)value.GetHashCode();
            case TypeCode.Int64 when (long)(object)value >= 0: return (ulong)(long)(object)value;
            case TypeCode.UInt64: return (ulong)(object)value;
            default: return Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>One enum value as words.</summary>
    public static WordBits From(Enum value) => new(value.GetType(), Of(value));
}

/// <summary>
/// The catalog's words one entry carries (its flags and enumerated values), grouped by catalog enum.
/// Immutable; a handful of enums per entry, so lookups are a short scan by type.
/// </summary>
public readonly struct EntryWords : IEquatable<EntryWords>
{
    private readonly WordBits[]? _items;

    private EntryWords(WordBits[] items) => _items = items;

    /// <summary>No words.</summary>
    public static EntryWords None => default;

    /// <summary>The words grouped by enum, each enum once.</summary>
    public ReadOnlySpan<WordBits> Items => _items;

    /// <summary>Words from catalog enum values: <c>EntryWords.Of(TrainingTag.Approved, TrainingTag.RelationshipBased)</c>.</summary>
    public static EntryWords Of(params Enum[] words)
    {
        var result = None;
        foreach (var word in words) result = result.With(word);
        return result;
    }

    /// <summary>Words from groups already in bits (the reader's way); groups of one enum are merged.</summary>
    public static EntryWords Of(ReadOnlySpan<WordBits> groups)
    {
        var result = None;
        foreach (var group in groups) result = result.With(group.Set, group.Bits);
        return result;
    }

    /// <summary>Words over an array of distinct groups that nobody modifies, shared rather than copied (the reader's entries repeat a few combinations).</summary>
    internal static EntryWords Share(WordBits[] groups) => groups.Length == 0 ? None : new EntryWords(groups);

    /// <summary>The bits set for one catalog enum (0 when none).</summary>
    public ulong Bits(Type set)
    {
        if (_items is null) return 0;
        foreach (var item in _items)
        {
            if (ReferenceEquals(item.Set, set)) return item.Bits;
        }
        return 0;
    }

    /// <summary>Every bit of <paramref name="word"/> is set.</summary>
    public bool Has(Enum word)
    {
        ulong bits = WordBits.Of(word);
        return (Bits(word.GetType()) & bits) == bits;
    }

    /// <summary>A copy with <paramref name="word"/> added.</summary>
    public EntryWords With(Enum word) => With(word.GetType(), WordBits.Of(word));

    /// <summary>A copy with the bits added to the enum's.</summary>
    public EntryWords With(Type set, ulong bits)
    {
        var items = _items ?? [];
        for (int i = 0; i < items.Length; i++)
        {
            if (!ReferenceEquals(items[i].Set, set)) continue;
            var copy = (WordBits[])items.Clone();
            copy[i] = new WordBits(set, items[i].Bits | bits);
            return new EntryWords(copy);
        }
        return new EntryWords([.. items, new WordBits(set, bits)]);
    }

    /// <summary>A copy with <paramref name="word"/>'s bits cleared.</summary>
    public EntryWords Without(Enum word)
    {
        var set = word.GetType();
        var items = _items ?? [];
        for (int i = 0; i < items.Length; i++)
        {
            if (!ReferenceEquals(items[i].Set, set)) continue;
            var copy = (WordBits[])items.Clone();
            copy[i] = new WordBits(set, items[i].Bits & ~WordBits.Of(word));
            return new EntryWords(copy);
        }
        return this;
    }

    /// <inheritdoc />
    public bool Equals(EntryWords other)
    {
        var mine = Items;
        var theirs = other.Items;
        foreach (var item in mine)
        {
            if (item.Bits != other.Bits(item.Set)) return false;
        }
        foreach (var item in theirs)
        {
            if (item.Bits != Bits(item.Set)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntryWords other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        ulong hash = 0;
        foreach (var item in Items) hash ^= item.Bits * 31 + (ulong)item.Set.GetHashCode();
        return hash.GetHashCode();
    }

    /// <summary>Equal words.</summary>
    public static bool operator ==(EntryWords left, EntryWords right) => left.Equals(right);

    /// <summary>Different words.</summary>
    public static bool operator !=(EntryWords left, EntryWords right) => !left.Equals(right);
}

/// <summary>A number an entry gives, e.g. 6 families served in the infant band.</summary>
/// <param name="Number">The catalog numbers enum member naming the property.</param>
/// <param name="Key">For a number given per choice value: that value; null otherwise.</param>
/// <param name="Value">The number.</param>
public readonly record struct EntryNumber(Enum Number, Enum? Key, decimal Value);

/// <summary>Sums of <see cref="EntryNumber"/>s.</summary>
public static class EntryNumbers
{
    /// <summary>The sum of the values of <paramref name="number"/> whose key is one of <paramref name="keys"/> (any key when 0).</summary>
    public static decimal Sum(ImmutableArray<EntryNumber> numbers, Enum number, ulong keys)
    {
        decimal sum = 0;
        if (numbers.IsDefaultOrEmpty) return 0;
        foreach (var n in numbers)
        {
            if (!n.Number.Equals(number)) continue;
            if (keys != 0 && (n.Key is null || (WordBits.Of(n.Key) & keys) == 0)) continue;
            sum += n.Value;
        }
        return sum;
    }
}
