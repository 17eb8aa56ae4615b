using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>Argument checks several analyzers share.</summary>
internal static class AnalyzerSupport
{
    /// <summary>A string argument given as null, empty or only whitespace.</summary>
    public static bool IsBlank(TypedConstant? constant)
        => constant is { Kind: TypedConstantKind.Primitive } c && (c.Value is null || (c.Value is string s && string.IsNullOrWhiteSpace(s)));
}
