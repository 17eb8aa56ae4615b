using Imh.Dsl.Documentation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Cli.Tests;

/// <summary><c>imh schema</c>, <c>imh docs</c>, <c>imh levels</c> and the help.</summary>
public class CommandTests
{
    [Fact]
    public async Task Schema_prints_the_default_catalogs_portfolio_json_schema()
    {
        CliRun run = (await ImhProcess.Run("schema")).ShouldExitWith(0);

        run.Stdout.TrimEnd('\n').ShouldBe(PortfolioSchema.For(MiAimhVocabulary.Instance).TrimEnd('\n'));
        run.Stdout.ShouldEndWith("\n");
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task Docs_writes_every_page_into_the_out_folder_creating_it()
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "site", "requirements");

        CliRun run = (await ImhProcess.Run("docs", "--out", output)).ShouldExitWith(0);

        IReadOnlyList<DocPage> pages = CatalogDocs.Render(MiAimhCatalog.Instance);
        pages.Count.ShouldBeGreaterThan(1);
        foreach (DocPage page in pages)
        {
            string written = File.ReadAllText(Path.Combine(output, page.FileName));
            written.ShouldBe(page.Content);
            written.ShouldNotContain('\r');
        }

        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(pages.Select(p => Path.Combine(output, p.FileName)));
    }

    [Fact]
    public async Task Docs_writes_to_docs_requirements_by_default()
    {
        using var folder = new TempFolder();

        (await ImhProcess.RunIn(folder.Path, "docs")).ShouldExitWith(0);

        File.Exists(Path.Combine(folder.Path, "docs", "requirements", "README.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task Docs_into_a_folder_that_cannot_be_made_is_rejected()
    {
        using var folder = new TempFolder();
        string file = folder.Write("taken", "a file, not a folder");

        string[] errors = (await ImhProcess.Run("docs", "--out", Path.Combine(file, "docs"))).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldStartWith("imh: cannot write the documentation to");
    }

    [Fact]
    public async Task Levels_lists_every_level_and_track_with_its_requirement_keys()
    {
        CliRun run = (await ImhProcess.Run("levels")).ShouldExitWith(0);

        string[] headings = [.. run.Stdout.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith("Check", StringComparison.Ordinal)).Select(l => l.Split(' ')[0])];
        headings.ShouldBe(MiAimhCatalog.Instance.LevelIds);
        run.Stdout.ShouldContain("    reflectiveSupervisionRecommended");
    }

    [Fact]
    public async Task Help_goes_to_standard_output_with_exit_code_0()
    {
        CliRun run = (await ImhProcess.Run("--help")).ShouldExitWith(0);

        run.Stderr.ShouldBeEmpty();
        foreach (string command in new[] { "check", "renew", "levels", "catalogs", "docs", "schema" })
        {
            run.Stdout.ShouldContain($"  {command}");
        }
    }

    [Fact]
    public async Task Check_help_explains_folders_and_exit_codes_even_without_a_path()
    {
        CliRun run = (await ImhProcess.Run("check", "--help")).ShouldExitWith(0);

        run.Stdout.ShouldContain("Notes:");
        run.Stdout.ShouldContain("needs --format csv");
        run.Stdout.ShouldContain("the exit code is 2");
        run.Stdout.ShouldNotContain("[default:");
    }

    [Fact]
    public async Task Catalogs_lists_every_catalog_with_the_default_first()
    {
        CliRun run = (await ImhProcess.Run("catalogs")).ShouldExitWith(0);

        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith(MiAimhCatalog.Instance.Id + " ");
        lines[0].ShouldEndWith("(default)");
        run.Stdout.ShouldContain("source: ");
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_catalog_is_a_usage_error_that_lists_the_catalogs()
    {
        string[] errors = (await ImhProcess.Run("levels", "--catalog", "nope")).ShouldBeRejected();

        errors[0].ShouldContain("unknown catalog 'nope'");
        errors[0].ShouldContain(MiAimhCatalog.Instance.Id);
    }

    [Fact]
    public async Task Catalog_ids_are_matched_case_insensitively()
    {
        CliRun run = (await ImhProcess.Run("levels", "--catalog", MiAimhCatalog.Instance.Id.ToUpperInvariant())).ShouldExitWith(0);

        run.Stdout.ShouldStartWith(MiAimhCatalog.Instance.LevelIds.First() + " ");
    }
}
