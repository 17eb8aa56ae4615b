using System.Text;

namespace Imh.Dsl.Documentation;

/// <summary>Markdown pieces the pages share.</summary>
internal static class Markdown
{
    /// <summary>Text in a table cell: "&lt;" would start an HTML tag, "|" a new column and a line break the next row.</summary>
    public static string Cell(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>Paragraphs inside one table cell.</summary>
    public const string Break = "<br><br>";

    /// <summary>A remark in a cell: <c>**Note:** “…” (…)</c>.</summary>
    public static string Remark(Remark remark) => $"**{Cell(remark.Label)}:** {Cell(remark.Text)}";

    /// <summary>The page title, the generated-file note and the lines under it.</summary>
    public static StringBuilder Page(string title, params string?[] lines)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(title).Append("\n\n").Append(CatalogDocs.GeneratedNote).Append("\n\n");
        foreach (var line in lines)
        {
            if (line is not null) md.Append(line).Append("\n\n");
        }
        return md;
    }

    /// <summary>A table header: <c>| a | b |</c> and its separator.</summary>
    public static void Header(StringBuilder md, IEnumerable<string> columns)
    {
        var list = columns.ToList();
        md.Append('|');
        foreach (var c in list) md.Append(' ').Append(c).Append(" |");
        md.Append("\n|");
        foreach (var _ in list) md.Append("---|");
        md.Append('\n');
    }
}
