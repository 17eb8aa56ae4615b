using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>A member of a catalog enum that declares words, with its [Word] (null when it has none).</summary>
/// <param name="Field">The enum member.</param>
/// <param name="Value">Its value, as bits.</param>
/// <param name="Word">Its [Word] attribute.</param>
internal readonly record struct WordMember(IFieldSymbol Field, long Value, AttributeData? Word);

/// <summary>
/// A catalog enum marked as a set of words ([Tags], [Choice], [Numbers], [Documents],
/// [Assessments]), read once for the generator and the analyzers. An enum with several [Choice]
/// attributes is one declaration per attribute.
/// </summary>
internal sealed class WordSetDeclaration
{
    private WordSetDeclaration(INamedTypeSymbol @enum, AttributeData marker, LanguageAttribute kind, ImmutableArray<WordMember> members)
    {
        Enum = @enum;
        Marker = marker;
        Kind = kind;
        Members = members;
    }

    public INamedTypeSymbol Enum { get; }

    /// <summary>The marking attribute.</summary>
    public AttributeData Marker { get; }

    /// <summary>Tags, Choice, Numbers, Documents or Assessments.</summary>
    public LanguageAttribute Kind { get; }

    /// <summary>The enum members in declaration order.</summary>
    public ImmutableArray<WordMember> Members { get; }

    /// <summary>The Evidence member name of the kind of entry ("Training"); null for documents and assessments.</summary>
    public string? Evidence => Kind is LanguageAttribute.Tags or LanguageAttribute.Choice or LanguageAttribute.Numbers
        ? AttributeArguments.Constructor(Marker, 0) is { } e ? AttributeArguments.EnumMemberName(e) : null
        : null;

    /// <summary>Choices: the JSON property.</summary>
    public string? Property => Kind == LanguageAttribute.Choice ? AttributeArguments.String(AttributeArguments.Constructor(Marker, 1)) : null;

    /// <summary>Every set a catalog enum declares (none when it is not marked).</summary>
    public static ImmutableArray<WordSetDeclaration> Read(INamedTypeSymbol @enum, LanguageSymbols symbols)
    {
        if (@enum.TypeKind != TypeKind.Enum) return [];
        var markers = @enum.GetAttributes().Select(a => (Attribute: a, Kind: symbols.KindOf(a))).Where(a => LanguageSymbols.IsWordSet(a.Kind)).ToList();
        if (markers.Count == 0) return [];
        var members = new List<WordMember>();
        foreach (var member in @enum.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field) continue;
            var word = field.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Word);
            members.Add(new WordMember(field, AttributeArguments.FieldValue(field) ?? 0, word));
        }
        var all = members.ToImmutableArray();
        return markers.Select(m => new WordSetDeclaration(@enum, m.Attribute, m.Kind, all)).ToImmutableArray();
    }
}
