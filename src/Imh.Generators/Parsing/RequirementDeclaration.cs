using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Parsing;

/// <summary>
/// A property marked [Requirement] or [Continuing], as the analyzers see it: the symbol, its marker
/// and its attributes. The first marker wins, as in <see cref="DeclarationParser"/>.
/// </summary>
internal sealed class RequirementDeclaration
{
    private RequirementDeclaration(IPropertySymbol property, AttributeData marker, bool isContinuing, ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> attributes)
    {
        Property = property;
        Marker = marker;
        IsContinuing = isContinuing;
        Attributes = attributes;
        Key = AttributeArguments.String(AttributeArguments.Constructor(marker, 0));
    }

    public IPropertySymbol Property { get; }

    /// <summary>The [Requirement] or [Continuing] attribute.</summary>
    public AttributeData Marker { get; }

    public bool IsContinuing { get; }

    /// <summary>The key, or null when it could not be read.</summary>
    public string? Key { get; }

    /// <summary>Every language attribute on the property, with its kind, in source order.</summary>
    public ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> Attributes { get; }

    /// <summary>"requirement" or "continuing rule", for messages.</summary>
    public string KindWord => IsContinuing ? "continuing rule" : "requirement";

    /// <summary>The obligation's enum member name as declared (Required when not given).</summary>
    public string Obligation => AttributeArguments.Named(Marker, "Obligation") is { } o ? Literals.EnumMemberName(o) ?? "?" : "Required";

    /// <summary>The [When] condition's value, 0 (None) when absent.</summary>
    public long When
    {
        get
        {
            foreach (var (attribute, kind) in Attributes)
            {
                if (kind == LanguageAttribute.When) return AttributeArguments.Integer(AttributeArguments.Constructor(attribute, 0)) ?? 0;
            }
            return 0;
        }
    }

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

    public static RequirementDeclaration? Read(IPropertySymbol property, LanguageSymbols symbols)
        => Read(property, LanguageAttributesOf(property, symbols));

    public static RequirementDeclaration? Read(IPropertySymbol property, ImmutableArray<(AttributeData Attribute, LanguageAttribute Kind)> attributes)
    {
        foreach (var (attribute, kind) in attributes)
        {
            if (kind is LanguageAttribute.Requirement or LanguageAttribute.Continuing)
                return new RequirementDeclaration(property, attribute, kind == LanguageAttribute.Continuing, attributes);
        }
        return null;
    }
}
