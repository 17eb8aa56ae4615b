using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

public class CreditedDaysTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static WorkSpan W(string start, string end, decimal fte = 1m) => new(D(start), D(end), fte);

    [Fact]
    public void A_single_entry_counts_both_its_start_and_end_dates()
    {
        CreditedDays.Compute([W("2021-01-01", "2021-12-31")], null, D("2030-01-01")).ShouldBe(365m);
    }

    [Fact]
    public void Overlapping_full_time_jobs_are_credited_at_most_one_day_per_day()
    {
        CreditedDays.Compute([W("2021-01-01", "2021-12-31"), W("2021-07-01", "2022-06-30")], null, D("2030-01-01"))
            .ShouldBe(365m + 181m);
    }

    [Fact]
    public void Two_half_time_jobs_on_the_same_days_make_full_days()
    {
        CreditedDays.Compute([W("2021-01-01", "2021-12-31", 0.5m), W("2021-01-01", "2021-12-31", 0.5m)], null, D("2030-01-01"))
            .ShouldBe(365m);
    }

    [Fact]
    public void Two_jobs_of_0_6_fte_are_capped_at_one_day_per_day_where_they_overlap()
    {
        // 1–5 Jan at 0.6, 6–10 Jan at min(1, 1.2) = 1, 11–15 Jan at 0.6.
        CreditedDays.Compute([W("2021-01-01", "2021-01-10", 0.6m), W("2021-01-06", "2021-01-15", 0.6m)], null, D("2030-01-01"))
            .ShouldBe(11m);
    }

    [Fact]
    public void A_part_time_year_is_credited_exactly_in_decimal()
    {
        CreditedDays.Compute([W("2021-01-01", "2021-12-31", 0.5m)], null, D("2030-01-01")).ShouldBe(182.5m);
    }

    [Fact]
    public void An_entry_straddling_not_before_is_clipped_not_dropped()
    {
        CreditedDays.Compute([W("2020-07-01", "2021-06-30")], D("2021-01-01"), D("2021-12-31")).ShouldBe(181m);
    }

    [Fact]
    public void An_entry_after_not_after_is_ignored_and_one_straddling_it_is_clipped()
    {
        CreditedDays.Compute([W("2022-01-01", "2022-12-31")], null, D("2021-12-31")).ShouldBe(0m);
        CreditedDays.Compute([W("2021-12-01", "2022-12-31")], null, D("2021-12-31")).ShouldBe(31m);
    }

    [Fact]
    public void A_leap_year_has_366_credited_days()
    {
        CreditedDays.Compute([W("2020-01-01", "2020-12-31")], null, D("2030-01-01")).ShouldBe(366m);
    }

    [Fact]
    public void An_entry_ending_before_it_starts_is_ignored()
    {
        CreditedDays.Compute([W("2021-12-31", "2021-01-01")], null, D("2030-01-01")).ShouldBe(0m);
    }

    [Fact]
    public void No_entries_or_an_empty_range_credit_nothing()
    {
        CreditedDays.Compute([], null, D("2030-01-01")).ShouldBe(0m);
        CreditedDays.Compute([W("2021-01-01", "2021-12-31")], D("2021-06-02"), D("2021-06-01")).ShouldBe(0m);
    }

    [Fact]
    public void An_entry_ending_on_the_last_day_of_the_calendar_is_counted()
    {
        CreditedDays.Compute([W("9999-12-01", "9999-12-31")], null, DateOnly.MaxValue).ShouldBe(31m);
    }

    [Fact]
    public void Many_entries_agree_with_a_day_by_day_count()
    {
        var random = new Random(2024);
        var origin = D("2015-01-01");
        WorkSpan[] spans = [.. Enumerable.Range(0, 200).Select(_ =>
        {
            var start = origin.AddDays(random.Next(0, 3000));
            return new WorkSpan(start, start.AddDays(random.Next(-10, 400)), random.Next(1, 11) / 10m);
        })];
        var notBefore = D("2016-03-15");
        var notAfter = D("2022-11-30");

        decimal expected = 0m;
        for (var d = notBefore; d <= notAfter; d = d.AddDays(1))
        {
            expected += Math.Min(1m, spans.Where(s => s.Start <= d && d <= s.End).Sum(s => s.Fte));
        }

        CreditedDays.Compute(spans, notBefore, notAfter).ShouldBe(expected);
    }
}
