using System;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Every rule, part and condition written on a property, whatever its kind: the generated code can
/// construct it, its arguments pass the checks its kind declares, its parts find their rule, and
/// its alternatives offer a choice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleUseAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotConstructible, DiagnosticDescriptors.NotPositive, DiagnosticDescriptors.OutOfRange, DiagnosticDescriptors.AboveOther,
        DiagnosticDescriptors.NeedsOther, DiagnosticDescriptors.Excluded, DiagnosticDescriptors.NeverHolds, DiagnosticDescriptors.UnknownLevelId,
        DiagnosticDescriptors.NotADate, DiagnosticDescriptors.PeriodInverted, DiagnosticDescriptors.PartWithoutRule, DiagnosticDescriptors.PartLargerThanRule,
        DiagnosticDescriptors.MoreNumbersThanRule, DiagnosticDescriptors.NumberMissing, DiagnosticDescriptors.NumberOnlyUnderCondition,
        DiagnosticDescriptors.SingleAlternative);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CatalogIndex.For(start.Compilation) is not { } index) return;
            start.RegisterSymbolAction(c => Analyze(c, index), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogIndex index)
    {
        var property = (IPropertySymbol)context.Symbol;
        var attributes = RequirementDeclaration.LanguageAttributesOf(property, index.Symbols);
        if (!attributes.Any(a => LanguageSymbols.IsConstructed(a.Kind))) return;
        var ct = context.CancellationToken;
        Action<Diagnostic> report = context.ReportDiagnostic;
        var requirement = RequirementDeclaration.Read(property, index.Symbols);
        foreach (var (attribute, _) in attributes.Where(a => LanguageSymbols.IsConstructed(a.Kind)))
        {
            if (RuleKind.Of(attribute, index.Symbols) is not { } kind) continue;
            ConstructionChecks.Check(attribute, property, context.Compilation, report, ct);
            ArgumentChecks.Check(attribute, kind, property, requirement, index, report, ct);
        }
        if (requirement is null) return;
        PartChecks.Check(requirement, index, report, ct);
        CheckAlternatives(context, requirement);
    }

    private static void CheckAlternatives(SymbolAnalysisContext context, RequirementDeclaration requirement)
    {
        var rules = requirement.Constructed.Where(u => u.Kind == LanguageAttribute.Rule).ToList();
        var labels = rules.Select(r => r.Alternative).Where(l => l is not null).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count != 1) return;
        // A label that only [SameAs] brings in is reported on the property that declares it.
        var own = rules.FirstOrDefault(r => r.IsOwn && r.Alternative == labels[0]);
        if (own.Attribute is null) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SingleAlternative, ArgumentLocations.Named(own.Attribute, "Alternative", context.CancellationToken),
            requirement.Property.Name, labels[0]));
    }
}
