using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>The catalog of ids: each has a descriptor, a release entry, a help page and a test case.</summary>
public class DiagnosticsCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = ImhAnalyzerTest.Analyzers.SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    /// <summary>Ids whose meaning is gone: never reported, never reused, recorded as removed.</summary>
    private static readonly string[] Retired = ["IMH018"];

    [Fact]
    public void Ids_run_from_IMH001_without_gaps_but_the_retired_ones_and_each_id_has_one_descriptor()
    {
        Descriptors.Select(d => d.Id).ShouldBe(Enumerable.Range(1, Descriptors.Length + Retired.Length).Select(i => $"IMH{i:000}").Except(Retired));
        ImhAnalyzerTest.Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id)
            .ShouldAllBe(g => g.Distinct().Count() == 1, "an id shared by two analyzers is one descriptor object");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_help_page_that_says_what_it_means_shows_an_example_and_the_fix(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        descriptor.HelpLinkUri.ShouldBe($"https://github.com/imh-requirements/imh/blob/main/docs/diagnostics/{id}.md");
        var page = Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics", id + ".md");
        File.Exists(page).ShouldBeTrue(page);
        var text = File.ReadAllText(page);
        text.ShouldStartWith($"# {id}: {descriptor.Title}");
        text.ShouldContain("## What it means");
        text.ShouldContain("## Example");
        text.ShouldContain("## How to fix it");
        text.ShouldContain("```csharp");
        text.ShouldContain($"| {descriptor.DefaultSeverity} |");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_is_tracked_as_a_release_entry_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Imh.Generators");
        var releases = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        releases.ShouldContain($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_a_faulty_and_a_valid_case(string id)
        => DiagnosticCases.All.Values.ShouldContain(c => c.Id == id && c.Faulty.Contains("{|" + id + ":"));

    [Theory]
    [MemberData(nameof(RetiredIds))]
    public void A_retired_id_is_recorded_as_removed_and_its_help_page_says_so(string id)
    {
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Imh.Generators");
        var unshipped = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        unshipped.Substring(unshipped.IndexOf("### Removed Rules", StringComparison.Ordinal)).ShouldContain(id + " |");
        File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics", id + ".md")).ShouldContain("Retired");
        typeof(Imh.Generators.Diagnostics.DiagnosticIds).GetFields().Where(f => (string?)f.GetValue(null) == id).ShouldAllBe(f => f.Name.StartsWith("Retired", StringComparison.Ordinal));
    }

    public static TheoryData<string> RetiredIds => new(Retired);

    [Fact]
    public void The_index_page_lists_every_id()
    {
        var index = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "diagnostics", "README.md"));
        // Grouped by category on the page; every id once.
        Regex.Matches(index, @"\[(IMH\d{3})\]\(IMH\d{3}\.md\)").Select(m => m.Groups[1].Value).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(Descriptors.Select(d => d.Id));
    }
}
