using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>The window search of <see cref="MinHoursAttribute"/>: RS/C (or training) hours that must fall within one window.</summary>
public class HoursWindowsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DatedHours S(string iso, decimal hours) => new(D(iso), hours);

    // The RS/C shape (WithinYears = 2, MinSpanYears = 1): at least 1 year and less than 2 years.
    private static WindowSearchResult FindLevelWindow(decimal minimumHours, params DatedHours[] sessions)
        => HoursWindows.FindBest(sessions, minimumHours, maximumMonths: 24, minimumSpanMonths: 12);

    [Fact]
    public void Sessions_spanning_exactly_the_minimum_span_minus_one_day_meet_the_span()
    {
        var result = FindLevelWindow(24m, S("2022-03-01", 12m), S("2023-02-28", 12m));

        result.Met.ShouldBeTrue();
        result.SpanMet.ShouldBeTrue();
        result.Shortfall.ShouldBe(0m);
        result.Best.ShouldBe(new HoursWindow(D("2022-03-01"), D("2023-02-28"), 24m));
    }

    [Fact]
    public void Sessions_spanning_one_day_less_than_the_minimum_span_do_not_qualify()
    {
        var result = FindLevelWindow(24m, S("2022-03-01", 12m), S("2023-02-27", 12m));

        result.Met.ShouldBeFalse();
        result.SpanMet.ShouldBeFalse();
        // No window meets the span, so the best is the one with most hours overall; its hours are enough,
        // so the shortfall is 0 even though the requirement is unmet (the span is what is missing).
        result.Best.ShouldBe(new HoursWindow(D("2022-03-01"), D("2023-02-27"), 24m));
        result.Shortfall.ShouldBe(0m);
    }

    [Fact]
    public void A_session_exactly_at_first_plus_maximum_years_is_excluded_from_the_window()
    {
        var result = FindLevelWindow(24m, S("2022-03-01", 12m), S("2024-03-01", 12m));

        result.Met.ShouldBeFalse();
        result.SpanMet.ShouldBeFalse();
        result.Best.ShouldBe(new HoursWindow(D("2022-03-01"), D("2022-03-01"), 12m));
        result.Shortfall.ShouldBe(12m);
    }

    [Fact]
    public void A_session_one_day_before_first_plus_maximum_years_is_included_in_the_window()
    {
        var result = FindLevelWindow(24m, S("2022-03-01", 12m), S("2024-02-29", 12m));

        result.Met.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("2022-03-01"), D("2024-02-29"), 24m));
    }

    [Fact]
    public void A_window_starting_on_29_February_meets_the_minimum_span_on_27_February_of_the_next_year()
    {
        // 2020-02-29 + 1 year = 2021-02-28; minus one day = 2021-02-27.
        FindLevelWindow(24m, S("2020-02-29", 12m), S("2021-02-27", 12m)).Met.ShouldBeTrue();
        FindLevelWindow(24m, S("2020-02-29", 12m), S("2021-02-26", 12m)).SpanMet.ShouldBeFalse();
    }

    [Fact]
    public void A_window_starting_on_29_February_ends_before_28_February_two_years_later()
    {
        // 2020-02-29 + 2 years = 2022-02-28, exclusive.
        var included = FindLevelWindow(24m, S("2020-02-29", 12m), S("2022-02-27", 12m));
        included.Met.ShouldBeTrue();
        included.Best.ShouldBe(new HoursWindow(D("2020-02-29"), D("2022-02-27"), 24m));

        var excluded = FindLevelWindow(24m, S("2020-02-29", 12m), S("2022-02-28", 12m));
        excluded.Met.ShouldBeFalse();
        excluded.Best!.Value.Hours.ShouldBe(12m);
    }

    [Fact]
    public void Sessions_in_any_order_give_the_same_result_and_the_input_is_not_reordered()
    {
        DatedHours[] sorted = [S("2021-01-05", 4m), S("2021-03-01", 6m), S("2021-09-30", 5m), S("2022-02-01", 10m), S("2023-06-01", 1m)];
        DatedHours[] shuffled = [sorted[3], sorted[0], sorted[4], sorted[2], sorted[1]];
        DatedHours[] copy = [.. shuffled];

        var fromShuffled = FindLevelWindow(24m, shuffled);

        fromShuffled.ShouldBe(FindLevelWindow(24m, sorted));
        fromShuffled.Met.ShouldBeTrue();
        fromShuffled.Best.ShouldBe(new HoursWindow(D("2021-01-05"), D("2022-02-01"), 25m));
        shuffled.ShouldBe(copy);
    }

    [Fact]
    public void Several_sessions_on_one_date_all_count()
    {
        var result = FindLevelWindow(
            24m, S("2021-04-01", 8m), S("2021-04-01", 8m), S("2022-04-01", 4m), S("2022-04-01", 4m));

        result.Met.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("2021-04-01"), D("2022-04-01"), 24m));
    }

    [Fact]
    public void Hours_are_summed_exactly_in_decimal()
    {
        // 0.1 + 0.2 is exactly 0.3 in decimal (not 0.30000000000000004).
        var tenths = FindLevelWindow(0.3m, S("2021-01-01", 0.1m), S("2021-12-31", 0.2m));
        tenths.Met.ShouldBeTrue();
        tenths.Best!.Value.Hours.ShouldBe(0.3m);

        var justShort = FindLevelWindow(24m, S("2021-01-01", 11.99m), S("2021-12-31", 12m));
        justShort.Met.ShouldBeFalse();
        justShort.Best!.Value.Hours.ShouldBe(23.99m);
        justShort.Shortfall.ShouldBe(0.01m);
    }

    [Fact]
    public void An_unmet_requirement_reports_the_best_window_dates_and_the_shortfall()
    {
        var result = FindLevelWindow(
            24m, S("2021-01-10", 5m), S("2021-06-01", 5m), S("2022-02-01", 5m), S("2023-05-01", 3m));

        result.Met.ShouldBeFalse();
        result.SpanMet.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("2021-01-10"), D("2022-02-01"), 15m));
        result.Shortfall.ShouldBe(9m);
    }

    [Fact]
    public void No_sessions_means_unmet_with_no_window_and_the_whole_minimum_short()
    {
        var result = HoursWindows.FindBest([], 24m, 24, 12);

        result.ShouldBe(new WindowSearchResult(false, null, 24m, false));
    }

    [Fact]
    public void A_tie_between_windows_with_equal_hours_picks_the_earlier_window()
    {
        var result = FindLevelWindow(
            30m, S("2023-01-01", 10m), S("2023-12-31", 10m), S("2020-01-01", 10m), S("2020-12-31", 10m));

        result.Met.ShouldBeFalse();
        result.Best.ShouldBe(new HoursWindow(D("2020-01-01"), D("2020-12-31"), 20m));
        result.Shortfall.ShouldBe(10m);
    }

    [Fact]
    public void A_window_meeting_the_span_beats_a_window_with_more_hours_that_does_not()
    {
        var result = FindLevelWindow(24m, S("2020-01-01", 30m), S("2022-01-01", 5m), S("2023-01-01", 5m));

        result.Met.ShouldBeFalse();
        result.SpanMet.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("2022-01-01"), D("2023-01-01"), 10m));
        result.Shortfall.ShouldBe(14m);
    }

    [Fact]
    public void Without_a_minimum_span_a_single_session_is_a_window()
    {
        var result = HoursWindows.FindBest([S("2021-05-05", 24m)], 24m, 12, 0);

        result.Met.ShouldBeTrue();
        result.SpanMet.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("2021-05-05"), D("2021-05-05"), 24m));
    }

    [Fact]
    public void A_maximum_below_one_month_is_a_programming_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => HoursWindows.FindBest([S("2021-05-05", 1m)], 1m, 0, 0));
    }

    [Fact]
    public void Windows_near_the_end_of_the_calendar_do_not_overflow()
    {
        var result = HoursWindows.FindBest(
            [S("9998-06-01", 12m), S("9999-12-31", 12m)], 24m, maximumMonths: 24, minimumSpanMonths: 12);

        result.Met.ShouldBeTrue();
        result.Best.ShouldBe(new HoursWindow(D("9998-06-01"), D("9999-12-31"), 24m));
    }

    [Fact]
    public void Large_inputs_with_dense_dates_give_the_same_result_as_the_oracle()
    {
        // Many sessions per date: windows start only on distinct dates and every session of a date counts.
        var random = new Random(12345);
        var start = D("2019-01-01");
        DatedHours[] sessions = [.. Enumerable.Range(0, 2000).Select(_ => new DatedHours(start.AddDays(random.Next(0, 1500)), random.Next(0, 300) / 100m))];

        var result = HoursWindows.FindBest(sessions, 2000m, 24, 12);

        result.ShouldBe(WindowOracle.FindBest(sessions, 2000m, 24, 12));
    }

    [Fact]
    public void Large_inputs_with_sparse_dates_give_the_same_result_as_the_oracle()
    {
        var random = new Random(54321);
        var start = D("1900-01-01");
        DatedHours[] sessions = [.. Enumerable.Range(0, 300).Select(_ => new DatedHours(start.AddDays(random.Next(0, 40000)), random.Next(0, 300) / 100m))];

        var result = HoursWindows.FindBest(sessions, 10m, 36, 24);

        result.ShouldBe(WindowOracle.FindBest(sessions, 10m, 36, 24));
    }

    [Fact]
    public void Only_session_dates_start_windows_in_large_unsorted_inputs()
    {
        // Days without a session must not become window starts: a window from 2020-01-04 would hold the last
        // session and span over a year.
        DatedHours[] sessions = [S("2022-01-02", 5m), .. Enumerable.Repeat(S("2020-01-01", 0.01m), 199)];

        var result = FindLevelWindow(5m, sessions);

        result.SpanMet.ShouldBeFalse();
        result.Best.ShouldBe(new HoursWindow(D("2022-01-02"), D("2022-01-02"), 5m));
        result.Shortfall.ShouldBe(0m);
    }

    [Fact]
    public void A_window_whose_minimum_span_passes_the_end_of_the_calendar_never_meets_the_span()
    {
        var result = HoursWindows.FindBest([S("9999-06-01", 30m)], 24m, maximumMonths: 24, minimumSpanMonths: 12);

        result.Met.ShouldBeFalse();
        result.SpanMet.ShouldBeFalse();
        result.Best.ShouldBe(new HoursWindow(D("9999-06-01"), D("9999-06-01"), 30m));
        result.Shortfall.ShouldBe(0m);
    }

    [Fact]
    public void A_window_in_months_from_31_January_meets_a_one_month_span_on_27_February()
    {
        // 2021-01-31 + 1 month = 2021-02-28 (the month has no 31st); minus one day = 2021-02-27.
        HoursWindows.FindBest([S("2021-01-31", 2m), S("2021-02-27", 2m)], 4m, maximumMonths: 2, minimumSpanMonths: 1).Met.ShouldBeTrue();
        HoursWindows.FindBest([S("2021-01-31", 2m), S("2021-02-26", 2m)], 4m, maximumMonths: 2, minimumSpanMonths: 1).SpanMet.ShouldBeFalse();
    }

    [Fact]
    public void A_window_in_months_from_31_December_ends_before_28_February()
    {
        // 2021-12-31 + 2 months = 2022-02-28, exclusive.
        HoursWindows.FindBest([S("2021-12-31", 2m), S("2022-02-27", 2m)], 4m, maximumMonths: 2, minimumSpanMonths: 0).Met.ShouldBeTrue();
        var excluded = HoursWindows.FindBest([S("2021-12-31", 2m), S("2022-02-28", 2m)], 4m, maximumMonths: 2, minimumSpanMonths: 0);
        excluded.Met.ShouldBeFalse();
        excluded.Best.ShouldBe(new HoursWindow(D("2021-12-31"), D("2021-12-31"), 2m));
        excluded.Shortfall.ShouldBe(2m);
    }
}
