using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.CodeFixes;

/// <summary>IMH016: swaps the values of WithinYears and MinSpanYears ("2-year minimum and 1-year maximum" was meant the other way round).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapWindowCodeFix)), Shared]
public sealed class SwapWindowCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WindowInverted);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { ArgumentList: { } arguments } attribute) return;
        var within = Named(arguments, "WithinYears");
        var minSpan = Named(arguments, "MinSpanYears");
        if (within is null || minSpan is null) return;
        context.RegisterCodeFix(
            CodeAction.Create("Swap the window's minimum and maximum", ct => Fix(context.Document, root, within, minSpan, ct), nameof(SwapWindowCodeFix)),
            context.Diagnostics);
    }

    private static AttributeArgumentSyntax? Named(AttributeArgumentListSyntax arguments, string name)
        => arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    private static Task<Document> Fix(Document document, SyntaxNode root, AttributeArgumentSyntax within, AttributeArgumentSyntax minSpan, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var withinValue = within.Expression;
        var minSpanValue = minSpan.Expression;
        var updated = root.ReplaceNodes(new SyntaxNode[] { withinValue, minSpanValue }, (original, _) =>
            original == withinValue
                ? minSpanValue.WithTriviaFrom(withinValue)
                : withinValue.WithTriviaFrom(minSpanValue));
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }
}
