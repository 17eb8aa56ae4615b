using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Parsing;

/// <summary>
/// Every level and track declared in a compilation, built once per compilation and shared by the
/// analyzers that compare declarations with each other (duplicate ids, sibling tracks, levels by
/// rank). Only types whose declarations carry attributes are looked at.
/// </summary>
internal sealed class CatalogIndex
{
    private static readonly ConditionalWeakTable<Compilation, CatalogIndex> Cache = new();

    private readonly Dictionary<INamedTypeSymbol, LevelDeclaration> _byType;
    private readonly HashSet<INamedTypeSymbol> _readTypes;
    private readonly HashSet<IPropertySymbol> _sameAsTargets;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<RequirementDeclaration>> _requirements = new(SymbolEqualityComparer.Default);

    private CatalogIndex(LanguageSymbols symbols, IAssemblySymbol assembly)
    {
        Symbols = symbols;
        var declarations = new List<LevelDeclaration>();
        foreach (var type in SourceTypes(assembly.GlobalNamespace))
        {
            if (HasAttributeSyntax(type) && LevelDeclaration.Read(type, symbols) is { } declaration) declarations.Add(declaration);
        }
        Declarations = declarations.OrderBy(d => d.Type.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Type.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0).ToImmutableArray();
        _byType = new Dictionary<INamedTypeSymbol, LevelDeclaration>(SymbolEqualityComparer.Default);
        foreach (var d in Declarations) _byType[d.Type] = d;
        _readTypes = new HashSet<INamedTypeSymbol>(Declarations.SelectMany(d => d.Chain), SymbolEqualityComparer.Default);
        _sameAsTargets = SameAsTargets(_readTypes, symbols);
    }

    public LanguageSymbols Symbols { get; }

    /// <summary>Every [Level] and [Track] type, in source order.</summary>
    public ImmutableArray<LevelDeclaration> Declarations { get; }

    /// <summary>The index of the compilation, or null when it does not use the language.</summary>
    public static CatalogIndex? For(Compilation compilation)
    {
        if (Cache.TryGetValue(compilation, out var cached)) return cached;
        if (LanguageSymbols.From(compilation) is not { } symbols) return null;
        return Cache.GetValue(compilation, c => new CatalogIndex(symbols, c.Assembly));
    }

    public LevelDeclaration? Find(INamedTypeSymbol type) => _byType.TryGetValue(type.OriginalDefinition, out var d) ? d : null;

    /// <summary>The generator reads requirement members of this type: a level, a track, or a type between a track and its level.</summary>
    public bool ReadsRequirementsOf(INamedTypeSymbol type) => _readTypes.Contains(type.OriginalDefinition);

    /// <summary>Some [SameAs] of a level or track names this property, so its rules are read.</summary>
    public bool IsSameAsTarget(IPropertySymbol property) => _sameAsTargets.Contains(property.OriginalDefinition);

    /// <summary>Ids a rater's endorsement can be matched against: level ids and track ids.</summary>
    public IEnumerable<string> DeclaredIds => Declarations.Select(d => d.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!);

    /// <summary>The rank of the level a (level or track) id belongs to.</summary>
    public int? RankOf(string id)
    {
        foreach (var d in Declarations)
        {
            if (string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase) && d.LevelType is not null) return d.Rank;
        }
        return null;
    }

    /// <summary>Tracks whose level is <paramref name="levelType"/>.</summary>
    public IEnumerable<LevelDeclaration> TracksOf(INamedTypeSymbol levelType)
        => Declarations.Where(d => d.IsTrack && SymbolEqualityComparer.Default.Equals(d.LevelType, levelType));

    /// <summary>
    /// The evaluated levels and tracks whose requirements include those declared in
    /// <paramref name="type"/>; the declaration itself when none is evaluated (an abstract level
    /// without tracks), so that its own members can still be checked.
    /// </summary>
    public ImmutableArray<LevelDeclaration> UnitsIncluding(INamedTypeSymbol type)
    {
        var units = Declarations.Where(d => d.IsEvaluated && d.Chain.Contains(type.OriginalDefinition, SymbolEqualityComparer.Default)).ToImmutableArray();
        if (units.IsEmpty && Find(type) is { } own) units = ImmutableArray.Create(own);
        return units;
    }

    /// <summary>The requirements and continuing rules a level or track has, inherited ones first, duplicates kept.</summary>
    public ImmutableArray<RequirementDeclaration> RequirementsOf(LevelDeclaration declaration)
        => _requirements.GetOrAdd(declaration.Type, _ =>
        {
            var builder = ImmutableArray.CreateBuilder<RequirementDeclaration>();
            foreach (var type in declaration.Chain)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol property && RequirementDeclaration.Read(property, Symbols) is { } requirement) builder.Add(requirement);
                }
            }
            return builder.ToImmutable();
        });

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var t in SourceTypes(child)) yield return t;
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var t in WithNested(type)) yield return t;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var t in WithNested(nested)) yield return t;
        }
    }

    // A cheap syntactic filter before binding attributes: most types of a project carry none.
    private static bool HasAttributeSyntax(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax { AttributeLists.Count: > 0 }) return true;
        }
        return false;
    }

    private static HashSet<IPropertySymbol> SameAsTargets(IEnumerable<INamedTypeSymbol> types, LanguageSymbols symbols)
    {
        var targets = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IPropertySymbol>();
        foreach (var type in types)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol property) pending.Push(property);
            }
        }
        var seen = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
        while (pending.Count > 0)
        {
            var property = pending.Pop();
            if (!seen.Add(property)) continue;
            foreach (var a in property.GetAttributes())
            {
                if (symbols.KindOf(a) == LanguageAttribute.SameAs && EffectiveRules.Target(a) is { } target)
                {
                    targets.Add(target.OriginalDefinition);
                    pending.Push(target);
                }
            }
        }
        return targets;
    }
}
