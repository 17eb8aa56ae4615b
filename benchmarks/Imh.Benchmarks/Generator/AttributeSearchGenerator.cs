using Microsoft.CodeAnalysis;

namespace Imh.Benchmarks.Generator;

/// <summary>
/// The floor under any generator that reads these declarations: finds the <c>[Level]</c> and
/// <c>[Track]</c> types with the same <c>ForAttributeWithMetadataName</c> queries as the Imh
/// generator, reads the constructor and named arguments of every attribute of the type and of its
/// properties (the requirement members; reading them binds them), keeps only a count and writes nothing. Created directly by the benchmarks, so it
/// carries no <c>[Generator]</c> attribute.
/// </summary>
public sealed class AttributeSearchGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var levels = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Imh.Dsl.LevelAttribute", static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax, static (c, _) => ReadAttributes(c.TargetSymbol));
        var tracks = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Imh.Dsl.TrackAttribute", static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax, static (c, _) => ReadAttributes(c.TargetSymbol));
        context.RegisterSourceOutput(levels.Collect().Combine(tracks.Collect()), static (_, _) => { });
    }

    /// <summary>Touches every argument of every attribute on the type and its properties; returns how many there were.</summary>
    private static int ReadAttributes(ISymbol type)
    {
        int arguments = 0;
        foreach (var symbol in ((INamedTypeSymbol)type).GetMembers().OfType<IPropertySymbol>().Cast<ISymbol>().Prepend(type))
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                arguments += attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;
            }
        }

        return arguments;
    }
}
