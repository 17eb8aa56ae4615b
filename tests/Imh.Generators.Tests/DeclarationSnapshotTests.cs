using Imh.Generators.Modeling;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Tests;

/// <summary>When a model made in one compilation may be reused in the next: the declarations are the same outside bodies.</summary>
public class DeclarationSnapshotTests
{
    private const string Before = """
        namespace Other;
        public static class Helper
        {
            public const int Limit = 3;
            [System.Obsolete("old")] public static int Twice(int x) => x * 2;
            public static int Thrice(int x) { return x * 3; }
            public static int Value { get { return 1; } }
        }
        """;

    [Theory]
    [InlineData("x * 2;", "x + x;")]
    [InlineData("return x * 3;", "var y = x; return y * 3;")]
    [InlineData("get { return 1; }", "get { return 2; }")]
    [InlineData("public const int Limit = 3;", "// a comment\n    public const int Limit = 3;")]
    public void Edits_inside_bodies_comments_and_spacing_keep_the_declarations(string text, string replacement)
        => DeclarationSnapshot.SameDeclarations(Tree(Before), Tree(Before.Replace(text, replacement))).ShouldBeTrue();

    [Theory]
    [InlineData("Limit = 3", "Limit = 4")]
    [InlineData("\"old\"", "\"older\"")]
    [InlineData("int Twice(int x)", "long Twice(int x)")]
    [InlineData("public static int Value", "internal static int Value")]
    [InlineData("public static class Helper", "public static class Helper2")]
    public void Edits_to_constants_attributes_signatures_and_names_change_the_declarations(string text, string replacement)
        => DeclarationSnapshot.SameDeclarations(Tree(Before), Tree(Before.Replace(text, replacement))).ShouldBeFalse();

    [Fact]
    public void A_compilation_with_one_more_file_does_not_declare_the_same()
    {
        var compilation = GeneratorHarness.Compile([(Before, "Helper.cs")]);
        var more = compilation.AddSyntaxTrees(Tree("namespace Other; public class Unrelated { }", "Unrelated.cs"));

        DeclarationSnapshot.Of(compilation).DeclaresTheSame(more).ShouldBeFalse();
        DeclarationSnapshot.Of(compilation).DeclaresTheSame(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(t => t.FilePath == "Helper.cs"),
            Tree(Before.Replace("x * 2", "x + x")))).ShouldBeTrue();
    }

    private static Microsoft.CodeAnalysis.SyntaxTree Tree(string text, string path = "Helper.cs") => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path);
}
