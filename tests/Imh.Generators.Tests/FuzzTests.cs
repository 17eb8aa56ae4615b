using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Tests;

/// <summary>
/// Mutated catalogs: deleted or swapped tokens, wrong argument types, missing members, repeated
/// attributes, unbalanced braces. Neither the generator (CS8785) nor any analyzer (AD0001) may throw.
/// </summary>
public class FuzzTests
{
    private const int Variants = 1000;
    private const int Seed = 20261124;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ImhGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Fact]
    public async Task A_thousand_mutated_catalogs_never_make_the_generator_or_the_analyzers_throw()
    {
        var sources = GeneratorHarness.CatalogSources();
        var random = new Random(Seed);
        var variants = Enumerable.Range(0, Variants).Select(i =>
        {
            int file = random.Next(sources.Length);
            return (Index: i, File: file, Text: Mutate(sources[file].Text, random));
        }).ToList();

        // Each variant differs from the catalog in one file: the generator runs incrementally from the
        // catalog's run (the path an editor takes, which must hold up on broken input too), and the
        // analyzers analyze the mutated file, whose symbols meet the broken declarations first. This
        // keeps a thousand variants within the time of the test run on two cores.
        var catalog = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.Driver().RunGenerators(catalog);
        var crashes = new ConcurrentBag<string>();
        // Exceptions are collected as they happen, whichever part of the analysis meets them.
        var options = new CompilationWithAnalyzersOptions(GeneratorHarness.CatalogOptions(),
            (exception, analyzer, _) => crashes.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var ct = TestContext.Current.CancellationToken;
        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (variant, token) =>
        {
            var old = catalog.SyntaxTrees.Single(t => t.FilePath == sources[variant.File].Path);
            var mutated = CSharpSyntaxTree.ParseText(variant.Text, GeneratorHarness.ParseOptions, old.FilePath, cancellationToken: token);
            var compilation = catalog.ReplaceSyntaxTree(old, mutated);
            var (_, _, generatorDiagnostics) = GeneratorHarness.Run(compilation, driver);
            foreach (var d in generatorDiagnostics.Where(d => d.Id == "CS8785")) crashes.Add($"variant {variant.Index}: {d}");
            var analysis = compilation.WithAnalyzers(Analyzers, options);
            var analyzerDiagnostics = await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(mutated), null, token);
            foreach (var d in analyzerDiagnostics.Where(d => d.Id == "AD0001")) crashes.Add($"variant {variant.Index}: {d}");
        });

        crashes.OrderBy(c => c, StringComparer.Ordinal).ShouldBeEmpty();
        Analyzers.ShouldNotBeEmpty("the analyzers are part of what must not throw");
    }

    [Fact]
    public void Mutations_are_reproducible_from_the_seed()
    {
        var text = GeneratorHarness.CatalogSources()[0].Text;
        Mutate(text, new Random(Seed)).ShouldBe(Mutate(text, new Random(Seed)));
    }

    internal static string Mutate(string source, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions).GetRoot();
        var tokens = root.DescendantTokens().ToList();
        switch (random.Next(7))
        {
            case 0: // delete a token
            {
                int i = random.Next(tokens.Count);
                return Rebuild(tokens, i, replacement: "");
            }
            case 1: // swap two adjacent tokens
            {
                int i = random.Next(tokens.Count - 1);
                var text = new StringBuilder();
                for (int k = 0; k < tokens.Count; k++)
                {
                    var t = k == i ? tokens[i + 1] : k == i + 1 ? tokens[i] : tokens[k];
                    text.Append(tokens[k].LeadingTrivia.ToFullString()).Append(t.Text).Append(tokens[k].TrailingTrivia.ToFullString());
                }
                return text.ToString();
            }
            case 2: // wrong argument type: a literal becomes another kind of literal
            {
                var literals = tokens.Select((t, i) => (t, i)).Where(x => x.t.IsKind(SyntaxKind.NumericLiteralToken) || x.t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
                if (literals.Count == 0) goto case 0;
                var (token, index) = literals[random.Next(literals.Count)];
                string[] replacements = ["\"ten\"", "-5", "0", "3.5", "null", "true", "typeof(int)", "\"\"", "int.MaxValue"];
                return Rebuild(tokens, index, replacements[random.Next(replacements.Length)]);
            }
            case 3: // remove a member
            {
                var members = root.DescendantNodes().OfType<PropertyDeclarationSyntax>().ToList();
                if (members.Count == 0) goto case 0;
                var member = members[random.Next(members.Count)];
                return source.Remove(member.FullSpan.Start, member.FullSpan.Length);
            }
            case 4: // repeat an attribute list
            {
                var lists = root.DescendantNodes().OfType<AttributeListSyntax>().ToList();
                if (lists.Count == 0) goto case 0;
                var list = lists[random.Next(lists.Count)];
                return source.Insert(list.Span.End, " " + list.ToString());
            }
            case 5: // unbalance the braces
            {
                var braces = tokens.Select((t, i) => (t, i)).Where(x => x.t.IsKind(SyntaxKind.OpenBraceToken) || x.t.IsKind(SyntaxKind.CloseBraceToken)).ToList();
                if (braces.Count == 0) goto case 0;
                return Rebuild(tokens, braces[random.Next(braces.Count)].i, replacement: "");
            }
            default: // an identifier or keyword replaced by another one of the file
            {
                var names = tokens.Select((t, i) => (t, i)).Where(x => x.t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                if (names.Count < 2) goto case 0;
                return Rebuild(tokens, names[random.Next(names.Count)].i, names[random.Next(names.Count)].t.Text);
            }
        }
    }

    private static string Rebuild(List<SyntaxToken> tokens, int index, string replacement)
    {
        var text = new StringBuilder();
        for (int k = 0; k < tokens.Count; k++)
        {
            text.Append(tokens[k].LeadingTrivia.ToFullString()).Append(k == index ? replacement : tokens[k].Text).Append(tokens[k].TrailingTrivia.ToFullString());
        }
        return text.ToString();
    }
}
