using System.Collections.Immutable;
using System.IO;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Threading.Tasks;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>
/// The analyzers on the real MI-AIMH catalog, as the build runs them: after the generator, with
/// the published text as an AdditionalFiles item.
/// </summary>
public class CatalogDiagnosticsTests
{
    private const string SourceTextName = "mi-aimh-endorsement-requirements.txt";

    [Fact]
    public async Task The_real_catalog_reports_nothing_but_the_cross_level_findings_it_suppresses_with_a_quote()
    {
        var (_, diagnostics) = await Analyze(GeneratorHarness.CatalogSources());

        diagnostics.Where(d => !d.IsSuppressed).Select(d => d.ToString()).ShouldBeEmpty();
        diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.SourceTree!.FilePath)} {MemberAt(d)}").OrderBy(s => s, StringComparer.Ordinal).ShouldBe(
        [
            "IMH038 LevelIII.cs References",
            "IMH038 LevelIV.cs References",
            "IMH038 LevelIV.cs References",
            "IMH038 LevelIV.cs References",
        ]);
    }

    [Fact]
    public async Task Each_suppression_in_the_catalog_quotes_the_published_text()
    {
        var (compilation, diagnostics) = await Analyze(GeneratorHarness.CatalogSources());
        var text = SourceQuotes.NormalizeSource(PublishedText());

        diagnostics.ShouldNotBeEmpty();
        foreach (var diagnostic in diagnostics)
        {
            var justification = diagnostic.GetSuppressionInfo(compilation)?.Attribute?.NamedArguments
                .FirstOrDefault(a => a.Key == "Justification").Value.Value as string;
            justification.ShouldNotBeNullOrWhiteSpace(diagnostic.ToString());
            var quotes = System.Text.RegularExpressions.Regex.Matches(justification, "\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            quotes.ShouldNotBeEmpty(justification);
            quotes.ShouldAllBe(q => SourceQuotes.Occurs(text, q), justification);
        }
    }

    public static TheoryData<string, string, string, string, string> Mistakes => new()
    {
        // file, text as published in the catalog, the mistake, the diagnostic, the text it is reported on
        { "LevelIII.cs", "WithinYears = 2, MinSpanYears = 1)", "WithinYears = 1, MinSpanYears = 2)", "IMH016", "MinSpanYears = 2" },
        { "LevelIII.cs", "\"Minimum: 50 clock hours within", "\"Minimum: 60 clock hours within", "IMH035", "\"Minimum: 60 clock hours within a 1-year minimum and 2-year maximum timeframe.\"" },
        { "LevelII.cs", "[EndorsedRater(\"III\", \"IV\")]", "[EndorsedRater(\"III\", \"V\")]", "IMH023", "\"V\"" },
        { "LevelIV.cs", "[RatingItem(3, Where = [RaterRole.Student])]", "[RatingItem(3, 4, Where = [RaterRole.Student])]", "IMH019", "4" },
        { "LevelIII.cs", "[RatingItem(2, Where = [ReferenceTag.ProvidesReflectiveSupervision])]", "[RatingItem(1, Where = [ReferenceTag.ProvidesReflectiveSupervision])]", "IMH020", "Ratings(3)" },
        { "LevelI.cs", "public sealed partial record LevelI", "public sealed record LevelI", "IMH001", "LevelI" },
        { "LevelIII.cs", "[MinHours(30, Where = [TrainingTag.RelationshipBased])]", "[MinHours(20, Where = [TrainingTag.RelationshipBased])]", "IMH037", "20" },
        { "LevelIII.cs", "[WorkKind.ImhInternship, WorkTag.Supervised]", "[WorkKind.ImhInternship, SessionTag.WhileServing]", "IMH033", "SessionTag.WhileServing" },
        { "LevelIII.cs", "[Review(\"b\",", "[Review(\"c\",", "IMH058", "\"c\"" },
        { "Vocabulary.cs", "[Word(\"paid\", \"Paid work.\")]", "[Word(\"paid\", \"Paid work.\", Json = \"role\")]", "IMH044", "Word(\"paid\", \"Paid work.\", Json = \"role\")" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task An_author_who_breaks_a_rule_in_the_catalog_sees_it_at_the_right_place(string file, string published, string mistake, string id, string reportedOn)
    {
        var sources = GeneratorHarness.CatalogSources().Select(s =>
        {
            if (s.Path != file) return s;
            s.Text.ShouldContain(published);
            return (s.Text.Replace(published, mistake), s.Path);
        }).ToArray();

        var diagnostics = (await Analyze(sources)).Diagnostics.Where(d => !d.IsSuppressed).ToList();

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        Path.GetFileName(diagnostic.Location.SourceTree!.FilePath).ShouldBe(file);
        diagnostic.Location.SourceTree.GetText().ToString(diagnostic.Location.SourceSpan).ShouldBe(reportedOn);
    }

    private static string PublishedText() => File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Imh.Requirements", SourceTextName));

    private static async Task<(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics)> Analyze((string Text, string Path)[] sources)
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(sources));
        var analysis = output.WithAnalyzers(ImhAnalyzerTest.Analyzers,
            new CompilationWithAnalyzersOptions(GeneratorHarness.CatalogOptions(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return (output, await analysis.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken));
    }

    private static string MemberAt(Diagnostic diagnostic)
    {
        var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        return node.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().First().Identifier.ValueText;
    }
}
