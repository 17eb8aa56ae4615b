using Imh.Dsl.Documentation;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Documentation;

/// <summary>The Markdown and HTML emitters on a small hand-built model.</summary>
public class DocsRenderingTests
{
    private static readonly RequirementDefinition Hours = new()
    {
        Key = "hours",
        Title = "Training hours",
        Sources = ["Twelve hours within two years."],
        Rules = [new HoursRule { Hours = 12m, Where = EvidenceFilter.Approved, WithinYears = 2 }],
    };

    private static readonly RequirementDefinition Exam = new()
    {
        Key = "exam",
        Title = "Exam",
        Obligation = Obligation.NotRequired,
        Sources = ["No exam at this level."],
    };

    private static readonly RequirementDefinition Work = new()
    {
        Key = "work",
        Title = "Work | experience",
        Sources = ["Either a degree or three years of <paid> work."],
        Rules =
        [
            new CredentialRule { Types = CredentialTypes.Bachelor, OfficialTranscript = true, Alternative = "a" },
            new ExperienceRule { Years = 3, Kinds = WorkKinds.EarlyChildhood, Paid = true, Alternative = "b" },
        ],
    };

    private static readonly RequirementDefinition Mentoring = new()
    {
        Key = "mentoring",
        Title = "Mentoring",
        Obligation = Obligation.Recommended,
        When = ApplicantCondition.ProvidesReflectiveSupervision,
        Sources = ["Mentors are encouraged to attend 2 sessions a year."],
        Rules = [new SessionCountRule { Count = 2, InRenewalYear = true }],
    };

    private static readonly IReadOnlyList<LevelDefinition> Levels =
    [
        new LevelDefinition { Id = "A", Name = "Associate", Rank = 1, Requirements = [Hours, Exam] },
        new LevelDefinition { Id = "B-Lead", Name = "Lead & Mentor", Rank = 2, LevelId = "B", TrackId = "Lead", Requirements = [Hours, Work], Continuing = [Mentoring] },
    ];

    [Fact]
    public void Markdown_level_page_matches_the_approved_snapshot()
        => CatalogDocs.RenderLevel(Levels[1]).ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("md").NoDiff());

    [Fact]
    public void Markdown_index_with_the_comparison_matrix_matches_the_approved_snapshot()
        => CatalogDocs.RenderIndex("Sample", Levels).ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("md").NoDiff());

    [Fact]
    public void Html_page_matches_the_approved_snapshot()
        => CatalogHtml.Render("Sample", Levels).ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("html").NoDiff());

    [Fact]
    public void Pages_are_the_index_one_page_per_level_and_the_html()
        => CatalogDocs.Render("Sample", Levels).Select(p => p.FileName).ShouldBe(["README.md", "level-a.md", "level-b-lead.md", "index.html"]);

    [Fact]
    public void Html_escapes_text_and_has_no_external_assets()
    {
        var html = CatalogHtml.Render("Sample", Levels);

        html.ShouldContain("Lead &amp; Mentor");
        html.ShouldContain("&lt;paid&gt;");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("src=");
        html.ShouldNotContain("http");
    }

    [Fact]
    public void Markdown_escapes_pipes_in_cells_so_tables_keep_their_columns()
        => CatalogDocs.RenderLevel(Levels[1]).ShouldContain("Work \\| experience");

    [Fact]
    public void Rendering_is_deterministic()
        => CatalogDocs.Render("Sample", Levels).ShouldBe(CatalogDocs.Render("Sample", Levels));

    [Fact]
    public void Not_required_entries_are_listed_without_a_rule()
    {
        var page = CatalogDocs.RenderLevel(Levels[0]);

        page.ShouldContain("| `exam` | Exam | — | Not required |");
    }
}
