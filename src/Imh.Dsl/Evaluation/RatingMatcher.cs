namespace Imh.Dsl.Evaluation;

/// <summary>Outcome of <see cref="RatingMatcher.Match"/>.</summary>
/// <param name="CandidateForItem">For each item, the index of the candidate that fills it, or -1.</param>
/// <param name="Complete">Every item is filled.</param>
/// <param name="IncludesEndorsed">Some filling candidate is endorsed.</param>
public readonly record struct RatingMatch(int[] CandidateForItem, bool Complete, bool IncludesEndorsed);

/// <summary>Fills numbered rating items with distinct candidates (raters): a bipartite matching.</summary>
public static class RatingMatcher
{
    /// <summary>Matches candidates to items.</summary>
    public static RatingMatch Match(ReadOnlySpan<uint> canFill, ReadOnlySpan<bool> endorsed, int itemCount)
        => throw new NotImplementedException();
}
