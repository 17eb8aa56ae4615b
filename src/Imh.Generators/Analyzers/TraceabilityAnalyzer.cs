using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Every requirement quotes the published text, and every quote ([Source], [Note], [Review])
/// occurs in the text the catalog registers, compared as <see cref="SourceQuotes"/> says. Without a
/// registered text, or when it is not an AdditionalFiles item (IMH036), quotes are not compared.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TraceabilityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingSource, DiagnosticDescriptors.QuoteNotInSource);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CatalogIndex.For(start.Compilation) is not { } index) return;
            var registration = CatalogRegistration.Find(index, start.Options.AdditionalFiles);
            start.RegisterSymbolAction(c => Analyze(c, index, registration), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogIndex index, CatalogRegistration? registration)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.GetAttributes().IsEmpty || RequirementDeclaration.Read(property, index.Symbols) is not { } requirement) return;
        var ct = context.CancellationToken;

        var sources = requirement.Own(LanguageAttribute.Source).ToList();
        if (sources.All(q => AnalyzerSupport.IsBlank(AttributeArguments.Constructor(q, 0))))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingSource, ArgumentLocations.Identifier(property, ct), property.Name));

        if (registration?.NormalizedText is not { } text) return;
        foreach (var (attribute, kind) in requirement.Attributes)
        {
            // The quote is the first argument of [Source] and [Note], the third of [Review].
            int position = kind switch { LanguageAttribute.Source or LanguageAttribute.Note => 0, LanguageAttribute.Review => 2, _ => -1 };
            if (position < 0 || AttributeArguments.String(AttributeArguments.Constructor(attribute, position)) is not { } quote || string.IsNullOrWhiteSpace(quote)) continue;
            if (!SourceQuotes.Occurs(text, quote))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QuoteNotInSource, ArgumentLocations.Constructor(attribute, position, ct), LanguageSymbols.ShortName(attribute), registration.SourceText));
        }
    }
}
