using System.Threading;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// A value made from a key (a level, a wording, a vocabulary) and kept with it in a slot, so that the
/// next call with the same key finds it instead of making it again. The pair is one reference written
/// whole: a rule declared on a base record serves several levels, possibly on several threads, and two
/// fields written one after the other could be read half written. A call with another key makes the
/// value again and keeps that one instead.
/// </summary>
internal static class KeptFor
{
    /// <summary>The value kept for <paramref name="key"/> (compared by reference), or a new one from <paramref name="make"/>.</summary>
    public static TValue Get<TKey, TValue, TState>(ref Kept<TKey, TValue>? slot, TKey key, TState state, Func<TKey, TState, TValue> make)
        where TKey : class?
    {
        var kept = Volatile.Read(ref slot);
        if (kept is not null && ReferenceEquals(kept.Key, key)) return kept.Value;
        var value = make(key, state);
        Volatile.Write(ref slot, new Kept<TKey, TValue>(key, value));
        return value;
    }
}

/// <summary>A value and the key it was made for.</summary>
internal sealed record Kept<TKey, TValue>(TKey Key, TValue Value);
