using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Requirement members the generator can read: a property of type Requirement with one marker and
/// a key, rules only with a marker, in a type the generator reads, and [SameAs] naming a property
/// that does not lead back.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequirementMemberAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WrongMemberType, DiagnosticDescriptors.RequirementAndContinuing, DiagnosticDescriptors.RuleWithoutRequirement,
        DiagnosticDescriptors.AttributeOnWrongTarget, DiagnosticDescriptors.EmptyIdOrKey, DiagnosticDescriptors.InvalidSameAs,
        DiagnosticDescriptors.RequirementWithoutMarker, DiagnosticDescriptors.RulesOnNotRequired);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LanguageSymbols.From(start.Compilation) is null) return;
            start.RegisterSymbolAction(Analyze, SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (CatalogIndex.For(context.Compilation) is not { } index) return;
        var attributes = RequirementDeclaration.LanguageAttributesOf(property, index.Symbols);
        var ct = context.CancellationToken;

        if (attributes.IsEmpty)
        {
            if (SymbolEqualityComparer.Default.Equals(property.Type, index.Symbols.RequirementType)
                && index.ReadsRequirementsOf(property.ContainingType) && !index.IsSameAsTarget(property))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RequirementWithoutMarker, ArgumentLocations.Identifier(property, ct), property.Name));
            return;
        }

        foreach (var (attribute, kind) in attributes)
        {
            if (kind == LanguageAttribute.SameAs) CheckSameAs(context, property, attribute, index.Symbols);
        }

        var markers = attributes.Where(a => a.Kind is LanguageAttribute.Requirement or LanguageAttribute.Continuing).ToList();
        if (markers.Count == 0)
        {
            // A property only [SameAs] refers to carries rules without a marker, by design.
            if (index.IsSameAsTarget(property)) return;
            foreach (var (attribute, kind) in attributes)
            {
                if (LanguageSymbols.BelongsToRequirement(kind))
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuleWithoutRequirement, ArgumentLocations.Attribute(attribute, ct), LanguageSymbols.ShortName(attribute), property.Name));
            }
            return;
        }

        var requirement = RequirementDeclaration.Read(property, attributes)!;
        if (markers.Count > 1)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RequirementAndContinuing, ArgumentLocations.Attribute(markers[1].Attribute, ct), property.Name));

        if (property.IsIndexer || !SymbolEqualityComparer.Default.Equals(property.Type, index.Symbols.RequirementType))
        {
            var what = property.IsIndexer ? "an indexer" : $"of type '{property.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongMemberType, TypeLocation(property, ct), property.Name, LanguageSymbols.ShortName(requirement.Marker), what));
        }

        if (AnalyzerSupport.IsBlank(AttributeArguments.Constructor(requirement.Marker, 0)))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyIdOrKey, ArgumentLocations.Constructor(requirement.Marker, 0, ct), requirement.KindWord + " key", property.Name));

        if (!index.ReadsRequirementsOf(property.ContainingType) && !index.IsSameAsTarget(property))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttributeOnWrongTarget, ArgumentLocations.Attribute(requirement.Marker, ct),
                LanguageSymbols.ShortName(requirement.Marker), property.Name, $"'{property.ContainingType.Name}' is not a level, a track or a type between a track and its level"));

        if (requirement.Obligation == "NotRequired" && attributes.Any(a => LanguageSymbols.IsRule(a.Kind) || a.Kind == LanguageAttribute.SameAs))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RulesOnNotRequired, ArgumentLocations.Named(requirement.Marker, "Obligation", ct), property.Name));
    }

    private static Location TypeLocation(IPropertySymbol property, System.Threading.CancellationToken ct)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is BasePropertyDeclarationSyntax declaration) return declaration.Type.GetLocation();
        }
        return ArgumentLocations.Identifier(property, ct);
    }

    private static void CheckSameAs(SymbolAnalysisContext context, IPropertySymbol property, AttributeData sameAs, LanguageSymbols symbols)
    {
        if (AttributeArguments.Constructor(sameAs, 0) is not { Value: INamedTypeSymbol type }) return;
        if (AttributeArguments.String(AttributeArguments.Constructor(sameAs, 1)) is not { } member) return;
        var location = ArgumentLocations.Constructor(sameAs, 1, context.CancellationToken);
        string? problem = null;
        if (EffectiveRules.Target(sameAs) is not { } target) problem = $"names no property '{member}' of '{type.Name}'";
        else if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, property.OriginalDefinition)) problem = "names the property itself";
        else if (PathBack(target, property, symbols, 1, new List<IPropertySymbol> { target }) is { } cycle) problem = "leads back to it: " + string.Join(" -> ", cycle.Select(p => p.ContainingType.Name + "." + p.Name));
        else if (Depth(target, symbols, 1) > EffectiveRules.MaxSameAsDepth) problem = $"starts a chain deeper than {EffectiveRules.MaxSameAsDepth}; the generator stops following it there";
        if (problem is not null) context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSameAs, location, property.Name, problem));
    }

    private static IEnumerable<IPropertySymbol> Targets(IPropertySymbol property, LanguageSymbols symbols)
    {
        foreach (var a in property.GetAttributes())
        {
            if (symbols.KindOf(a) == LanguageAttribute.SameAs && EffectiveRules.Target(a) is { } target) yield return target;
        }
    }

    private static List<IPropertySymbol>? PathBack(IPropertySymbol from, IPropertySymbol start, LanguageSymbols symbols, int depth, List<IPropertySymbol> path)
    {
        if (depth > EffectiveRules.MaxSameAsDepth + 1) return null;
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
        if (depth > EffectiveRules.MaxSameAsDepth) return depth;
        int deepest = depth;
        foreach (var next in Targets(from, symbols)) deepest = System.Math.Max(deepest, Depth(next, symbols, depth + 1));
        return deepest;
    }
}
