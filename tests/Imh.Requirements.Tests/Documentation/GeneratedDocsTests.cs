using System.Diagnostics;
using System.IO;
using Imh.Dsl.Documentation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Requirements.Tests.Documentation;

/// <summary>The generated documentation of the MI-AIMH catalog: faithful to the source, and committed as generated.</summary>
public class GeneratedDocsTests
{
    private static readonly string[] AllLevels = ["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"];

    private static readonly Dictionary<string, string> Pages = MiAimhCatalog.Instance.Levels.ToDictionary(
        l => l.Definition.Id, l => CatalogDocs.RenderLevel(l.Definition));

    /// <summary>Each threshold of the published text, as the generated rule words state it, and the levels it belongs to.</summary>
    public static TheoryData<string, string, string[]> Thresholds => new()
    {
        { "30 clock hours of training", "at least 30 clock hours of relationship-based training", AllLevels },
        { "24 clock hours of RS/C in one to two years", "at least 24 clock hours of relationship-based reflective supervision/consultation", ["II"] },
        { "Level II window", "within 1 to 2 years", ["II", "III"] },
        { "50 clock hours of RS/C", "at least 50 clock hours of reflective supervision/consultation with an approved provider", ["III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"] },
        { "Level IV window has no minimum", "within less than 2 years", ["IV-Clinical", "IV-Policy", "IV-ResearchFaculty"] },
        { "15 hours per year (I, II)", "at least 15 clock hours of approved relationship-based training, dated in the renewal year", ["I", "II"] },
        { "15 hours per year (III, IV)", "at least 15 clock hours of approved training specialized in infant mental health or about reflective supervision/consultation, dated in the renewal year", ["III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"] },
        { "3 hours about RS/C", "at least 3 clock hours of approved reflective supervision/consultation training", ["III", "IV-Clinical"] },
        { "two years of work", "at least 2 years of", ["I", "II", "III", "IV-Clinical"] },
        { "three years of leadership", "at least 3 years of post-graduate", ["IV-Clinical", "IV-Policy", "IV-ResearchFaculty"] },
        { "three ratings", "3 ratings from different raters", AllLevels },
        { "endorsed at II, III or IV", "from a rater endorsed at II, III or IV", ["I", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"] },
        { "endorsed at III or IV", "from a rater endorsed at III or IV", ["II"] },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Each_threshold_of_the_source_appears_on_the_pages_of_its_levels_and_no_other(string threshold, string words, string[] levels)
    {
        foreach (var (id, page) in Pages)
        {
            if (levels.Contains(id)) page.ShouldContain(words, Case.Insensitive, $"{threshold}: missing on {id}");
            else page.ShouldNotContain(words, Case.Insensitive, $"{threshold}: should not be on {id}");
        }
    }

    [Fact]
    public void Every_page_quotes_the_source_of_every_requirement_and_renewal_rule()
    {
        foreach (var level in MiAimhCatalog.Instance.Levels)
        {
            var page = Pages[level.Definition.Id];
            foreach (var r in level.Definition.Requirements.Concat(level.Definition.Continuing))
            {
                r.Sources.ShouldNotBeEmpty($"{level.Definition.Id}.{r.Key}");
                foreach (var quote in r.Sources) page.ShouldContain(AsMarkdownCell(quote), Case.Sensitive, $"{level.Definition.Id}.{r.Key}");
            }
        }
    }

    [Fact]
    public void The_exam_is_shown_as_not_required_at_levels_I_and_II_and_required_above()
    {
        Pages["I"].ShouldContain("| `exam` | Written examination | — | Not required |");
        Pages["II"].ShouldContain("| `exam` | Written examination | — | Not required |");
        Pages["III"].ShouldContain("| `exam` | Written examination | The written examination passed. | Required |");
    }

    [Fact]
    public void Reflective_supervision_is_required_for_Clinical_and_optional_for_Policy_and_Research_Faculty()
    {
        Pages["IV-Clinical"].ShouldContain("| `reflectiveSupervision` | Reflective supervision/consultation | At least 50 clock hours");
        Pages["IV-Clinical"].ShouldMatch(@"\| `reflectiveSupervision` \|[^\n]*\| Required \|");
        Pages["IV-Policy"].ShouldMatch(@"\| `reflectiveSupervision` \|[^\n]*\| Optional \|");
        Pages["IV-ResearchFaculty"].ShouldMatch(@"\| `reflectiveSupervision` \|[^\n]*\| Optional \|");
    }

    [Fact]
    public void The_comparison_matrix_has_one_column_per_level_in_order()
    {
        var index = CatalogDocs.Render(MiAimhCatalog.Instance).Single(p => p.FileName == "README.md").Content;

        index.ShouldContain("| requirement | `I` | `II` | `III` | `IV-Clinical` | `IV-Policy` | `IV-ResearchFaculty` |");
        index.ShouldContain("| `reflectiveSupervision` | — | 24 h RS/C post-bachelor's in 1–2 years | 50 h RS/C in 1–2 years | 50 h RS/C in &lt; 2 years | Optional: 50 h RS/C in &lt; 2 years | Optional: 50 h RS/C in &lt; 2 years |");
    }

    [Fact]
    public void The_committed_docs_are_exactly_what_the_declarations_generate()
    {
        // Compared with the committed files (git HEAD), not the working tree: the build rewrites the working tree.
        var stale = new List<string>();
        foreach (var page in CatalogDocs.Render(MiAimhCatalog.Instance))
        {
            if (Committed("docs/requirements/" + page.FileName) != page.Content) stale.Add("docs/requirements/" + page.FileName);
        }

        stale.ShouldBeEmpty("run `dotnet build` and commit docs/: the committed documentation differs from what the declarations generate");
    }

    private static string AsMarkdownCell(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("|", "\\|");

    private static string? Committed(string path)
    {
        var git = new ProcessStartInfo("git", ["show", "HEAD:" + path])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(git)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : null;
    }

    private static string RepositoryRoot()
    {
        var recorded = typeof(GeneratedDocsTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Imh.sln"))) return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Imh.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Imh.sln not found");
    }
}
