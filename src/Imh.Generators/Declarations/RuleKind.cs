using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>One argument of a rule, part or condition as written, with the checks its kind puts on it.</summary>
/// <param name="Name">The property it sets (a constructor parameter is matched to the property of the same name).</param>
/// <param name="Value">The value as written.</param>
/// <param name="Parameter">The constructor parameter's index, or -1 for a named argument.</param>
/// <param name="Checks">The <c>Imh.Dsl.Checks</c> attributes on the property and the parameter.</param>
internal readonly record struct CheckedArgument(string Name, TypedConstant Value, int Parameter, ImmutableArray<AttributeData> Checks)
{
    public bool IsNamed => Parameter < 0;

    /// <summary>The check named <paramref name="check"/> (<c>Positive</c>, <c>NotAbove</c>...), if any; several for repeatable checks.</summary>
    public IEnumerable<AttributeData> Check(string check) => Checks.Where(c => RuleKind.CheckName(c) == check);
}

/// <summary>
/// The class of a rule, part or condition attribute as the analyzers see it: the kind of entry it
/// counts ([Counts]), the rule a part belongs to, the parts it cannot be used with ([NotWith]) and
/// the checks on its properties and constructor parameters. Built-in and catalog-declared kinds are
/// read the same way.
/// </summary>
internal sealed class RuleKind
{
    public const string ChecksNamespace = LanguageSymbols.Namespace + ".Checks";

    private RuleKind(INamedTypeSymbol type, LanguageAttribute kind)
    {
        Type = type;
        Kind = kind;
        Counts = Inherited(type).SelectMany(t => t.GetAttributes()).FirstOrDefault(a => CheckName(a) == "Counts");
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.OriginalDefinition.Name == "RulePartAttribute" && t.ContainingNamespace?.ToDisplayString() == LanguageSymbols.Namespace)
            {
                RuleType = t.TypeArguments[0] as INamedTypeSymbol;
                break;
            }
        }
        NotWith = Inherited(type).SelectMany(t => t.GetAttributes()).Where(a => CheckName(a) == "NotWith")
            .Select(a => AttributeArguments.Constructor(a, 0)?.Value as INamedTypeSymbol).OfType<INamedTypeSymbol>().ToImmutableArray();
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>Rule, RulePart or Condition.</summary>
    public LanguageAttribute Kind { get; }

    /// <summary>The class's [Counts], if any.</summary>
    public AttributeData? Counts { get; }

    /// <summary>For a part: the rule kind it belongs to.</summary>
    public INamedTypeSymbol? RuleType { get; }

    /// <summary>Part kinds this part cannot share a rule with.</summary>
    public ImmutableArray<INamedTypeSymbol> NotWith { get; }

    /// <summary>The kind of an attribute the generator constructs, or null for any other attribute.</summary>
    public static RuleKind? Of(AttributeData attribute, LanguageSymbols symbols)
    {
        if (attribute.AttributeClass is not { } type) return null;
        var kind = symbols.KindOf(type);
        return LanguageSymbols.IsConstructed(kind) ? new RuleKind(type, kind) : null;
    }

    /// <summary>The kind of an attribute class the generator constructs, or null.</summary>
    public static RuleKind? ForType(INamedTypeSymbol type, LanguageSymbols symbols)
    {
        var kind = symbols.KindOf(type);
        return LanguageSymbols.IsConstructed(kind) ? new RuleKind(type, kind) : null;
    }

    /// <summary>The name of a check attribute (<c>Positive</c> for <c>Imh.Dsl.Checks.PositiveAttribute</c>), or null for any other attribute.</summary>
    public static string? CheckName(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type || type.ContainingNamespace?.ToDisplayString() != ChecksNamespace) return null;
        return type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Attribute".Length) : type.Name;
    }

    /// <summary>
    /// The Evidence member name of the entries a use of this rule counts: fixed by [Counts(Evidence.X)],
    /// or the use's <c>Evidence</c> argument (the [Counts] default when not given). Null when the kind does not say.
    /// </summary>
    public string? CountedEvidence(AttributeData use)
    {
        if (Counts is null) return null;
        if (Counts.ConstructorArguments.Length == 1)
            return AttributeArguments.Constructor(Counts, 0) is { } fixedEvidence ? AttributeArguments.EnumMemberName(fixedEvidence) : null;
        if (AttributeArguments.Named(use, "Evidence") is { } chosen) return AttributeArguments.EnumMemberName(chosen);
        return AttributeArguments.Named(Counts, "Default") is { } byDefault ? AttributeArguments.EnumMemberName(byDefault) : "Applicant";
    }

    /// <summary>Every argument of a use, constructor arguments first, with the checks on what it sets.</summary>
    public ImmutableArray<CheckedArgument> Arguments(AttributeData use)
    {
        var arguments = ImmutableArray.CreateBuilder<CheckedArgument>();
        if (use.AttributeConstructor is { } constructor)
        {
            for (int i = 0; i < use.ConstructorArguments.Length && i < constructor.Parameters.Length; i++)
            {
                var parameter = constructor.Parameters[i];
                var member = Member(parameter.Name, ignoreCase: true);
                var checks = Checks(parameter).AddRange(member is null ? [] : Checks(member));
                arguments.Add(new CheckedArgument(member?.Name ?? parameter.Name, use.ConstructorArguments[i], i, checks));
            }
        }
        foreach (var named in use.NamedArguments)
        {
            var member = Member(named.Key, ignoreCase: false);
            arguments.Add(new CheckedArgument(named.Key, named.Value, -1, member is null ? [] : Checks(member)));
        }
        return arguments.ToImmutable();
    }

    /// <summary>The property or field a check names (<c>NotAbove(nameof(WithinYears))</c>), through the base classes.</summary>
    public ISymbol? Member(string name, bool ignoreCase)
    {
        foreach (var t in Inherited(Type))
        {
            foreach (var m in t.GetMembers())
            {
                if (m is IPropertySymbol or IFieldSymbol && !m.IsStatic && string.Equals(m.Name, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    return m;
            }
        }
        return null;
    }

    private static ImmutableArray<AttributeData> Checks(ISymbol symbol)
        => symbol.GetAttributes().Where(a => CheckName(a) is not null).ToImmutableArray();

    private static IEnumerable<INamedTypeSymbol> Inherited(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType) yield return t;
    }
}
