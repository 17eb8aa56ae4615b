using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>
/// <see cref="HoursWindows.Shift"/> and the day-number shift the window search uses: month arithmetic
/// on a date taken apart, which must land where <see cref="DateOnly.AddMonths"/> lands, or null past 9999-12.
/// </summary>
public class MonthShiftTests
{
    private static DateOnly? Expected(DateOnly day, int months)
        => day.Year * 12L + day.Month - 1 + months > 9999 * 12 + 11 ? null : day.AddMonths(months);

    private static int? ShiftedDayNumber(DateOnly day, int months)
    {
        int shifted = HoursWindows.ShiftedDayNumber(day.Year, day.Month, day.Day, months);
        return shifted == HoursWindows.Unbounded ? null : shifted;
    }

    [Theory]
    [InlineData(2023, 1, 31, 1)] // to a 28-day February
    [InlineData(2024, 1, 31, 1)] // to a 29-day February
    [InlineData(2024, 2, 29, 12)] // leap day to a non-leap February
    [InlineData(2024, 2, 29, 48)] // leap day to a leap February
    [InlineData(2100, 1, 29, 1)] // 2100 is not a leap year
    [InlineData(2000, 1, 30, 1)] // 2000 is
    [InlineData(2023, 12, 31, 1)] // December to January
    [InlineData(2023, 12, 15, 13)]
    [InlineData(2023, 3, 31, 1)] // to a 30-day month
    [InlineData(2023, 8, 31, 1)]
    [InlineData(2023, 5, 31, -1)]
    [InlineData(1, 1, 1, 0)]
    [InlineData(1, 12, 31, 1)]
    [InlineData(9998, 12, 31, 12)]
    [InlineData(9999, 11, 30, 1)] // the last month
    [InlineData(9999, 12, 31, 0)]
    public void A_shift_lands_where_AddMonths_lands_clamping_the_day_to_the_month(int year, int month, int day, int months)
    {
        var date = new DateOnly(year, month, day);

        HoursWindows.Shift(date, months).ShouldBe(date.AddMonths(months));
        ShiftedDayNumber(date, months).ShouldBe(date.AddMonths(months).DayNumber);
    }

    [Theory]
    [InlineData(9999, 12, 1, 1)]
    [InlineData(9999, 1, 31, 12)]
    [InlineData(9990, 6, 15, 1200)]
    [InlineData(1, 1, 1, int.MaxValue)]
    public void A_shift_past_December_9999_is_null(int year, int month, int day, int months)
    {
        var date = new DateOnly(year, month, day);

        HoursWindows.Shift(date, months).ShouldBeNull();
        ShiftedDayNumber(date, months).ShouldBeNull();
    }

    [Fact]
    public void A_shift_before_year_1_throws_as_AddMonths_does()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => HoursWindows.Shift(new DateOnly(1, 12, 31), -12));
        Should.Throw<ArgumentOutOfRangeException>(() => HoursWindows.Shift(new DateOnly(5, 3, 1), int.MinValue));
    }

    [Fact]
    public void A_shift_agrees_with_AddMonths_over_random_dates_and_month_counts()
    {
        // Day numbers over the whole calendar, month ends and leap days near one in four, months up to a century
        // either way and sometimes up to the calendar's length.
        Gen.Select(Gen.Int[0, DateOnly.MaxValue.DayNumber], Gen.Int[0, 3], Gen.Int[-1200, 1200], Gen.Int[0, 9], Gen.Int[-120_000, 120_000])
            .Sample(
                (dayNumber, nudge, months, wide, anyMonths) =>
                {
                    var day = DateOnly.FromDayNumber(dayNumber);
                    // Nudged to the end of its month, or to 29 February of a nearby leap year.
                    if (nudge == 1) day = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                    if (nudge == 2 && day.Year / 4 * 4 is var leap and > 0) day = new DateOnly(leap, 2, DateTime.DaysInMonth(leap, 2));
                    if (wide == 0) months = anyMonths;
                    if (day.Year * 12L + day.Month - 1 + months < 12) return; // before year 1: AddMonths throws (pinned above)

                    HoursWindows.Shift(day, months).ShouldBe(Expected(day, months));
                    ShiftedDayNumber(day, months).ShouldBe(Expected(day, months)?.DayNumber);
                },
                iter: 100_000);
    }
}
