using System.Text.Json.Nodes;

namespace Imh.Cli.Tests;

/// <summary>
/// <c>imh plan</c> (issue 17, item 3): the date a plan gives is checked by the tool itself, by adding the
/// projected entries and doing the actions, then checking on that date and on the day before.
/// </summary>
public class PlanCommandTests
{
    private const string AsOf = "2026-11-24";

    [Fact]
    public async Task The_not_yet_Level_III_sample_is_eligible_on_the_planned_day_once_the_projection_and_actions_are_added_and_not_the_day_before()
    {
        CliRun plan = (await ImhProcess.Run("plan", Repository.Sample("not-yet-level-iii.json"), "--level", "III", "--as-of", AsOf,
            "--pace", "reflectiveSupervision=3", "--format", "json")).ShouldExitWith(1);
        var report = plan.Json();
        var on = DateOnly.Parse(report.GetProperty("eligibleOn").GetString()!);
        var supervision = report.Requirement("reflectiveSupervision");
        supervision.GetProperty("status").GetString().ShouldBe("byPace");
        supervision.GetProperty("on").GetString().ShouldBe(on.ToString("yyyy-MM-dd"));
        report.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["exam", "membership"]);

        // The projection: one 3-hour session a month with the flags it names, from its first to its last date.
        var projected = supervision.GetProperty("projected").EnumerateArray().Single();
        projected.GetProperty("hoursPerMonth").GetDecimal().ShouldBe(3m);
        var first = DateOnly.Parse(projected.GetProperty("first").GetString()!);
        var last = DateOnly.Parse(projected.GetProperty("last").GetString()!);
        last.ShouldBe(on);
        var portfolio = JsonNode.Parse(File.ReadAllText(Repository.Sample("not-yet-level-iii.json")))!.AsObject();
        var sessions = portfolio["reflectiveSupervision"]!.AsArray();
        for (int month = 0; first.AddMonths(month) <= last; month++)
        {
            var session = new JsonObject
            {
                ["date"] = first.AddMonths(month).ToString("yyyy-MM-dd"), ["hours"] = 3, ["format"] = "individual", ["provider"] = "Dr. A. Morgan",
            };
            foreach (var flag in projected.GetProperty("flags").EnumerateArray()) session[flag.GetString()!] = true;
            sessions.Add(session);
        }

        // The actions: the exam passed and a membership current on the day.
        portfolio["exam"] = new JsonObject { ["passed"] = true, ["date"] = AsOf };
        portfolio["memberships"]!.AsArray().Add(new JsonObject
        {
            ["organization"] = "Michigan Association for Infant Mental Health", ["imhAssociation"] = true,
            ["from"] = $"{on.Year}-01-01", ["to"] = $"{on.Year}-12-31",
        });
        using var folder = new TempFolder();
        string file = folder.Write("followed.json", portfolio.ToJsonString());

        (await ImhProcess.Run("check", file, "--level", "III", "--as-of", on.ToString("yyyy-MM-dd"))).ShouldExitWith(0);
        var dayBefore = (await ImhProcess.Run("check", file, "--level", "III", "--as-of", on.AddDays(-1).ToString("yyyy-MM-dd"), "--format", "json")).ShouldExitWith(1);
        dayBefore.Json().UnmetKeys().ShouldBe(["reflectiveSupervision"]);
    }

    [Fact]
    public async Task An_eligible_sample_is_eligible_now_and_exits_0()
    {
        CliRun run = (await ImhProcess.Run("plan", Repository.Sample("level-iii.json"), "--level", "III", "--as-of", AsOf)).ShouldExitWith(0);

        run.Stdout.ShouldContain("Level III (Infant Mental Health Specialist): eligible now.");
    }

    [Fact]
    public async Task Without_a_pace_the_plan_says_the_average_it_projects_and_what_time_alone_cannot_meet()
    {
        CliRun run = (await ImhProcess.Run("plan", Repository.Sample("not-yet-level-iii.json"), "--level", "III", "--as-of", AsOf)).ShouldExitWith(1);

        run.Stdout.ShouldContain("your average clock hours a month of the");
        run.Stdout.ShouldContain("time alone does not meet it within 30 years");
        run.Stdout.ShouldContain("a passed written examination");
    }

    [Theory]
    [InlineData("x=y")]
    [InlineData("-1")]
    [InlineData("1001")]
    public async Task A_pace_that_is_not_hours_a_month_is_rejected_naming_the_option(string pace)
    {
        CliRun run = await ImhProcess.Run("plan", Repository.Sample("not-yet-level-iii.json"), "--pace", pace);

        run.ShouldExitWith(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldStartWith($"imh: --pace '{pace}':");
    }

    [Fact]
    public async Task The_second_catalog_plans_its_own_categories()
    {
        CliRun run = (await ImhProcess.Run("plan", Path.Combine(Repository.Root, "samples", "iecmh-2024", "ecfs.json"), "--catalog", "iecmh-2024", "--as-of", AsOf, "--format", "json"));

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        var plans = run.Json().GetProperty("levels").EnumerateArray().ToList();
        plans.Select(p => p.GetProperty("level").GetString()).ShouldBe(Imh.Requirements.Iecmh2024.Iecmh2024Catalog.Instance.LevelIds);
        plans.Single(p => p.GetProperty("level").GetString() == "ECFS").GetProperty("eligibleOn").GetString().ShouldBe(AsOf);
    }
}
