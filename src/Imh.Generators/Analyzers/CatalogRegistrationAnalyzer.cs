using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The assembly's [Catalog]: a name and namespace that are valid C#, and a source text that is an
/// AdditionalFiles item; its [EvidenceList] names are camelCase. Reported from the syntax tree
/// that holds each attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogRegistrationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidCatalog, DiagnosticDescriptors.SourceTextNotFound, DiagnosticDescriptors.JsonNameNotCamelCase);

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
            var lists = start.Compilation.Assembly.GetAttributes().Where(a => index.Symbols.KindOf(a) == LanguageAttribute.EvidenceList).ToList();
            start.RegisterSyntaxTreeAction(tree =>
            {
                if (registration?.Attribute.ApplicationSyntaxReference?.SyntaxTree == tree.Tree) Analyze(tree, registration);
                foreach (var list in lists.Where(l => l.ApplicationSyntaxReference?.SyntaxTree == tree.Tree))
                {
                    if (AttributeArguments.String(AttributeArguments.Constructor(list, 1)) is { } json && !JsonNames.IsCamelCase(json))
                        tree.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JsonNameNotCamelCase, ArgumentLocations.Constructor(list, 1, tree.CancellationToken), json, "an [EvidenceList]"));
                }
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
