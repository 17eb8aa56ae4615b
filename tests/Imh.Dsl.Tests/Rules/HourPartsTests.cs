using System.Collections.Immutable;
using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// Parts of a minimum ("48 clock hours: at least 30 IECMH, 15 about RS/C and 3 DEI"): the hours
/// countable once are the optimal assignment (a greedy pass is wrong), and the shortfalls the report
/// gives are enough to meet every part once added.
/// </summary>
public class HourPartsTests
{
    // The 2024 edition's training parts, in declaration order: IECMH 30, RS/C 15, DEI 3.
    private static readonly HourParts Training = new([30m, 15m, 3m]);

    private const int Iecmh = 1, Reflective = 2, Dei = 4;

    private static decimal[] ByMask(HourParts parts, params (int Mask, decimal Hours)[] entries)
    {
        var byMask = new decimal[parts.Masks];
        foreach (var (mask, hours) in entries) byMask[mask] += hours;
        return byMask;
    }

    [Fact]
    public void A_minimum_has_one_to_eight_parts()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new HourParts([])).Message.ShouldStartWith("a minimum has 1 to 8 parts");
        Should.Throw<ArgumentOutOfRangeException>(() => new HourParts([.. Enumerable.Repeat(1m, 9)])).ParamName.ShouldBe("minimums");
        new HourParts([.. Enumerable.Repeat(1m, 8)]).Total.ShouldBe(8m);
    }

    [Fact]
    public void The_spec_example_counts_30_of_48_and_asks_18_more_with_3_dei()
    {
        // One 30 h entry tagged IECMH and RS/C, plus 18 h with no part's tag.
        var byMask = ByMask(Training, (Iecmh | Reflective, 30m), (0, 18m));

        Training.Countable(byMask).ShouldBe(30m);
        var shortfalls = Training.Shortfalls(byMask);
        shortfalls.ShouldContain(new PartsShortfall(Dei, 3m));
        // The 15 the IECMH and RS/C parts still lack together: the 30 h entry cannot serve both.
        shortfalls.ShouldContain(new PartsShortfall(Iecmh | Reflective, 15m));
        shortfalls.Length.ShouldBe(2);
    }

    [Fact]
    public void An_entry_that_could_serve_two_parts_goes_where_it_helps()
    {
        // Greedy in declaration order would put the 15 h IECMH+RS/C entry in IECMH and leave RS/C empty.
        var byMask = ByMask(Training, (Iecmh | Reflective, 15m), (Iecmh, 30m), (Dei, 3m));

        Training.Countable(byMask).ShouldBe(48m);
        Training.Met(byMask).ShouldBeTrue();
        Training.Shortfalls(byMask).ShouldBeEmpty();
    }

    [Fact]
    public void Forty_eight_hours_without_the_mix_is_not_met()
    {
        // The trial encoding's wrong verdict: 48 h that do not contain 30 + 15 + 3.
        var byMask = ByMask(Training, (Iecmh, 45m), (Dei, 3m));

        Training.Countable(byMask).ShouldBe(33m);
        Training.Met(byMask).ShouldBeFalse();
        Training.Shortfalls(byMask).ShouldBe([new PartsShortfall(Reflective, 15m)]);
    }

    [Fact]
    public void A_set_whose_listed_sets_already_bring_its_shortfall_is_not_listed()
    {
        // Minimums 1, 1 and 2, and one hour that may count in the second or the third part. Listed: the
        // first part lacks 1, the third 1, the second and third together 2. All three lack 3, which the
        // first part and the pair bring (1 + 2, no part shared): the larger listed sets are taken first,
        // as the smaller ones first would take the third part alone and leave the pair out.
        var parts = new HourParts([1m, 1m, 2m]);
        var byMask = new decimal[parts.Masks];
        byMask[0b110] = 1m;

        parts.Shortfalls(byMask).ShouldBe([new PartsShortfall(0b001, 1m), new PartsShortfall(0b100, 1m), new PartsShortfall(0b110, 2m)]);
    }

    [Fact]
    public void One_hour_short_in_one_part_is_one_hour_short()
    {
        var byMask = ByMask(Training, (Iecmh, 30m), (Reflective, 15m), (Dei, 2.99m));

        Training.Countable(byMask).ShouldBe(47.99m);
        Training.Shortfalls(byMask).ShouldBe([new PartsShortfall(Dei, 0.01m)]);
    }

    [Fact]
    public void Hours_beyond_a_parts_minimum_never_count_for_another_part()
    {
        var byMask = ByMask(Training, (Iecmh, 100m));

        Training.Countable(byMask).ShouldBe(30m);
        Training.Shortfalls(byMask).ShouldBe([new PartsShortfall(Reflective, 15m), new PartsShortfall(Dei, 3m)]);
    }

    private static readonly Gen<(decimal[] Minimums, (int Mask, decimal Hours)[] Entries)> GenCase =
        Gen.Int[1, 4].SelectMany(k => Gen.Select(
            Gen.Int[1, 4000].Array[k],
            Gen.Select(Gen.Int[0, (1 << k) - 1], Gen.Int[1, 3000]).Array[0, 8])
            .Select((minimums, entries) => (
                minimums.Select(c => c / 100m).ToArray(),
                entries.Select(e => (e.Item1, e.Item2 / 100m)).ToArray())));

    [Fact]
    public void Countable_hours_are_the_maximum_assignment_of_a_brute_force_flow()
    {
        GenCase.Sample((minimums, entries) =>
        {
            var parts = new HourParts([.. minimums]);
            var byMask = ByMask(parts, entries);

            parts.Countable(byMask).ShouldBe(FlowOracle.MaxAssigned(entries, minimums));
            parts.Met(byMask).ShouldBe(FlowOracle.MaxAssigned(entries, minimums) == minimums.Sum());
        }, iter: 3000);
    }

    [Fact]
    public void Adding_what_the_shortfalls_name_meets_every_part_with_exactly_the_total_shortfall()
    {
        // The applicant reads the advice in order ("at least 9 of them B; at least 18 of them A or B")
        // and adds, for each, what the hours added so far in those parts still lack, as entries that
        // count in one part of the set only, chosen at random; what the total still lacks goes to any
        // part. The advice must work whichever parts the applicant picks, and ask for no more hours
        // than the total shortfall.
        Gen.Select(GenCase, Gen.Int.Array[16]).Sample((@case, picks) =>
        {
            var (minimums, entries) = @case;
            var parts = new HourParts([.. minimums]);
            var byMask = ByMask(parts, entries);
            decimal missing = parts.Total - parts.Countable(byMask);

            var added = new List<(int Mask, decimal Hours)>();
            int i = 0;
            int Pick(int set)
            {
                int[] members = [.. Enumerable.Range(0, parts.Count).Where(p => (set & (1 << p)) != 0)];
                return 1 << members[Math.Abs(picks[i++ % picks.Length] % members.Length)];
            }
            foreach (var s in parts.Shortfalls(byMask))
            {
                decimal already = added.Where(a => (a.Mask & s.Parts) != 0).Sum(a => a.Hours);
                if (s.Hours > already) added.Add((Pick(s.Parts), s.Hours - already));
            }
            decimal named = added.Sum(a => a.Hours);
            named.ShouldBeLessThanOrEqualTo(missing);
            if (missing > named) added.Add((Pick((1 << parts.Count) - 1), missing - named));

            parts.Met(ByMask(parts, [.. entries, .. added])).ShouldBeTrue();
        }, iter: 3000);
    }
}
