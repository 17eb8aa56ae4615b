using System.IO;
using System.Text.Json;
using Imh.CommandLine;
using Imh.Dsl.Documentation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Generators.Tests.SampleCatalog;

namespace Imh.Generators.Tests;

/// <summary>
/// A rule kind a catalog declares itself (<see cref="DifferentCoursesAttribute"/>, issue 12 item 2) goes
/// through every output as a built-in one does: the generated typed report, the verdict-only check, the
/// documentation, and the command line's text, JSON and Markdown.
/// </summary>
public class CustomRuleKindTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static Portfolio Senior(params string[] titles) => new()
    {
        Applicant = new Applicant { Name = "Ada" },
        Training = [.. titles.Select((t, i) => new TrainingEntry { Date = new(2026, 1 + i, 10), Hours = 40m / titles.Length, Title = t, Words = EntryWords.Of(CourseTag.Approved) })],
        References =
        [
            new ReferenceRating { Rater = "A", Words = EntryWords.Of(Referee.Supervisor, ReferenceTag.Current) },
            new ReferenceRating { Rater = "B", Words = EntryWords.Of(Referee.Colleague) },
        ],
    };

    [Fact]
    public void The_generated_report_has_the_custom_requirement_typed_and_decides_the_verdict_with_it()
    {
        var met = SeniorPractitioner.Validate(Senior("Attachment", "Play"), AsOf);
        var unmet = SeniorPractitioner.Validate(Senior("Attachment", "attachment "), AsOf);

        met.Eligible.ShouldBeTrue();
        met.Courses.Detail.ShouldBe("2 different courses (Attachment, Play)");
        ((DifferentCoursesOutcome)met.Courses.Findings.Single().Outcome).Titles.ShouldBe(["Attachment", "Play"]);
        unmet.Eligible.ShouldBeFalse();
        unmet.UnmetKeys.ShouldBe(["courses"]);
        unmet.Courses.Detail.ShouldBe("1 different course (Attachment)");
        unmet.Courses.Missing.ShouldBe("1 more different course");
        SeniorPractitionerValidator.IsEligible(Senior("Attachment", "attachment "), AsOf).ShouldBeFalse();
        SeniorPractitionerValidator.IsEligible(Senior("Attachment", "Play"), AsOf).ShouldBeTrue();
    }

    [Fact]
    public void The_documentation_describes_the_custom_rule_with_its_number_and_quote()
    {
        var pages = CatalogDocs.Render(ContinuingEducationCatalog.Instance);

        var senior = pages.Single(p => p.FileName == "level-s.md").Content;
        senior.ShouldContain("Training in at least 2 different courses.");
        senior.ShouldContain("Training in at least two different courses.");
        pages.Single(p => p.FileName == "README.md").Content.ShouldContain("2 different courses");
    }

    [Fact]
    public void The_command_line_reports_the_custom_rule_in_every_format()
    {
        string file = Path.Combine(Path.GetTempPath(), $"imh-custom-rule-{Environment.ProcessId}.json");
        File.WriteAllBytes(file, PortfolioWriter.Write(Senior("Attachment"), ContinuingEducationCatalog.Instance.Vocabulary));
        try
        {
            var (json, jsonExit) = Run("check", file, "--level", "S", "--as-of", "2026-06-30", "--format", "json");
            var (text, _) = Run("check", file, "--level", "S", "--as-of", "2026-06-30");
            var (markdown, _) = Run("check", file, "--level", "S", "--as-of", "2026-06-30", "--format", "markdown");

            jsonExit.ShouldBe(1);
            using var report = JsonDocument.Parse(json);
            var courses = report.RootElement.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "courses");
            courses.GetProperty("status").GetString().ShouldBe("notMet");
            courses.GetProperty("detail").GetString().ShouldBe("1 different course (Attachment)");
            courses.GetProperty("missing").GetString().ShouldBe("1 more different course");
            text.ShouldContain("missing: 1 more different course");
            markdown.ShouldContain("1 more different course");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (string Out, int Exit) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = ImhCommandLine.Run(args, output, error, ContinuingEducationCatalog.Instance);
        error.ToString().ShouldBeEmpty();
        return (output.ToString(), exit);
    }
}
