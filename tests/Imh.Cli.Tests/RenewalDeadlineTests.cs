namespace Imh.Cli.Tests;

/// <summary>
/// <c>imh renew</c> and the calendar: <c>--year</c> defaults to the year of the report's date, and a report
/// made inside the renewal year says how many days are left in it (issue 17, item 4).
/// </summary>
public class RenewalDeadlineTests
{
    private static readonly string Sample = Repository.Sample("renewal-level-iii.json");

    [Theory]
    [InlineData("2026-01-01", "364 days left in 2026 (to 2026-12-31).")]
    [InlineData("2026-12-01", "30 days left in 2026 (to 2026-12-31).")]
    [InlineData("2026-12-30", "1 day left in 2026 (to 2026-12-31).")]
    [InlineData("2026-12-31", "This is the last day of 2026.")]
    public async Task A_report_inside_the_renewal_year_counts_the_days_to_31_December(string asOf, string expected)
    {
        CliRun run = (await ImhProcess.Run("renew", Sample, "--year", "2026", "--as-of", asOf)).ShouldExitWith(1);

        run.Stdout.Split('\n').ShouldContain(expected);
    }

    [Theory]
    [InlineData("2027-01-01")]
    [InlineData("2025-12-31")]
    public async Task A_report_made_outside_the_renewal_year_has_no_countdown(string asOf)
    {
        CliRun run = (await ImhProcess.Run("renew", Sample, "--year", "2026", "--as-of", asOf)).ShouldExitWith(1);

        run.Stdout.ShouldNotContain("left in 2026");
        run.Stdout.ShouldNotContain("last day");
    }

    [Fact]
    public async Task The_year_defaults_to_the_year_of_the_as_of_date()
    {
        CliRun byDate = (await ImhProcess.Run("renew", Sample, "--as-of", "2025-06-30", "--format", "json")).ShouldExitWith(0);
        CliRun byYear = (await ImhProcess.Run("renew", Sample, "--year", "2025", "--format", "json")).ShouldExitWith(0);

        byDate.Stdout.ShouldBe(byYear.Stdout);
        byDate.Json().GetProperty("year").GetInt32().ShouldBe(2025);
    }

    [Fact]
    public async Task The_countdown_is_in_the_markdown_summary_too()
    {
        CliRun run = (await ImhProcess.Run("renew", Sample, "--year", "2026", "--as-of", "2026-12-30", "--format", "markdown")).ShouldExitWith(1);

        run.Stdout.ShouldContain("## Summary\n\n1 day left in 2026 (to 2026-12-31).\n");
    }

    [Fact]
    public async Task Json_has_no_countdown_so_the_contract_does_not_depend_on_the_clock()
    {
        CliRun early = (await ImhProcess.Run("renew", Sample, "--year", "2026", "--as-of", "2026-01-01", "--format", "json")).ShouldExitWith(1);
        CliRun late = (await ImhProcess.Run("renew", Sample, "--year", "2026", "--as-of", "2026-12-31", "--format", "json")).ShouldExitWith(1);

        early.Stdout.ShouldBe(late.Stdout);
    }
}
