using System.Collections.Immutable;
using System.IO;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Tests;

/// <summary>Runs the generator in memory over C# sources, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(LevelAttribute).Assembly.Location)];

    public static CSharpCompilation Compile(params string[] sources) => Compile(sources.Select((s, i) => (s, $"Source{i}.cs")).ToArray());

    public static CSharpCompilation Compile((string Text, string Path)[] sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("global using Imh.Dsl;\nglobal using System;\n", ParseOptions, "GlobalUsings.cs"));
        return CSharpCompilation.Create("Catalog", trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new ImhGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? Driver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    /// <summary>Generated files by hint name, ordered.</summary>
    public static SortedDictionary<string, string> Generated(GeneratorDriver driver)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in driver.GetRunResult().Results)
        {
            foreach (var source in result.GeneratedSources) files[source.HintName] = source.SourceText.ToString();
        }
        return files;
    }

    /// <summary>Analyzer options with the catalog's published text as an additional file, as the real build has it.</summary>
    public static AnalyzerOptions CatalogOptions()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Imh.Requirements", "mi-aimh-endorsement-requirements.txt");
        return new AnalyzerOptions([new TextFile(path, File.ReadAllText(path))]);
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    /// <summary>The real MI-AIMH catalog declarations, read from the repository.</summary>
    public static (string Text, string Path)[] CatalogSources()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Imh.Requirements");
        return Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), Path.GetFileName(f))).ToArray();
    }

    public static string RepositoryRoot()
    {
        var recorded = typeof(GeneratorHarness).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Imh.sln"))) return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Imh.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Imh.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<Diagnostic> Problems(this IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
