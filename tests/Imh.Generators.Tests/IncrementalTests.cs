using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Tests;

public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Levels, TrackingNames.Tracks, TrackingNames.LevelOutputs, TrackingNames.TrackOutputs,
        TrackingNames.Catalog, TrackingNames.CatalogEntries, TrackingNames.WordSets,
    ];

    [Fact]
    public void A_second_run_on_the_same_compilation_is_all_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources());
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllCached(second);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Adding_an_unrelated_type_regenerates_nothing()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources());
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int X => 1; }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(second);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_method_body_in_an_unrelated_file_regenerates_nothing()
    {
        var helper = CSharpSyntaxTree.ParseText("namespace Other; public static class Helper { public static int Twice(int x) => x * 2; }", GeneratorHarness.ParseOptions, "Helper.cs");
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources()).AddSyntaxTrees(helper);
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var edited = compilation.ReplaceSyntaxTree(helper, CSharpSyntaxTree.ParseText("namespace Other; public static class Helper { public static int Twice(int x) => x + x; }", GeneratorHarness.ParseOptions, "Helper.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(second);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_value_in_Level_II_modifies_exactly_one_level_output()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources());
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var levelII = compilation.SyntaxTrees.Single(t => t.FilePath == "LevelII.cs");
        var editedText = levelII.ToString().Replace("[MinHours(30, Where = [TrainingTag.RelationshipBased])]", "[MinHours(32, Where = [TrainingTag.RelationshipBased])]");
        editedText.ShouldNotBe(levelII.ToString());
        var edited = compilation.ReplaceSyntaxTree(levelII, CSharpSyntaxTree.ParseText(editedText, GeneratorHarness.ParseOptions, "LevelII.cs"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Levels, TrackingNames.LevelOutputs })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1, step);
            outputs.Where(o => o.Reason != IncrementalStepRunReason.Modified)
                .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        }
        foreach (var step in new[] { TrackingNames.Tracks, TrackingNames.TrackOutputs, TrackingNames.WordSets })
        {
            result.TrackedSteps[step].SelectMany(s => s.Outputs)
                .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        }
        // The catalog lists ids and type names only, so an hours edit leaves it alone.
        result.TrackedSteps[TrackingNames.CatalogEntries].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        result.GeneratedSources.Single(s => s.HintName == "Imh.Requirements.LevelII.g.cs").SourceText.ToString().ShouldContain("MinHoursAttribute(32D");
    }

    [Fact]
    public void Editing_a_requirement_another_level_reuses_with_SameAs_regenerates_that_level_too()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources());
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var levelIII = compilation.SyntaxTrees.Single(t => t.FilePath == "LevelIII.cs");
        var editedText = levelIII.ToString().Replace("[Credential(Where = [CredentialTag.ImhCoursework], Alternative = \"a\")]",
            "[Credential(Where = [CredentialTag.ImhCoursework, CredentialTag.RelatedField], Alternative = \"a\")]");
        editedText.ShouldNotBe(levelIII.ToString());

        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(levelIII, CSharpSyntaxTree.ParseText(editedText, GeneratorHarness.ParseOptions, "LevelIII.cs")))
            .GetRunResult().Results.Single();

        // Level IV's education is Level III's ([SameAs]): its tracks, in another file, change with it.
        foreach (var track in new[] { "LevelIVClinical", "LevelIVPolicy", "LevelIVResearchFaculty" })
        {
            result.GeneratedSources.Single(s => s.HintName == $"Imh.Requirements.{track}.g.cs").SourceText.ToString()
                .ShouldContain("global::Imh.Requirements.CredentialTag.RelatedField", customMessage: track);
        }
        result.TrackedSteps[TrackingNames.TrackOutputs].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(3);
    }

    [Fact]
    public void A_vocabulary_edit_that_changes_how_a_level_is_written_regenerates_the_level()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.CatalogSources());
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var vocabulary = compilation.SyntaxTrees.Single(t => t.FilePath == "Vocabulary.cs");
        // A name for the three session flags Level III asks for together: the generated code now uses it.
        var editedText = vocabulary.ToString().Replace("    WhileServing = 4,\n}", "    WhileServing = 4,\n\n    /// <summary>All three.</summary>\n    [Word(\"counted\", \"Counted for Level III.\")]\n    Counted = 7,\n}");
        editedText.ShouldNotBe(vocabulary.ToString());

        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(vocabulary, CSharpSyntaxTree.ParseText(editedText, GeneratorHarness.ParseOptions, "Vocabulary.cs")))
            .GetRunResult().Results.Single();

        result.GeneratedSources.Single(s => s.HintName == "Imh.Requirements.LevelIII.g.cs").SourceText.ToString()
            .ShouldContain("global::Imh.Requirements.SessionTag.Counted");
    }

    [Fact]
    public void Every_tracked_step_ran_and_no_step_output_holds_symbols_syntax_or_compilations()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.CatalogSources()));
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in TrackedSteps) result.TrackedSteps.Keys.ShouldContain(name);
        // Our own steps only: Roslyn's internal steps legitimately hold syntax trees.
        foreach (var name in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(s => s.Outputs)) AssertNoRoslynObjects(output.Value, name, 0);
        }
    }

    private static void AssertAllCached(GeneratorRunResult result)
    {
        foreach (var name in TrackedSteps)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps)) continue;
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                output.Reason.ShouldBeOneOf([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged], $"step {name}");
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 8) return;
        if (value is ISymbol or Compilation or SemanticModel or SyntaxNode or Location or SyntaxTree)
            throw new Xunit.Sdk.XunitException($"step {step} holds a {value.GetType().Name}");
        var type = value.GetType();
        if (type.IsPrimitive || value is string || type.IsEnum) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoRoslynObjects(item, step, depth + 1);
            return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, depth + 1);
        }
    }
}
