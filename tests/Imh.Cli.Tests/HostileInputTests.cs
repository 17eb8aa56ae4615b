using System.Diagnostics;

namespace Imh.Cli.Tests;

/// <summary>
/// The defects of issue 11, each with the input that found it, through the real <c>imh</c>: numbers past
/// decimal precision, newlines and control characters in messages, devices and named pipes, response files,
/// a renewal without an endorsement, an amount too small to count.
/// (References quadratic in their number: <see cref="ReferenceScalingTests"/>. The reader's side of devices, endless streams and escaped file names is pinned in Imh.Dsl.Tests.)
/// </summary>
public class HostileInputTests
{
    [Fact]
    public async Task Hours_just_above_200_beyond_decimal_precision_are_rejected()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": [\n"
            + "    {\"date\": \"2023-01-01\", \"hours\": 200.000000000000000000000000000001, \"title\": \"x\"}\n  ]\n}\n");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe(
            "portfolio.json:4:37: $.training[0].hours: must be greater than 0 and at most 200, found 200.000000000000000000000000000001");
    }

    [Theory]
    [InlineData("\"work\": [{\"role\": \"R\", \"kind\": \"imhServices\", \"start\": \"2020-01-01\", \"fte\": 1.0000000000000000000000000000001}]", "$.work[0].fte")]
    [InlineData("\"reflectiveSupervision\": [{\"date\": \"2023-01-10\", \"hours\": 24.0000000000000000000000000000001, \"format\": \"group\", \"provider\": \"P\"}]", "$.reflectiveSupervision[0].hours")]
    [InlineData("\"schemaVersion\": 1.0000000000000000000000000000001", "$.schemaVersion")]
    public async Task Fte_session_hours_and_schema_version_beyond_decimal_precision_are_rejected(string property, string path)
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", $"{{\"applicant\": {{\"name\": \"A\"}}, {property}}}");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldContain($": {path}: ");
    }

    [Fact]
    public async Task Hours_too_small_to_count_are_not_rejected_as_if_they_were_zero()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", "{\"applicant\": {\"name\": \"A\"}, \"training\": [{\"date\": \"2023-01-01\", \"hours\": 1e-400, \"title\": \"x\"}]}");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe(
            "portfolio.json:1:75: $.training[0].hours: '1e-400' is too small to count: write it with at most 28 decimal places");
    }

    [Fact]
    public async Task A_newline_in_a_property_name_keeps_the_message_on_one_line()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", "{\"applicant\": {\"name\": \"A\"}, \"a\\nb\": 1}");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldStartWith(@"portfolio.json:1:30: $['a\nb']: unknown property 'a\nb'; allowed: ");
    }

    [Fact]
    public async Task Control_characters_from_keys_values_and_file_names_reach_standard_error_escaped()
    {
        using var folder = new TempFolder();
        folder.Write("\u001b[2J.json",
            "{\"applicant\": {\"name\": \"A\"}, \"\\u001b]0;pwned\\u0007\": 2, \"codeOfEthicsSigned\": \"\\u001b[31mRED\\u0000\\u007f\\u009b\"}");

        CliRun run = await ImhProcess.RunIn(folder.Path, "check", "\u001b[2J.json");

        string[] errors = run.ShouldBeRejected();
        errors.Length.ShouldBe(2);
        errors[0].ShouldStartWith(@"\u001b[2J.json:1:30: $['\u001b]0;pwned\u0007']: unknown property '\u001b]0;pwned\u0007'; allowed: ");
        errors[1].ShouldBe(@"\u001b[2J.json:1:79: $.codeOfEthicsSigned: '\u001b[31mRED\u0000\u007f\u009b' is not a date in the form YYYY-MM-DD");
        run.Stderr.ShouldNotContain(c => c != '\n' && char.IsControl(c));
    }

    [Theory]
    [InlineData("check", "\u001b]0;pwned\u0007.json")]
    [InlineData("check", "samples/portfolios/level-i.json", "--level", "\u001b[31mIII")]
    [InlineData("check", "samples/portfolios/level-i.json", "--as-of", "\u00072026-01-01")]
    [InlineData("check", "samples/portfolios/level-i.json", "--format", "\u202ejson")]
    [InlineData("renew", "samples/portfolios/renewal-level-iii.json", "--year", "\u001b2025")]
    [InlineData("\u001b[31mcheck")]
    [InlineData("check", "a.json", "\u001b[31m")]
    public async Task Control_characters_in_arguments_reach_standard_error_escaped(params string[] args)
    {
        string[] errors = (await ImhProcess.Run(args)).ShouldBeRejected();

        errors.ShouldAllBe(e => !e.Any(c => char.IsControl(c) || c == '\u202e'));
        errors[0].ShouldContain(@"\u");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public async Task Control_characters_in_names_reach_the_reports_for_people_escaped(string format)
    {
        // The reports for people quote the portfolio (applicant, raters); the JSON report escapes by JSON's rules.
        using var folder = new TempFolder();
        folder.Write("portfolio.json", File.ReadAllText(Repository.Sample("level-i.json"))
            .Replace("\"Maria Delgado\"", "\"\\u001b]0;pwned\\u0007 \\u009b2J\"", StringComparison.Ordinal));

        CliRun run = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json", "--level", "I", "--as-of", "2026-11-24", "--format", format)).ShouldExitWith(0);

        run.Stdout.ShouldContain(@"\u001b]0;pwned\u0007 \u009b2J");
        run.Stdout.ShouldNotContain(c => c != '\n' && char.IsControl(c));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_device_is_rejected_without_reading_it(string device)
    {
        Assert.SkipUnless(File.Exists(device), "Unix only");

        string[] errors = (await ImhProcess.Run("check", device)).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe($"{device}: $: portfolio file '{device}' is a device; only regular files are read");
    }

    [Fact]
    public async Task A_file_that_reports_no_length_is_read_no_further_than_16_MiB()
    {
        // A file that reports 0 bytes and reads on for gigabytes: the limit must hold while reading, not only by the length.
        const string PageMap = "/proc/self/pagemap";
        Assert.SkipUnless(File.Exists(PageMap), "Linux only");

        string[] errors = (await ImhProcess.Run("check", PageMap)).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe($"{PageMap}: $: portfolio file '{PageMap}' is larger than the limit of 16 MiB (16777216 bytes)");
    }

    [Fact]
    public async Task A_named_pipe_is_rejected_not_waited_for()
    {
        using var folder = new TempFolder();
        MakeFifo(Path.Combine(folder.Path, "pipe.json"));

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "pipe.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe("pipe.json: $: portfolio file 'pipe.json' is a named pipe; only regular files are read");
    }

    [Fact]
    public async Task A_named_pipe_in_a_folder_rejects_the_folder_and_nothing_is_evaluated()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "portfolios"));
        File.Copy(Repository.Sample("level-iii.json"), Path.Combine(folder.Path, "portfolios", "a.json"));
        MakeFifo(Path.Combine(folder.Path, "portfolios", "b.json"));

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolios", "--format", "csv")).ShouldBeRejected();

        string pipe = Path.Join("portfolios", "b.json");
        errors.ShouldHaveSingleItem().ShouldBe($"{pipe}: $: portfolio file '{pipe}' is a named pipe; only regular files are read");
    }

    [Fact]
    public async Task A_portfolio_named_with_an_at_sign_is_checked_not_expanded_as_a_response_file()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Sample("level-iii.json"), Path.Combine(folder.Path, "@portfolio.json"));

        CliRun run = (await ImhProcess.RunIn(folder.Path, "check", "@portfolio.json", "--level", "III", "--as-of", "2026-11-24")).ShouldExitWith(0);

        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_at_sign_argument_is_a_file_name_never_a_response_file_to_read()
    {
        string[] errors = (await ImhProcess.Run("check", "@/dev/zero")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe("imh: '@/dev/zero' does not exist (expected a portfolio file, - or a folder of them)");
    }

    [Fact]
    public async Task Renewal_without_an_endorsement_is_reported_at_the_root_object_wherever_it_starts()
    {
        // BadArgumentTests pins the root at 1:1; here it starts on line 3, so a default position would show.
        using var folder = new TempFolder();
        folder.Write("initial.json", "\n\n  " + File.ReadAllText(Repository.Sample("level-iii.json")));

        string[] errors = (await ImhProcess.RunIn(folder.Path, "renew", "initial.json", "--year", "2025")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldStartWith("initial.json:3:3: $.endorsement: missing: ");
    }

    /// <summary>Makes a named pipe; skips the test where there are none in the file system.</summary>
    internal static void MakeFifo(string path)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
