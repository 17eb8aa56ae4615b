using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>
/// The sort of dated hours before a window search: by insertion up to <see cref="HoursWindows.SmallSort"/>
/// entries, by day-number keys above (on the stack, or pooled for a long logbook); entries of one date may
/// come out in any order, since their hours are summed.
/// </summary>
public class DateSortTests
{
    [Fact]
    public void Dated_hours_sort_into_the_date_order_of_the_library_sort_below_and_above_the_insertion_limit()
        // Up to twice the limit, over a few dates (many entries share one) or many.
        => SortsAsTheLibrary(Gen.Select(Gen.Int[0, 400], Gen.Int[0, 5000]).Array[0, 2 * HoursWindows.SmallSort + 1], 5_000);

    [Fact]
    public void Dated_hours_of_a_long_logbook_sort_into_the_date_order_of_the_library_sort()
        // Around the 1,024 keys kept on the stack: pooled keys above.
        => SortsAsTheLibrary(Gen.Select(Gen.Int[0, 400], Gen.Int[0, 5000]).Array[1000, 1100], 200);

    private static void SortsAsTheLibrary(Gen<(int, int)[]> gen, int iterations)
        => Gen.Select(gen, Gen.Bool)
            .Sample(
                (seeds, few) =>
                {
                    var entries = seeds.Select(s => new DatedHours(DateOnly.FromDayNumber(738_000 + (few ? s.Item1 % 7 : s.Item1)), s.Item2 / 100m)).ToArray();
                    var expected = entries.ToArray();
                    Array.Sort(expected, (a, b) => a.Date.CompareTo(b.Date));

                    HoursWindows.Sort(entries);

                    entries.Select(e => e.Date).ShouldBe(expected.Select(e => e.Date));
                    // The same entries: of each date, the same hours in some order.
                    entries.OrderBy(e => e.Date).ThenBy(e => e.Hours).ShouldBe(expected.OrderBy(e => e.Date).ThenBy(e => e.Hours));
                },
                iter: iterations);

    [Fact]
    public void Hours_of_one_date_sum_to_the_same_value_and_scale_in_any_order()
    {
        // The window search sums a date's entries in whatever order the sort left them: exact decimal
        // sums must not depend on it, down to the scale that "0.##" and ToString() would show.
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 4]).Array[1, 12]
            .Sample(
                seeds =>
                {
                    var hours = seeds.Select(s => s.Item1 / Scale(s.Item2)).ToArray();
                    decimal forward = 0, backward = 0;
                    foreach (var h in hours) forward += h;
                    for (int i = hours.Length - 1; i >= 0; i--) backward += hours[i];

                    backward.ShouldBe(forward);
                    backward.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(forward.ToString(System.Globalization.CultureInfo.InvariantCulture));
                },
                iter: 5_000);

        static decimal Scale(int digits) => digits switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 1.0m };
    }

    [Fact]
    public void Entries_of_one_date_in_any_order_give_the_same_best_window()
    {
        DatedHours[] entries =
        [
            new(new DateOnly(2024, 3, 1), 1.5m), new(new DateOnly(2024, 1, 1), 2m), new(new DateOnly(2024, 3, 1), 0.25m),
            new(new DateOnly(2024, 1, 1), 1.10m), new(new DateOnly(2025, 6, 1), 4m),
        ];
        var reversed = entries.Reverse().ToArray();

        var one = HoursWindows.FindBest(entries, 5m, maximumMonths: 12, minimumSpanMonths: 0);
        var other = HoursWindows.FindBest(reversed, 5m, maximumMonths: 12, minimumSpanMonths: 0);

        other.ShouldBe(one);
        one.Best!.Value.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("4.85");
    }
}
