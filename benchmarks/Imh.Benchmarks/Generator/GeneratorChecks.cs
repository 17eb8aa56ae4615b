using Microsoft.CodeAnalysis;

namespace Imh.Benchmarks.Generator;

/// <summary>What the generator benchmarks assert before timing anything.</summary>
public static class GeneratorChecks
{
    /// <summary>The catalog yields a file per level and track plus the catalog, and the result compiles without errors.</summary>
    public static void AssertCatalogOutput(Compilation catalog)
    {
        int declarations = catalog.SyntaxTrees.Sum(t => t.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>()
            .Count(d => d.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Level" or "Track")
                && !d.Modifiers.Any(m => m.Text == "abstract")));
        AssertGenerates(catalog, declarations + 1, compile: true);
    }

    /// <summary>The generator emits <paramref name="files"/> files with no diagnostics; with <paramref name="compile"/>, the output compiles.</summary>
    public static void AssertGenerates(Compilation compilation, int files, bool compile)
    {
        var driver = GeneratorInputs.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        int generated = result.Results.Sum(r => r.GeneratedSources.Length);
        if (generated != files || !diagnostics.IsEmpty || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException(
                $"generator produced {generated} files (expected {files}); diagnostics: {string.Join("; ", diagnostics)}; exceptions: {string.Join("; ", result.Results.Select(r => r.Exception?.Message))}");
        }

        if (compile)
        {
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException($"generated code does not compile: {string.Join("; ", errors.Take(5))}");
        }
    }

    /// <summary>After the unrelated edit, every tracked step of a warm driver is cached or unchanged (nothing regenerates).</summary>
    public static void AssertUnrelatedEditIsCached(Compilation before, Compilation after)
    {
        var second = GeneratorInputs.Driver(trackSteps: true).RunGenerators(before).RunGenerators(after).GetRunResult().Results.Single();
        // The compilation itself changes with every edit; only the steps derived from it must settle.
        var recomputed = second.TrackedSteps
            .Where(s => s.Key is Imh.Generators.TrackingNames.Levels or Imh.Generators.TrackingNames.Tracks
                or Imh.Generators.TrackingNames.Catalog or Imh.Generators.TrackingNames.CatalogEntries or Imh.Generators.TrackingNames.WordSets)
            .SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        var outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        if (recomputed.Count > 0 || outputs.Count > 0)
        {
            throw new InvalidOperationException(
                $"an unrelated edit recomputed {recomputed.Count} tracked step outputs and {outputs.Count} source outputs");
        }
    }
}
