using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>
/// A type marked [Level] or [Track], read once for the generator and every analyzer: its ids and
/// names, the chain from its level down to it, and the requirements it ends up with.
/// </summary>
internal sealed class LevelDeclaration
{
    private LevelDeclaration(INamedTypeSymbol type, AttributeData? level, AttributeData? track, ImmutableArray<INamedTypeSymbol> chain, AttributeData? levelOfChain, LanguageSymbols symbols)
    {
        Type = type;
        LevelAttribute = level;
        TrackAttribute = track;
        Chain = chain;
        LevelOfChain = levelOfChain;
        LevelType = levelOfChain is null ? null : chain.LastOrDefault(t => t.GetAttributes().Any(a => symbols.KindOf(a) == LanguageAttribute.Level)) ?? type;
        LevelId = levelOfChain is null ? null : AttributeArguments.String(AttributeArguments.Constructor(levelOfChain, 0));
        Rank = levelOfChain is null ? 0 : (int)(AttributeArguments.Integer(AttributeArguments.Named(levelOfChain, "Rank")) ?? 0);
        var own = level ?? track;
        TrackId = level is null && track is not null ? AttributeArguments.String(AttributeArguments.Constructor(track, 0)) : null;
        Name = own is null ? null : AttributeArguments.String(AttributeArguments.Constructor(own, 1));
        Aliases = own is null ? [] : Strings(AttributeArguments.Named(own, "Aliases"));
        Facets = levelOfChain is null ? [] : AttributeArguments.Elements(AttributeArguments.Named(levelOfChain, "Facets")) ?? [];
        From = own is null ? null : AttributeArguments.String(AttributeArguments.Named(own, "From"));
        Until = own is null ? null : AttributeArguments.String(AttributeArguments.Named(own, "Until"));
        Provisional = type.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Provisional);

        var obligations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in type.GetAttributes())
        {
            if (symbols.KindOf(a) != LanguageAttribute.TrackObligation) continue;
            if (AttributeArguments.String(AttributeArguments.Constructor(a, 0)) is { } key && AttributeArguments.Constructor(a, 1) is { } o
                && AttributeArguments.EnumMemberName(o) is { } name) obligations[key] = name;
        }
        var all = ImmutableArray.CreateBuilder<RequirementDeclaration>();
        foreach (var t in chain)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol property && RequirementDeclaration.Read(property, symbols, IsTrack ? obligations : null) is { } r) all.Add(r);
            }
        }
        AllRequirements = all.ToImmutable();
        Requirements = Effective(AllRequirements);
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>[Level] on this type, if any.</summary>
    public AttributeData? LevelAttribute { get; }

    /// <summary>[Track] on this type, if any.</summary>
    public AttributeData? TrackAttribute { get; }

    /// <summary>The unmarked records the level derives from first, then the level, this type last; just this type for a track without a level.</summary>
    public ImmutableArray<INamedTypeSymbol> Chain { get; }

    /// <summary>The [Level] attribute of the chain (this type's for a level).</summary>
    public AttributeData? LevelOfChain { get; }

    /// <summary>The [Level] type: this type for a level, the base marked [Level] for a track, null for a track without one.</summary>
    public INamedTypeSymbol? LevelType { get; }

    /// <summary>The level's id (a track's level's id for a track).</summary>
    public string? LevelId { get; }

    /// <summary>The track's own id (without the level), null for a level.</summary>
    public string? TrackId { get; }

    /// <summary>The display name.</summary>
    public string? Name { get; }

    /// <summary>The level's rank (tracks share it); 0 for none.</summary>
    public int Rank { get; }

    public ImmutableArray<string> Aliases { get; }

    /// <summary>The level's facet values (enum constants).</summary>
    public ImmutableArray<TypedConstant> Facets { get; }

    public string? From { get; }

    public string? Until { get; }

    /// <summary>[Provisional] on this type, if any.</summary>
    public AttributeData? Provisional { get; }

    /// <summary>Every requirement member of the chain, level first, duplicates kept (for the analyzers).</summary>
    public ImmutableArray<RequirementDeclaration> AllRequirements { get; }

    /// <summary>The requirements the level ends up with: one member per key and period or condition; an overriding member replaces its level's.</summary>
    public ImmutableArray<RequirementDeclaration> Requirements { get; }

    /// <summary>A [Level] type (also when it wrongly carries [Track] too).</summary>
    public bool IsLevel => LevelAttribute is not null;

    public bool IsTrack => LevelAttribute is null && TrackAttribute is not null;

    /// <summary>The id in the catalog: <c>III</c>, or <c>IV-Clinical</c> for a track.</summary>
    public string? Id => IsLevel ? LevelId : LevelId is null || TrackId is null ? null : LevelId + "-" + TrackId;

    /// <summary>The generator writes a validator for it.</summary>
    public bool IsEvaluated => !Type.IsAbstract && !Type.IsGenericType && LevelType is not null;

    /// <summary>"level A" or "track B-Policy", for messages.</summary>
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
        if (level is not null) return new LevelDeclaration(type, level, track, [.. SharedBases(type, symbols), type], level, symbols);

        var chain = new List<INamedTypeSymbol>();
        AttributeData? levelOfChain = null;
        INamedTypeSymbol? levelType = null;
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
            levelOfChain = t.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Level);
            if (levelOfChain is not null)
            {
                levelType = t;
                break;
            }
        }
        // Without a level the chain means nothing: keep the track alone.
        if (levelOfChain is null) return new LevelDeclaration(type, null, track, ImmutableArray.Create(type), null, symbols);
        return new LevelDeclaration(type, null, track, [.. SharedBases(levelType!, symbols), .. chain], levelOfChain, symbols);
    }

    /// <summary>
    /// The unmarked records a level derives from, the most basic first: requirements several levels
    /// share (a mirrored category in another age band, the renewal rules of every category) are
    /// declared once in a base record without [Level] and inherited.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> SharedBases(INamedTypeSymbol level, LanguageSymbols symbols)
    {
        var bases = new List<INamedTypeSymbol>();
        for (var t = level.BaseType; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            if (t.GetAttributes().Any(a => symbols.KindOf(a) is LanguageAttribute.Level or LanguageAttribute.Track)) break;
            bases.Insert(0, t);
        }
        return bases;
    }

    /// <summary>
    /// Two members with one key are variants when their periods do not overlap or either has a
    /// condition; otherwise the later one replaces the earlier only when it says it overrides it.
    /// </summary>
    private static ImmutableArray<RequirementDeclaration> Effective(ImmutableArray<RequirementDeclaration> all)
    {
        var effective = new List<RequirementDeclaration>();
        foreach (var r in all)
        {
            if (r.Key is null) continue;
            int clash = effective.FindIndex(e => Clash(e, r));
            if (clash < 0) effective.Add(r);
            else if (r.Overrides && !SymbolEqualityComparer.Default.Equals(r.Property.ContainingType, effective[clash].Property.ContainingType)) effective[clash] = r;
        }
        return effective.ToImmutableArray();
    }

    /// <summary>Two members with one key in force together and without conditions that tell them apart.</summary>
    public static bool Clash(RequirementDeclaration a, RequirementDeclaration b)
        => a.Key == b.Key && a.IsContinuing == b.IsContinuing
        && !a.Constructed.Any(u => u.Kind == LanguageAttribute.Condition) && !b.Constructed.Any(u => u.Kind == LanguageAttribute.Condition)
        && Overlap(a.From, a.Until, b.From, b.Until);

    /// <summary>Two periods (dates as written; an unreadable date counts as no bound) share a day.</summary>
    public static bool Overlap(string? fromA, string? untilA, string? fromB, string? untilB)
    {
        var (fa, ua, fb, ub) = (Day(fromA), Day(untilA), Day(fromB), Day(untilB));
        return (ua is null || fb is null || fb <= ua) && (ub is null || fa is null || fa <= ub);
    }

    /// <summary>A date written YYYY-MM-DD, or null.</summary>
    public static DateTime? Day(string? text)
        => text is not null && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static ImmutableArray<string> Strings(TypedConstant? constant)
        => AttributeArguments.Elements(constant) is { } items ? items.Select(i => AttributeArguments.String(i)).OfType<string>().ToImmutableArray() : [];
}
