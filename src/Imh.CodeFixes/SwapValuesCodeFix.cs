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

/// <summary>
/// IMH016: swaps a value and the one it must not exceed ("a 2-year minimum and 1-year maximum" was
/// meant the other way round). The diagnostic carries the other argument as its additional
/// location, so the fix knows no property name and serves any rule kind's [NotAbove].
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapValuesCodeFix)), Shared]
public sealed class SwapValuesCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AboveOther);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.FirstOrDefault() is not { IsInSource: true } other || other.SourceTree != diagnostic.Location.SourceTree) continue;
            if (ArgumentAt(root, diagnostic.Location) is not { } value || ArgumentAt(root, other) is not { } limit || value == limit) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Swap the two values", ct => Fix(context.Document, root, value, limit, ct), nameof(SwapValuesCodeFix)),
                diagnostic);
        }
    }

    private static AttributeArgumentSyntax? ArgumentAt(SyntaxNode root, Location location)
        => root.FindNode(location.SourceSpan).AncestorsAndSelf().OfType<AttributeArgumentSyntax>().FirstOrDefault();

    private static Task<Document> Fix(Document document, SyntaxNode root, AttributeArgumentSyntax value, AttributeArgumentSyntax limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (a, b) = (value.Expression, limit.Expression);
        var updated = root.ReplaceNodes(new SyntaxNode[] { a, b }, (original, _) => original == a ? b.WithTriviaFrom(a) : a.WithTriviaFrom(b));
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }
}
