using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.CodeFixes;

/// <summary>
/// IMH034: adds <c>[Source("TODO: ...")]</c> under the requirement's marker, on its own line. The
/// placeholder is not in the published text, so IMH035 keeps the requirement flagged until the
/// author pastes the real sentence.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSourcePlaceholderCodeFix)), Shared]
public sealed class AddSourcePlaceholderCodeFix : CodeFixProvider
{
    /// <summary>The quote the fix inserts.</summary>
    public const string Placeholder = "TODO: quote the published text this requirement encodes";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingSource);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault() is not { } property) return;
        context.RegisterCodeFix(
            CodeAction.Create("Add a [Source] quote placeholder", ct => Fix(context.Document, root, property, ct), nameof(AddSourcePlaceholderCodeFix)),
            context.Diagnostics);
    }

    private static async Task<Document> Fix(Document document, SyntaxNode root, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var lists = property.AttributeLists;
        int marker = lists.IndexOf(l => l.Attributes.Any(a => IsMarker(model, a, cancellationToken)));
        var after = marker >= 0 ? lists[marker] : lists.LastOrDefault();

        var name = SourceAttributeName(model, property.SpanStart);
        var quote = SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Placeholder)));
        var source = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(name, SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(quote)))));

        // The marker always exists (IMH034 is only reported on requirement members).
        if (after is null) return document;
        var indentation = after.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var newline = after.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        source = source.WithLeadingTrivia(indentation).WithTrailingTrivia(newline.IsKind(SyntaxKind.EndOfLineTrivia) ? newline : SyntaxFactory.Space);
        var updated = property.WithAttributeLists(lists.Insert(lists.IndexOf(after) + 1, source));
        return document.WithSyntaxRoot(root.ReplaceNode(property, updated));
    }

    private static bool IsMarker(SemanticModel? model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var type = model?.GetTypeInfo(attribute, cancellationToken).Type ?? (model?.GetSymbolInfo(attribute, cancellationToken).Symbol as IMethodSymbol)?.ContainingType;
        return type?.ToDisplayString() is "Imh.Dsl.RequirementAttribute" or "Imh.Dsl.ContinuingAttribute";
    }

    /// <summary><c>Source</c> where Imh.Dsl is in scope, the full name otherwise.</summary>
    private static NameSyntax SourceAttributeName(SemanticModel? model, int position)
    {
        var inScope = model?.LookupNamespacesAndTypes(position, name: "SourceAttribute")
            .Any(s => s.ToDisplayString() == "Imh.Dsl.SourceAttribute") == true;
        return SyntaxFactory.ParseName(inScope ? "Source" : "global::Imh.Dsl.Source");
    }
}
