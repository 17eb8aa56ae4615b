using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Requirement members the generator can read: a property of type Requirement with one marker, a
/// key, a period of real dates, at least one rule unless it is not required, rules only with a
/// marker, in a type the generator reads, reviews of alternatives that exist, and [SameAs]
/// naming a property that does not lead back.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequirementMemberAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WrongMemberType, DiagnosticDescriptors.RequirementAndContinuing, DiagnosticDescriptors.RuleWithoutRequirement,
        DiagnosticDescriptors.AttributeOnWrongTarget, DiagnosticDescriptors.EmptyIdOrKey, DiagnosticDescriptors.InvalidSameAs,
        DiagnosticDescriptors.RequirementWithoutMarker, DiagnosticDescriptors.RulesOnNotRequired, DiagnosticDescriptors.NoRule,
        DiagnosticDescriptors.UnknownReviewAlternative, DiagnosticDescriptors.NotADate, DiagnosticDescriptors.PeriodInverted);

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
            if (kind == LanguageAttribute.SameAs) SameAsChecks.Check(context, property, attribute, index.Symbols);
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

        var requirement = RequirementDeclaration.Read(property, index.Symbols)!;
        if (markers.Count > 1)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RequirementAndContinuing, ArgumentLocations.Attribute(markers[1].Attribute, ct), property.Name));

        if (property.IsIndexer || !SymbolEqualityComparer.Default.Equals(property.Type, index.Symbols.RequirementType))
        {
            var what = property.IsIndexer ? "an indexer" : $"of type '{property.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongMemberType, TypeLocation(property, ct), property.Name, LanguageSymbols.ShortName(requirement.Marker), what));
        }

        if (AnalyzerSupport.IsBlank(AttributeArguments.Constructor(requirement.Marker, 0)))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyIdOrKey, ArgumentLocations.Constructor(requirement.Marker, 0, ct), requirement.KindWord + " key", property.Name));

        bool read = index.ReadsRequirementsOf(property.ContainingType);
        if (!read && !index.IsSameAsTarget(property))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttributeOnWrongTarget, ArgumentLocations.Attribute(requirement.Marker, ct),
                LanguageSymbols.ShortName(requirement.Marker), property.Name, $"'{property.ContainingType.Name}' is not a level, a track, a type between a track and its level or a record a level derives from"));

        Periods.Check(requirement.Marker, property.Name, context.ReportDiagnostic, ct);

        bool hasRule = requirement.Constructed.Any(u => u.Kind == LanguageAttribute.Rule);
        if (requirement.DeclaredObligation is "NotRequired" or "Optional" && !hasRule && !attributes.Any(a => a.Kind == LanguageAttribute.SameAs))
        {
            // Not required, or optional with nothing to check ("Reflective Supervision/Consultation: Optional."): documented only.
        }
        else if (requirement.DeclaredObligation == "NotRequired")
        {
            if (attributes.Any(a => a.Kind is LanguageAttribute.Rule or LanguageAttribute.RulePart or LanguageAttribute.SameAs))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RulesOnNotRequired, ArgumentLocations.Named(requirement.Marker, "Obligation", ct), property.Name));
        }
        else if (!hasRule && read)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoRule, ArgumentLocations.Identifier(property, ct), property.Name, requirement.DeclaredObligation.ToLowerInvariant()));
        }

        var labels = requirement.Constructed.Select(u => u.Alternative).Where(l => l is not null).ToImmutableHashSet();
        foreach (var review in requirement.Own(LanguageAttribute.Review))
        {
            if (AttributeArguments.String(AttributeArguments.Constructor(review, 0)) is { } label && !labels.Contains(label))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownReviewAlternative, ArgumentLocations.Constructor(review, 0, ct), label, property.Name));
        }
    }

    private static Location TypeLocation(IPropertySymbol property, System.Threading.CancellationToken ct)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is BasePropertyDeclarationSyntax declaration) return declaration.Type.GetLocation();
        }
        return ArgumentLocations.Identifier(property, ct);
    }
}
