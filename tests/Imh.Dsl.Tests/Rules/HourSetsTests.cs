using System.Collections.Immutable;
using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// Sets of hours with a window, parts and rules about their sources (the 2024 edition's RS/C: 50
/// clock hours within 1 to 2 years, at most two providers with more than half from one, 25 of them
/// about the applicant's own provision), against a brute force over every candidate set.
/// </summary>
public class HourSetsTests
{
    private static readonly DateOnly Day = new(2023, 3, 1);

    private static HourSetRules Rules(decimal minimum, int maxSources = 2, bool majority = true, decimal ownProvision = 0)
    {
        var parts = ownProvision > 0 ? new HourParts([ownProvision, minimum - ownProvision]) : new HourParts([minimum]);
        return new HourSetRules(parts, minimum, MaximumMonths: 24, MinimumSpanMonths: 12, maxSources, majority);
    }

    // Entries counting in the rest only (the last part), or in the own-provision part too.
    private static SourcedHours Session(int daysAfter, decimal hours, int source, bool own = false, HourSetRules? rules = null)
        => new(Day.AddDays(daysAfter), hours, source, (rules?.Parts.Count ?? 1) == 1 ? 1 : own ? 3 : 2);

    [Fact]
    public void A_25_and_25_split_has_no_majority_and_fails()
    {
        var rules = Rules(50m);
        var (met, set) = HourSets.Find([Session(0, 25m, 0), Session(400, 25m, 1)], 2, rules);

        met.ShouldBeFalse();
        set!.Hours.ShouldBe(50m);
        set.MajorityMet.ShouldBeFalse();
    }

    [Fact]
    public void A_25_5_and_24_5_split_has_a_majority_and_passes()
    {
        var rules = Rules(50m);
        var (met, set) = HourSets.Find([Session(0, 25.5m, 0), Session(400, 24.5m, 1)], 2, rules);

        met.ShouldBeTrue();
        set!.Sources.Select(s => s.Source).ShouldBe([0, 1]);
    }

    [Fact]
    public void Of_sets_of_one_size_that_meet_in_one_window_the_first_in_name_order_is_taken()
    {
        // Sources 1 and 2 start the window and source 0 comes later: 0 with 2 and 1 with 2 both bring 10
        // hours, 0 with 1 only 8, and no source alone is enough. Sets of one size go in name order.
        var rules = new HourSetRules(new HourParts([10m]), 10m, MaximumMonths: 0, MinimumSpanMonths: 0, MaxSources: 2, Majority: false);
        var (met, set) = HourSets.Find([Session(0, 4m, 1), Session(0, 6m, 2), Session(5, 4m, 0)], 3, rules);

        met.ShouldBeTrue();
        set!.Sources.ShouldBe([(0, 4m), (2, 6m)]);
    }

    [Fact]
    public void A_third_provider_does_not_count_with_the_other_two()
    {
        var rules = Rules(50m);
        var (met, set) = HourSets.Find([Session(0, 26m, 0), Session(100, 12m, 1), Session(400, 12m, 2)], 3, rules);

        met.ShouldBeFalse();
        set!.Hours.ShouldBe(38m);
    }

    [Fact]
    public void The_window_holds_sessions_up_to_but_excluding_two_years_after_its_first()
    {
        var rules = Rules(50m);
        var before = HourSets.Find([Session(0, 26m, 0), new SourcedHours(Day.AddYears(2).AddDays(-1), 24m, 0, 1)], 1, rules);
        var on = HourSets.Find([Session(0, 26m, 0), new SourcedHours(Day.AddYears(2), 24m, 0, 1)], 1, rules);

        before.Met.ShouldBeTrue();
        on.Met.ShouldBeFalse();
    }

    [Fact]
    public void The_span_reaches_one_year_on_the_day_before_the_anniversary()
    {
        var rules = Rules(50m);
        var reached = HourSets.Find([Session(0, 26m, 0), new SourcedHours(Day.AddYears(1).AddDays(-1), 24m, 0, 1)], 1, rules);
        var short1 = HourSets.Find([Session(0, 26m, 0), new SourcedHours(Day.AddYears(1).AddDays(-2), 24m, 0, 1)], 1, rules);

        reached.Met.ShouldBeTrue();
        short1.Met.ShouldBeFalse();
        short1.Set!.SpanMet.ShouldBeFalse();
    }

    [Fact]
    public void Fifty_hours_with_no_hours_about_own_provision_fail_the_part()
    {
        var rules = Rules(50m, ownProvision: 25m);
        var without = HourSets.Find([Session(0, 30m, 0, rules: rules), Session(400, 20m, 0, rules: rules)], 1, rules);
        var with = HourSets.Find([Session(0, 30m, 0, own: true, rules: rules), Session(400, 20m, 0, rules: rules)], 1, rules);

        without.Met.ShouldBeFalse();
        without.Set!.Countable.ShouldBe(25m);
        with.Met.ShouldBeTrue();
    }

    private static readonly Gen<(SourcedHours[] Entries, int Sources, int K, bool Majority, decimal Minimum, decimal Own)> GenCase =
        Gen.Select(
            Gen.Select(Gen.Int[0, 1100], Gen.Int[1, 3000], Gen.Int[0, 3], Gen.Bool).Array[0, 9],
            Gen.Int[1, 3], Gen.Bool, Gen.Int[100, 8000], Gen.Int[0, 4])
            .Select((seeds, k, majority, minimumCents, ownQuarters) =>
            {
                decimal minimum = minimumCents / 100m;
                decimal own = ownQuarters == 0 ? 0 : decimal.Round(minimum * ownQuarters / 5m, 2);
                var entries = seeds.Select(s => new SourcedHours(Day.AddDays(s.Item1), s.Item2 / 100m, s.Item3,
                    own > 0 ? (s.Item4 ? 3 : 2) : 1)).ToArray();
                return (entries, 4, k, majority, minimum, own);
            });

    [Fact]
    public void The_set_found_is_the_first_met_candidate_or_the_one_with_most_hours_as_brute_force_finds()
    {
        int metCases = 0, unmetCases = 0;
        GenCase.Sample((entries, sources, k, majority, minimum, own) =>
        {
            var rules = Rules(minimum, k, majority, own);

            var (met, set) = HourSets.Find(entries, sources, rules);
            var expected = Oracle(entries, rules);

            met.ShouldBe(expected.Met);
            System.Threading.Interlocked.Increment(ref met ? ref metCases : ref unmetCases);
            if (expected.Set is null)
            {
                set.ShouldBeNull();
                return;
            }
            set.ShouldNotBeNull();
            set.First.ShouldBe(expected.Set.Value.First);
            set.Sources.Select(s => s.Source).ShouldBe(expected.Set.Value.Sources);
            set.Hours.ShouldBe(expected.Set.Value.Hours);
            set.Countable.ShouldBe(expected.Set.Value.Countable);
        }, iter: 3000);

        // The cases must exercise both answers, or agreeing would prove little.
        metCases.ShouldBeGreaterThan(300);
        unmetCases.ShouldBeGreaterThan(300);
    }

    // Every session and every set of up to K sources holding its source, taken in the report's order.
    private static (bool Met, (DateOnly First, int[] Sources, decimal Hours, decimal Countable)? Set) Oracle(SourcedHours[] entries, HourSetRules rules)
    {
        var candidates = new List<(DateOnly First, int[] Sources, decimal Hours, decimal Countable, bool Met)>();
        int[] all = [.. entries.Select(e => e.Source).Distinct().Order()];
        foreach (var start in entries)
        {
            var end = start.Date.AddMonths(rules.MaximumMonths);
            foreach (var subset in Subsets(all).Where(q => q.Contains(start.Source) && q.Length <= rules.MaxSources))
            {
                var inSet = entries.Where(e => subset.Contains(e.Source) && e.Date >= start.Date && e.Date < end).ToList();
                decimal hours = inSet.Sum(e => e.Hours);
                var minimums = rules.Parts.Minimums;
                decimal countable = FlowOracle.MaxAssigned([.. inSet.Select(e => (e.Parts, e.Hours))], [.. minimums]);
                bool span = inSet.Max(e => e.Date) >= start.Date.AddMonths(rules.MinimumSpanMonths).AddDays(-1);
                bool majority = !rules.Majority || subset.Any(q => inSet.Where(e => e.Source == q).Sum(e => e.Hours) > rules.Minimum / 2);
                candidates.Add((start.Date, subset, hours, countable, span && majority && countable >= minimums.Sum()));
            }
        }
        if (candidates.Count == 0) return (false, null);
        var ordered = candidates.OrderBy(c => c.First).ThenBy(c => c.Sources.Length).ThenBy(c => string.Join(",", c.Sources.Select(s => s.ToString("D2")))).ToList();
        var first = ordered.FirstOrDefault(c => c.Met);
        if (first.Sources is not null) return (true, (first.First, first.Sources, first.Hours, first.Countable));
        var most = ordered.First(c => c.Hours == ordered.Max(o => o.Hours));
        return (false, (most.First, most.Sources, most.Hours, most.Countable));
    }

    private static IEnumerable<int[]> Subsets(int[] items)
    {
        for (int mask = 1; mask < 1 << items.Length; mask++)
        {
            yield return [.. items.Where((_, i) => (mask & (1 << i)) != 0)];
        }
    }
}
