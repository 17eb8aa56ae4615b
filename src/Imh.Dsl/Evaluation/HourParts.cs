using System.Collections.Immutable;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// Hours counted once across the parts of a minimum ("48 clock hours: at least 30 of X, 15 of Y
/// and 3 of Z"). Each entry may count in the parts its words allow, each hour in one part at most,
/// and an entry's hours may be divided between parts. Entries are grouped by the set of parts they
/// may count in (a bit mask), so every question is answered from the hours per mask.
/// </summary>
/// <remarks>
/// This is a bipartite flow: by the max-flow min-cut theorem the hours that can be counted are
/// <c>C = min over every set P of parts of avail(P) + the minimums of the parts not in P</c>, where
/// <c>avail(P)</c> is the hours of entries that may count in some part of P; the parts are all met
/// when <c>C</c> is the sum of the minimums (Hall's condition). With k parts there are 2^k sets, so
/// each question costs O(4^k); catalogs have a handful of parts.
/// </remarks>
public sealed class HourParts
{
    /// <summary>The most parts a minimum may have (the cost grows as 4^k).</summary>
    public const int MaxParts = 8;

    /// <summary>Creates the parts from their minimums, in declaration order.</summary>
    public HourParts(ImmutableArray<decimal> minimums)
    {
        if (minimums.IsDefaultOrEmpty || minimums.Length > MaxParts) throw new ArgumentOutOfRangeException(nameof(minimums), $"a minimum has 1 to {MaxParts} parts");
        Minimums = minimums;
        Total = minimums.Sum();
    }

    /// <summary>Each part's minimum.</summary>
    public ImmutableArray<decimal> Minimums { get; }

    /// <summary>The number of parts.</summary>
    public int Count => Minimums.Length;

    /// <summary>The number of masks (sets of parts): 2^<see cref="Count"/>.</summary>
    public int Masks => 1 << Minimums.Length;

    /// <summary>The masks 1 to <see cref="Masks"/> - 1 by how many parts they hold, then by value (callers must not change it).</summary>
    // The same for every set of parts of one count: sorted once per count, not on every search and plan.
    internal int[] MasksBySize => Count < SortedMasks.Length ? SortedMasks[Count] ??= SortMasks(Masks) : SortMasks(Masks);

    private static readonly int[]?[] SortedMasks = new int[]?[16];

    private static int[] SortMasks(int masks) => [.. Enumerable.Range(1, masks - 1).OrderBy(s => System.Numerics.BitOperations.PopCount((uint)s)).ThenBy(s => s)];

    /// <summary>The sum of the minimums: the hours needed when every part is met.</summary>
    public decimal Total { get; }

    /// <summary>Hours of the entries that may count in at least one part of <paramref name="set"/>.</summary>
    /// <param name="byMask">Hours per mask (length <see cref="Masks"/>).</param>
    /// <param name="set">A set of parts, as a mask.</param>
    public static decimal Available(ReadOnlySpan<decimal> byMask, int set)
    {
        decimal sum = 0;
        for (int mask = 1; mask < byMask.Length; mask++)
        {
            if ((mask & set) != 0) sum += byMask[mask];
        }
        return sum;
    }

    /// <summary>The value of the cut at <paramref name="set"/>: its available hours plus the minimums of the other parts.</summary>
    public decimal Cut(ReadOnlySpan<decimal> byMask, int set)
    {
        decimal value = Available(byMask, set);
        for (int i = 0; i < Count; i++)
        {
            if ((set & (1 << i)) == 0) value += Minimums[i];
        }
        return value;
    }

    /// <summary>The hours that can be counted without counting an hour twice (at most <see cref="Total"/>).</summary>
    public decimal Countable(ReadOnlySpan<decimal> byMask)
    {
        decimal best = Total;
        for (int set = 1; set < Masks; set++) best = Math.Min(best, Cut(byMask, set));
        return best;
    }

    /// <summary>Every part is met.</summary>
    public bool Met(ReadOnlySpan<decimal> byMask) => Countable(byMask) >= Total;

    /// <summary>
    /// What the missing hours must include so that adding them meets every part: for each set of
    /// parts whose cut falls short, at least that shortfall in those parts. Single parts come first
    /// (the shortfall of a part on its own); a set of several parts is listed only where its own
    /// parts' shortfalls do not already cover it. Empty when every part is met.
    /// </summary>
    public ImmutableArray<PartsShortfall> Shortfalls(ReadOnlySpan<decimal> byMask)
    {
        var needed = new decimal[Masks];
        for (int set = 1; set < Masks; set++) needed[set] = Math.Max(0, Total - Cut(byMask, set));
        var listed = ImmutableArray.CreateBuilder<PartsShortfall>();
        foreach (int set in MasksBySize)
        {
            if (needed[set] <= 0) continue;
            // A single part is never covered: no other listed set lies inside it.
            if (Covered(set, needed[set], listed)) continue;
            listed.Add(new PartsShortfall(set, needed[set]));
        }
        return listed.ToImmutable();
    }

    // Hours added to meet the listed sets inside this one already add up to what it needs.
    private static bool Covered(int set, decimal need, ImmutableArray<PartsShortfall>.Builder listed)
    {
        // The listed sets inside this one whose parts do not overlap each other, taken greedily by size.
        decimal covered = 0;
        int used = 0;
        foreach (var s in listed.OrderByDescending(l => l.Hours))
        {
            if ((s.Parts & ~set) != 0 || (s.Parts & used) != 0) continue;
            covered += s.Hours;
            used |= s.Parts;
        }
        return covered >= need;
    }
}

/// <summary>At least <paramref name="Hours"/> of the missing hours must count in one of the parts of <paramref name="Parts"/>.</summary>
/// <param name="Parts">A set of parts, as a mask (bit i: part i in declaration order).</param>
/// <param name="Hours">The hours the set still lacks.</param>
public readonly record struct PartsShortfall(int Parts, decimal Hours);
