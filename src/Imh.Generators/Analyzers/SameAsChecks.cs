using System.Collections.Generic;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>[SameAs] names a property, not itself, not a cycle, within the depth the reader follows.</summary>
internal static class SameAsChecks
{
    public static void Check(SymbolAnalysisContext context, IPropertySymbol property, AttributeData sameAs, LanguageSymbols symbols)
    {
        if (AttributeArguments.Constructor(sameAs, 0) is not { Value: INamedTypeSymbol type }) return;
        if (AttributeArguments.String(AttributeArguments.Constructor(sameAs, 1)) is not { } member) return;
        var location = ArgumentLocations.Constructor(sameAs, 1, context.CancellationToken);
        string? problem = null;
        if (RequirementDeclaration.SameAsTarget(sameAs) is not { } target) problem = $"names no property '{member}' of '{type.Name}'";
        else if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, property.OriginalDefinition)) problem = "names the property itself";
        else if (PathBack(target, property, symbols, 1, new List<IPropertySymbol> { target }) is { } cycle) problem = "leads back to it: " + string.Join(" -> ", cycle.Select(p => p.ContainingType.Name + "." + p.Name));
        else if (Depth(target, symbols, 1) > RequirementDeclaration.MaxSameAsDepth) problem = $"starts a chain deeper than {RequirementDeclaration.MaxSameAsDepth}; the generator stops following it there";
        if (problem is not null) context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSameAs, location, property.Name, problem));
    }

    private static IEnumerable<IPropertySymbol> Targets(IPropertySymbol property, LanguageSymbols symbols)
    {
        foreach (var a in property.GetAttributes())
        {
            if (symbols.KindOf(a) == LanguageAttribute.SameAs && RequirementDeclaration.SameAsTarget(a) is { } target) yield return target;
        }
    }

    private static List<IPropertySymbol>? PathBack(IPropertySymbol from, IPropertySymbol start, LanguageSymbols symbols, int depth, List<IPropertySymbol> path)
    {
        if (depth > RequirementDeclaration.MaxSameAsDepth + 1) return null;
        foreach (var next in Targets(from, symbols))
        {
            if (SymbolEqualityComparer.Default.Equals(next.OriginalDefinition, start.OriginalDefinition)) return new List<IPropertySymbol>(path) { next };
            if (path.Contains(next, SymbolEqualityComparer.Default)) continue;
            path.Add(next);
            if (PathBack(next, start, symbols, depth + 1, path) is { } found) return found;
            path.RemoveAt(path.Count - 1);
        }
        return null;
    }

    private static int Depth(IPropertySymbol from, LanguageSymbols symbols, int depth)
    {
        if (depth > RequirementDeclaration.MaxSameAsDepth) return depth;
        int deepest = depth;
        foreach (var next in Targets(from, symbols)) deepest = System.Math.Max(deepest, Depth(next, symbols, depth + 1));
        return deepest;
    }
}
