using System.Net;
using System.Text.RegularExpressions;
using Imh.Dsl.Documentation;

namespace Imh.Dsl.Tests.Documentation;

/// <summary>The Markdown and HTML renderers on a small hand-built catalog (<see cref="SampleCatalog"/>).</summary>
public class DocsRenderingTests
{
    private static readonly IReadOnlyList<DocPage> Pages = CatalogDocs.Render(SampleCatalog.Ranked);

    private static string Page(string file) => Pages.Single(p => p.FileName == file).Content;

    [Theory]
    [InlineData("README.md")]
    [InlineData("level-a.md")]
    [InlineData("level-b-lead.md")]
    [InlineData("level-c.md")]
    [InlineData("glossary.md")]
    [InlineData("changes.md")]
    public void Markdown_pages_match_the_approved_snapshots(string file)
        => Page(file).ShouldMatchApproved(b => b.SubFolder("Snapshots").WithDiscriminator(file.Replace(".md", "")).WithFileExtension("md").NoDiff());

    [Fact]
    public void Html_page_matches_the_approved_snapshot()
        => Page("index.html").ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("html").NoDiff());

    [Fact]
    public void Pages_as_of_a_day_match_the_approved_snapshot()
    {
        var pages = CatalogDocs.Render(SampleCatalog.Ranked, new DateOnly(2023, 6, 30));
        var text = string.Join("\n\n=== ", pages.Where(p => p.FileName.EndsWith(".md", StringComparison.Ordinal) && p.FileName != CatalogDocs.GlossaryFile)
            .Select(p => p.FileName + " ===\n" + p.Content));

        text.ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("md").NoDiff());
    }

    [Fact]
    public void Pages_are_the_index_one_page_per_level_the_glossary_the_changes_and_the_html()
        => Pages.Select(p => p.FileName).ShouldBe(["README.md", "level-a.md", "level-b-lead.md", "level-c.md", "glossary.md", "changes.md", "index.html"]);

    [Fact]
    public void A_catalog_with_a_single_period_has_no_changes_page_and_no_link_to_one()
    {
        var pages = CatalogDocs.Render(SampleCatalog.Timeless);

        pages.Select(p => p.FileName).ShouldBe(["README.md", "level-a.md", "glossary.md", "index.html"]);
        pages[0].Content.ShouldNotContain("changes.md");
        pages[^1].Content.ShouldNotContain("id=\"changes\"");
    }

    [Fact]
    public void The_index_links_the_glossary_and_the_changes()
    {
        Page("README.md").ShouldContain("[Glossary](glossary.md)");
        Page("README.md").ShouldContain("[What changed](changes.md)");
    }

    [Fact]
    public void Variants_of_a_key_are_rows_of_their_own_in_the_order_they_come_into_force()
    {
        // Level A declares the 2024 variant first.
        var page = Page("level-a.md");
        var old = page.IndexOf("| `hours` | Training hours (in force until 2023-12-31) | At least 30 clock hours", StringComparison.Ordinal);
        var now = page.IndexOf("| `hours` | Training hours (in force from 2024-01-01) | At least 45 clock hours", StringComparison.Ordinal);

        old.ShouldBeGreaterThan(0);
        now.ShouldBeGreaterThan(old);
    }

    [Fact]
    public void A_rule_with_a_period_says_when_it_is_in_force_in_the_rule_and_in_the_matrix()
    {
        Page("level-a.md").ShouldContain("| Ethics pledge signed (from 2024-01-01). |");
        Page("README.md").ShouldContain("| Ethics &lt;pledge> | signed (from 2024-01-01) |");
    }

    [Fact]
    public void The_changes_page_names_the_level_the_requirement_the_old_rule_the_new_rule_and_the_effective_date()
    {
        var changes = Page("changes.md");

        changes.ShouldContain("## From 2024-01-01");
        changes.ShouldContain("| level | requirement | before 2024-01-01 | from 2024-01-01 |");
        changes.ShouldContain("| [Associate](level-a.md) (`A`) | Training hours | At least 30 clock hours of training approved by the board. | At least 45 clock hours of approved reflective training, within less than 2 years. |");
        changes.ShouldContain("| [Associate](level-a.md) (`A`) | Ethics &lt;pledge> | — | Ethics pledge signed. |");
        changes.ShouldContain("- [Old level](level-c.md) (`C`) is no longer in force: its last day was 2023-12-31.");
    }

    [Fact]
    public void Pages_as_of_a_day_show_only_what_is_in_force_that_day()
    {
        var before = CatalogDocs.Render(SampleCatalog.Ranked, new DateOnly(2023, 12, 31));
        var after = CatalogDocs.Render(SampleCatalog.Ranked, SampleCatalog.ChangeDay);
        string Level(IReadOnlyList<DocPage> pages) => pages.Single(p => p.FileName == "level-a.md").Content;

        Level(before).ShouldContain("As of 2023-12-31: only the requirements in force that day.");
        Level(before).ShouldContain("At least 30 clock hours");
        Level(before).ShouldNotContain("At least 45 clock hours");
        Level(before).ShouldNotContain("Ethics pledge signed");
        Level(after).ShouldContain("At least 45 clock hours");
        Level(after).ShouldNotContain("At least 30 clock hours");
        Level(after).ShouldContain("| Ethics pledge signed. |");
        before.Select(p => p.FileName).ShouldContain("level-c.md");
        after.Select(p => p.FileName).ShouldBe(["README.md", "level-a.md", "level-b-lead.md", "glossary.md", "index.html"]);
        after[^1].Content.ShouldContain("As of 2024-01-01");
        after[^1].Content.ShouldNotContain("At least 30 clock hours");
    }

    [Fact]
    public void An_unranked_catalog_compares_its_categories_under_a_neutral_heading_in_catalog_order()
    {
        var pages = CatalogDocs.Render(SampleCatalog.Unranked);
        var index = pages[0].Content;

        index.ShouldContain("## Requirements by category");
        index.ShouldContain("| id | category | page |");
        index.ShouldContain("| requirement | `A` | `B-Lead` | `C` |");
        index.ShouldNotContain("grow from level to level");
        pages[^1].Content.ShouldContain("<h2>Requirements by category</h2>");
        Page("README.md").ShouldContain("## How the requirements grow from level to level");
    }

    [Fact]
    public void Matrix_rows_are_named_by_requirement_titles_not_keys()
    {
        Page("README.md").ShouldContain("| Training hours | 30 h training (approved), in force until 2023-12-31;");
        Page("README.md").ShouldNotContain("| `hours` |");
        Page("index.html").ShouldContain("<tr><th>Training hours</th>");
    }

    [Fact]
    public void A_level_with_facets_is_titled_with_their_display_words()
    {
        Page("level-b-lead.md").ShouldStartWith("# Lead & Mentor, 3 up to 6 years (`B-Lead`)");
        Page("index.html").ShouldContain("<h2>Lead &amp; Mentor, 3 up to 6 years <span class=\"id\">B-Lead</span></h2>");
    }

    [Fact]
    public void Notes_and_reviews_are_quoted_beside_the_rule_on_every_level_that_has_them()
    {
        const string note = "**Note:** “Keep your certificates.” (not checked: it asks the applicant to keep papers)";
        Page("level-a.md").ShouldContain(note);
        Page("level-b-lead.md").ShouldContain(note);
        Page("level-b-lead.md").ShouldContain("**Subject to review (b):** the association decides whether in-service training may stand in for the work: “The board may accept in-service training.”");
        Page("index.html").ShouldContain("<p class=\"review\"><strong>Subject to review (b):</strong> the association decides");
        Regex.Count(Page("index.html"), "<p class=\"note\">").ShouldBe(2);
    }

    [Fact]
    public void A_provisional_outcome_is_shown_with_what_it_waives_and_what_it_says()
    {
        var page = Page("level-b-lead.md");

        page.ShouldContain("## Provisional outcome: Emerging");
        page.ShouldContain("every required requirement except Work | experience has the outcome “Emerging”");
        page.ShouldContain("> Emerging at B-Lead: you are endorsed while you complete any of: (a) at least 3 years of direct care work with children 3 up to 6 years;");
    }

    [Fact]
    public void The_glossary_gives_every_word_its_display_name_json_name_and_meaning()
    {
        var glossary = Page("glossary.md");
        var html = Page("index.html");
        foreach (var set in SampleCatalog.Vocabulary.Sets)
        {
            foreach (var w in set.Words)
            {
                glossary.ShouldContain($"| {w.Display} | `{w.Json}`", Case.Sensitive, w.Member);
                glossary.ShouldContain(w.Meaning, Case.Sensitive, w.Member);
                html.ShouldContain($"<tr><td>{WebUtility.HtmlEncode(w.Display)}</td><td class=\"json\"><code>{w.Json}</code>", Case.Sensitive, w.Member);
            }
        }
        glossary.ShouldContain("| approved reflective | approved and reflective-practice | Approved and about reflective practice. |");
        glossary.ShouldContain("`reflectivePractice` (`true` unless given)");
    }

    [Fact]
    public void Html_is_self_contained_and_escapes_text()
    {
        var html = Page("index.html");

        html.ShouldContain("Lead &amp; Mentor");
        html.ShouldContain("Ethics &lt;pledge&gt;");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("src=");
        html.ShouldNotContain("http");
    }

    [Fact]
    public void Markdown_escapes_pipes_and_angle_brackets_in_cells_so_tables_keep_their_columns()
    {
        Page("level-b-lead.md").ShouldContain("| `work` | Work \\| experience |");
        Page("level-a.md").ShouldContain("| `ethics` | Ethics &lt;pledge> |");
    }

    [Fact]
    public void Not_required_entries_are_listed_without_a_rule()
        => Page("level-a.md").ShouldContain("| `exam` | Exam | — | Not required |");

    [Fact]
    public void One_clock_hour_is_singular()
    {
        Page("level-b-lead.md").ShouldContain("| At least 1 clock hour of training, dated in the renewal year. |");
        Page("README.md").ShouldContain("| 1 h training a year |");
    }
}
