using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// Shortfalls and plans visit the sets of parts smallest first, then by value; the order is sorted
/// once per number of parts and shared, so it must be that order for every count, the first call and later.
/// </summary>
public class PartMaskOrderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Sets_of_parts_come_smallest_first_then_by_value(int count)
    {
        var parts = new HourParts([.. Enumerable.Repeat(1m, count)]);
        int[] expected = [.. Enumerable.Range(1, parts.Masks - 1).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m)];

        parts.MasksBySize.ShouldBe(expected);
        new HourParts([.. Enumerable.Repeat(2m, count)]).MasksBySize.ShouldBe(expected);
    }

    [Fact]
    public void Three_parts_give_the_singles_then_the_pairs_then_all()
        => new HourParts([1m, 2m, 3m]).MasksBySize.ShouldBe([1, 2, 4, 3, 5, 6, 7]);
}
