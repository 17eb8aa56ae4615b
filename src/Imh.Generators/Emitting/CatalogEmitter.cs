using System.Linq;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Emitting;

/// <summary>Emits the catalog class: every level and track in rank order, found by id.</summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogModel catalog, EquatableArray<CatalogEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Rank).ThenBy(e => e.Id, System.StringComparer.Ordinal).ToList();
        var w = new SourceWriter();
        GeneratedHeader.Write(w, catalog.Namespace);
        w.Line($"/// <summary>The {catalog.Name} catalog: validators of every level and track, in rank order.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"public static class {catalog.Name}Catalog");
        w.Line("/// <summary>The catalog; find levels with <c>FindLevel(\"III\")</c> (case-insensitive).</summary>");
        w.Line("public static global::Imh.Dsl.Reports.Catalog Instance { get; } = new(");
        w.Line($"    {SymbolDisplay.FormatLiteral(catalog.Name, true)},");
        w.Line($"    {(catalog.SourceText is null ? "null" : SymbolDisplay.FormatLiteral(catalog.SourceText, true))},");
        w.Line("    [");
        foreach (var e in ordered) w.Line($"        {e.ValidatorTypeName}.Instance,");
        w.Line("    ],");
        w.Line("    [");
        foreach (var e in ordered.Where(e => e.RenewalValidatorTypeName is not null)) w.Line($"        {e.RenewalValidatorTypeName}.Instance,");
        w.Line(catalog.Title is null ? "    ]);" : "    ])");
        if (catalog.Title is not null)
        {
            w.Line("{");
            w.Line($"    Title = {SymbolDisplay.FormatLiteral(catalog.Title, true)},");
            w.Line("};");
        }
        w.Close();
        return w.ToString();
    }
}
