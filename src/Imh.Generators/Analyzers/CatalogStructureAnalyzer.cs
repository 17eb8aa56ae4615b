using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The catalog as a whole: unique level ids, unique requirement keys per level or track (inherited
/// ones included), distinct ranks, and tracks of one level that declare the same requirements.
/// Each finding is reported on the declaration that causes it, so it shows where the author is.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogStructureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DuplicateLevelId, DiagnosticDescriptors.DuplicateKey, DiagnosticDescriptors.TrackLacksSiblingKey, DiagnosticDescriptors.SharedRank);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LanguageSymbols.From(start.Compilation) is null) return;
            start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.GetAttributes().IsEmpty || CatalogIndex.For(context.Compilation) is not { } index || index.Find(type) is not { } declaration) return;
        CheckId(context, declaration, index);
        CheckKeys(context, declaration, index);
        CheckRank(context, declaration, index);
        CheckSiblings(context, declaration, index);
    }

    private static void CheckId(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        if (string.IsNullOrWhiteSpace(declaration.Id)) return;
        var other = index.Declarations.FirstOrDefault(d => d != declaration && string.Equals(d.Id, declaration.Id, StringComparison.OrdinalIgnoreCase));
        if (other is null) return;
        var attribute = declaration.LevelAttribute ?? declaration.TrackAttribute!;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateLevelId, ArgumentLocations.Constructor(attribute, 0, context.CancellationToken), declaration.Id, other.Type.Name));
    }

    private static void CheckKeys(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        var first = new Dictionary<(bool, string), RequirementDeclaration>();
        foreach (var requirement in index.RequirementsOf(declaration))
        {
            if (string.IsNullOrWhiteSpace(requirement.Key)) continue;
            var slot = (requirement.IsContinuing, requirement.Key!);
            if (!first.TryGetValue(slot, out var earlier))
            {
                first[slot] = requirement;
                continue;
            }
            // Inherited duplicates are reported where they are declared (on the level), not once per track.
            if (!SymbolEqualityComparer.Default.Equals(requirement.Property.ContainingType, declaration.Type)) continue;
            var where = SymbolEqualityComparer.Default.Equals(earlier.Property.ContainingType, declaration.Type) ? "" : $" in '{earlier.Property.ContainingType.Name}'";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateKey, ArgumentLocations.Constructor(requirement.Marker, 0, context.CancellationToken),
                requirement.Key, earlier.Property.Name, where));
        }
    }

    private static void CheckRank(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        if (declaration.LevelAttribute is not { } level) return;
        var other = index.Declarations.FirstOrDefault(d => d != declaration && d.IsLevel && d.Rank == declaration.Rank);
        if (other is null) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedRank, ArgumentLocations.Named(level, "Rank", context.CancellationToken),
            declaration.LevelId ?? declaration.Type.Name, declaration.Rank, other.LevelId ?? other.Type.Name));
    }

    private static void CheckSiblings(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        if (!declaration.IsTrack || declaration.LevelType is not { } levelType) return;
        var siblings = index.TracksOf(levelType).Where(t => t != declaration).ToList();
        if (siblings.Count == 0) return;
        var own = Keys(index, declaration);
        var common = Keys(index, siblings[0]);
        foreach (var sibling in siblings.Skip(1)) common.IntersectWith(Keys(index, sibling));
        common.ExceptWith(own);
        foreach (var (continuing, key) in common.OrderBy(k => k.Continuing).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TrackLacksSiblingKey, ArgumentLocations.Identifier(declaration.Type, context.CancellationToken),
                declaration.Type.Name, continuing ? "continuing rule" : "requirement", key, declaration.LevelId ?? levelType.Name));
        }
    }

    private static HashSet<(bool Continuing, string Key)> Keys(CatalogIndex index, LevelDeclaration declaration)
        => new(index.RequirementsOf(declaration).Where(r => !string.IsNullOrWhiteSpace(r.Key)).Select(r => (r.IsContinuing, r.Key!)));
}
