using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>The Markdown index: every level's page, the glossary and the changes, and the comparison matrices.</summary>
internal static class IndexPage
{
    public static string Render(Catalog catalog, DocsScope scope)
    {
        var levels = scope.Levels(catalog);
        var md = Markdown.Page(catalog.Title, scope.AsOfLine);
        Markdown.Header(md, ["id", DocsScope.LevelNoun(catalog), "page"]);
        foreach (var level in levels)
        {
            var name = DocsScope.InForce(level.Period) is { } period ? $"{level.Title} ({period})" : level.Title;
            var file = CatalogDocs.FileNameOf(level);
            md.Append("| `").Append(level.Id).Append("` | ").Append(Markdown.Cell(name)).Append(" | [").Append(file).Append("](").Append(file).Append(") |\n");
        }
        md.Append("\n[Glossary](").Append(CatalogDocs.GlossaryFile).Append("): every word a portfolio carries, with its JSON name and meaning.\n");
        if (scope.AsOf is null && Changes.Of(catalog).Count > 0)
        {
            md.Append("\n[What changed](").Append(CatalogDocs.ChangesFile).Append("): the requirements that changed, by effective date.\n");
        }
        md.Append("\n## ").Append(DocsScope.MatrixHeading(catalog)).Append("\n\n");
        AppendMatrix(md, scope, levels, Matrix.Rows(scope, levels, l => l.Requirements));
        var continuing = Matrix.Rows(scope, levels, l => l.Continuing);
        if (continuing.Count > 0)
        {
            md.Append("\n## Continuing endorsement\n\n");
            AppendMatrix(md, scope, levels, continuing);
        }
        return md.ToString();
    }

    private static void AppendMatrix(StringBuilder md, DocsScope scope, IReadOnlyList<LevelDefinition> levels, IReadOnlyList<MatrixRow> rows)
    {
        Markdown.Header(md, ["requirement", .. levels.Select(l => $"`{l.Id}`")]);
        foreach (var row in rows)
        {
            md.Append("| ").Append(Markdown.Cell(row.Title)).Append(" |");
            foreach (var cell in row.Cells)
            {
                md.Append(' ').Append(cell.Count == 0 ? "—" : Markdown.Cell(string.Join("; ", cell.Select(scope.Summary)))).Append(" |");
            }
            md.Append('\n');
        }
    }
}
