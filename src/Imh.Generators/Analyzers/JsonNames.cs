using System.Collections.Generic;
using System.Linq;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>A JSON name a declaration gives to a kind of entry, and where it is declared.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Owner">What has it, for messages: <c>the word 'WorkTag.Paid'</c>.</param>
/// <param name="Enum">The enum that declares it; null for a field of the language.</param>
/// <param name="Where">The attribute that gives it ([Word] or [Choice]); null for a field of the language.</param>
/// <param name="Argument">The argument that gives it, or -1 for the [Word] itself.</param>
internal readonly record struct JsonName(string Name, string Owner, INamedTypeSymbol? Enum, AttributeData? Where, string? Argument);

/// <summary>
/// The JSON names each kind of entry holds (docs/language.md, "The vocabulary"): the fields the
/// language gives it, then the words of the catalog that become properties of it (tags, choice
/// properties, numbers; documents, assessments and lists at the root, which is the applicant's).
/// </summary>
internal static class JsonNames
{
    private static readonly Dictionary<string, string[]> Structural = new()
    {
        ["Applicant"] = ["applicant", "applicationDate", "schemaVersion", "credentials", "training", "work", "references", "memberships", "endorsement", "endorsements"],
        ["Credentials"] = ["title", "field", "awarded"],
        ["Training"] = ["date", "hours", "title"],
        ["Work"] = ["role", "employer", "start", "end", "fte"],
        ["Sessions"] = ["date", "hours", "provider", "providerEndorsement"],
        ["References"] = ["rater", "raterEndorsement"],
        ["Memberships"] = ["organization", "from", "to"],
        ["Assessments"] = ["passed", "date", "category"],
    };

    /// <summary>A lower-case letter, then letters and digits.</summary>
    public static bool IsCamelCase(string name)
        => name.Length > 0 && name[0] is >= 'a' and <= 'z' && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

    /// <summary>The JSON name of a word: [Word(Json = ...)] or the member name in camelCase.</summary>
    public static string Of(WordMember member)
        => AttributeArguments.String(AttributeArguments.Named(member.Word!, "Json")) ?? Camel(member.Field.Name);

    // A member being typed may have no name yet.
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>The property names of entries of <paramref name="evidence"/>, the language's fields first, in declaration order.</summary>
    public static IEnumerable<JsonName> Properties(string evidence, CatalogIndex index, IEnumerable<(string Evidence, string Json)> lists)
    {
        foreach (var field in Structural.TryGetValue(evidence, out var fields) ? fields : [])
            yield return new JsonName(field, "a field the language gives " + Entries(evidence), null, null, null);
        if (evidence == "Applicant")
        {
            foreach (var (listEvidence, json) in lists)
                yield return new JsonName(json, $"the list of {listEvidence.ToLowerInvariant()}", null, null, null);
        }
        foreach (var set in index.WordSets)
        {
            bool root = evidence == "Applicant" && set.Kind is LanguageAttribute.Documents or LanguageAttribute.Assessments;
            if (set.Kind == LanguageAttribute.Choice && set.Evidence == evidence && set.Property is { } property)
                yield return new JsonName(property, $"the choice '{set.Enum.Name}'", set.Enum, set.Marker, "Property");
            if (!root && !(set.Kind is LanguageAttribute.Tags or LanguageAttribute.Numbers && set.Evidence == evidence)) continue;
            foreach (var member in set.Members.Where(m => m.Word is not null && (m.Value & (m.Value - 1)) == 0 && m.Value != 0))
            {
                yield return new JsonName(Of(member), $"the word '{set.Enum.Name}.{member.Field.Name}'", set.Enum, member.Word, null);
                if (root && AttributeArguments.String(AttributeArguments.Named(member.Word!, "List")) is { } list)
                    yield return new JsonName(list, $"the list of '{set.Enum.Name}.{member.Field.Name}'", set.Enum, member.Word, "List");
            }
        }
    }

    public static string Entries(string evidence) => evidence == "Applicant" ? "the portfolio's root (the applicant)" : evidence.ToLowerInvariant() + " entries";
}
