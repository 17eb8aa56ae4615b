using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Where to report: the attribute argument (or list element) that is wrong when there is one, else
/// the attribute, else the declaration. Every lookup falls back to the next wider location, never to none.
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
        => NamedSyntax(attribute, name, cancellationToken)?.GetLocation() ?? Attribute(attribute, cancellationToken);

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
        if (byName is not null) return ElementOf(byName, element) ?? byName.GetLocation();
        var positional = list.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        var c = attribute.AttributeConstructor;
        bool isParams = c is not null && parameter == c.Parameters.Length - 1 && c.Parameters[parameter].IsParams;
        bool expanded = isParams && (positional.Count > parameter + 1 || (positional.Count == parameter + 1 && !IsList(positional[parameter].Expression)));
        if (expanded && parameter + element < positional.Count) return positional[parameter + element].GetLocation();
        if (parameter < positional.Count) return ElementOf(positional[parameter], element) ?? positional[parameter].GetLocation();
        return syntax.GetLocation();
    }

    /// <summary>Where an argument of a rule, part or condition is written; <paramref name="element"/> picks a list element.</summary>
    public static Location Of(AttributeData attribute, CheckedArgument argument, CancellationToken cancellationToken, int element = -1)
    {
        if (!argument.IsNamed) return Constructor(attribute, argument.Parameter, cancellationToken, element < 0 ? 0 : element);
        var named = NamedSyntax(attribute, argument.Name, cancellationToken);
        if (named is null) return Attribute(attribute, cancellationToken);
        return (element >= 0 ? ElementOf(named, element) : null) ?? named.GetLocation();
    }

    /// <summary>The identifier of a type, member or enum member declaration.</summary>
    public static Location Identifier(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case BaseTypeDeclarationSyntax type: return type.Identifier.GetLocation();
                case PropertyDeclarationSyntax property: return property.Identifier.GetLocation();
                case IndexerDeclarationSyntax indexer: return indexer.ThisKeyword.GetLocation();
                case EnumMemberDeclarationSyntax member: return member.Identifier.GetLocation();
            }
        }
        return symbol.Locations.FirstOrDefault() ?? Location.None;
    }

    private static AttributeArgumentSyntax? NamedSyntax(AttributeData attribute, string name, CancellationToken cancellationToken)
        => SyntaxOf(attribute, cancellationToken)?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    private static bool IsList(ExpressionSyntax expression)
        => expression is CollectionExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax;

    // An element of a list written as [a, b], new[] { a, b } or new T[] { a, b }.
    private static Location? ElementOf(AttributeArgumentSyntax argument, int element)
    {
        var items = argument.Expression switch
        {
            CollectionExpressionSyntax collection => collection.Elements.Select(e => (SyntaxNode)e).ToList(),
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.Select(e => (SyntaxNode)e).ToList(),
            ArrayCreationExpressionSyntax array when array.Initializer is not null => array.Initializer.Expressions.Select(e => (SyntaxNode)e).ToList(),
            _ => null,
        };
        return items is not null && element >= 0 && element < items.Count ? items[element].GetLocation() : null;
    }
}
