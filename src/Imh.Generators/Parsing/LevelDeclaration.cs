using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Parsing;

/// <summary>
/// A type marked [Level] or [Track], as the analyzers see it. A track's chain runs from its level
/// down to the track, as <see cref="DeclarationParser.ParseTrack"/> walks it.
/// </summary>
internal sealed class LevelDeclaration
{
    public LevelDeclaration(INamedTypeSymbol type, AttributeData? level, AttributeData? track, ImmutableArray<INamedTypeSymbol> chain, AttributeData? levelOfChain)
    {
        Type = type;
        LevelAttribute = level;
        TrackAttribute = track;
        Chain = chain;
        LevelType = levelOfChain is null ? null : chain[0];
        var source = level ?? levelOfChain;
        LevelId = source is null ? null : AttributeArguments.String(AttributeArguments.Constructor(source, 0));
        Rank = source is null ? 0 : (int)(AttributeArguments.Integer(AttributeArguments.Named(source, "Rank")) ?? 0);
        TrackId = level is null && track is not null ? AttributeArguments.String(AttributeArguments.Constructor(track, 0)) : null;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>[Level] on this type, if any.</summary>
    public AttributeData? LevelAttribute { get; }

    /// <summary>[Track] on this type, if any.</summary>
    public AttributeData? TrackAttribute { get; }

    /// <summary>Level first, this type last; just this type for a level.</summary>
    public ImmutableArray<INamedTypeSymbol> Chain { get; }

    /// <summary>The [Level] type: this type for a level, the base marked [Level] for a track, null for a track without one.</summary>
    public INamedTypeSymbol? LevelType { get; }

    /// <summary>The level's id (a track's level's id for a track).</summary>
    public string? LevelId { get; }

    /// <summary>The track's own id (without the level), null for a level.</summary>
    public string? TrackId { get; }

    /// <summary>The level's rank; tracks share their level's rank.</summary>
    public int Rank { get; }

    /// <summary>A [Level] type (also when it wrongly carries [Track] too).</summary>
    public bool IsLevel => LevelAttribute is not null;

    public bool IsTrack => LevelAttribute is null && TrackAttribute is not null;

    /// <summary>The id in the catalog: <c>III</c>, or <c>IV-Clinical</c> for a track.</summary>
    public string? Id => IsLevel ? LevelId : LevelId is null || TrackId is null ? null : LevelId + "-" + TrackId;

    /// <summary>The generator writes a validator for it.</summary>
    public bool IsEvaluated => !Type.IsAbstract && !Type.IsGenericType && LevelType is not null;

    /// <summary>"level III" or "track IV-Clinical", for messages.</summary>
    public string Describe() => (IsLevel ? "level " : "track ") + (Id ?? Type.Name);

    public static LevelDeclaration? Read(INamedTypeSymbol type, LanguageSymbols symbols)
    {
        AttributeData? level = null, track = null;
        foreach (var a in type.GetAttributes())
        {
            var kind = symbols.KindOf(a);
            if (kind == LanguageAttribute.Level) level ??= a;
            if (kind == LanguageAttribute.Track) track ??= a;
        }
        if (level is null && track is null) return null;
        if (level is not null) return new LevelDeclaration(type, level, track, ImmutableArray.Create(type), level);

        var chain = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        AttributeData? levelOfChain = null;
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
            levelOfChain = t.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Level);
            if (levelOfChain is not null) break;
        }
        // Without a level the chain means nothing: keep the track alone.
        return new LevelDeclaration(type, null, track, levelOfChain is null ? ImmutableArray.Create(type) : chain.ToImmutable(), levelOfChain);
    }
}
