namespace Imh.Cli.Tests;

/// <summary>
/// The text and Markdown reports, compared with the approved files in Snapshots/. Every run passes
/// --as-of or --year, so nothing in them varies and nothing is scrubbed.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string, string[]> TextReports => new()
    {
        { "all-levels-not-yet-level-iii", ["check", "samples/portfolios/not-yet-level-iii.json", "--as-of", "2026-11-24"] },
        { "one-level-eligible", ["check", "samples/portfolios/level-iii.json", "--level", "III", "--as-of", "2026-11-24"] },
        { "one-level-evidence-after-as-of", ["check", "samples/portfolios/level-iii.json", "--level", "iii", "--as-of", "2025-06-30"] },
        { "optional-requirement-unmet", ["check", "samples/portfolios/level-iv-policy.json", "--level", "IV-Policy", "--as-of", "2026-11-24"] },
        { "renewal-met", ["renew", "samples/portfolios/renewal-level-iii.json", "--year", "2025", "--as-of", "2026-11-24"] },
        { "renewal-not-met", ["renew", "samples/portfolios/renewal-level-iii.json", "--year", "2026", "--as-of", "2026-12-01", "--format", "text"] },
    };

    public static TheoryData<string, string[]> MarkdownReports => new()
    {
        { "all-levels-not-yet-level-iv-clinical", ["check", "samples/portfolios/not-yet-level-iv-clinical.json", "--as-of", "2026-11-24", "--format", "markdown"] },
        { "one-level-eligible", ["check", "samples/portfolios/level-iv-clinical.json", "--level", "IV-Clinical", "--as-of", "2026-11-24", "--format", "markdown"] },
        { "renewal-not-met", ["renew", "samples/portfolios/renewal-level-iii.json", "--year", "2026", "--as-of", "2026-12-31", "--format", "markdown"] },
    };

    [Theory]
    [MemberData(nameof(TextReports))]
    public async Task Text_report_reads_as_approved(string name, string[] args)
    {
        CliRun run = await ImhProcess.Run(args);

        run.ExitCode.ShouldBeOneOf([0, 1], run.Describe());
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldNotContain('\r');
        run.Stdout.ShouldNotContain('\u001b');
        run.Stdout.ShouldMatchApproved(b => b.SubFolder("Snapshots").DoNotIgnoreLineEndings().WithDiscriminator(name).NoDiff());
    }

    [Theory]
    [MemberData(nameof(MarkdownReports))]
    public async Task Markdown_report_reads_as_approved(string name, string[] args)
    {
        CliRun run = await ImhProcess.Run(args);

        run.ExitCode.ShouldBeOneOf([0, 1], run.Describe());
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldMatchApproved(b => b.SubFolder("Snapshots").DoNotIgnoreLineEndings().WithDiscriminator(name).WithFileExtension("md").NoDiff());
    }

    [Fact]
    public async Task Levels_list_reads_as_approved()
    {
        CliRun run = (await ImhProcess.Run("levels")).ShouldExitWith(0);

        run.Stdout.ShouldMatchApproved(b => b.SubFolder("Snapshots").DoNotIgnoreLineEndings().NoDiff());
    }
}
