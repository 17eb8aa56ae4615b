using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>An attribute the generator constructs (a rule, a rule part or a condition) as a requirement ends up with it.</summary>
/// <param name="Attribute">The attribute as written.</param>
/// <param name="Kind">Rule, part or condition.</param>
/// <param name="Owner">The property it is written on (another one when [SameAs] brings it).</param>
/// <param name="IsOwn">Written on the requirement itself.</param>
internal readonly record struct ConstructedUse(AttributeData Attribute, LanguageAttribute Kind, IPropertySymbol Owner, bool IsOwn)
{
    /// <summary>The alternative label of a rule or part.</summary>
    public string? Alternative => AttributeArguments.Alternative(Attribute);
}

/// <summary>
/// A property marked [Requirement] or [Continuing], read once for the generator and every analyzer:
/// its marker, quotes, notes, conditions and the rules it ends up with after [SameAs].
/// </summary>
internal sealed class RequirementDeclaration
{
    /// <summary>How deep [SameAs] is followed; a longer chain is reported (IMH012).</summary>
    public const int MaxSameAsDepth = 4;

    private RequirementDeclaration(IPropertySymbol property, AttributeData marker, bool isContinuing, ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> attributes, LanguageSymbols symbols, string? obligationOverride)
    {
        Property = property;
        Marker = marker;
        IsContinuing = isContinuing;
        Attributes = attributes;
        Key = AttributeArguments.String(AttributeArguments.Constructor(marker, 0));
        Title = AttributeArguments.String(AttributeArguments.Constructor(marker, 1));
        DeclaredObligation = AttributeArguments.Named(marker, "Obligation") is { } o ? AttributeArguments.EnumMemberName(o) ?? "Required" : "Required";
        Obligation = obligationOverride ?? DeclaredObligation;
        From = AttributeArguments.String(AttributeArguments.Named(marker, "From"));
        Until = AttributeArguments.String(AttributeArguments.Named(marker, "Until"));
        Overrides = AttributeArguments.Flag(marker, "Overrides");

        var rules = ImmutableArray.CreateBuilder<ConstructedUse>();
        Collect(property, property, symbols, 0, new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default), rules);
        Constructed = rules.ToImmutable();
    }

    public IPropertySymbol Property { get; }

    /// <summary>The [Requirement] or [Continuing] attribute.</summary>
    public AttributeData Marker { get; }

    public bool IsContinuing { get; }

    /// <summary>Every language attribute on the property, with its kind, in source order.</summary>
    public ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> Attributes { get; }

    /// <summary>The key, or null when it cannot be read.</summary>
    public string? Key { get; }

    /// <summary>The title, or null when it cannot be read.</summary>
    public string? Title { get; }

    /// <summary>The obligation's member name as written (Required when not given).</summary>
    public string DeclaredObligation { get; }

    /// <summary>The obligation after a track's [TrackObligation].</summary>
    public string Obligation { get; }

    public string? From { get; }

    public string? Until { get; }

    /// <summary>The member replaces the level's requirement with the same key on purpose.</summary>
    public bool Overrides { get; }

    /// <summary>Rules, parts and conditions: those brought by [SameAs] first, then the property's own.</summary>
    public ImmutableArray<ConstructedUse> Constructed { get; }

    /// <summary>"requirement" or "continuing rule", for messages.</summary>
    public string KindWord => IsContinuing ? "continuing rule" : "requirement";

    public bool IsNotRequired => Obligation == "NotRequired";

    public IEnumerable<AttributeData> Own(LanguageAttribute kind)
    {
        foreach (var (attribute, k) in Attributes)
        {
            if (k == kind) yield return attribute;
        }
    }

    /// <summary>Every language attribute on a symbol, with its kind, in source order.</summary>
    public static ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> LanguageAttributesOf(ISymbol symbol, LanguageSymbols symbols)
    {
        var builder = ImmutableArray.CreateBuilder<(AttributeData, LanguageAttribute)>();
        foreach (var attribute in symbol.GetAttributes())
        {
            var kind = symbols.KindOf(attribute);
            if (kind != LanguageAttribute.None) builder.Add((attribute, kind));
        }
        return builder.ToImmutable();
    }

    /// <summary>The requirement a property declares (its first marker wins), or null.</summary>
    public static RequirementDeclaration? Read(IPropertySymbol property, LanguageSymbols symbols, IReadOnlyDictionary<string, string>? obligations = null)
    {
        var attributes = LanguageAttributesOf(property, symbols);
        foreach (var (attribute, kind) in attributes)
        {
            if (kind is not (LanguageAttribute.Requirement or LanguageAttribute.Continuing)) continue;
            string? key = AttributeArguments.String(AttributeArguments.Constructor(attribute, 0));
            string? overridden = key is not null && obligations is not null && obligations.TryGetValue(key, out var o) ? o : null;
            return new RequirementDeclaration(property, attribute, kind == LanguageAttribute.Continuing, attributes, symbols, overridden);
        }
        return null;
    }

    /// <summary>The property a [SameAs] names, or null.</summary>
    public static IPropertySymbol? SameAsTarget(AttributeData sameAs)
    {
        if (AttributeArguments.Constructor(sameAs, 0) is not { Value: INamedTypeSymbol type }) return null;
        if (AttributeArguments.String(AttributeArguments.Constructor(sameAs, 1)) is not { } member) return null;
        foreach (var candidate in type.GetMembers(member))
        {
            if (candidate is IPropertySymbol p) return p;
        }
        return null;
    }

    // Rules and parts come through [SameAs]; conditions apply to the requirement they are written on only.
    private static void Collect(IPropertySymbol root, IPropertySymbol property, LanguageSymbols symbols, int depth, HashSet<IPropertySymbol> visited, ImmutableArray<ConstructedUse>.Builder uses)
    {
        if (!visited.Add(property.OriginalDefinition)) return;
        bool own = SymbolEqualityComparer.Default.Equals(property, root);
        var attributes = property.GetAttributes();
        foreach (var a in attributes)
        {
            if (depth < MaxSameAsDepth && symbols.KindOf(a) == LanguageAttribute.SameAs && SameAsTarget(a) is { } target)
                Collect(root, target, symbols, depth + 1, visited, uses);
        }
        foreach (var a in attributes)
        {
            var kind = symbols.KindOf(a);
            if (kind is LanguageAttribute.Rule or LanguageAttribute.RulePart || (own && kind == LanguageAttribute.Condition))
                uses.Add(new ConstructedUse(a, kind, property, own));
        }
    }
}
