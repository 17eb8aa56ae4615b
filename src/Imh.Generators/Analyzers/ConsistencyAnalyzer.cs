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
/// Levels compared by rank, requirement by requirement (same key): a more senior level asking for
/// fewer hours, years or sessions of a kind than a less senior one, or accepting a less senior
/// endorsed rater, is reported on the senior level's declaration. Published texts do sometimes
/// say so; the catalog then stays faithful and suppresses the warning with the quote.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsistencyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.FewerThanLowerLevel, DiagnosticDescriptors.LessSeniorRater);

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
        if (property.GetAttributes().IsEmpty || CatalogIndex.For(context.Compilation) is not { } index) return;
        if (RequirementDeclaration.Read(property, index.Symbols) is not { Key: { } key } requirement || requirement.Obligation == "NotRequired") return;
        if (!index.ReadsRequirementsOf(property.ContainingType)) return;
        var units = index.UnitsIncluding(property.ContainingType).Where(u => u.IsEvaluated).ToList();
        if (units.Count == 0) return;
        int rank = units[0].Rank;
        var here = index.Find(property.ContainingType)?.Id ?? units[0].LevelId ?? property.ContainingType.Name;

        // The same requirement in every less senior level or track that has it.
        var lower = new List<(LevelDeclaration Unit, RequirementDeclaration Requirement)>();
        foreach (var unit in index.Declarations.Where(d => d.IsEvaluated && d.Rank < rank))
        {
            var same = index.RequirementsOf(unit).FirstOrDefault(r => r.Key == key && r.IsContinuing == requirement.IsContinuing);
            if (same is not null && same.Obligation != "NotRequired") lower.Add((unit, same));
        }
        if (lower.Count == 0) return;

        var rules = EffectiveRules.Of(property, index.Symbols);
        CompareDemands(context, property, key, here, rules, lower, index);
        CompareEndorsedRaters(context, property, key, here, rules, lower, index);
    }

    private static void CompareDemands(SymbolAnalysisContext context, IPropertySymbol property, string key, string here,
        ImmutableArray<DeclaredRule> rules, List<(LevelDeclaration Unit, RequirementDeclaration Requirement)> lower, CatalogIndex index)
    {
        foreach (var kind in Demand.KindsOf(rules))
        {
            if (Demand.Of(rules, kind) is not { } asked) continue;
            (LevelDeclaration Unit, double Amount)? strongest = null;
            foreach (var (unit, other) in lower)
            {
                if (Demand.Of(EffectiveRules.Of(other.Property, index.Symbols), kind) is { } theirs && theirs > asked
                    && (strongest is null || theirs > strongest.Value.Amount)) strongest = (unit, theirs);
            }
            if (strongest is not { } s) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FewerThanLowerLevel, Where(context, property, rules, kind, index.Symbols),
                here, kind.Describe(asked), key, kind.Describe(s.Amount), s.Unit.Id));
        }
    }

    private static void CompareEndorsedRaters(SymbolAnalysisContext context, IPropertySymbol property, string key, string here,
        ImmutableArray<DeclaredRule> rules, List<(LevelDeclaration Unit, RequirementDeclaration Requirement)> lower, CatalogIndex index)
    {
        if (LeastSenior(rules, index) is not { } mine) return;
        (LevelDeclaration Unit, string Id, int Rank)? strongest = null;
        foreach (var (unit, other) in lower)
        {
            if (LeastSenior(EffectiveRules.Of(other.Property, index.Symbols), index) is { } theirs && theirs.Rank > mine.Rank
                && (strongest is null || theirs.Rank > strongest.Value.Rank)) strongest = (unit, theirs.Id, theirs.Rank);
        }
        if (strongest is { } s)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LessSeniorRater,
                ArgumentLocations.Constructor(mine.Rule.Attribute, 0, context.CancellationToken, mine.Element), here, mine.Id, key, s.Unit.Id, s.Id));
    }

    /// <summary>The least senior level an [EndorsedRater] accepts, by rank.</summary>
    private static (DeclaredRule Rule, int Element, string Id, int Rank)? LeastSenior(ImmutableArray<DeclaredRule> rules, CatalogIndex index)
    {
        var endorsed = rules.Where(r => r.Kind == LanguageAttribute.EndorsedRater).OrderByDescending(r => r.IsOwn).FirstOrDefault();
        if (endorsed.Attribute is null || AttributeArguments.Elements(AttributeArguments.Constructor(endorsed.Attribute, 0)) is not { } ids) return null;
        (DeclaredRule, int, string, int)? least = null;
        for (int i = 0; i < ids.Length; i++)
        {
            if (AttributeArguments.String(ids[i]) is not { } id || index.RankOf(id) is not { } rank) continue;
            if (least is null || rank < least.Value.Item4) least = (endorsed, i, id, rank);
        }
        return least;
    }

    /// <summary>The number asked for: the first own rule of the kind, else the [SameAs] that brings it, else the marker.</summary>
    private static Location Where(SymbolAnalysisContext context, IPropertySymbol property, ImmutableArray<DeclaredRule> rules, Demand kind, LanguageSymbols symbols)
    {
        var ct = context.CancellationToken;
        var own = rules.FirstOrDefault(r => r.IsOwn && kind.Counts(r));
        if (own.Attribute is not null) return ArgumentLocations.Constructor(own.Attribute, 0, ct);
        var sameAs = property.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.SameAs);
        return sameAs is not null ? ArgumentLocations.Attribute(sameAs, ct) : ArgumentLocations.Identifier(property, ct);
    }
}
