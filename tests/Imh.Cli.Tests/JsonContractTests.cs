using System.Text.Json;
using System.Text.RegularExpressions;

namespace Imh.Cli.Tests;

/// <summary>The <c>--format json</c> shapes of cli.md: property names and order, value spellings, layout.</summary>
public class JsonContractTests
{
    private static readonly string[] LevelProperties = ["applicant", "level", "asOf", "eligible", "outcome", "waived", "needsReview", "requirements", "ignored"];
    private static readonly string[] RequirementProperties = ["key", "title", "required", "status", "detail", "missing", "source", "review", "advice"];

    [Fact]
    public async Task One_level_has_the_contract_properties_in_the_contract_order()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("not-yet-level-iii.json"), "--level", "III", "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(1);

        var report = run.Json();
        report.PropertyNames().ShouldBe(LevelProperties);
        report.GetProperty("applicant").GetString().ShouldBe("Jordan Rivera");
        report.GetProperty("asOf").GetString().ShouldBe("2026-11-24");
        ShouldBeRequirements(report);
    }

    [Fact]
    public async Task All_levels_wrap_one_object_per_level_in_rank_order()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("level-iii.json"), "--level", "all", "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.PropertyNames().ShouldBe(["applicant", "asOf", "highestEligible", "eligibleLevels", "levels"]);
        report.GetProperty("highestEligible").GetString().ShouldBe("III");
        report.GetProperty("eligibleLevels").EnumerateArray().Select(e => e.GetString()).ShouldBe(["I", "II", "III"]);
        var levels = report.GetProperty("levels").EnumerateArray().ToList();
        levels.Select(l => l.GetProperty("level").GetString()).ShouldBe(["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
        foreach (JsonElement level in levels)
        {
            level.PropertyNames().ShouldBe(LevelProperties);
            level.GetProperty("asOf").GetString().ShouldBe("2026-11-24");
            ShouldBeRequirements(level);
        }
    }

    [Fact]
    public async Task Highest_eligible_is_null_and_the_exit_code_1_when_no_level_is_reached()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("renewal-level-iii.json"), "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(1);

        run.Json().GetProperty("highestEligible").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_renewal_has_year_in_place_of_as_of()
    {
        CliRun run = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--year", "2025", "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.PropertyNames().ShouldBe(["applicant", "level", "year", "eligible", "outcome", "waived", "needsReview", "requirements", "ignored"]);
        report.GetProperty("year").ValueKind.ShouldBe(JsonValueKind.Number);
        ShouldBeRequirements(report);
    }

    [Fact]
    public async Task A_requirement_that_does_not_apply_is_not_applicable_with_nothing_missing()
    {
        using var folder = new TempFolder();
        string json = File.ReadAllText(Repository.Sample("renewal-level-iii.json"))
            .Replace("\"providesReflectiveSupervision\": true", "\"providesReflectiveSupervision\": false", StringComparison.Ordinal);
        folder.Write("renewal.json", json);

        CliRun run = (await ImhProcess.RunIn(folder.Path, "renew", "renewal.json", "--year", "2025", "--format", "json")).ShouldExitWith(0);

        var requirement = run.Json().Requirement("continuingReflectiveTraining");
        requirement.GetProperty("status").GetString().ShouldBe("notApplicable");
        requirement.GetProperty("missing").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Json_is_indented_with_newlines_and_identical_from_run_to_run()
    {
        string[] args = ["check", Repository.Sample("level-iv-clinical.json"), "--as-of", "2026-11-24", "--format", "json"];

        CliRun first = await ImhProcess.Run(args);
        CliRun second = await ImhProcess.Run(args);

        first.Stdout.ShouldBe(second.Stdout);
        first.Stdout.ShouldNotContain('\r');
        first.Stdout.ShouldStartWith("{\n  \"applicant\": \"Elena Marsh\",\n  \"asOf\": \"2026-11-24\",\n");
        first.Stdout.ShouldEndWith("}\n");
        first.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task One_level_json_reads_byte_for_byte_as_approved()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("not-yet-level-iii.json"), "--level", "III", "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(1);

        run.Stdout.ShouldMatchApproved(b => b.SubFolder("Snapshots").DoNotIgnoreLineEndings().WithFileExtension("json").NoDiff());
    }

    private static void ShouldBeRequirements(JsonElement level)
    {
        var requirements = level.GetProperty("requirements").EnumerateArray().ToList();
        requirements.ShouldNotBeEmpty();
        foreach (JsonElement r in requirements)
        {
            r.PropertyNames().ShouldBe(RequirementProperties);
            string status = r.GetProperty("status").GetString()!;
            status.ShouldBeOneOf("met", "notMet", "notApplicable");
            r.GetProperty("required").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            r.GetProperty("missing").ValueKind.ShouldBe(status == "notMet" ? JsonValueKind.String : JsonValueKind.Null, r.GetProperty("key").GetString());
            r.GetProperty("source").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        bool anyRequiredUnmet = requirements.Any(r => r.GetProperty("required").GetBoolean() && r.GetProperty("status").GetString() == "notMet");
        level.GetProperty("eligible").GetBoolean().ShouldBe(!anyRequiredUnmet);
        level.GetProperty("outcome").GetString().ShouldBe(anyRequiredUnmet ? "notYet" : "eligible");
        level.GetProperty("waived").GetArrayLength().ShouldBe(0);
        var review = requirements.Where(r => r.GetProperty("review").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("key").GetString());
        level.GetProperty("needsReview").EnumerateArray().Select(k => k.GetString()).ShouldBe(review);
        foreach (Match date in Regex.Matches(level.GetRawText(), @"\d{4}-\d{1,2}-\d{1,2}"))
        {
            date.Value.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
        }
    }
}
