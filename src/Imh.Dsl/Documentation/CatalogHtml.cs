using System.Net;
using System.Text;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Documentation;

/// <summary>One self-contained HTML page (no external assets) with the comparison matrix and every level, for screen and print.</summary>
public static class CatalogHtml
{
    /// <summary>Renders the page.</summary>
    public static string Render(string catalogName, IReadOnlyList<LevelDefinition> levels)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(catalogName)).Append("</title>\n");
        h.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append(CatalogDocs.GeneratedNote).Append('\n');
        h.Append("<header>\n<h1>").Append(E(catalogName)).Append("</h1>\n<nav>");
        foreach (var level in levels) h.Append("<a href=\"#").Append(Anchor(level)).Append("\">").Append(E(level.Id)).Append("</a> ");
        h.Append("</nav>\n</header>\n<main>\n");

        h.Append("<section id=\"comparison\">\n<h2>How the requirements grow from level to level</h2>\n");
        AppendMatrix(h, levels, d => d.Requirements, "matrix");
        h.Append("<h2>Continuing endorsement</h2>\n");
        AppendMatrix(h, levels, d => d.Continuing, "matrix-continuing");
        h.Append("</section>\n");

        foreach (var level in levels)
        {
            h.Append("<section class=\"level\" id=\"").Append(Anchor(level)).Append("\">\n");
            h.Append("<h2>").Append(E(level.Name)).Append(" <span class=\"id\">").Append(E(level.Id)).Append("</span></h2>\n");
            h.Append("<h3>Initial endorsement</h3>\n");
            AppendTable(h, level.Requirements, "requirements");
            if (!level.Continuing.IsDefaultOrEmpty)
            {
                h.Append("<h3>Continuing endorsement (each calendar year)</h3>\n");
                AppendTable(h, level.Continuing, "renewal");
            }
            h.Append("</section>\n");
        }
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>The element id of a level's section: <c>level-iv-clinical</c>.</summary>
    public static string Anchor(LevelDefinition level) => "level-" + level.Id.ToLowerInvariant();

    private static void AppendMatrix(StringBuilder h, IReadOnlyList<LevelDefinition> levels, Func<LevelDefinition, IReadOnlyList<RequirementDefinition>> select, string id)
    {
        h.Append("<table class=\"matrix\" id=\"").Append(id).Append("\">\n<thead><tr><th>requirement</th>");
        foreach (var level in levels) h.Append("<th>").Append(E(level.Id)).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var key in CatalogDocs.KeysOf(levels, select))
        {
            h.Append("<tr><th><code>").Append(E(key)).Append("</code></th>");
            foreach (var level in levels)
            {
                var r = select(level).FirstOrDefault(x => x.Key == key);
                if (r is null) h.Append("<td class=\"absent\">—</td>");
                else h.Append("<td class=\"").Append(Css(r.Obligation)).Append("\">").Append(E(CatalogDocs.Summary(r))).Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    private static void AppendTable(StringBuilder h, IReadOnlyList<RequirementDefinition> requirements, string kind)
    {
        h.Append("<table class=\"").Append(kind).Append("\">\n<thead><tr><th>key</th><th>requirement</th><th>rule</th><th>status</th><th>source</th></tr></thead>\n<tbody>\n");
        foreach (var r in requirements)
        {
            h.Append("<tr class=\"").Append(Css(r.Obligation)).Append("\"><td><code>").Append(E(r.Key)).Append("</code></td><td>")
             .Append(E(r.Title)).Append("</td><td>").Append(E(CatalogDocs.RuleText(r))).Append("</td><td>")
             .Append(E(CatalogDocs.ObligationWords(r.Obligation))).Append("</td><td>");
            foreach (var s in r.Sources) h.Append("<blockquote>").Append(E(s)).Append("</blockquote>");
            h.Append("</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    private static string Css(Dsl.Obligation obligation) => obligation switch
    {
        Dsl.Obligation.Required => "required",
        Dsl.Obligation.Recommended => "recommended",
        Dsl.Obligation.Optional => "optional",
        _ => "not-required",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --accent: #2d6a8f; --soft: #f3f6f9; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; }
        header { background: var(--accent); color: #fff; padding: 1.2rem 2rem; }
        header h1 { margin: 0 0 .4rem; font-size: 1.5rem; }
        nav a { color: #fff; margin-right: .8rem; text-decoration: none; font-weight: 600; }
        main { padding: 1rem 2rem 3rem; max-width: 90rem; }
        h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
        h2 .id { font-size: .8em; color: var(--muted); font-weight: 500; margin-left: .4rem; }
        table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: var(--soft); }
        table.matrix td { font-size: .9em; }
        td.absent { color: var(--muted); text-align: center; }
        .optional, .recommended { color: var(--muted); }
        .not-required { color: var(--muted); font-style: italic; }
        blockquote { margin: 0 0 .3rem; padding-left: .5rem; border-left: 3px solid var(--line); color: var(--muted); font-size: .9em; }
        code { font-size: .9em; }
        @media print {
          header { background: none; color: var(--ink); padding: 0; }
          nav { display: none; }
          main { padding: 0; max-width: none; }
          section.level { break-before: page; }
          tr { break-inside: avoid; }
          body { font-size: 10pt; }
        }

        """;
}
