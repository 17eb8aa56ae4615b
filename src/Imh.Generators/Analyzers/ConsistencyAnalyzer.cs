using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// In a ranked catalog, levels compared requirement by requirement (same key): a more senior level
/// asking for less of a rule kind's [Amount], or accepting a less senior id where a property is
/// [LevelIds(Seniority = true)], is reported on the senior level's declaration. Published texts do
/// sometimes say so; the catalog then stays faithful and suppresses the warning with the quote. An
/// unordered catalog (a level without a rank) is not compared.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsistencyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LessThanLowerLevel, DiagnosticDescriptors.LessSeniorLevelId);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CatalogIndex.For(start.Compilation) is not { IsRanked: true } index) return;
            start.RegisterSymbolAction(c => Analyze(c, index), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogIndex index)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.GetAttributes().IsEmpty || !index.ReadsRequirementsOf(property.ContainingType)) return;
        if (RequirementDeclaration.Read(property, index.Symbols) is not { Key: { } key } requirement || requirement.IsNotRequired) return;
        var units = index.Including(property.ContainingType).Where(u => u.IsEvaluated).ToList();
        if (units.Count == 0) return;
        int rank = units[0].Rank;
        var here = index.Find(property.ContainingType)?.Id ?? units[0].LevelId ?? property.ContainingType.Name;

        // The same requirement in every less senior level or track that has it.
        var lower = new List<(LevelDeclaration Unit, RequirementDeclaration Requirement)>();
        foreach (var unit in index.Declarations.Where(d => d.IsEvaluated && d.Rank < rank))
        {
            var same = unit.Requirements.FirstOrDefault(r => r.Key == key && r.IsContinuing == requirement.IsContinuing);
            if (same is not null && !same.IsNotRequired) lower.Add((unit, same));
        }
        if (lower.Count == 0) return;
        var demands = Demands.Of(requirement, index.Symbols);
        foreach (var demand in demands.Amounts)
        {
            (LevelDeclaration Unit, double Amount)? most = null;
            foreach (var (unit, other) in lower)
            {
                if (Demands.Of(other, index.Symbols).AmountOf(demand.Kind) is { } theirs && theirs > demand.Amount && (most is null || theirs > most.Value.Amount))
                    most = (unit, theirs);
            }
            if (most is not { } m) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LessThanLowerLevel, Where(context, requirement, demand.Use, demand.Argument),
                here, AnalyzerSupport.Format(demand.Amount), demand.Unit, demand.Kind.Attribute, demand.Argument.Name, key, AnalyzerSupport.Format(m.Amount), m.Unit.Id));
        }
        foreach (var least in demands.LeastSenior(index))
        {
            (LevelDeclaration Unit, string Id, int Rank)? most = null;
            foreach (var (unit, other) in lower)
            {
                if (Demands.Of(other, index.Symbols).LeastSenior(index).FirstOrDefault(l => l.Kind == least.Kind) is { Id: not null } theirs
                    && theirs.Rank > least.Rank && (most is null || theirs.Rank > most.Value.Rank))
                    most = (unit, theirs.Id, theirs.Rank);
            }
            if (most is not { } m) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LessSeniorLevelId, Where(context, requirement, least.Use, least.Argument, least.Element),
                here, least.Id, least.Kind.Attribute, least.Argument.Name, key, m.Unit.Id, m.Id));
        }
    }

    /// <summary>The value in question when the requirement writes it, else the [SameAs] that brings it, else the member.</summary>
    private static Location Where(SymbolAnalysisContext context, RequirementDeclaration requirement, ConstructedUse use, CheckedArgument argument, int element = -1)
    {
        var ct = context.CancellationToken;
        if (use.IsOwn) return ArgumentLocations.Of(use.Attribute, argument, ct, element);
        var sameAs = requirement.Own(LanguageAttribute.SameAs).FirstOrDefault();
        return sameAs is not null ? ArgumentLocations.Attribute(sameAs, ct) : ArgumentLocations.Identifier(requirement.Property, ct);
    }
}
