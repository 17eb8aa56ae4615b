using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The catalog as a whole: unique ids and aliases, distinct ranks given to every level or none,
/// tracks of one level that declare the same requirements, and members of one key that replace
/// each other only as the reader lets them (<see cref="LevelDeclaration.Clash"/>). Each finding is
/// reported on the declaration that causes it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogStructureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DuplicateLevelId, DiagnosticDescriptors.DuplicateKey, DiagnosticDescriptors.TrackLacksSiblingKey,
        DiagnosticDescriptors.SharedRank, DiagnosticDescriptors.MixedRanks, DiagnosticDescriptors.OverridesNothing, DiagnosticDescriptors.PeriodGap);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CatalogIndex.For(start.Compilation) is not { } index) return;
            start.RegisterSymbolAction(c => Analyze(c, index), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogIndex index)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.GetAttributes().IsEmpty || index.Find(type) is not { } declaration) return;
        CheckIds(context, declaration, index);
        CheckRank(context, declaration, index);
        CheckSiblings(context, declaration, index);
        KeyChecks.Check(declaration, context.ReportDiagnostic, context.CancellationToken);
    }

    private static void CheckIds(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        var ct = context.CancellationToken;
        var attribute = declaration.LevelAttribute ?? declaration.TrackAttribute!;
        if (!string.IsNullOrWhiteSpace(declaration.Id)
            && index.Declarations.FirstOrDefault(d => d != declaration && Same(d.Id, declaration.Id)) is { } twin)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateLevelId, ArgumentLocations.Constructor(attribute, 0, ct), declaration.Id, "the id", twin.Type.Name));
        var aliases = AttributeArguments.Elements(AttributeArguments.Named(attribute, "Aliases")) ?? [];
        for (int i = 0; i < aliases.Length; i++)
        {
            if (AttributeArguments.String(aliases[i]) is not { } alias) continue;
            string? clash = null;
            string owner = declaration.Type.Name;
            if (Same(alias, declaration.Id)) clash = "the id";
            else if (aliases.Take(i).Any(a => Same(AttributeArguments.String(a), alias))) clash = "an alias";
            else if (index.Declarations.FirstOrDefault(d => d != declaration && (Same(d.Id, alias) || d.Aliases.Any(a => Same(a, alias)))) is { } other)
                (clash, owner) = (Same(other.Id, alias) ? "the id" : "an alias", other.Type.Name);
            if (clash is not null)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateLevelId,
                    ArgumentLocations.Of(attribute, new CheckedArgument("Aliases", aliases[i], -1, []), ct, i), alias, clash, owner));
        }
    }

    private static void CheckRank(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        if (declaration.LevelAttribute is not { } level) return;
        var ct = context.CancellationToken;
        var levels = index.Declarations.Where(d => d.IsLevel && d != declaration).ToList();
        if (declaration.Rank == 0)
        {
            if (levels.FirstOrDefault(l => l.Rank > 0) is { } ranked)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MixedRanks, ArgumentLocations.Attribute(level, ct),
                    declaration.LevelId ?? declaration.Type.Name, ranked.LevelId ?? ranked.Type.Name));
            return;
        }
        if (levels.FirstOrDefault(l => l.Rank == declaration.Rank) is { } other)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedRank, ArgumentLocations.Named(level, "Rank", ct),
                declaration.LevelId ?? declaration.Type.Name, declaration.Rank, other.LevelId ?? other.Type.Name));
    }

    private static void CheckSiblings(SymbolAnalysisContext context, LevelDeclaration declaration, CatalogIndex index)
    {
        if (!declaration.IsTrack || declaration.LevelType is not { } levelType) return;
        var siblings = index.TracksOf(levelType).Where(t => t != declaration).ToList();
        if (siblings.Count == 0) return;
        var common = Keys(siblings[0]);
        foreach (var sibling in siblings.Skip(1)) common.IntersectWith(Keys(sibling));
        common.ExceptWith(Keys(declaration));
        foreach (var (continuing, key) in common.OrderBy(k => k.Continuing).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TrackLacksSiblingKey, ArgumentLocations.Identifier(declaration.Type, context.CancellationToken),
                declaration.Type.Name, continuing ? "continuing rule" : "requirement", key, declaration.LevelId ?? levelType.Name));
        }
    }

    private static HashSet<(bool Continuing, string Key)> Keys(LevelDeclaration declaration)
        => new(declaration.AllRequirements.Where(r => !string.IsNullOrWhiteSpace(r.Key)).Select(r => (r.IsContinuing, r.Key!)));

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
