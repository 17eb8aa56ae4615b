using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

// The glossary and the changes: the sections of the page that are pages of their own in Markdown.
public static partial class CatalogHtml
{
    private static void AppendGlossary(StringBuilder h, Catalog catalog)
    {
        h.Append("<section id=\"glossary\">\n<h2>Glossary</h2>\n<p>").Append(E(GlossaryPage.Intro)).Append("</p>\n");
        foreach (var group in Glossary.Of(catalog.Vocabulary))
        {
            h.Append("<h3>").Append(E(group.Heading)).Append("</h3>\n");
            if (group.Lead is { } lead) h.Append("<p>").Append(Inline(lead)).Append("</p>\n");
            foreach (var table in group.Tables)
            {
                h.Append("<p class=\"lead\">").Append(Inline(table.Lead)).Append("</p>\n");
                h.Append("<table class=\"glossary\">\n<thead><tr><th>word</th><th>JSON name</th><th>meaning</th></tr></thead>\n<tbody>\n");
                foreach (var w in table.Words)
                {
                    h.Append("<tr><td>").Append(E(w.Display)).Append("</td><td class=\"json\">").Append(Inline(w.Json)).Append("</td><td>").Append(E(w.Meaning)).Append("</td></tr>\n");
                }
                h.Append("</tbody>\n</table>\n");
                if (table.NamedSets.Count == 0) continue;
                h.Append("<p class=\"lead\">Named sets of these words:</p>\n");
                h.Append("<table class=\"named-sets\">\n<thead><tr><th>name</th><th>combines</th><th>meaning</th></tr></thead>\n<tbody>\n");
                foreach (var s in table.NamedSets)
                {
                    h.Append("<tr><td>").Append(E(s.Display)).Append("</td><td>").Append(E(s.Combines)).Append("</td><td>").Append(E(s.Meaning)).Append("</td></tr>\n");
                }
                h.Append("</tbody>\n</table>\n");
            }
        }
        h.Append("</section>\n");
    }

    private static void AppendChanges(StringBuilder h, Catalog catalog, IReadOnlyList<Change> changes)
    {
        var noun = DocsScope.LevelNoun(catalog);
        h.Append("<section id=\"changes\">\n<h2>What changed</h2>\n");
        foreach (var change in changes)
        {
            var date = Prose.Date(change.Date);
            h.Append("<h3>From ").Append(date).Append("</h3>\n");
            if (change.Started.Count + change.Ended.Count > 0)
            {
                h.Append("<ul>\n");
                foreach (var level in change.Started) h.Append("<li>").Append(Link(level)).Append(" comes into force.</li>\n");
                foreach (var level in change.Ended)
                {
                    h.Append("<li>").Append(Link(level)).Append(" is no longer in force: its last day was ").Append(Prose.Date(change.Date.AddDays(-1))).Append(".</li>\n");
                }
                h.Append("</ul>\n");
            }
            if (change.Rows.Count == 0) continue;
            h.Append("<table class=\"changes\">\n<thead><tr><th>").Append(noun).Append("</th><th>requirement</th><th>before ").Append(date)
             .Append("</th><th>from ").Append(date).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var row in change.Rows)
            {
                h.Append("<tr><td>").Append(Link(row.Level)).Append("</td><td>").Append(E(ChangesPage.Requirement(row))).Append("</td><td>")
                 .Append(E(row.Before)).Append("</td><td>").Append(E(row.After)).Append("</td></tr>\n");
            }
            h.Append("</tbody>\n</table>\n");
        }
        h.Append("</section>\n");
    }

    private static string Link(LevelDefinition level) => $"<a href=\"#{Anchor(level)}\">{E(level.Title)}</a> ({E(level.Id)})";
}
