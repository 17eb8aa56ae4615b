using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The assembly's [Catalog]: a name and namespace that are valid C#, and a source text that is an
/// AdditionalFiles item. Reported from the syntax tree that holds the attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogRegistrationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidCatalog, DiagnosticDescriptors.SourceTextNotFound);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LanguageSymbols.From(start.Compilation) is not { } symbols) return;
            if (CatalogRegistration.Find(start.Compilation, symbols, start.Options.AdditionalFiles) is not { } registration) return;
            if (registration.Attribute.ApplicationSyntaxReference is not { } reference) return;
            start.RegisterSyntaxTreeAction(tree =>
            {
                if (tree.Tree == reference.SyntaxTree) Analyze(tree, registration);
            });
        });
    }

    private static void Analyze(SyntaxTreeAnalysisContext context, CatalogRegistration registration)
    {
        var attribute = registration.Attribute;
        var ct = context.CancellationToken;
        if (AttributeArguments.String(AttributeArguments.Constructor(attribute, 0)) is { } name && !SyntaxFacts.IsValidIdentifier(name))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidCatalog, ArgumentLocations.Constructor(attribute, 0, ct),
                "name", name, "it must be a C# identifier; no catalog class is generated"));
        if (AttributeArguments.String(AttributeArguments.Named(attribute, "Namespace")) is { } ns && !ns.Split('.').All(IsIdentifier))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidCatalog, ArgumentLocations.Named(attribute, "Namespace", ct),
                "namespace", ns, "each dotted part must be a C# identifier that is not a keyword"));
        if (registration.SourceText is not null && registration.File is null)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SourceTextNotFound, ArgumentLocations.Named(attribute, "SourceText", ct), registration.SourceText));
    }

    // A namespace part is written as is, so a keyword ("Imh.class") would not compile.
    private static bool IsIdentifier(string text)
        => SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None && text != "global";
}
