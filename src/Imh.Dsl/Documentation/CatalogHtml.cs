using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>
/// One self-contained HTML page (no external assets, no script) with what the Markdown pages say:
/// the comparison matrices, every level, the glossary and the changes; for screen and print.
/// </summary>
public static partial class CatalogHtml
{
    /// <summary>The page of every period of the catalog.</summary>
    public static string Render(Catalog catalog) => Render(catalog, new DocsScope(null));

    /// <summary>The page of the catalog as it stood on <paramref name="asOf"/>.</summary>
    public static string Render(Catalog catalog, DateOnly asOf) => Render(catalog, new DocsScope(asOf));

    /// <summary>The element id of a level's section: <c>level-iv-clinical</c>.</summary>
    public static string Anchor(LevelDefinition level) => "level-" + level.Id.ToLowerInvariant();

    internal static string Render(Catalog catalog, DocsScope scope)
    {
        var levels = scope.Levels(catalog);
        var changes = scope.AsOf is null ? Changes.Of(catalog) : [];
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(catalog.Title)).Append("</title>\n");
        h.Append("<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        h.Append(CatalogDocs.GeneratedNote).Append('\n');
        h.Append("<header>\n<h1>").Append(E(catalog.Title)).Append("</h1>\n");
        if (scope.AsOfLine is { } asOf) h.Append("<p class=\"as-of\">").Append(E(asOf)).Append("</p>\n");
        h.Append("<nav>");
        foreach (var level in levels) h.Append("<a href=\"#").Append(Anchor(level)).Append("\">").Append(E(level.Id)).Append("</a> ");
        h.Append("<a href=\"#glossary\">Glossary</a>");
        if (changes.Count > 0) h.Append(" <a href=\"#changes\">What changed</a>");
        h.Append("</nav>\n</header>\n<main>\n");

        h.Append("<section id=\"comparison\">\n<h2>").Append(E(DocsScope.MatrixHeading(catalog))).Append("</h2>\n");
        AppendMatrix(h, scope, levels, Matrix.Rows(scope, levels, l => l.Requirements), "matrix");
        var continuing = Matrix.Rows(scope, levels, l => l.Continuing);
        if (continuing.Count > 0)
        {
            h.Append("<h2>Continuing endorsement</h2>\n");
            AppendMatrix(h, scope, levels, continuing, "matrix-continuing");
        }
        h.Append("</section>\n");
        foreach (var level in levels) AppendLevel(h, scope, level);
        AppendGlossary(h, catalog);
        if (changes.Count > 0) AppendChanges(h, catalog, changes);
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void AppendMatrix(StringBuilder h, DocsScope scope, IReadOnlyList<LevelDefinition> levels, IReadOnlyList<MatrixRow> rows, string id)
    {
        h.Append("<table class=\"matrix\" id=\"").Append(id).Append("\">\n<thead><tr><th>requirement</th>");
        foreach (var level in levels) h.Append("<th>").Append(E(level.Id)).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            h.Append("<tr><th>").Append(E(row.Title)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                if (cell.Count == 0)
                {
                    h.Append("<td class=\"absent\">—</td>");
                    continue;
                }
                h.Append("<td class=\"").Append(Css(cell[0].Obligation)).Append("\">");
                h.Append(string.Join("<br>", cell.Select(r => E(scope.Summary(r))))).Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    private static void AppendLevel(StringBuilder h, DocsScope scope, LevelDefinition level)
    {
        h.Append("<section class=\"level\" id=\"").Append(Anchor(level)).Append("\">\n");
        h.Append("<h2>").Append(E(level.Title)).Append(" <span class=\"id\">").Append(E(level.Id)).Append("</span></h2>\n");
        if (DocsScope.InForce(level.Period) is { } period) h.Append("<p class=\"period\">").Append(E(Prose.Capitalize(period))).Append(".</p>\n");
        h.Append("<h3>Initial endorsement</h3>\n");
        AppendTable(h, scope, scope.Rows(level.Requirements), "requirements");
        if (level.Provisional is { } provisional)
        {
            var outcome = Provisional.Of(level, provisional, scope);
            h.Append("<div class=\"provisional\">\n<h3>Provisional outcome: ").Append(E(outcome.Name)).Append("</h3>\n");
            h.Append("<p>").Append(E(outcome.Sentence)).Append("</p>\n");
            if (outcome.Says is { } says) h.Append("<blockquote>").Append(E(says)).Append("</blockquote>\n");
            h.Append("</div>\n");
        }
        var continuing = scope.Rows(level.Continuing);
        if (continuing.Count > 0)
        {
            h.Append("<h3>Continuing endorsement (each calendar year)</h3>\n");
            AppendTable(h, scope, continuing, "renewal");
        }
        h.Append("</section>\n");
    }

    private static void AppendTable(StringBuilder h, DocsScope scope, IReadOnlyList<RequirementDefinition> rows, string kind)
    {
        h.Append("<table class=\"").Append(kind).Append("\">\n<thead><tr><th>key</th><th>requirement</th><th>rule</th><th>status</th><th>source</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            h.Append("<tr class=\"").Append(Css(r.Obligation)).Append("\"><td class=\"key\"><code>").Append(E(r.Key)).Append("</code></td><td>")
             .Append(E(DocsScope.Title(r))).Append("</td><td class=\"rule\"><p>").Append(E(scope.Rule(r))).Append("</p>");
            foreach (var remark in Remark.Of(r))
            {
                h.Append("<p class=\"").Append(remark.Review ? "review" : "note").Append("\"><strong>").Append(E(remark.Label)).Append(":</strong> ")
                 .Append(E(remark.Text)).Append("</p>");
            }
            h.Append("</td><td>").Append(E(DocsScope.ObligationWords(r.Obligation))).Append("</td><td>");
            foreach (var s in r.Sources) h.Append("<blockquote>").Append(E(s)).Append("</blockquote>");
            h.Append("</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    private static string Css(Obligation obligation) => obligation switch
    {
        Obligation.Required => "required",
        Obligation.Recommended => "recommended",
        Obligation.Optional => "optional",
        _ => "not-required",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // Text written for Markdown: `name` becomes <code>name</code>, everything else is escaped.
    private static string Inline(string text) => Code().Replace(E(text), m => "<code>" + m.Groups[1].Value + "</code>");

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex Code();
}
