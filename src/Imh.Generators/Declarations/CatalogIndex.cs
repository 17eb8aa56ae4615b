using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>
/// Every declaration of a compilation's own source, read once per compilation (and cached) for the
/// checks that compare declarations with each other: levels and tracks, their ids and ranks, the
/// properties [SameAs] names, and the catalog's sets of words.
/// </summary>
internal sealed class CatalogIndex
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<CatalogIndex?>> Cache = new();

    private readonly Dictionary<INamedTypeSymbol, LevelDeclaration> _byType = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _read = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IPropertySymbol> _sameAsTargets = new(SymbolEqualityComparer.Default);

    private CatalogIndex(Compilation compilation, LanguageSymbols symbols)
    {
        Symbols = symbols;
        Catalog = compilation.Assembly.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Catalog);
        var declarations = new List<LevelDeclaration>();
        var sets = new List<WordSetDeclaration>();
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            if (type.TypeKind == TypeKind.Enum) sets.AddRange(WordSetDeclaration.Read(type, symbols));
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol property) continue;
                foreach (var a in property.GetAttributes())
                {
                    if (symbols.KindOf(a) == LanguageAttribute.SameAs && RequirementDeclaration.SameAsTarget(a) is { } target) _sameAsTargets.Add(target.OriginalDefinition);
                }
            }
            if (LevelDeclaration.Read(type, symbols) is not { } declaration) continue;
            declarations.Add(declaration);
            _byType[type] = declaration;
            foreach (var t in declaration.Chain) _read.Add(t);
        }
        Declarations = declarations.ToImmutableArray();
        WordSets = sets.ToImmutableArray();
        var levels = Declarations.Where(d => d.IsLevel).ToList();
        IsRanked = levels.Count > 0 && levels.All(l => l.Rank > 0);
    }

    public LanguageSymbols Symbols { get; }

    /// <summary>The assembly's [Catalog], if any.</summary>
    public AttributeData? Catalog { get; }

    /// <summary>Every type marked [Level] or [Track], in source order.</summary>
    public ImmutableArray<LevelDeclaration> Declarations { get; }

    /// <summary>Every set of words the catalog's enums declare.</summary>
    public ImmutableArray<WordSetDeclaration> WordSets { get; }

    /// <summary>Every level has a rank: levels are a ladder and can be compared. Otherwise the catalog is unordered.</summary>
    public bool IsRanked { get; }

    /// <summary>The index of a compilation (cached), or null when it does not reference Imh.Dsl.</summary>
    public static CatalogIndex? For(Compilation compilation)
        => Cache.GetValue(compilation, static c => new StrongBox<CatalogIndex?>(LanguageSymbols.For(c) is { } symbols ? new CatalogIndex(c, symbols) : null)).Value;

    public LevelDeclaration? Find(INamedTypeSymbol type) => _byType.TryGetValue(type, out var d) ? d : null;

    /// <summary>The tracks deriving from a level type.</summary>
    public IEnumerable<LevelDeclaration> TracksOf(INamedTypeSymbol level)
        => Declarations.Where(d => d.IsTrack && d.LevelType is not null && SymbolEqualityComparer.Default.Equals(d.LevelType, level));

    /// <summary>The generator reads the requirements of the type: a level, a track or a type between them.</summary>
    public bool ReadsRequirementsOf(INamedTypeSymbol type) => _read.Contains(type);

    /// <summary>Declarations whose chain includes the type (a level: itself and its tracks).</summary>
    public IEnumerable<LevelDeclaration> Including(INamedTypeSymbol type)
        => Declarations.Where(d => d.Chain.Contains(type, SymbolEqualityComparer.Default));

    /// <summary>Some [SameAs] names the property.</summary>
    public bool IsSameAsTarget(IPropertySymbol property) => _sameAsTargets.Contains(property.OriginalDefinition);

    /// <summary>The declaration an id or alias names (case-insensitive), if any.</summary>
    public LevelDeclaration? ById(string id)
        => Declarations.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? Declarations.FirstOrDefault(d => d.Aliases.Any(a => string.Equals(a, id, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every id and alias, for messages.</summary>
    public IEnumerable<string> Ids => Declarations.SelectMany(d => d.Aliases.Prepend(d.Id ?? "")).Where(i => i.Length > 0);

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var t in SourceTypes(inner)) yield return t;
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
}
