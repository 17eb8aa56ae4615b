namespace Imh.Cli.Tests;

/// <summary>Every sample portfolio, checked by the tool itself as of a fixed date (today moves).</summary>
public class SampleVerdictTests
{
    private const string AsOf = "2026-11-24";

    public static TheoryData<string, string> EligibleSamples => new()
    {
        { "level-i.json", "I" },
        { "level-ii.json", "II" },
        { "level-iii.json", "III" },
        { "level-iv-clinical.json", "IV-Clinical" },
        { "level-iv-policy.json", "IV-Policy" },
        { "level-iv-researchfaculty.json", "IV-ResearchFaculty" },
    };

    // What each sample still lacks per level (required and not met), as the reviewed verdicts of the samples.
    public static TheoryData<string, string?, string> UnmetKeysBySample => new()
    {
        { "level-i.json", "I", "I: | II: education reflectiveSupervision references | III: education reflectiveSupervision specializedWork references portfolioReview exam | IV-Clinical: education reflectiveSupervision portfolioReview exam specializedWork references | IV-Policy: education portfolioReview exam specializedWork references | IV-ResearchFaculty: education portfolioReview exam specializedWork references" },
        { "level-ii.json", "II", "I: | II: | III: education reflectiveSupervision specializedWork portfolioReview exam | IV-Clinical: education reflectiveSupervision portfolioReview exam specializedWork references | IV-Policy: education portfolioReview exam specializedWork | IV-ResearchFaculty: education portfolioReview exam specializedWork references" },
        { "level-iii.json", "III", "I: | II: | III: | IV-Clinical: specializedWork references | IV-Policy: specializedWork | IV-ResearchFaculty: specializedWork references" },
        { "level-iv-clinical.json", "IV-Clinical", "I: references | II: references | III: | IV-Clinical: | IV-Policy: specializedWork references | IV-ResearchFaculty: specializedWork references" },
        { "level-iv-policy.json", "IV-Policy", "I: | II: reflectiveSupervision | III: reflectiveSupervision specializedWork | IV-Clinical: reflectiveSupervision specializedWork references | IV-Policy: | IV-ResearchFaculty: specializedWork references" },
        { "level-iv-researchfaculty.json", "IV-ResearchFaculty", "I: references | II: references | III: specializedWork references | IV-Clinical: specializedWork references | IV-Policy: specializedWork references | IV-ResearchFaculty:" },
        { "not-yet-level-iii.json", "II", "I: | II: | III: reflectiveSupervision exam | IV-Clinical: reflectiveSupervision exam specializedWork references | IV-Policy: exam specializedWork | IV-ResearchFaculty: exam specializedWork references" },
        { "not-yet-level-iv-clinical.json", "III", "I: | II: | III: | IV-Clinical: references | IV-Policy: specializedWork | IV-ResearchFaculty: specializedWork references" },
    };

    [Theory]
    [MemberData(nameof(EligibleSamples))]
    public async Task Each_level_sample_is_eligible_for_its_own_level(string sample, string level)
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample(sample), "--level", level, "--as-of", AsOf, "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.GetProperty("level").GetString().ShouldBe(level);
        report.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        report.UnmetKeys().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(UnmetKeysBySample))]
    public async Task Checking_all_levels_names_the_highest_eligible_level_and_what_every_level_lacks(string sample, string? highest, string unmetByLevel)
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample(sample), "--as-of", AsOf, "--format", "json")).ShouldExitWith(highest is null ? 1 : 0);

        var report = run.Json();
        report.GetProperty("highestEligible").GetString().ShouldBe(highest);
        string actual = string.Join(" | ", report.Levels().Select(l => $"{l.Key}: {string.Join(' ', l.Value.UnmetKeys())}".TrimEnd()));
        actual.ShouldBe(unmetByLevel);
        foreach (var level in report.Levels().Values)
        {
            level.GetProperty("eligible").GetBoolean().ShouldBe(level.UnmetKeys().Length == 0);
        }
    }

    [Fact]
    public async Task Not_yet_level_iii_is_short_of_reflective_supervision_in_its_best_window_and_lacks_the_exam()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("not-yet-level-iii.json"), "--level", "iii", "--as-of", AsOf, "--format", "json")).ShouldExitWith(1);

        var report = run.Json();
        report.UnmetKeys().ShouldBe(["reflectiveSupervision", "exam"]);
        var supervision = report.Requirement("reflectiveSupervision");
        supervision.GetProperty("detail").GetString().ShouldBe("41.5 clock hours in the best window (2024-02-01 to 2025-12-30), 8.5 clock hours short");
        supervision.GetProperty("missing").GetString().ShouldNotBeNull().ShouldStartWith("27 more clock hours of relationship-based RS/C");
    }

    [Fact]
    public async Task Not_yet_level_iv_clinical_lacks_only_a_rating_from_a_supervisee_or_consultee()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("not-yet-level-iv-clinical.json"), "--level", "IV-Clinical", "--as-of", AsOf, "--format", "json")).ShouldExitWith(1);

        var references = run.Json().Requirement("references");
        references.GetProperty("status").GetString().ShouldBe("notMet");
        references.GetProperty("missing").GetString().ShouldNotBeNull().ShouldContain("supervisee or consultee");
    }

    [Fact]
    public async Task The_renewal_sample_meets_the_level_iii_renewal_rules_for_2025()
    {
        CliRun run = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--year", "2025", "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.GetProperty("level").GetString().ShouldBe("III");
        report.GetProperty("year").GetInt32().ShouldBe(2025);
        report.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        report.Requirement("continuingReflectiveTraining").GetProperty("status").GetString().ShouldBe("met");
        report.Requirement("reflectiveSupervisionRecommended").GetProperty("required").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_renewal_sample_does_not_yet_meet_the_renewal_rules_for_2026()
    {
        CliRun run = (await ImhProcess.Run("renew", Repository.Sample("renewal-level-iii.json"), "--year", "2026", "--format", "json")).ShouldExitWith(1);

        run.Json().UnmetKeys().ShouldBe(["continuingTraining", "continuingReflectiveTraining", "membershipRenewal"]);
    }

    [Fact]
    public async Task Level_ids_are_matched_case_insensitively()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("level-iv-policy.json"), "--level", "iv-policy", "--as-of", AsOf, "--format", "json")).ShouldExitWith(0);

        run.Json().GetProperty("level").GetString().ShouldBe("IV-Policy");
    }

    [Fact]
    public async Task Evidence_dated_after_the_as_of_date_is_left_out_and_said_so()
    {
        CliRun run = (await ImhProcess.Run("check", Repository.Sample("level-iii.json"), "--level", "III", "--as-of", "2025-06-30", "--format", "json")).ShouldExitWith(1);

        var report = run.Json();
        report.GetProperty("asOf").GetString().ShouldBe("2025-06-30");
        report.UnmetKeys().ShouldBe(["codeOfEthics", "exam"]);
        report.GetProperty("ignored").EnumerateArray().Select(e => e.GetString()).ShouldContain("exam dated after the as-of date");
    }

    [Fact]
    public async Task Without_as_of_the_check_is_made_as_of_today()
    {
        // The verdict depends on the day the test runs; only the date is pinned.
        CliRun run = await ImhProcess.Run("check", Repository.Sample("level-iii.json"), "--level", "III", "--format", "json");
        run.ExitCode.ShouldBeOneOf([0, 1], run.Describe());

        string asOf = run.Json().GetProperty("asOf").GetString()!;
        var today = DateOnly.FromDateTime(DateTime.Now);
        DateOnly.ParseExact(asOf, "yyyy-MM-dd").ShouldBeInRange(today.AddDays(-1), today.AddDays(1));
    }
}
