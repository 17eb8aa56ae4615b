using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>A generated documentation file: its name relative to the docs folder, and its text (\n line endings).</summary>
public sealed record DocPage(string FileName, string Content);

/// <summary>
/// Renders the requirement tables of a catalog as Markdown, from the same generated definitions
/// the validators use, so the documentation cannot disagree with the validation.
/// </summary>
public static class CatalogDocs
{
    /// <summary>The index (README.md with the comparison matrix) and one page per level or track, in rank order.</summary>
    public static IReadOnlyList<DocPage> Render(Catalog catalog)
    {
        var pages = new List<DocPage> { new("README.md", RenderIndex(catalog)) };
        foreach (var level in catalog.Levels) pages.Add(new DocPage(FileNameOf(level.Definition), RenderLevel(level.Definition)));
        return pages;
    }

    /// <summary>The page file name of a level: <c>level-iv-clinical.md</c>.</summary>
    public static string FileNameOf(LevelDefinition level) => "level-" + level.Id.ToLowerInvariant() + ".md";

    /// <summary>The page of one level or track.</summary>
    public static string RenderLevel(LevelDefinition level)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(level.Name).Append(" (").Append(level.Id).Append(")\n\n");
        md.Append("<!-- Generated from the requirement declarations by Imh. Do not edit. -->\n\n");
        md.Append("## Initial endorsement\n\n");
        AppendTable(md, level.Requirements);
        if (!level.Continuing.IsDefaultOrEmpty)
        {
            md.Append("\n## Continuing endorsement (each calendar year)\n\n");
            AppendTable(md, level.Continuing);
        }
        return md.ToString();
    }

    /// <summary>The index: links to every page and the comparison matrix.</summary>
    public static string RenderIndex(Catalog catalog)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(catalog.Name).Append(" requirements\n\n");
        md.Append("<!-- Generated from the requirement declarations by Imh. Do not edit. -->\n\n");
        md.Append("| id | level | page |\n|---|---|---|\n");
        foreach (var level in catalog.Levels)
        {
            var d = level.Definition;
            md.Append("| `").Append(d.Id).Append("` | ").Append(Cell(d.Name)).Append(" | [").Append(FileNameOf(d)).Append("](").Append(FileNameOf(d)).Append(") |\n");
        }
        md.Append("\n## Comparison\n\n");
        AppendMatrix(md, catalog, d => d.Requirements);
        md.Append("\n## Continuing endorsement\n\n");
        AppendMatrix(md, catalog, d => d.Continuing);
        return md.ToString();
    }

    private static void AppendMatrix(StringBuilder md, Catalog catalog, Func<LevelDefinition, IReadOnlyList<RequirementDefinition>> select)
    {
        var keys = new List<string>();
        foreach (var level in catalog.Levels)
        {
            foreach (var r in select(level.Definition))
            {
                if (!keys.Contains(r.Key)) keys.Add(r.Key);
            }
        }
        md.Append("| requirement |");
        foreach (var level in catalog.Levels) md.Append(" `").Append(level.Definition.Id).Append("` |");
        md.Append("\n|---|");
        foreach (var _ in catalog.Levels) md.Append("---|");
        md.Append('\n');
        foreach (var key in keys)
        {
            md.Append("| `").Append(key).Append("` |");
            foreach (var level in catalog.Levels)
            {
                var r = select(level.Definition).FirstOrDefault(x => x.Key == key);
                md.Append(' ').Append(r is null ? "—" : Cell(Summary(r))).Append(" |");
            }
            md.Append('\n');
        }
    }

    /// <summary>A short matrix cell: the obligation and the rules' numbers.</summary>
    public static string Summary(RequirementDefinition requirement)
    {
        if (requirement.Obligation == Obligation.NotRequired) return "Not required";
        var text = requirement.Describe();
        return requirement.Obligation == Obligation.Required ? text : $"{ObligationWords(requirement.Obligation)}: {text}";
    }

    private static void AppendTable(StringBuilder md, IReadOnlyList<RequirementDefinition> requirements)
    {
        md.Append("| key | requirement | rule | status | source |\n|---|---|---|---|---|\n");
        foreach (var r in requirements)
        {
            md.Append("| `").Append(r.Key).Append("` | ").Append(Cell(r.Title)).Append(" | ")
              .Append(r.Obligation == Obligation.NotRequired ? "—" : Cell(r.Describe())).Append(" | ")
              .Append(ObligationWords(r.Obligation)).Append(" | ")
              .Append(Cell(string.Join(" ", r.Sources.Select(s => "“" + s + "”")))).Append(" |\n");
        }
    }

    /// <summary>Required, Recommended, Optional or Not required.</summary>
    public static string ObligationWords(Obligation obligation) => obligation switch
    {
        Obligation.Required => "Required",
        Obligation.Recommended => "Recommended",
        Obligation.Optional => "Optional",
        _ => "Not required",
    };

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
