using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text.RegularExpressions;
using Imh.Dsl.Documentation;
using Imh.Dsl.Evaluation;

namespace Imh.Requirements.Tests.Documentation;

/// <summary>The generated documentation of the MI-AIMH catalog: faithful to the source, and committed as generated.</summary>
public class GeneratedDocsTests
{
    private static readonly string[] AllLevels = ["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"];
    private static readonly string[] LevelIV = ["IV-Clinical", "IV-Policy", "IV-ResearchFaculty"];

    internal static readonly IReadOnlyList<DocPage> Rendered = CatalogDocs.Render(MiAimhCatalog.Instance);

    private static readonly Dictionary<string, string> Pages = MiAimhCatalog.Instance.Levels.ToDictionary(
        l => l.Definition.Id, l => Rendered.Single(p => p.FileName == CatalogDocs.FileNameOf(l.Definition)).Content);

    private static string Index => Rendered.Single(p => p.FileName == "README.md").Content;

    private static string Html => Rendered.Single(p => p.FileName == "index.html").Content;

    /// <summary>Each threshold of the published text, as the generated rule words state it, and the levels it belongs to.</summary>
    public static TheoryData<string, string, string[]> Thresholds => new()
    {
        { "30 clock hours of training", "at least 30 clock hours of relationship-based training", AllLevels },
        { "24 clock hours of RS/C while serving, after the bachelor's", "at least 24 clock hours of relationship-based reflective supervision/consultation while providing services to infants, toddlers and families, dated on or after the earliest bachelor's, master's or doctorate", ["II"] },
        { "Level II and III window", "within 1 to 2 years", ["II", "III"] },
        { "50 clock hours of RS/C with an approved provider", "at least 50 clock hours of relationship-based reflective supervision/consultation with an approved provider", ["III", .. LevelIV] },
        { "Level IV window has no minimum", "within less than 2 years", LevelIV },
        { "15 hours a year (I, II)", "at least 15 clock hours of approved relationship-based training, dated in the renewal year", ["I", "II"] },
        { "15 hours a year (III, IV)", "at least 15 clock hours of specialized infant mental health training, dated in the renewal year", ["III", .. LevelIV] },
        { "3 hours about RS/C", "at least 3 clock hours of training about reflective supervision/consultation, dated in the renewal year", ["III", "IV-Clinical"] },
        { "two years of work", "at least 2 years of", ["I", "II", "III", "IV-Clinical"] },
        { "three years of leadership", "at least 3 years of post-graduate", LevelIV },
        { "three ratings", "3 ratings from different raters", AllLevels },
        { "endorsed at II, III or IV", "from a rater endorsed at II, III or IV", ["I", "III", .. LevelIV] },
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

    /// <summary>Sentences of the source that set no checkable condition, shown beside the rule of the levels they belong to.</summary>
    public static TheoryData<string, string, string[]> Notes => new()
    {
        { "Level I transcripts (not checked)", "**Note:** “(include official transcripts from any college courses completed toward CDA or AD).” (not checked: it asks the applicant to include transcripts and sets no condition on eligibility)", ["I"] },
        { "training hours submitted with the renewal (procedure)", "**Note:** “documentation of training hours submitted with membership renewal", ["I", "II"] },
        { "procedure, not a condition", "(procedure: how the hours are submitted, not a condition)", ["I", "II"] },
        { "both the infant/toddler and the parent", "with both the infant/toddler and his/her biological, foster, or adoptive parent on behalf of the parent-infant relationship", ["III", "IV-Clinical"] },
        { "responsibility a)", "a) families and their infants, toddlers and very young children because of parental factors", ["III", "IV-Clinical"] },
        { "responsibility b)", "b) distressed infants and toddlers and their families", ["III", "IV-Clinical"] },
        { "responsibility c)", "c) high risk families whose pattern of living from crisis to crisis", ["III", "IV-Clinical"] },
        { "responsibility d)", "and/or d) families who are ill-prepared to meet the special needs of their infants.”", ["III", "IV-Clinical"] },
        { "footnote 1 of Level III", "within the limits of professional scope of practice as defined by an individual's license.” (footnote 1: what infant mental health services include", ["III", "IV-Clinical"] },
        { "footnote 2 of Level III", "provided within a program whose goal is to intervene with or treat the infant/toddler’s primary caregiving relationship", ["III", "IV-Clinical"] },
        { "footnote 2: education or support only is Level II work", "(footnote 2: work that only educates or supports care providers or parents is infant and family work (Level II), not infant mental health services)", ["III", "IV-Clinical"] },
        { "footnote 1 of Level IV", "(footnote 1: the Level III criterion, checked through the work kind infant mental health services, which the applicant claims and the reviewers verify)", ["IV-Clinical"] },
        { "Level IV refers to Level III", "**Note:** “Please see Level III requirements for additional details.”", ["IV-Clinical"] },
        { "in-service training subject to review", "**Subject to review (b):** the association decides whether intensive in-service training may stand in for the coursework: “Applicants may ask to use intensive in-service training to fulfill some of the recommended", ["III", .. LevelIV] },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void Each_note_and_review_appears_beside_the_rule_on_the_pages_of_its_levels_and_no_other(string note, string words, string[] levels)
    {
        foreach (var (id, page) in Pages)
        {
            if (levels.Contains(id)) page.ShouldContain(AsMarkdownCell(words), Case.Sensitive, $"{note}: missing on {id}");
            else page.ShouldNotContain(AsMarkdownCell(words), Case.Sensitive, $"{note}: should not be on {id}");
        }
    }

    [Fact]
    public void Every_page_quotes_the_source_notes_and_reviews_of_every_requirement_and_renewal_rule_in_markdown_and_html()
    {
        foreach (var level in MiAimhCatalog.Instance.Levels.Select(l => l.Definition))
        {
            var page = Pages[level.Id];
            var section = HtmlSection(level);
            foreach (var r in level.Requirements.Concat(level.Continuing))
            {
                r.Sources.ShouldNotBeEmpty($"{level.Id}.{r.Key}");
                var quotes = r.Sources.Concat(r.Notes.Select(n => n.Quote)).Concat(r.Reviews.Select(v => v.Quote));
                foreach (var quote in quotes)
                {
                    page.ShouldContain(AsMarkdownCell(quote), Case.Sensitive, $"{level.Id}.{r.Key}");
                    section.ShouldContain(WebUtility.HtmlEncode(quote), Case.Sensitive, $"{level.Id}.{r.Key} (HTML)");
                }
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
    public void The_comparison_matrix_has_one_column_per_level_in_order_and_rows_named_by_titles()
    {
        Index.ShouldContain("## How the requirements grow from level to level");
        Index.ShouldContain("| requirement | `I` | `II` | `III` | `IV-Clinical` | `IV-Policy` | `IV-ResearchFaculty` |");
        Index.ShouldContain("| Reflective supervision/consultation | — | 24 h relationship-based RS/C (while serving) post-bachelor's in 1–2 years | 50 h relationship-based RS/C (approved provider, while serving) in 1–2 years | 50 h relationship-based RS/C (approved provider) in &lt; 2 years | Optional: 50 h relationship-based RS/C (approved provider) in &lt; 2 years | Optional: 50 h relationship-based RS/C (approved provider) in &lt; 2 years |");
        Index.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ShouldAllBe(line => AllLevels.Any(id => line.StartsWith($"| `{id}` |", StringComparison.Ordinal)));
        Html.ShouldContain("<tr><th>Reflective supervision/consultation</th>");
    }

    [Fact]
    public void The_overview_keeps_what_differs_between_levels_visible()
    {
        Index.ShouldContain("| Relationship-based education and training | 30 h relationship-based training | 30 h relationship-based training | 30 h relationship-based training |");
        Index.ShouldContain("| Annual education and training / Annual specialized training | 15 h approved relationship-based training a year | 15 h approved relationship-based training a year | 15 h specialized infant mental health training a year | 15 h specialized infant mental health training a year | 15 h specialized infant mental health training a year | 15 h specialized infant mental health training a year |");
        Index.ShouldContain("| Education | any of (a) CDA with official transcript / (b) associate's degree with official transcript and related area of study / (c) 2 years paid infant, early childhood and family-related work | bachelor's, master's or doctorate with official transcript | master's or doctorate with official transcript + any of (a) credential with infant mental health coursework / (b) 1 training entry of intensive in-service training |");
        Index.ShouldContain("| Training about reflective supervision/consultation | — | — | 3 h training (about reflective supervision/consultation) a year (if providing RS/C) | Recommended: 3 h training (about reflective supervision/consultation) a year (if providing RS/C) | — | — |");
    }

    [Fact]
    public void No_page_shows_a_json_name_outside_the_glossary_and_the_key_column()
    {
        var names = JsonNames();
        names.ShouldContain("imhServices");
        names.ShouldContain("reflectiveSupervision");
        foreach (var page in Rendered.Where(p => p.FileName != CatalogDocs.GlossaryFile))
        {
            var prose = page.FileName.EndsWith(".html", StringComparison.Ordinal)
                ? Regex.Replace(Regex.Replace(page.Content, "<section id=\"glossary\">.*?</section>", "", RegexOptions.Singleline), "<td class=\"key\"><code>[^<]*</code></td>", "")
                : Regex.Replace(page.Content, @"^\| `[^`]*` \|", "|", RegexOptions.Multiline);
            foreach (var name in names)
            {
                Regex.IsMatch(prose, $"(?<![A-Za-z]){Regex.Escape(name)}(?![A-Za-z])").ShouldBeFalse($"{page.FileName} shows the JSON name '{name}'");
            }
        }
    }

    [Fact]
    public void The_glossary_maps_every_json_name_of_the_vocabulary_to_its_words_and_meaning()
    {
        var glossary = Rendered.Single(p => p.FileName == CatalogDocs.GlossaryFile).Content;
        var section = Regex.Match(Html, "<section id=\"glossary\">.*?</section>", RegexOptions.Singleline).Value;
        foreach (var set in MiAimhCatalog.Instance.Vocabulary.Sets)
        {
            foreach (var w in set.Words)
            {
                glossary.ShouldContain($"| {w.Display} | `{w.Json}`", Case.Sensitive, w.Member);
                glossary.ShouldContain(AsMarkdownCell(w.Meaning), Case.Sensitive, w.Member);
                section.ShouldContain($"<tr><td>{WebUtility.HtmlEncode(w.Display)}</td><td class=\"json\"><code>{w.Json}</code>", Case.Sensitive, w.Member);
            }
            foreach (var named in set.NamedSets) glossary.ShouldContain($"| {named.Display} | ", Case.Sensitive, named.Member);
        }
        glossary.ShouldContain("| infant mental health services | `imhServices` |");
        glossary.ShouldContain("| post-graduate | master's and doctorate | Dated on or after the earliest master's or doctorate. |");
        glossary.ShouldContain("The list `reflectiveSupervision` of RS/C sessions.");
        Index.ShouldContain("[Glossary](glossary.md)");
    }

    [Fact]
    public void A_catalog_with_a_single_period_has_no_changes_page()
        => Rendered.Select(p => p.FileName).ShouldNotContain(CatalogDocs.ChangesFile);

    [Fact]
    public void The_committed_docs_are_exactly_what_the_declarations_generate()
    {
        // Compared with the committed files (git HEAD), not the working tree: the build rewrites the working tree.
        var stale = new List<string>();
        foreach (var page in Rendered)
        {
            if (Committed("docs/requirements/" + page.FileName) != page.Content) stale.Add("docs/requirements/" + page.FileName);
        }

        stale.ShouldBeEmpty("regenerate (dotnet build src/Imh.Cli writes docs/, as does `imh docs`) and commit docs/: the committed documentation differs from what the declarations generate");
    }

    // The JSON names that must not reach prose: camelCase names, and single words such as "exam" that their own
    // display name does not contain (a name such as "paid" or "teacher" is the plain word itself).
    private static List<string> JsonNames()
    {
        var vocabulary = MiAimhCatalog.Instance.Vocabulary;
        var names = new List<string>();
        foreach (var set in vocabulary.Sets)
        {
            if (set.Property is { } property && HasCapital(property)) names.Add(property);
            foreach (var w in set.Words)
            {
                if (HasCapital(w.Json) || !Regex.IsMatch(w.Display, $@"\b{Regex.Escape(w.Json)}\b", RegexOptions.IgnoreCase)) names.Add(w.Json);
            }
            // A named set is not spelt in portfolios; its C# name matters only when it reads as code (postGraduate).
            names.AddRange(set.NamedSets.Select(w => w.Json).Where(HasCapital));
        }
        names.AddRange(Enum.GetValues<Evidence>().Select(e => vocabulary.Name(e).Json).Where(HasCapital));
        names.AddRange(MiAimhCatalog.Instance.Levels.SelectMany(l => l.Definition.Requirements.Concat(l.Definition.Continuing)).Select(r => r.Key).Where(HasCapital));
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static bool HasCapital(string name) => name.Any(char.IsUpper);

    private static string HtmlSection(LevelDefinition level)
        => Regex.Match(Html, $"<section class=\"level\" id=\"{CatalogHtml.Anchor(level)}\">.*?</section>", RegexOptions.Singleline).Value;

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

    internal static string RepositoryRoot()
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
