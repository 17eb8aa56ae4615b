using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>The Markdown page of the changes, one section per effective date.</summary>
internal static class ChangesPage
{
    /// <summary>The page; null when the catalog has a single period (nothing ever changes).</summary>
    public static string? Render(Catalog catalog)
    {
        var changes = Changes.Of(catalog);
        if (changes.Count == 0) return null;
        var noun = DocsScope.LevelNoun(catalog);
        var md = Markdown.Page($"What changed: {catalog.Title}",
            $"Each date below is an effective date: from that day the rules on the right apply, until then those on the left. The requirements of each {noun} are on its page.");
        foreach (var change in changes)
        {
            var date = Prose.Date(change.Date);
            md.Append("## From ").Append(date).Append("\n\n");
            foreach (var level in change.Started) md.Append("- ").Append(Name(level)).Append(" comes into force.\n");
            foreach (var level in change.Ended) md.Append("- ").Append(Name(level)).Append(" is no longer in force: its last day was ").Append(Prose.Date(change.Date.AddDays(-1))).Append(".\n");
            if (change.Started.Count + change.Ended.Count > 0) md.Append('\n');
            if (change.Rows.Count == 0) continue;
            Markdown.Header(md, [noun, "requirement", "before " + date, "from " + date]);
            foreach (var row in change.Rows)
            {
                md.Append("| ").Append(Name(row.Level)).Append(" | ").Append(Markdown.Cell(Requirement(row))).Append(" | ")
                  .Append(Markdown.Cell(row.Before)).Append(" | ").Append(Markdown.Cell(row.After)).Append(" |\n");
            }
            md.Append('\n');
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The requirement's title, marked when it is a renewal rule.</summary>
    public static string Requirement(ChangeRow row) => row.Continuing ? row.Requirement + " (continuing endorsement)" : row.Requirement;

    private static string Name(LevelDefinition level) => $"[{Markdown.Cell(level.Title)}]({CatalogDocs.FileNameOf(level)}) (`{level.Id}`)";
}
