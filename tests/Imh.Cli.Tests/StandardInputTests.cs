namespace Imh.Cli.Tests;

/// <summary><c>imh check -</c> and <c>imh renew -</c> read the portfolio from standard input.</summary>
public class StandardInputTests
{
    [Fact]
    public async Task Check_dash_reads_standard_input_and_reports_as_for_the_file()
    {
        string sample = Repository.Sample("level-iii.json");
        CliRun fromFile = (await ImhProcess.Run("check", sample, "--level", "III", "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(0);

        CliRun fromInput = (await ImhProcess.RunWithInput(File.ReadAllBytes(sample), "check", "-", "--level", "III", "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(0);

        fromInput.Stdout.ShouldBe(fromFile.Stdout);
    }

    [Fact]
    public async Task A_bad_portfolio_on_standard_input_is_named_stdin_in_the_messages()
    {
        byte[] bad = "{\n  \"applicant\": { \"name\": \"\" }\n}\n"u8.ToArray();

        CliRun run = (await ImhProcess.RunWithInput(bad, "check", "-")).ShouldExitWith(2);

        run.Stderr.Trim().ShouldBe("<stdin>:2:26: $.applicant.name: must not be empty");
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task Renew_dash_reads_standard_input()
    {
        CliRun run = (await ImhProcess.RunWithInput(File.ReadAllBytes(Repository.Sample("renewal-level-iii.json")), "renew", "-", "--year", "2025", "--format", "json")).ShouldExitWith(0);

        run.Json().GetProperty("year").GetInt32().ShouldBe(2025);
    }
}
