using System.Collections.Generic;
using System.Linq;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Emitting;

/// <summary>
/// Emits the catalog class (every level and track, found by id or alias) and the vocabulary class
/// (every word the catalog's portfolios may carry, and its level ids).
/// </summary>
internal static class CatalogEmitter
{
    private const string Portfolios = "global::Imh.Dsl.Portfolios.";

    /// <summary>The qualified name of a catalog's generated vocabulary class.</summary>
    public static string VocabularyType(CatalogModel catalog) => (catalog.Namespace is null ? "global::" : "global::" + catalog.Namespace + ".") + catalog.Name + "Vocabulary";

    /// <summary>Levels in catalog order: by rank when every level has one, else in declaration order.</summary>
    public static List<LevelEntry> Ordered(IEnumerable<LevelEntry> entries)
    {
        var all = entries.ToList();
        return all.All(e => e.Rank > 0)
            ? all.OrderBy(e => e.Rank).ThenBy(e => e.Id, System.StringComparer.Ordinal).ToList()
            : all.OrderBy(e => e.Order, System.StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The catalog and vocabulary classes. Without <paramref name="withCatalog"/> (two levels share an id
    /// or alias, which the analyzers report) only the vocabulary, which every level's code refers to.
    /// </summary>
    public static string Emit(CatalogModel catalog, EquatableArray<LevelEntry> entries, EquatableArray<WordSetModel> sets, bool withCatalog)
    {
        var ordered = Ordered(entries);
        var w = new SourceWriter();
        GeneratedHeader.Write(w, catalog.Namespace);
        if (withCatalog) EmitCatalog(w, catalog, ordered);
        EmitVocabulary(w, catalog, ordered, sets);
        return w.ToString();
    }

    private static void EmitCatalog(SourceWriter w, CatalogModel catalog, List<LevelEntry> ordered)
    {
        w.Line($"/// <summary>The {catalog.Name} catalog: validators of every level and track.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"public static class {catalog.Name}Catalog");
        w.Line("/// <summary>The catalog; find levels with <c>FindLevel(id)</c> (case-insensitive, aliases too).</summary>");
        w.Line("public static global::Imh.Dsl.Reports.Catalog Instance { get; } = new(");
        w.Indent();
        w.Line(Str(catalog.Id) + ",");
        w.Line(Str(catalog.Name) + ",");
        w.Line($"{catalog.Name}Vocabulary.Instance,");
        w.Value("", "[" + string.Join(", ", ordered.Where(e => e.ValidatorTypeName is not null).Select(e => e.ValidatorTypeName + ".Instance")) + "]", ",");
        w.Value("", "[" + string.Join(", ", ordered.Where(e => e.RenewalValidatorTypeName is not null).Select(e => e.RenewalValidatorTypeName + ".Instance")) + "]", ")");
        w.Outdent();
        w.Line("{");
        w.Indent();
        if (catalog.Title is not null) w.String("Title = ", catalog.Title, ",");
        if (catalog.SourceText is not null) w.String("SourceText = ", catalog.SourceText, ",");
        if (catalog.LevelNoun is not null) w.Line($"LevelNoun = {Str(catalog.LevelNoun)},");
        w.Outdent();
        w.Line("};");
        w.Close();
        w.Line();
    }

    private static void EmitVocabulary(SourceWriter w, CatalogModel catalog, List<LevelEntry> levels, EquatableArray<WordSetModel> sets)
    {
        w.Line($"/// <summary>The words of the {catalog.Name} catalog's portfolios, and its level ids.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"public static class {catalog.Name}Vocabulary");
        w.Line("/// <summary>The vocabulary.</summary>");
        w.Line($"public static {Portfolios}Vocabulary Instance {{ get; }} = new(");
        w.Indent();
        w.Line($"{catalog.FormatVersion},");
        w.Line("[");
        w.Indent();
        foreach (var set in sets.OrderBy(s => s.Order, System.StringComparer.Ordinal)) EmitSet(w, set);
        w.Outdent();
        w.Line("],");
        w.Line("[");
        w.Indent();
        foreach (var list in catalog.Lists)
        {
            w.Line($"{Portfolios}EvidenceName.Of(");
            w.Indent();
            w.Line($"global::Imh.Dsl.Evidence.{list.Evidence},");
            w.Line(Str(list.Json) + ",");
            w.Line(Null(list.Singular) + ",");
            w.Line(Null(list.Plural) + ",");
            w.Line(Null(list.Noun) + ",");
            w.Line(Null(list.Short) + "),");
            w.Outdent();
        }
        w.Outdent();
        w.Line("],");
        w.Line("[");
        w.Indent();
        foreach (var level in levels)
        {
            var aliases = "[" + string.Join(", ", level.Aliases.Select(Str)) + "]";
            var name = $"new {Portfolios}LevelName({Str(level.Id)}, {Str(level.Name)}, {Null(level.LevelId)}, {aliases}, {(level.Evaluated ? "true" : "false")})";
            if (level.Facets.Count == 0 && level.Provisional is null)
            {
                w.Value("", name, ",");
                continue;
            }
            w.Value("", name, "");
            w.Line("{");
            w.Indent();
            if (level.Facets.Count > 0) w.Value("Facets = ", "[" + string.Join(", ", level.Facets) + "]", ",");
            if (level.Provisional is not null) w.Line($"Provisional = {Str(level.Provisional)},");
            w.Outdent();
            w.Line("},");
        }
        w.Outdent();
        w.Line(catalog.ReportsLeftOut ? "])" : "]);");
        if (catalog.ReportsLeftOut) w.Line("{ ReportsLeftOut = true };");
        w.Outdent();
        w.Close();
    }

    private static void EmitSet(SourceWriter w, WordSetModel set)
    {
        w.Line($"new {Portfolios}WordSet(");
        w.Indent();
        w.Line($"typeof({set.EnumType}),");
        w.Line($"{Portfolios}WordSetKind.{set.Kind},");
        w.Line("[");
        w.Indent();
        foreach (var word in set.Words)
        {
            w.Line($"new {Portfolios}Word");
            w.Line("{");
            w.Indent();
            w.Line($"Member = {Str(word.Member)},");
            w.Line($"Json = {Str(word.Json)},");
            w.String("Display = ", word.Display, ",");
            w.String("Meaning = ", word.Meaning, ",");
            w.Line($"Bits = {word.Bits},");
            w.Line($"Value = {set.EnumType}.{word.Member},");
            if (word.Phrase is not null) w.String("Phrase = ", word.Phrase, ",");
            if (word.Default) w.Line("Default = true,");
            if (word.Version != 1) w.Line($"Version = {word.Version},");
            if (word.List is not null) w.Line($"List = {Str(word.List)},");
            if (!word.Dated) w.Line("Dated = false,");
            if (word.Whole) w.Line("Whole = true,");
            if (word.Min != "0m") w.Line($"Min = {word.Min},");
            if (word.Max is not null) w.Line($"Max = {word.Max},");
            if (word.Per is not null) w.Line($"Per = typeof({word.Per}),");
            if (word.NotCountedFrom is not null) w.Line($"NotCountedFrom = {word.NotCountedFrom},");
            w.Outdent();
            w.Line("},");
        }
        w.Outdent();
        w.Line("])");
        w.Outdent();
        w.Line("{");
        w.Indent();
        if (set.Evidence is not null) w.Line($"Evidence = global::Imh.Dsl.Evidence.{set.Evidence},");
        if (set.Property is not null) w.Line($"Property = {Str(set.Property)},");
        if (set.Noun is not null) w.Line($"Noun = {Str(set.Noun)},");
        if (!set.InTitle) w.Line("InTitle = false,");
        if (set.Required) w.Line("Required = true,");
        if (set.Many) w.Line("Many = true,");
        if (set.Names) w.Line("Names = true,");
        if (set.Default != "0UL") w.Line($"Default = {set.Default},");
        if (set.Version != 1) w.Line($"Version = {set.Version},");
        w.Outdent();
        w.Line("},");
    }

    private static string Str(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string Null(string? s) => s is null ? "null" : Str(s);
}
