using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Modeling;

/// <summary>
/// What a compilation declares: its syntax trees outside method, accessor and local-function bodies
/// (and top-level statements), its references and its options. Two compilations that declare the
/// same have the same symbols, attributes, constants and accessibility, whatever their bodies say.
/// </summary>
internal sealed class DeclarationSnapshot
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationSnapshot> Snapshots = new();

    private readonly SyntaxTree[] _trees;
    private readonly MetadataReference[] _references;
    private readonly CompilationOptions _options;
    private readonly string? _assembly;

    // Each later compilation is compared once (an IDE asks for every node of every run).
    private readonly ConditionalWeakTable<Compilation, object> _verdicts = new();

    private DeclarationSnapshot(Compilation compilation)
    {
        _trees = [.. compilation.SyntaxTrees];
        _references = [.. compilation.References];
        _options = compilation.Options;
        _assembly = compilation.AssemblyName;
    }

    /// <summary>The declarations of a compilation (taken once per compilation).</summary>
    public static DeclarationSnapshot Of(Compilation compilation) => Snapshots.GetValue(compilation, static c => new DeclarationSnapshot(c));

    /// <summary>The compilation has the same references and options, and trees that differ from these only inside bodies.</summary>
    public bool DeclaresTheSame(Compilation compilation) => (bool)_verdicts.GetValue(compilation, c => Compare(c));

    private bool Compare(Compilation other)
    {
        if (other.AssemblyName != _assembly || !other.Options.Equals(_options) || !other.References.SequenceEqual(_references)) return false;
        var trees = other.SyntaxTrees.ToList();
        if (trees.Count != _trees.Length) return false;
        for (int i = 0; i < trees.Count; i++)
        {
            if (!SameDeclarations(_trees[i], trees[i])) return false;
        }
        return true;
    }

    /// <summary>Two trees with the same path and options whose tokens are the same outside bodies.</summary>
    public static bool SameDeclarations(SyntaxTree before, SyntaxTree after)
    {
        if (ReferenceEquals(before, after)) return true;
        if (before.FilePath != after.FilePath || !before.Options.Equals(after.Options)) return false;
        using var a = Declared(before).GetEnumerator();
        using var b = Declared(after).GetEnumerator();
        while (true)
        {
            bool more = a.MoveNext();
            if (more != b.MoveNext()) return false;
            if (!more) return true;
            if (a.Current.RawKind != b.Current.RawKind || a.Current.Text != b.Current.Text) return false;
        }
    }

    private static IEnumerable<SyntaxToken> Declared(SyntaxTree tree) => tree.GetRoot().DescendantTokens(static node => !IsBody(node));

    private static bool IsBody(SyntaxNode node)
        => node is GlobalStatementSyntax
        || (node is BlockSyntax or ArrowExpressionClauseSyntax
            && node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax);
}
