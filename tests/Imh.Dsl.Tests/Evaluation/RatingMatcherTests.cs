using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

public class RatingMatcherTests
{
    [Fact]
    public void One_rater_able_to_fill_two_items_fills_only_one()
    {
        var result = RatingMatcher.Match([0b11u], [false], 2);

        result.CandidateForItem.ShouldBe([0, -1]);
        result.Complete.ShouldBeFalse();
    }

    [Fact]
    public void Augmenting_paths_fill_every_item_where_taking_the_first_candidate_would_not()
    {
        // Greedy gives item 0 to candidate 0 and leaves item 1 empty; the augmenting path moves 0 to item 1.
        var result = RatingMatcher.Match([0b11u, 0b01u], [false, false], 2);

        result.CandidateForItem.ShouldBe([1, 0]);
        result.Complete.ShouldBeTrue();
    }

    [Fact]
    public void Two_candidates_for_one_item_go_to_the_lowest_index()
    {
        RatingMatcher.Match([0b1u, 0b1u], [false, false], 1).CandidateForItem.ShouldBe([0]);
    }

    [Fact]
    public void Plain_Kuhn_tries_candidates_in_index_order_rerouting_a_taken_one_before_moving_on()
    {
        // Item 0 takes candidate 0. Item 1 tries candidate 0 first and re-routes item 0 to candidate 1.
        // Item 2 tries candidate 0, re-routing item 1 to candidate 1, which re-routes item 0 to candidate 2.
        RatingMatcher.Match([0b111u, 0b111u, 0b111u], [false, false, false], 3).CandidateForItem.ShouldBe([2, 1, 0]);
    }

    [Fact]
    public void An_endorsed_candidate_is_swapped_in_for_one_who_fills_the_same_item()
    {
        // Plain matching: item 0 -> 0, item 1 -> 1. Candidate 2 (endorsed) can only fill item 0.
        var result = RatingMatcher.Match([0b01u, 0b10u, 0b01u], [false, false, true], 2);

        result.CandidateForItem.ShouldBe([2, 1]);
        result.Complete.ShouldBeTrue();
        result.IncludesEndorsed.ShouldBeTrue();
    }

    [Fact]
    public void An_endorsed_candidate_already_in_the_plain_matching_is_kept()
    {
        var result = RatingMatcher.Match([0b01u, 0b01u], [true, false], 1);

        result.CandidateForItem.ShouldBe([0]);
        result.IncludesEndorsed.ShouldBeTrue();
    }

    [Fact]
    public void The_first_endorsed_candidate_is_forced_into_its_first_fillable_item()
    {
        // Candidates 2 and 3 are endorsed; 2 comes first, and item 0 before item 1.
        var result = RatingMatcher.Match([0b01u, 0b10u, 0b11u, 0b11u], [false, false, true, true], 2);

        result.CandidateForItem.ShouldBe([2, 1]);
        result.IncludesEndorsed.ShouldBeTrue();
    }

    [Fact]
    public void Forcing_an_endorsed_candidate_keeps_the_matching_maximum()
    {
        // Forcing endorsed candidate 1 into item 0 still leaves item 1 to candidate 0 and item 2 to candidate 2.
        var result = RatingMatcher.Match([0b011u, 0b001u, 0b100u], [false, true, false], 3);

        result.CandidateForItem.ShouldBe([1, 0, 2]);
        result.Complete.ShouldBeTrue();
        result.IncludesEndorsed.ShouldBeTrue();
    }

    [Fact]
    public void Without_an_endorsed_candidate_who_can_fill_an_item_the_matching_has_none()
    {
        var result = RatingMatcher.Match([0b1u, 0b0u], [false, true], 1);

        result.CandidateForItem.ShouldBe([0]);
        result.IncludesEndorsed.ShouldBeFalse();
    }

    [Fact]
    public void An_item_no_free_candidate_can_fill_is_reported_as_minus_one()
    {
        var result = RatingMatcher.Match([0b001u, 0b100u], [false, false], 3);

        result.CandidateForItem.ShouldBe([0, -1, 1]);
        result.Complete.ShouldBeFalse();
        result.IncludesEndorsed.ShouldBeFalse();
    }

    [Fact]
    public void Bits_at_or_above_the_item_count_are_ignored()
    {
        var result = RatingMatcher.Match([0b100u], [true], 2);

        result.CandidateForItem.ShouldBe([-1, -1]);
        result.IncludesEndorsed.ShouldBeFalse();
    }

    [Fact]
    public void No_items_is_a_complete_matching()
    {
        var result = RatingMatcher.Match([0b1u], [true], 0);

        result.CandidateForItem.ShouldBeEmpty();
        result.Complete.ShouldBeTrue();
        result.IncludesEndorsed.ShouldBeFalse();
    }

    [Fact]
    public void Thirty_two_items_use_every_bit()
    {
        uint[] canFill = [.. Enumerable.Range(0, 32).Select(k => 1u << k)];
        var result = RatingMatcher.Match(canFill, new bool[32], 32);

        result.CandidateForItem.ShouldBe(Enumerable.Range(0, 32).ToArray());
        result.Complete.ShouldBeTrue();
    }

    [Fact]
    public void Candidate_lists_of_different_lengths_are_rejected()
    {
        Should.Throw<ArgumentException>(() => RatingMatcher.Match([1u, 1u], [true], 1))
            .Message.ShouldBe("canFill has 2 candidates but endorsed has 1. (Parameter 'endorsed')");
    }

    [Fact]
    public void An_item_count_outside_0_to_32_is_rejected()
    {
        Should.Throw<ArgumentException>(() => RatingMatcher.Match([1u], [true], 33))
            .Message.ShouldBe("itemCount must be between 0 and 32; was 33. (Parameter 'itemCount')");
        Should.Throw<ArgumentException>(() => RatingMatcher.Match([1u], [true], -1));
    }

    [Fact]
    public void Bits_from_the_item_count_up_fill_no_item()
    {
        // Candidate 1 (endorsed) can fill only item 2 of two: it fills nothing and is not swapped in.
        var result = RatingMatcher.Match([0b001u, 0b100u], [false, true], 2);

        result.CandidateForItem.ShouldBe([0, -1]);
        result.Complete.ShouldBeFalse();
        result.IncludesEndorsed.ShouldBeFalse();
        RatingMatcher.Match([0b100u], [false], 2).CandidateForItem.ShouldBe([-1, -1]);
    }

    [Fact]
    public void An_endorsed_candidate_in_the_plain_matching_keeps_the_plain_matching()
    {
        // Kuhn's search re-routes candidate 0 to item 1; swapping it in again would give [0, 1].
        var result = RatingMatcher.Match([0b11u, 0b11u], [true, false], 2);

        result.CandidateForItem.ShouldBe([1, 0]);
        result.IncludesEndorsed.ShouldBeTrue();
    }

    [Fact]
    public void The_endorsed_candidate_swapped_in_stays_on_its_item_while_the_others_are_matched()
    {
        // Found by comparing with a matcher that lets the swapped-in candidate be re-routed: it gives [3, 0, 5, 2, 1].
        var result = RatingMatcher.Match([7u, 29u, 31u, 17u, 10u, 5u], [false, false, false, false, false, true], 5);

        result.CandidateForItem.ShouldBe([5, 4, 0, 2, 1]);
        result.Complete.ShouldBeTrue();
        result.IncludesEndorsed.ShouldBeTrue();
    }
}
