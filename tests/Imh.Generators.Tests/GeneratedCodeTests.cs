using Microsoft.CodeAnalysis;

namespace Imh.Generators.Tests;

public class GeneratedCodeTests
{
    private static readonly string[] ExpectedFiles =
    [
        "Imh.Requirements.LevelI.g.cs",
        "Imh.Requirements.LevelII.g.cs",
        "Imh.Requirements.LevelIII.g.cs",
        "Imh.Requirements.LevelIVClinical.g.cs",
        "Imh.Requirements.LevelIVPolicy.g.cs",
        "Imh.Requirements.LevelIVResearchFaculty.g.cs",
        "MiAimhCatalog.g.cs",
    ];

    [Fact]
    public void The_catalog_generates_one_file_per_level_and_track_plus_the_catalog_and_compiles_without_warnings()
    {
        var (driver, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.CatalogSources()));

        diagnostics.ShouldBeEmpty();
        GeneratorHarness.Generated(driver).Keys.ShouldBe(ExpectedFiles.OrderBy(f => f, StringComparer.Ordinal));
        output.GetDiagnostics().Problems().Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_abstract_Level_IV_gets_no_validator_of_its_own_only_its_tracks_do()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.CatalogSources()));

        GeneratorHarness.Generated(driver).Keys.ShouldNotContain("Imh.Requirements.LevelIV.g.cs");
    }

    public static TheoryData<string> GeneratedFiles => new(ExpectedFiles);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Every_generated_file_of_the_catalog_matches_its_approved_snapshot(string hintName)
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.CatalogSources()));

        Snapshot.ScrubVersion(GeneratorHarness.Generated(driver)[hintName])
            .ShouldMatchApproved(Snapshot.Named(hintName.Replace(".g.cs", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_syntax_tree_orders()
    {
        var sources = GeneratorHarness.CatalogSources();
        var first = GeneratorHarness.Generated(GeneratorHarness.Run(GeneratorHarness.Compile(sources)).Driver);
        var again = GeneratorHarness.Generated(GeneratorHarness.Run(GeneratorHarness.Compile(sources)).Driver);
        var reversed = GeneratorHarness.Generated(GeneratorHarness.Run(GeneratorHarness.Compile(sources.Reverse().ToArray())).Driver);

        again.ShouldBe(first);
        reversed.ShouldBe(first);
    }

    [Fact]
    public void Generated_files_use_newline_line_endings_only()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.CatalogSources()));

        foreach (var (name, text) in GeneratorHarness.Generated(driver)) text.ShouldNotContain("\r", customMessage: name);
    }
}
