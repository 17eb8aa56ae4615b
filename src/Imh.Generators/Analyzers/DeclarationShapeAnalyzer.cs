using System;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Level and track types the generator can extend: partial, top-level, not generic, one of level
/// or track, a track with a level, something evaluated, ids given, a catalog to belong to, facets
/// that are choice values, periods of real dates, track obligations and provisional waivers that apply.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TypeNotPartial, DiagnosticDescriptors.NestedType, DiagnosticDescriptors.GenericType,
        DiagnosticDescriptors.LevelAndTrack, DiagnosticDescriptors.EmptyIdOrKey, DiagnosticDescriptors.TrackWithoutLevel,
        DiagnosticDescriptors.NeverEvaluated, DiagnosticDescriptors.AttributeOnWrongTarget, DiagnosticDescriptors.UnknownTrackObligation,
        DiagnosticDescriptors.NoCatalog, DiagnosticDescriptors.FacetNotChoice, DiagnosticDescriptors.UnknownWaivedKey,
        DiagnosticDescriptors.NotADate, DiagnosticDescriptors.PeriodInverted);

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
        if (type.GetAttributes().IsEmpty) return;
        CheckTrackObligations(context, type, index);
        if (index.Find(type) is not { } declaration) return;
        var ct = context.CancellationToken;
        var identifier = ArgumentLocations.Identifier(type, ct);
        var own = declaration.LevelAttribute ?? declaration.TrackAttribute!;

        if (!type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(ct) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword)))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TypeNotPartial, identifier, type.Name));
        if (type.ContainingType is { } outer)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NestedType, identifier, type.Name, outer.Name));
        if (type.IsGenericType)
        {
            var parameters = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(ct)).OfType<TypeDeclarationSyntax>()
                .Select(t => t.TypeParameterList).FirstOrDefault(p => p is not null);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericType, parameters?.GetLocation() ?? identifier, type.Name));
        }
        if (declaration.LevelAttribute is not null && declaration.TrackAttribute is { } track)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LevelAndTrack, ArgumentLocations.Attribute(track, ct), type.Name));
        if (index.Catalog is null)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoCatalog, ArgumentLocations.Attribute(own, ct), type.Name, declaration.IsLevel ? "level" : "track"));

        if (declaration.LevelAttribute is { } level && AnalyzerSupport.IsBlank(AttributeArguments.Constructor(level, 0)))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyIdOrKey, ArgumentLocations.Constructor(level, 0, ct), "level id", type.Name));
        if (declaration.IsTrack && AnalyzerSupport.IsBlank(AttributeArguments.Constructor(declaration.TrackAttribute!, 0)))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyIdOrKey, ArgumentLocations.Constructor(declaration.TrackAttribute!, 0, ct), "track id", type.Name));

        if (declaration.IsTrack && declaration.LevelType is null)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TrackWithoutLevel, identifier, type.Name));
        if (declaration.IsLevel && type.IsAbstract && !index.TracksOf(type).Any())
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverEvaluated, identifier, type.Name, "it is abstract and no [Track] derives from it"));
        if (declaration.IsTrack && type.IsAbstract)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverEvaluated, identifier, type.Name, "a track is evaluated only when it is not abstract"));

        Periods.Check(own, declaration.Describe(), context.ReportDiagnostic, ct);
        if (declaration.LevelAttribute is { } withFacets) CheckFacets(context, withFacets, declaration);
        if (declaration.Provisional is { } provisional) CheckWaivers(context, provisional, declaration, index);
    }

    private static void CheckFacets(SymbolAnalysisContext context, AttributeData level, LevelDeclaration declaration)
    {
        var symbols = CatalogIndex.For(context.Compilation)!.Symbols;
        for (int i = 0; i < declaration.Facets.Length; i++)
        {
            var facet = declaration.Facets[i];
            bool isChoice = facet.Kind == TypedConstantKind.Enum && facet.Type is INamedTypeSymbol @enum
                && WordSetDeclaration.Read(@enum, symbols).FirstOrDefault(s => s.Kind == LanguageAttribute.Choice) is { } set
                && AttributeArguments.Integer(facet) is { } bits && bits != 0 && (bits & ~AnalyzerSupport.WordBits(set)) == 0;
            if (!isChoice)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FacetNotChoice,
                    ArgumentLocations.Of(level, new CheckedArgument("Facets", facet, -1, []), context.CancellationToken, i), AnalyzerSupport.Display(facet), declaration.Type.Name));
        }
    }

    private static void CheckWaivers(SymbolAnalysisContext context, AttributeData provisional, LevelDeclaration declaration, CatalogIndex index)
    {
        if (AttributeArguments.Elements(AttributeArguments.Named(provisional, "Waives")) is not { } waives) return;
        // On an abstract level the keys of its tracks count too: the outcome applies to them.
        var keys = declaration.AllRequirements.Concat(declaration.IsLevel ? index.TracksOf(declaration.Type).SelectMany(t => t.AllRequirements) : [])
            .Where(r => !r.IsContinuing).Select(r => r.Key).ToImmutableHashSet(StringComparer.Ordinal);
        for (int i = 0; i < waives.Length; i++)
        {
            if (AttributeArguments.String(waives[i]) is { } key && !keys.Contains(key))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownWaivedKey,
                    ArgumentLocations.Of(provisional, new CheckedArgument("Waives", waives[i], -1, []), context.CancellationToken, i), key, declaration.Type.Name));
        }
    }

    private static void CheckTrackObligations(SymbolAnalysisContext context, INamedTypeSymbol type, CatalogIndex index)
    {
        var ct = context.CancellationToken;
        var declaration = index.Find(type);
        foreach (var attribute in type.GetAttributes())
        {
            if (index.Symbols.KindOf(attribute) != LanguageAttribute.TrackObligation) continue;
            if (declaration is not { IsTrack: true })
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttributeOnWrongTarget, ArgumentLocations.Attribute(attribute, ct),
                    "TrackObligation", type.Name, $"'{type.Name}' is not a track"));
                continue;
            }
            if (declaration.LevelType is null || AttributeArguments.String(AttributeArguments.Constructor(attribute, 0)) is not { } key) continue;
            if (!declaration.AllRequirements.Any(r => r.Key == key))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownTrackObligation, ArgumentLocations.Constructor(attribute, 0, ct), type.Name, key));
        }
    }
}
