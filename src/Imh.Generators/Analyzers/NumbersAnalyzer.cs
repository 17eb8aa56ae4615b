using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Numbers no portfolio can meet or that contradict each other: hours, years, sessions and ratings
/// that are not positive, windows whose minimum exceeds their maximum or that lack a maximum, and
/// parts larger than their whole.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NumbersAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPositive, DiagnosticDescriptors.WindowInverted, DiagnosticDescriptors.MinSpanWithoutWindow,
        DiagnosticDescriptors.PartLargerThanWhole, DiagnosticDescriptors.UnknownPartOf);

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
        var attributes = RequirementDeclaration.LanguageAttributesOf(property, index.Symbols);
        foreach (var (attribute, kind) in attributes)
        {
            switch (kind)
            {
                case LanguageAttribute.MinHours:
                    CheckHours(context, attribute);
                    if (AttributeArguments.String(AttributeArguments.Named(attribute, "PartOf")) is { } whole)
                        CheckPart(context, property, attribute, whole, index, RequirementDeclaration.Read(property, attributes));
                    break;
                case LanguageAttribute.Experience:
                    CheckPositive(context, attribute, "The number of years");
                    break;
                case LanguageAttribute.MinSessions:
                    CheckPositive(context, attribute, "The number of sessions");
                    break;
                case LanguageAttribute.Ratings:
                    CheckPositive(context, attribute, "The number of ratings");
                    break;
            }
        }
    }

    private static void CheckPositive(SymbolAnalysisContext context, AttributeData attribute, string name)
    {
        if (AttributeArguments.Number(AttributeArguments.Constructor(attribute, 0)) is { } value && !(value > 0))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPositive, ArgumentLocations.Constructor(attribute, 0, context.CancellationToken), name, Format(value), "greater than 0"));
    }

    private static void CheckHours(SymbolAnalysisContext context, AttributeData attribute)
    {
        var ct = context.CancellationToken;
        CheckPositive(context, attribute, "The number of hours");
        long within = AttributeArguments.Integer(AttributeArguments.Named(attribute, "WithinYears")) ?? 0;
        long minSpan = AttributeArguments.Integer(AttributeArguments.Named(attribute, "MinSpanYears")) ?? 0;
        if (within < 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPositive, ArgumentLocations.Named(attribute, "WithinYears", ct), "WithinYears", within, "greater than 0, or 0 for no window"));
        if (minSpan < 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPositive, ArgumentLocations.Named(attribute, "MinSpanYears", ct), "MinSpanYears", minSpan, "greater than 0, or 0 for no minimum"));
        if (minSpan > 0 && within == 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MinSpanWithoutWindow, ArgumentLocations.Named(attribute, "MinSpanYears", ct), minSpan));
        if (within > 0 && minSpan > within)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WindowInverted, ArgumentLocations.Named(attribute, "MinSpanYears", ct), minSpan, within));
    }

    /// <summary>"At least 3 of the hours": the whole is the requirement named by PartOf, in every level or track that has this one.</summary>
    private static void CheckPart(SymbolAnalysisContext context, IPropertySymbol property, AttributeData part, string wholeKey, CatalogIndex index, RequirementDeclaration? requirement)
    {
        if (requirement is null) return;
        var location = ArgumentLocations.Named(part, "PartOf", context.CancellationToken);
        if (requirement.Key == wholeKey)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPartOf, location, wholeKey, "a requirement cannot be part of itself"));
            return;
        }
        long evidence = AttributeArguments.Integer(AttributeArguments.Named(part, "Evidence")) ?? 0;
        double? smallestWhole = null;
        foreach (var unit in index.UnitsIncluding(property.ContainingType))
        {
            var candidates = index.RequirementsOf(unit).Where(r => r.Key == wholeKey).ToList();
            var whole = candidates.FirstOrDefault(r => r.IsContinuing == requirement.IsContinuing) ?? candidates.FirstOrDefault();
            if (whole is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPartOf, location, wholeKey, $"{unit.Describe()} has no requirement with this key"));
                return;
            }
            var hours = EffectiveRules.Of(whole.Property, index.Symbols)
                .Where(r => r.Kind == LanguageAttribute.MinHours && !AttributeArguments.HasNamed(r.Attribute, "PartOf")
                    && (AttributeArguments.Integer(AttributeArguments.Named(r.Attribute, "Evidence")) ?? 0) == evidence)
                .Select(r => AttributeArguments.Number(AttributeArguments.Constructor(r.Attribute, 0)))
                .Where(h => h is not null).Select(h => h!.Value).ToList();
            if (hours.Count == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPartOf, location, wholeKey,
                    $"'{wholeKey}' has no {(evidence == 0 ? "training" : "reflective supervision/consultation")} hours to be part of"));
                return;
            }
            var max = hours.Max();
            if (smallestWhole is null || max < smallestWhole) smallestWhole = max;
        }
        if (smallestWhole is { } wholeHours && AttributeArguments.Number(AttributeArguments.Constructor(part, 0)) is { } partHours && partHours > wholeHours)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PartLargerThanWhole, ArgumentLocations.Constructor(part, 0, context.CancellationToken),
                Format(partHours), wholeKey, Format(wholeHours)));
    }

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
