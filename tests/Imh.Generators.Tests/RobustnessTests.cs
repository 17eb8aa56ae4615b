using Microsoft.CodeAnalysis;

namespace Imh.Generators.Tests;

public class RobustnessTests
{
    public static TheoryData<string, string> InvalidDeclarations => new()
    {
        { "not partial", """[Level("X", "X")] public sealed record X { [Requirement("a", "A")] [MinHours(3)] public Requirement A { get; init; } }""" },
        { "missing level arguments", """[Level] public sealed partial record X { }""" },
        { "wrong argument types", """[Level(1, 2)] public sealed partial record X { [Requirement(3, 4)] [MinHours("ten")] public Requirement A { get; init; } }""" },
        { "track without level", """[Track("T", "T")] public sealed partial record T { [Requirement("a", "A")] [MinHours(3)] public Requirement A { get; init; } }""" },
        { "unbalanced braces", """[Level("X", "X")] public sealed partial record X { [Requirement("a", "A")] [MinHours(3] public Requirement A { get; """ },
        { "same-as cycle", """[Level("X", "X")] public sealed partial record X { [Requirement("a", "A")] [SameAs(typeof(X), "A")] public Requirement A { get; init; } }""" },
        { "rating item without numbers", """[Level("X", "X")] public sealed partial record X { [Requirement("r", "R")] [RatingItem] [Ratings(3)] public Requirement R { get; init; } }""" },
        { "generic level", """[Level("X", "X")] public sealed partial record X<T> { [Requirement("a", "A")] [MinHours(3)] public Requirement A { get; init; } }""" },
        { "nested level", """public static partial class Outer { [Level("X", "X")] public sealed partial record X { [Requirement("a", "A")] [MinHours(3)] public Requirement A { get; init; } } }""" },
        { "duplicate level ids", """[assembly: Catalog("Dup")] [Level("X", "X")] public sealed partial record X { } [Level("X", "Y")] public sealed partial record Y { }""" },
    };

    [Theory]
    [MemberData(nameof(InvalidDeclarations))]
    public void The_generator_never_throws_and_never_emits_code_that_does_not_compile(string what, string source)
    {
        var compilation = GeneratorHarness.Compile(source);

        var (_, output, diagnostics) = GeneratorHarness.Run(compilation);

        diagnostics.Select(d => d.Id).ShouldNotContain("CS8785", what);
        // Whatever was wrong before stays wrong; the generated code adds no error of its own.
        var generatedErrors = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            .Select(d => d.ToString());
        generatedErrors.ShouldBeEmpty(what);
    }
}
