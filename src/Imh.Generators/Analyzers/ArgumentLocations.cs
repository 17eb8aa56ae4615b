using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Where to report: the attribute argument that is wrong when there is one, else the attribute,
/// else the declaration. Every lookup falls back to the next wider location, never to none.
/// </summary>
internal static class ArgumentLocations
{
    public static AttributeSyntax? SyntaxOf(AttributeData attribute, CancellationToken cancellationToken)
        => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    /// <summary>The attribute, without its brackets: <c>MinHours(3)</c>.</summary>
    public static Location Attribute(AttributeData attribute, CancellationToken cancellationToken)
        => SyntaxOf(attribute, cancellationToken)?.GetLocation() ?? Location.None;

    /// <summary>A named argument (<c>MinSpanYears = 3</c>), or the attribute when it is not given.</summary>
    public static Location Named(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        var syntax = SyntaxOf(attribute, cancellationToken);
        var argument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return argument?.GetLocation() ?? syntax?.GetLocation() ?? Location.None;
    }

    /// <summary>
    /// A constructor argument by parameter index; for a <c>params</c> parameter,
    /// <paramref name="element"/> picks the element (<c>RatingItem(1, 2, 3)</c>).
    /// </summary>
    public static Location Constructor(AttributeData attribute, int parameter, CancellationToken cancellationToken, int element = 0)
    {
        var syntax = SyntaxOf(attribute, cancellationToken);
        if (syntax?.ArgumentList is not { } list) return syntax?.GetLocation() ?? Location.None;
        var parameterName = attribute.AttributeConstructor is { } ctor && parameter < ctor.Parameters.Length ? ctor.Parameters[parameter].Name : null;
        var byName = list.Arguments.FirstOrDefault(a => a.NameColon is not null && a.NameColon.Name.Identifier.ValueText == parameterName);
        if (byName is not null) return byName.GetLocation();
        var positional = list.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        int index = parameter + element;
        if (index < positional.Count) return positional[index].GetLocation();
        if (parameter < positional.Count) return positional[parameter].GetLocation();
        return syntax.GetLocation();
    }

    /// <summary>The identifier of a type or member declaration.</summary>
    public static Location Identifier(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case BaseTypeDeclarationSyntax type: return type.Identifier.GetLocation();
                case PropertyDeclarationSyntax property: return property.Identifier.GetLocation();
                case IndexerDeclarationSyntax indexer: return indexer.ThisKeyword.GetLocation();
            }
        }
        return symbol.Locations.FirstOrDefault() ?? Location.None;
    }
}
