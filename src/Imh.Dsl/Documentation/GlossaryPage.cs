using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>The Markdown glossary: the only page that shows JSON names, each beside the words people read.</summary>
internal static class GlossaryPage
{
    /// <summary>The first paragraph of the glossary, on the page and in the HTML section.</summary>
    public const string Intro = "Every word a portfolio carries, by kind of entry: the name the requirements and reports use, the JSON name the portfolio spells, and what it means.";

    public static string Render(Catalog catalog)
    {
        var md = Markdown.Page($"Glossary: {catalog.Title}", Intro);
        foreach (var group in Glossary.Of(catalog.Vocabulary))
        {
            md.Append("## ").Append(group.Heading).Append("\n\n");
            if (group.Lead is { } lead) md.Append(lead).Append("\n\n");
            foreach (var table in group.Tables)
            {
                md.Append(table.Lead).Append("\n\n");
                Markdown.Header(md, ["word", "JSON name", "meaning"]);
                foreach (var w in table.Words)
                {
                    md.Append("| ").Append(Markdown.Cell(w.Display)).Append(" | ").Append(Markdown.Cell(w.Json)).Append(" | ").Append(Markdown.Cell(w.Meaning)).Append(" |\n");
                }
                md.Append('\n');
                if (table.NamedSets.Count == 0) continue;
                md.Append("Named sets of these words:\n\n");
                Markdown.Header(md, ["name", "combines", "meaning"]);
                foreach (var s in table.NamedSets)
                {
                    md.Append("| ").Append(Markdown.Cell(s.Display)).Append(" | ").Append(Markdown.Cell(s.Combines)).Append(" | ").Append(Markdown.Cell(s.Meaning)).Append(" |\n");
                }
                md.Append('\n');
            }
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }
}
