namespace Imh.Cli.Tests;

/// <summary>Bad arguments: exit 2, a message on standard error that says what to do, nothing on standard output.</summary>
public class BadArgumentTests
{
    private static readonly string LevelIii = Repository.Sample("level-iii.json");

    [Fact]
    public async Task A_missing_file_is_named()
    {
        string[] errors = (await ImhProcess.Run("check", "no-such-portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldBe("imh: 'no-such-portfolio.json' does not exist (expected a portfolio file, - or a folder of them)");
    }

    [Fact]
    public async Task A_folder_without_portfolios_is_rejected()
    {
        using var empty = new TempFolder();
        empty.Write("notes.txt", "not a portfolio");

        string[] errors = (await ImhProcess.Run("check", empty.Path, "--format", "csv")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldContain("has no *.json portfolio files");
    }

    [Theory]
    [InlineData("V")]
    [InlineData("IV")]
    [InlineData("level-iii")]
    public async Task An_unknown_level_lists_the_valid_ids(string level)
    {
        string[] errors = (await ImhProcess.Run("check", LevelIii, "--level", level)).ShouldBeRejected();

        errors[0].ShouldBe($"imh: unknown level '{level}'; valid levels are I, II, III, IV-Clinical, IV-Policy, IV-ResearchFaculty and all (case-insensitive)");
    }

    [Theory]
    [InlineData("2023-02-29", "is not a real date")]
    [InlineData("2026-13-01", "is not a real date")]
    [InlineData("24/11/2026", "is not a date in the form YYYY-MM-DD")]
    [InlineData("2026-1-5", "is not a date in the form YYYY-MM-DD")]
    [InlineData("2026-11-24T00:00", "is not a date in the form YYYY-MM-DD")]
    [InlineData("today", "is not a date in the form YYYY-MM-DD")]
    public async Task An_as_of_date_must_be_a_real_date_written_YYYY_MM_DD(string asOf, string message)
    {
        string[] errors = (await ImhProcess.Run("check", LevelIii, "--as-of", asOf)).ShouldBeRejected();

        errors[0].ShouldBe($"imh: --as-of '{asOf}' {message}" + (message.StartsWith("is not a date", StringComparison.Ordinal) ? " (e.g. 2026-11-24)" : ""));
    }

    [Theory]
    [InlineData("1899")]
    [InlineData("2101")]
    [InlineData("-2025")]
    [InlineData("twenty")]
    public async Task A_renewal_year_must_be_from_1900_to_2100(string year)
    {
        string[] errors = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--year", year)).ShouldBeRejected();

        errors[0].ShouldBe($"imh: --year '{year}' is not a year from 1900 to 2100");
    }

    [Fact]
    public async Task A_renewal_year_outside_the_calendar_range_is_named()
    {
        string[] errors = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--year", "20255")).ShouldBeRejected();

        errors[0].ShouldBe("imh: --year '20255' is not a year from 1900 to 2100");
    }

    [Fact]
    public async Task A_renewal_as_of_date_that_is_not_a_date_names_the_option()
    {
        string[] errors = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--as-of", "2026-02-30")).ShouldBeRejected();

        errors[0].ShouldBe("imh: --as-of '2026-02-30' is not a real date");
    }

    [Fact]
    public async Task A_renewal_of_a_portfolio_without_endorsement_names_the_missing_path()
    {
        using var folder = new TempFolder();
        folder.Write("initial.json", File.ReadAllText(LevelIii));

        string[] errors = (await ImhProcess.RunIn(folder.Path, "renew", "initial.json", "--year", "2025")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldStartWith("initial.json:1:1: $.endorsement: missing");
    }

    [Theory]
    [InlineData("check", "xml", "text, json, markdown, csv, jsonl")]
    [InlineData("check", "html", "text, json, markdown, csv, jsonl")]
    [InlineData("renew", "csv", "text, json, markdown")]
    public async Task An_unknown_format_lists_the_formats_the_command_accepts(string command, string format, string accepted)
    {
        string[] args = command == "renew"
            ? ["renew", Repository.Sample("renewal-level-iii.json"), "--year", "2025", "--format", format]
            : ["check", LevelIii, "--format", format];

        string[] errors = (await ImhProcess.Run(args)).ShouldBeRejected();

        errors[0].ShouldBe($"imh: unknown --format '{format}'; use {accepted}");
    }

    [Fact]
    public async Task Csv_is_for_folders_only()
    {
        string[] errors = (await ImhProcess.Run("check", LevelIii, "--format", "csv")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldContain("--format csv is for a folder of portfolios");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    public async Task A_folder_needs_the_csv_format(string? format)
    {
        string[] args = format is null ? ["check", Repository.Samples] : ["check", Repository.Samples, "--format", format];

        string[] errors = (await ImhProcess.Run(args)).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldContain("a folder is checked with --format csv");
    }

    [Fact]
    public async Task Renew_checks_one_file_not_a_folder()
    {
        string[] errors = (await ImhProcess.Run("renew", Repository.Samples, "--year", "2025")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldContain("is a folder; renew checks one portfolio file");
    }

    [Fact]
    public async Task No_command_lists_the_commands()
    {
        string[] errors = (await ImhProcess.Run()).ShouldBeRejected();

        errors[0].ShouldBe("imh: a command is needed: check, renew, plan, levels, catalogs, docs, schema");
    }

    [Fact]
    public async Task An_unknown_command_is_named()
    {
        string[] errors = (await ImhProcess.Run("evaluate", LevelIii)).ShouldBeRejected();

        errors[0].ShouldBe("imh: unknown command 'evaluate'; the commands are check, renew, plan, levels, catalogs, docs, schema");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.json", "b.json")]
    [InlineData("check", "--level")]
    [InlineData("levels", "extra")]
    public async Task Parser_errors_point_to_the_help(params string[] args)
    {
        string[] errors = (await ImhProcess.Run(args)).ShouldBeRejected();

        errors[^1].ShouldBe($"Run 'imh {args[0]} --help' for usage.");
    }
}
