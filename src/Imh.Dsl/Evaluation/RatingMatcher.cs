using System;

namespace Imh.Dsl.Evaluation;

/// <summary>Outcome of <see cref="RatingMatcher.Match"/>.</summary>
/// <param name="CandidateForItem">For each item, the index of the candidate that fills it, or -1.</param>
/// <param name="Complete">Every item is filled.</param>
/// <param name="IncludesEndorsed">Some filling candidate is endorsed.</param>
public readonly record struct RatingMatch(int[] CandidateForItem, bool Complete, bool IncludesEndorsed);

/// <summary>Fills numbered rating items with distinct candidates (raters): a bipartite matching.</summary>
public static class RatingMatcher
{
    /// <summary>The largest number of items (one bit each in a <see cref="uint"/>).</summary>
    private const int MaxItems = 32;

    /// <summary>Candidates up to this many are matched with stack-allocated bookkeeping.</summary>
    private const int StackLimit = 64;

    /// <summary>No candidate or item: the plain matching forces none.</summary>
    private const int None = -1;

    /// <summary>Matches candidates to items.</summary>
    public static RatingMatch Match(ReadOnlySpan<uint> canFill, ReadOnlySpan<bool> endorsed, int itemCount)
    {
        if (canFill.Length != endorsed.Length)
        {
            throw new ArgumentException(
                $"canFill has {canFill.Length} candidates but endorsed has {endorsed.Length}.", nameof(endorsed));
        }

        if (itemCount is < 0 or > MaxItems)
        {
            throw new ArgumentException($"itemCount must be between 0 and {MaxItems}; was {itemCount}.", nameof(itemCount));
        }

        int candidates = canFill.Length;

        // The matcher's bookkeeping lives on the stack for the usual handful of raters; only the result is allocated.
        // Stryker disable once Equality,Conditional : either buffer holds the bookkeeping; the matching is the same
        Span<int> itemOfCandidate = candidates <= StackLimit ? stackalloc int[candidates] : new int[candidates];
        // Stryker disable once Equality,Conditional : either buffer holds the bookkeeping; the matching is the same
        Span<bool> visited = candidates <= StackLimit ? stackalloc bool[candidates] : new bool[candidates];
        var state = new Matcher(canFill, itemOfCandidate, visited);

        int[] plain = new int[itemCount];
        int maximum = state.Run(plain, forcedCandidate: None, forcedItem: None);
        bool includesEndorsed = AnyEndorsed(plain, endorsed);

        // No endorsed candidate in the plain matching, which is a maximum matching without them: an endorsed one
        // fixed to the first item it can fill leaves the others all but that item, so the size stays the maximum
        // (the property tests check this against every matching). Bits from itemCount up name no item.
        Span<int> forced = stackalloc int[itemCount];
        for (int c = 0; c < candidates && !includesEndorsed; c++)
        {
            if (!endorsed[c])
            {
                continue;
            }

            for (int k = 0; k < itemCount; k++)
            {
                if ((canFill[c] & (1u << k)) == 0)
                {
                    continue;
                }

                if (state.Run(forced, c, k) == maximum)
                {
                    forced.CopyTo(plain);
                    includesEndorsed = true;
                }

                break;
            }
        }

        return new RatingMatch(plain, maximum == itemCount, includesEndorsed);
    }

    private static bool AnyEndorsed(int[] candidateForItem, ReadOnlySpan<bool> endorsed)
    {
        foreach (int c in candidateForItem)
        {
            if (c >= 0 && endorsed[c])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kuhn's augmenting-path algorithm over items 0..k-1, candidates in index order.</summary>
    private ref struct Matcher
    {
        private readonly ReadOnlySpan<uint> canFill;
        private readonly Span<int> itemOfCandidate;
        private readonly Span<bool> visited;

        public Matcher(ReadOnlySpan<uint> canFill, Span<int> itemOfCandidate, Span<bool> visited)
        {
            this.canFill = canFill;
            this.itemOfCandidate = itemOfCandidate;
            this.visited = visited;
        }

        /// <summary>
        /// Fills <paramref name="candidateForItem"/> with a maximum matching; when <paramref name="forcedCandidate"/>
        /// is not <see cref="None"/> it is fixed to <paramref name="forcedItem"/> and the rest is matched without them. Returns the size.
        /// </summary>
        public readonly int Run(Span<int> candidateForItem, int forcedCandidate, int forcedItem)
        {
            itemOfCandidate.Fill(-1);
            candidateForItem.Fill(-1);
            int size = 0;
            // Compared with None rather than tested for >= 0: mutated to > 0 that test was equivalent (candidate 0 is
            // never forced, as Kuhn's search keeps it whenever it can fill an item), and a mark hid its < 0 sibling.
            if (forcedCandidate != None)
            {
                itemOfCandidate[forcedCandidate] = forcedItem;
                size = 1;
            }

            for (int k = 0; k < candidateForItem.Length; k++)
            {
                if (k == forcedItem)
                {
                    continue;
                }

                visited.Clear();
                if (forcedCandidate != None)
                {
                    visited[forcedCandidate] = true; // never re-routed
                }

                if (TryAugment(k))
                {
                    size++;
                }
            }

            for (int c = 0; c < itemOfCandidate.Length; c++)
            {
                if (itemOfCandidate[c] >= 0)
                {
                    candidateForItem[itemOfCandidate[c]] = c;
                }
            }

            return size;
        }

        private readonly bool TryAugment(int item)
        {
            // Items are below the item count (the loop in Run, and the items candidates hold).
            uint bit = 1u << item;
            for (int c = 0; c < canFill.Length; c++)
            {
                if ((canFill[c] & bit) == 0 || visited[c])
                {
                    continue;
                }

                visited[c] = true;
                if (itemOfCandidate[c] < 0 || TryAugment(itemOfCandidate[c]))
                {
                    itemOfCandidate[c] = item;
                    return true;
                }
            }

            return false;
        }
    }
}
