using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Parsing;

/// <summary>A rule attribute of a requirement, declared on it or taken from another through [SameAs].</summary>
internal readonly record struct DeclaredRule(AttributeData Attribute, LanguageAttribute Kind, IPropertySymbol Owner, bool IsOwn)
{
    public string? Alternative => AttributeArguments.Alternative(Attribute);
}

/// <summary>The rules a requirement ends up with, [SameAs] followed as the generator follows it.</summary>
internal static class EffectiveRules
{
    /// <summary>How deep the generator follows [SameAs] (see <see cref="DeclarationParser"/>).</summary>
    public const int MaxSameAsDepth = 4;

    public static ImmutableArray<DeclaredRule> Of(IPropertySymbol property, LanguageSymbols symbols)
    {
        var rules = ImmutableArray.CreateBuilder<DeclaredRule>();
        Collect(property, property, symbols, 0, new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default), rules);
        return rules.ToImmutable();
    }

    /// <summary>The property a [SameAs] attribute names, or null.</summary>
    public static IPropertySymbol? Target(AttributeData sameAs)
    {
        if (AttributeArguments.Constructor(sameAs, 0) is not { Value: INamedTypeSymbol type }) return null;
        if (AttributeArguments.String(AttributeArguments.Constructor(sameAs, 1)) is not { } member) return null;
        foreach (var candidate in type.GetMembers(member))
        {
            if (candidate is IPropertySymbol p) return p;
        }
        return null;
    }

    private static void Collect(IPropertySymbol root, IPropertySymbol property, LanguageSymbols symbols, int depth, HashSet<IPropertySymbol> visited, ImmutableArray<DeclaredRule>.Builder rules)
    {
        if (!visited.Add(property)) return;
        var attributes = property.GetAttributes();
        foreach (var a in attributes)
        {
            if (depth >= MaxSameAsDepth || symbols.KindOf(a) != LanguageAttribute.SameAs) continue;
            if (Target(a) is { } target) Collect(root, target, symbols, depth + 1, visited, rules);
        }
        foreach (var a in attributes)
        {
            var kind = symbols.KindOf(a);
            if (LanguageSymbols.IsRule(kind)) rules.Add(new DeclaredRule(a, kind, property, SymbolEqualityComparer.Default.Equals(property, root)));
        }
    }
}
