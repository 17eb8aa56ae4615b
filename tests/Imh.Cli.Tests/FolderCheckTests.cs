using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Imh.Cli.Tests;

/// <summary><c>imh check DIR --format csv|jsonl</c>.</summary>
public class FolderCheckTests
{
    private static readonly string[] Header = ["file", "applicant", "level", "eligible", "unmetKeys"];
    private static readonly string[] LevelIds = ["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"];

    [Fact]
    public async Task The_samples_folder_gives_one_row_per_portfolio_and_level_in_file_name_order()
    {
        CliRun run = (await ImhProcess.Run("check", "samples/portfolios", "--format", "csv", "--as-of", "2026-11-24")).ShouldExitWith(1);

        run.Stderr.ShouldBeEmpty("no progress bar when standard error is not a terminal");
        var rows = Csv.Parse(run.Stdout);
        rows[0].ShouldBe(Header);
        string[] files = [.. Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        rows.Skip(1).Select(r => (r[0], r[2])).ShouldBe(files.SelectMany(f => LevelIds.Select(l => (f, l))));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "level-i.json", "Maria Delgado", "I", "true", "" }));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "not-yet-level-iii.json", "Jordan Rivera", "III", "false", "reflectiveSupervision;exam" }));
    }

    [Fact]
    public async Task Level_restricts_the_rows_and_the_exit_code_is_0_when_every_portfolio_is_eligible_for_one_of_them()
    {
        using var folder = new TempFolder();
        foreach (string sample in new[] { "level-iii.json", "level-iv-clinical.json", "not-yet-level-iv-clinical.json" })
        {
            File.Copy(Repository.Sample(sample), Path.Combine(folder.Path, sample));
        }

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "csv", "--level", "iii", "--as-of", "2026-11-24")).ShouldExitWith(0);

        var rows = Csv.Parse(run.Stdout);
        rows.Count.ShouldBe(4);
        rows.Skip(1).ShouldAllBe(r => r[2] == "III" && r[3] == "true");
    }

    [Fact]
    public async Task A_portfolio_that_cannot_be_read_rejects_the_folder_with_its_name_exit_2_and_nothing_on_standard_output()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Sample("level-i.json"), Path.Combine(folder.Path, "a-good.json"));
        folder.Write("b-bad.json", "{\n  \"applicant\": {\"name\": \"A\"},\n  \"exam\": {\"passed\": \"yes\"}\n}\n");
        File.Copy(Repository.Sample("level-ii.json"), Path.Combine(folder.Path, "c-good.json"));
        folder.Write("notes.txt", "not a portfolio");
        Directory.CreateDirectory(Path.Combine(folder.Path, "nested.json"));

        CliRun run = await ImhProcess.RunIn(folder.Path, "check", ".", "--format", "csv", "--level", "I", "--as-of", "2026-11-24");

        run.ExitCode.ShouldBe(2, run.Describe());
        run.Stderr.Trim().ShouldMatch(@"^\./b-bad\.json:3:\d+: \$\.exam\.passed: [^\n]+$");
        run.Stderr.ShouldNotContain("   at ");
        // cli.md: exit 2 means nothing on standard output, so no rows are written for the good files either.
        run.Stdout.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Bad_files_among_many_reject_the_folder_with_every_problem_in_file_order_and_nothing_on_standard_output(string format)
    {
        using var folder = new TempFolder();
        PortfolioGenerator.Generate(folder.Path, 300, seed: 19);
        folder.Write("p0150.json", "{\"applicant\": 3}");
        folder.Write("p0299.json", "not a portfolio");

        CliRun run = await ImhProcess.Run("check", folder.Path, "--format", format, "--as-of", "2026-11-24");

        string[] problems = run.ShouldBeRejected();
        problems.Length.ShouldBe(2, run.Describe());
        problems[0].ShouldStartWith(Path.Join(folder.Path, "p0150.json") + ":1:");
        problems[1].ShouldStartWith(Path.Join(folder.Path, "p0299.json") + ":1:");
    }

    [Fact]
    public async Task Files_are_taken_in_ordinal_order_of_their_names()
    {
        string[] names = ["é.json", "a9.json", "_z.json", "C.JSON", "a10.json", "B.json"];
        using var folder = new TempFolder();
        foreach (string name in names)
        {
            File.Copy(Repository.Sample("level-i.json"), Path.Combine(folder.Path, name));
        }

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "csv", "--level", "I", "--as-of", "2026-11-24")).ShouldExitWith(0);

        Csv.Parse(run.Stdout).Skip(1).Select(r => r[0]).ShouldBe(["B.json", "C.JSON", "_z.json", "a10.json", "a9.json", "é.json"]);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_read_as_formulas_start_with_a_quote()
    {
        string[] applicants = ["=HYPERLINK(\"http://example.com\")", "+1 555 0100", "-2+3", "@SUM(A1)", "Ann Lee"];
        using var folder = new TempFolder();
        for (int i = 0; i < applicants.Length; i++)
        {
            JsonObject portfolio = JsonNode.Parse(File.ReadAllText(Repository.Sample("level-i.json")))!.AsObject();
            portfolio["applicant"]!["name"] = applicants[i];
            folder.Write($"p{i}.json", portfolio.ToJsonString());
        }
        File.Copy(Repository.Sample("level-i.json"), Path.Combine(folder.Path, "=cmd.json"));

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "csv", "--level", "I", "--as-of", "2026-11-24")).ShouldExitWith(0);

        var rows = Csv.Parse(run.Stdout).Skip(1).ToList();
        rows.Select(r => r[1]).ShouldBe(["Maria Delgado", "'=HYPERLINK(\"http://example.com\")", "'+1 555 0100", "'-2+3", "'@SUM(A1)", "Ann Lee"]);
        rows[0][0].ShouldBe("'=cmd.json");
    }

    [Fact]
    public async Task Jsonl_gives_one_report_object_per_portfolio_and_line_as_checking_each_file_gives()
    {
        string[] files = [.. Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

        CliRun run = (await ImhProcess.Run("check", "samples/portfolios", "--format", "jsonl", "--as-of", "2026-11-24")).ShouldExitWith(1);

        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldEndWith("\n");
        run.Stdout.ShouldNotContain('\r');
        string[] lines = run.Stdout[..^1].Split('\n');
        lines.Length.ShouldBe(files.Length);
        CliRun[] singles = await Task.WhenAll(files.Select(file =>
            ImhProcess.Run("check", Path.Combine("samples/portfolios", file), "--format", "json", "--as-of", "2026-11-24")));
        for (int i = 0; i < files.Length; i++)
        {
            JsonNode line = JsonNode.Parse(lines[i])!;
            line["levels"]!.AsArray().Select(l => (string)l!["level"]!).ShouldBe(LevelIds);
            JsonNode.DeepEquals(line, JsonNode.Parse(singles[i].Stdout)).ShouldBeTrue($"{files[i]}: the line differs from imh check --format json");
        }
    }

    [Fact]
    public async Task Jsonl_with_one_level_gives_the_one_level_object_and_exit_0_when_every_portfolio_is_eligible()
    {
        using var folder = new TempFolder();
        foreach (string sample in new[] { "level-iii.json", "level-iv-clinical.json" })
        {
            File.Copy(Repository.Sample(sample), Path.Combine(folder.Path, sample));
        }

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "jsonl", "--level", "iii", "--as-of", "2026-11-24")).ShouldExitWith(0);

        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2);
        foreach (string line in lines)
        {
            using JsonDocument report = JsonDocument.Parse(line);
            report.RootElement.PropertyNames().ShouldBe(["applicant", "level", "asOf", "eligible", "outcome", "waived", "needsReview", "requirements", "ignored"]);
            report.RootElement.GetProperty("level").GetString().ShouldBe("III");
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("bad")]
    public async Task The_temporary_file_that_holds_the_output_is_removed(string outcome)
    {
        using var folder = new TempFolder();
        using var temporary = new TempFolder();
        File.Copy(Repository.Sample("level-i.json"), Path.Combine(folder.Path, "a.json"));
        if (outcome == "bad") folder.Write("b.json", "{");

        CliRun run = await ImhProcess.RunWith(new Dictionary<string, string> { ["TMPDIR"] = temporary.Path, ["DOTNET_EnableDiagnostics"] = "0" },
            "check", folder.Path, "--format", "csv", "--as-of", "2026-11-24");

        run.ExitCode.ShouldBe(outcome == "bad" ? 2 : 0, run.Describe());
        Directory.EnumerateFileSystemEntries(temporary.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_progress_bar_is_drawn_on_standard_error_only_when_it_is_a_terminal()
    {
        // util-linux "script" gives the child a pseudo-terminal; standard output still goes to a file.
        const string script = "/usr/bin/script";
        Assert.SkipUnless(File.Exists(script), "needs util-linux 'script' to provide a terminal");
        using var folder = new TempFolder();
        foreach (string sample in Directory.GetFiles(Repository.Samples, "*.json"))
        {
            File.Copy(sample, Path.Combine(folder.Path, Path.GetFileName(sample)));
        }

        string csv = Path.Combine(folder.Path, "out.csv");
        string terminal = Path.Combine(folder.Path, "terminal.txt");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        string command = $"'{dotnet}' '{Path.Combine(AppContext.BaseDirectory, "imh.dll")}' check '{folder.Path}' --format csv --as-of 2026-11-24 > '{csv}'";
        var start = new ProcessStartInfo(script) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string arg in new[] { "-q", "-e", "-c", command, terminal })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.ShouldBe(1);
        File.ReadAllText(terminal).ShouldContain("] 100% 9/9");
        string output = File.ReadAllText(csv);
        output.ShouldStartWith("file,applicant,level,eligible,unmetKeys\n");
        output.ShouldNotContain('\r');
    }

    [Fact]
    public async Task A_thousand_generated_portfolios_give_the_same_verdicts_as_checking_each_file()
    {
        const int count = 1000;
        using var folder = new TempFolder();
        PortfolioGenerator.Generate(folder.Path, count, seed: 20261124);

        var clock = Stopwatch.StartNew();
        CliRun run = await ImhProcess.Run("check", folder.Path, "--format", "csv", "--as-of", "2026-11-24");
        clock.Stop();

        run.Stderr.ShouldBeEmpty();
        var rows = Csv.Parse(run.Stdout);
        rows[0].ShouldBe(Header);
        rows.Count.ShouldBe(1 + (count * LevelIds.Length));
        var byFile = rows.Skip(1).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.ToList());
        byFile.Keys.Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(0, count).Select(i => $"p{i:D4}.json"));
        byFile.Values.ShouldAllBe(fileRows => fileRows.Select(r => r[2]).SequenceEqual(LevelIds));
        bool everyoneEligibleSomewhere = byFile.Values.All(fileRows => fileRows.Any(r => r[3] == "true"));
        run.ExitCode.ShouldBe(everyoneEligibleSomewhere ? 0 : 1, run.Describe());
        rows.Skip(1).Select(r => r[3]).Distinct().Count().ShouldBe(2, "the generated portfolios should spread over eligible and not eligible");
        TestContext.Current.SendDiagnosticMessage($"folder check of {count} portfolios: {clock.ElapsedMilliseconds} ms");

        // A random sample checked one file at a time must agree row for row.
        var random = new Random(7);
        string[] sample = [.. Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(25).Select(i => $"p{i:D4}.json")];
        CliRun[] singles = await Task.WhenAll(sample.Select(file =>
            ImhProcess.Run("check", Path.Combine(folder.Path, file), "--as-of", "2026-11-24", "--format", "json")));
        for (int i = 0; i < sample.Length; i++)
        {
            JsonElement report = singles[i].Json();
            foreach (string[] row in byFile[sample[i]])
            {
                JsonElement level = report.Levels()[row[2]];
                string because = $"{sample[i]} level {row[2]}";
                row[1].ShouldBe(report.GetProperty("applicant").GetString(), because);
                row[3].ShouldBe(level.GetProperty("eligible").GetBoolean() ? "true" : "false", because);
                row[4].ShouldBe(string.Join(';', level.UnmetKeys()), because);
            }
        }
    }
}
