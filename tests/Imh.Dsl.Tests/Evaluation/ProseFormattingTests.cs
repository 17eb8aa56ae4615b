using System.Globalization;
using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>
/// The direct writers of <see cref="Prose.Date"/> and <see cref="Prose.Hours"/>: the very text of
/// <c>ToString("yyyy-MM-dd")</c> and <c>ToString("0.##")</c>, invariant culture.
/// </summary>
public class ProseFormattingTests
{
    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(99, 2, 3, "0099-02-03")]
    [InlineData(999, 12, 31, "0999-12-31")]
    [InlineData(1000, 10, 10, "1000-10-10")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void A_date_is_written_as_four_digits_of_year_and_two_of_month_and_day(int year, int month, int day, string text)
        => Prose.Date(new DateOnly(year, month, day)).ShouldBe(text);

    [Fact]
    public void A_date_is_written_as_ToString_yyyy_MM_dd_writes_it_over_the_whole_calendar()
        => Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(Gen.Int[0, 3], (n, small) => DateOnly.FromDayNumber(small == 0 ? n % 365_000 : n))
            .Sample(day => Prose.Date(day).ShouldBe(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), iter: 50_000);

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.00", "0")]
    [InlineData("0.5", "0.5")]
    [InlineData("0.50", "0.5")]
    [InlineData("0.05", "0.05")]
    [InlineData("8.50", "8.5")]
    [InlineData("23.25", "23.25")]
    [InlineData("50", "50")]
    [InlineData("50.0", "50")]
    [InlineData("100.10", "100.1")]
    [InlineData("999999999999999.99", "999999999999999.99")] // the last on the direct path
    [InlineData("1000000000000000", "1000000000000000")] // the format's
    [InlineData("1.005", "1.01")] // rounded by the format
    [InlineData("1.004", "1")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("-0.00", "0")]
    public void Hours_are_written_as_the_format_0_point_hash_hash_writes_them(string value, string text)
    {
        var hours = decimal.Parse(value, CultureInfo.InvariantCulture);

        Prose.Hours(hours).ShouldBe(text);
        Prose.Hours(hours).ShouldBe(hours.ToString("0.##", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Negative_zero_hours_are_written_as_the_format_writes_them()
    {
        var zero = decimal.Negate(0.0m);

        Prose.Hours(zero).ShouldBe(zero.ToString("0.##", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Hours_of_any_scale_and_size_are_written_as_the_format_writes_them()
    {
        // Mantissas small and up to 96 bits, scales 0 to 28, either sign.
        Gen.Select(Gen.Int, Gen.Int, Gen.Int[0, 4], Gen.Int[0, 28], Gen.Bool, Gen.Int[0, 2])
            .Sample(
                (lo, mid, hiKind, scale, negative, small) =>
                {
                    int hi = hiKind == 0 ? lo ^ mid : 0;
                    var hours = small == 0
                        ? new decimal(lo & 0xFFFF, 0, 0, negative, (byte)(scale % 4))
                        : new decimal(lo, small == 1 ? 0 : mid, hi, negative, (byte)scale);

                    Prose.Hours(hours).ShouldBe(hours.ToString("0.##", CultureInfo.InvariantCulture));
                },
                iter: 50_000);
    }
}
