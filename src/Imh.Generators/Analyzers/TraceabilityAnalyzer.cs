using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Every requirement quotes the published text, and every quote occurs in the text the catalog
/// registers (whitespace ignored). Without a registered text, or when it is not an AdditionalFiles
/// item (IMH036), quotes are not compared.
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
            if (LanguageSymbols.From(start.Compilation) is not { } symbols) return;
            var registration = CatalogRegistration.Find(start.Compilation, symbols, start.Options.AdditionalFiles);
            start.RegisterSymbolAction(c => Analyze(c, registration), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogRegistration? registration)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.GetAttributes().IsEmpty || CatalogIndex.For(context.Compilation) is not { } index) return;
        if (RequirementDeclaration.Read(property, index.Symbols) is not { } requirement) return;
        var ct = context.CancellationToken;

        var quotes = requirement.Attributes.Where(a => a.Kind == LanguageAttribute.Source).Select(a => a.Attribute).ToList();
        if (quotes.All(q => AnalyzerSupport.IsBlank(AttributeArguments.Constructor(q, 0))))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingSource, ArgumentLocations.Identifier(property, ct), property.Name));

        if (registration?.TextWithoutWhitespace is not { } text) return;
        foreach (var quote in quotes)
        {
            if (AttributeArguments.String(AttributeArguments.Constructor(quote, 0)) is { } sentence && !string.IsNullOrWhiteSpace(sentence) && !SourceQuotes.Occurs(text, sentence))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QuoteNotInSource, ArgumentLocations.Constructor(quote, 0, ct), registration.SourceText));
        }
    }
}
