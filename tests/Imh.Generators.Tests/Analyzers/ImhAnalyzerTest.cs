using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Imh.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using System.Threading.Tasks;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>
/// Runs every Imh analyzer (and every code fix) over markup sources, so that a test fails on any
/// diagnostic its markup does not expect. Works offline: the reference assemblies come from
/// Basic.Reference.Assemblies, not from a NuGet download.
/// </summary>
internal sealed class ImhAnalyzerTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    public const string GlobalUsings = "global using Imh.Dsl;\nglobal using System;\n";

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Instances<DiagnosticAnalyzer>(typeof(ImhGenerator).Assembly);

    public static readonly ImmutableArray<CodeFixProvider> Fixes = Instances<CodeFixProvider>(typeof(MakePartialCodeFix).Assembly);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(LevelAttribute).Assembly.Location)];

    public ImhAnalyzerTest(string markup, string prelude, params (string Name, string Text)[] additionalFiles)
    {
        _prelude = prelude;
        // An empty set: nothing to download; the references below are the whole framework.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        // Two analyzers share a descriptor when they report the same problem from different places.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestCode = markup;
        TestState.Sources.Add(("GlobalUsings.cs", GlobalUsings));
        TestState.Sources.Add(("Prelude.cs", prelude));
        TestState.AdditionalReferences.AddRange(References);
        foreach (var file in additionalFiles) TestState.AdditionalFiles.Add((file.Name, file.Text));
    }

    /// <summary>The expected result of the code fixes, with the same extra files as the test.</summary>
    public ImhAnalyzerTest WithFix(string fixedCode)
    {
        FixedCode = fixedCode;
        FixedState.Sources.Add(("GlobalUsings.cs", GlobalUsings));
        FixedState.Sources.Add(("Prelude.cs", _prelude));
        return this;
    }

    private readonly string _prelude;

    public static Task Check(string markup, string prelude, params (string Name, string Text)[] additionalFiles)
        => new ImhAnalyzerTest(markup, prelude, additionalFiles).RunAsync(TestContext.Current.CancellationToken);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => Fixes;

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    private static ImmutableArray<T> Instances<T>(Assembly assembly)
        => [.. assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal).Select(t => (T)Activator.CreateInstance(t)!)];
}
