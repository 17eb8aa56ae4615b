using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The catalog's words, enum by enum: [Flags] sets of single-bit words, each with a [Word]; JSON
/// names that are camelCase and say one thing in their entry; one tag set per kind of entry;
/// choice defaults and Per types that exist.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VocabularyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WordSetNotFlags, DiagnosticDescriptors.MemberWithoutWord, DiagnosticDescriptors.DuplicateJsonName,
        DiagnosticDescriptors.TwoTagSets, DiagnosticDescriptors.ChoiceDefaultNotValue, DiagnosticDescriptors.PerNotChoice,
        DiagnosticDescriptors.WordBitsOutOfRange, DiagnosticDescriptors.JsonNameNotCamelCase);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CatalogIndex.For(start.Compilation) is not { } index) return;
            var lists = start.Compilation.Assembly.GetAttributes().Where(a => index.Symbols.KindOf(a) == LanguageAttribute.EvidenceList)
                .Select(a => (Evidence: AttributeArguments.Constructor(a, 0) is { } e ? AttributeArguments.EnumMemberName(e) ?? "" : "", Json: AttributeArguments.String(AttributeArguments.Constructor(a, 1)) ?? ""))
                .Where(l => l.Json.Length > 0).ToList();
            start.RegisterSymbolAction(c => Analyze(c, index, lists), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, CatalogIndex index, List<(string Evidence, string Json)> lists)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Enum) return;
        var sets = WordSetDeclaration.Read(type, index.Symbols);
        if (sets.IsEmpty) return;
        var ct = context.CancellationToken;
        var identifier = ArgumentLocations.Identifier(type, ct);
        if (!type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WordSetNotFlags, identifier, type.Name, LanguageSymbols.ShortName(sets[0].Marker)));

        int words = 0;
        foreach (var member in sets[0].Members)
        {
            var where = ArgumentLocations.Identifier(member.Field, ct);
            if (System.Convert.ToDecimal(member.Field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) < 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WordBitsOutOfRange, where, $"{type.Name}.{member.Field.Name}",
                    "has a negative value; the words of a set are the bits of an unsigned 64-bit number"));
            bool single = member.Value != 0 && (member.Value & (member.Value - 1)) == 0;
            if (single && member.Word is not null) words++;
            if (member.Word is null && member.Value != 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MemberWithoutWord, where, type.Name, member.Field.Name,
                    single ? "a word needs a display name and a meaning" : "a combination of words names a set, and needs a word that names it"));
            if (member.Word is { } word)
            {
                CheckJson(context, word, JsonNames.Of(member), $"'{type.Name}.{member.Field.Name}'", null);
                if (AttributeArguments.String(AttributeArguments.Named(word, "List")) is { } list) CheckJson(context, word, list, $"the list of '{type.Name}.{member.Field.Name}'", "List");
                CheckPer(context, word, type, member, index);
            }
        }
        if (words > 64)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WordBitsOutOfRange, identifier, type.Name, $"has {words} words; a set holds at most 64"));

        foreach (var set in sets)
        {
            if (set.Kind == LanguageAttribute.Choice) CheckChoice(context, set);
            if (set.Kind == LanguageAttribute.Tags && index.WordSets.FirstOrDefault(s => s.Kind == LanguageAttribute.Tags && s.Evidence == set.Evidence
                && !SymbolEqualityComparer.Default.Equals(s.Enum, type)) is { } other)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TwoTagSets, ArgumentLocations.Attribute(set.Marker, ct), type.Name, other.Enum.Name, set.Evidence?.ToLowerInvariant()));
        }
        foreach (var evidence in sets.Select(Namespace).Where(e => e is not null).Distinct())
            CheckCollisions(context, JsonNames.Properties(evidence!, index, lists).ToList(), type, JsonNames.Entries(evidence!));
    }

    // The kind of entry whose object holds the set's names; documents and assessments are root properties.
    private static string? Namespace(WordSetDeclaration set)
        => set.Kind is LanguageAttribute.Documents or LanguageAttribute.Assessments ? "Applicant" : set.Evidence;

    // Every name of this enum that another declaration (or a field of the language) also gives is reported here, so both sides see it.
    private static void CheckCollisions(SymbolAnalysisContext context, List<JsonName> names, INamedTypeSymbol type, string entries)
    {
        // One declaration read twice (a repeated marker) is not a collision: keep one entry per place.
        var distinct = names.GroupBy(n => (n.Name, n.Where, n.Argument)).Select(g => g.First()).ToList();
        foreach (var group in distinct.GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            for (int i = 0; i < all.Count; i++)
            {
                var name = all[i];
                if (name.Where is null || !SymbolEqualityComparer.Default.Equals(name.Enum, type)) continue;
                var other = all[i == 0 ? 1 : 0];
                var said = other.Enum is null ? "is " + other.Owner : $"is also the JSON name of {other.Owner} in {entries}";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateJsonName, JsonLocation(name.Where, name.Argument, context), name.Name, name.Owner, said));
            }
        }
    }

    private static void CheckChoice(SymbolAnalysisContext context, WordSetDeclaration set)
    {
        var ct = context.CancellationToken;
        if (set.Property is { } property && !JsonNames.IsCamelCase(property))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JsonNameNotCamelCase, ArgumentLocations.Constructor(set.Marker, 1, ct), property, $"the choice '{set.Enum.Name}'"));
        // The values of one choice share the property: each JSON name once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in set.Members.Where(m => m.Word is not null && m.Value != 0 && (m.Value & (m.Value - 1)) == 0))
        {
            var json = JsonNames.Of(member);
            if (!seen.Add(json))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateJsonName, JsonLocation(member.Word!, null, context), json,
                    $"'{set.Enum.Name}.{member.Field.Name}'", $"is also the JSON name of another value of the choice '{set.Enum.Name}'"));
        }
        if (AttributeArguments.Named(set.Marker, "Default") is not { } value || value.IsNull) return;
        long bits = AttributeArguments.Integer(value) ?? 0;
        long words = AnalyzerSupport.WordBits(set);
        bool many = AttributeArguments.Flag(set.Marker, "Many");
        bool ok = value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, set.Enum) && bits != 0 && (bits & ~words) == 0
            && (many || set.Members.Any(m => m.Word is not null && m.Value == bits && (bits & (bits - 1)) == 0));
        if (!ok)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ChoiceDefaultNotValue, ArgumentLocations.Named(set.Marker, "Default", ct),
                AnalyzerSupport.Display(value), many ? "a combination of the values" : "a value", set.Enum.Name));
    }

    private static void CheckPer(SymbolAnalysisContext context, AttributeData word, INamedTypeSymbol type, WordMember member, CatalogIndex index)
    {
        if (AttributeArguments.Named(word, "Per") is not { Value: INamedTypeSymbol per }) return;
        if (WordSetDeclaration.Read(per, index.Symbols).Any(s => s.Kind == LanguageAttribute.Choice)) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PerNotChoice, ArgumentLocations.Named(word, "Per", context.CancellationToken), per.Name, $"{type.Name}.{member.Field.Name}"));
    }

    private static void CheckJson(SymbolAnalysisContext context, AttributeData word, string json, string owner, string? argument)
    {
        if (!JsonNames.IsCamelCase(json))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JsonNameNotCamelCase, JsonLocation(word, argument ?? (AttributeArguments.HasNamed(word, "Json") ? "Json" : null), context), json, owner));
    }

    private static Location JsonLocation(AttributeData attribute, string? argument, SymbolAnalysisContext context)
        => argument is null ? ArgumentLocations.Attribute(attribute, context.CancellationToken)
            : argument == "Property" ? ArgumentLocations.Constructor(attribute, 1, context.CancellationToken)
            : ArgumentLocations.Named(attribute, argument, context.CancellationToken);
}
