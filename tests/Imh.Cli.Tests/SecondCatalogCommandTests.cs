using System.Text.Json.Nodes;

namespace Imh.Cli.Tests;

/// <summary>
/// <c>imh</c> serving the second catalog (cli.md, "Catalogs"; iecmh-2024.md): its sample checked by the tool,
/// ids and aliases, the all-levels object of an unranked catalog, several endorsements renewed, and the bad
/// input format version 2 adds, named by path with exit 2.
/// </summary>
public class SecondCatalogCommandTests
{
    private const string AsOf = "2026-11-24";

    private static string Sample => Path.Combine(Repository.Root, "samples", "iecmh-2024", "ecfs.json");

    private static JsonObject SampleJson() => JsonNode.Parse(File.ReadAllText(Sample))!.AsObject();

    [Fact]
    public async Task The_sample_is_eligible_as_an_Early_Childhood_Family_Specialist_with_outcome_eligible_and_nothing_waived()
    {
        CliRun run = (await ImhProcess.Run("check", Sample, "--catalog", "iecmh-2024", "--level", "ECFS", "--as-of", AsOf, "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.GetProperty("level").GetString().ShouldBe("ECFS");
        report.GetProperty("outcome").GetString().ShouldBe("eligible");
        report.GetProperty("waived").GetArrayLength().ShouldBe(0);
        report.UnmetKeys().ShouldBeEmpty();
    }

    [Fact]
    public async Task All_levels_of_an_unranked_catalog_list_the_eligible_ids_and_no_highest()
    {
        CliRun run = (await ImhProcess.Run("check", Sample, "-c", "IECMH-2024", "--as-of", AsOf, "--format", "json")).ShouldExitWith(0);

        var report = run.Json();
        report.TryGetProperty("highestEligible", out _).ShouldBeFalse();
        report.GetProperty("eligibleLevels").EnumerateArray().Select(e => e.GetString()).ShouldBe(["IFA", "ECFA", "ECFS"]);
    }

    [Theory]
    [InlineData("IMHM-C", "IMHM-Clinical")]
    [InlineData("iv-policy", "IMHM-Policy")]
    [InlineData("ii", "IFS")]
    public async Task An_alias_names_its_category_or_track(string alias, string id)
    {
        CliRun run = await ImhProcess.Run("check", Sample, "--catalog", "iecmh-2024", "--level", alias, "--as-of", AsOf, "--format", "json");

        run.ExitCode.ShouldBeOneOf(0, 1);
        run.Json().GetProperty("level").GetString().ShouldBe(id);
    }

    [Fact]
    public async Task A_level_of_the_other_catalog_is_rejected_with_the_ids_of_this_one()
    {
        string[] errors = (await ImhProcess.Run("check", Sample, "--catalog", "iecmh-2024", "--level", "IV")).ShouldBeRejected();

        errors[0].ShouldStartWith("imh: unknown level 'IV'");
        errors[0].ShouldContain("ECFS");
    }

    [Fact]
    public async Task Every_endorsement_held_in_the_year_is_renewed_in_catalog_order()
    {
        var portfolio = SampleJson();
        portfolio["endorsements"] = new JsonArray(
            new JsonObject { ["category"] = "ECFS", ["since"] = "2022-03-01" },
            new JsonObject { ["category"] = "IFA", ["since"] = "2021-03-01" });
        using var folder = new TempFolder();
        string file = folder.Write("held.json", portfolio.ToJsonString());

        CliRun run = await ImhProcess.Run("renew", file, "--catalog", "iecmh-2024", "--year", "2026", "--as-of", "2026-12-31", "--format", "json");

        run.ExitCode.ShouldBeOneOf(0, 1);
        var report = run.Json();
        report.GetProperty("year").GetInt32().ShouldBe(2026);
        report.GetProperty("renewals").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ShouldBe(["IFA", "ECFS"]);
    }

    public static TheoryData<string, string, string> VersionTwoBadInput => new()
    {
        { "an empty age band list", "$.reflectiveSupervision[0].ageBands", "[]" },
        { "an unknown provider endorsement", "$.reflectiveSupervision[0].providerEndorsement[0]", "[\"XYZ\"]" },
        { "families served not a whole number", "$.work[0].familiesServed.earlyChildhood", "{ \"earlyChildhood\": 2.5 }" },
    };

    [Theory]
    [MemberData(nameof(VersionTwoBadInput))]
    public async Task Bad_input_of_format_version_2_is_rejected_at_its_path(string problem, string path, string value)
    {
        var portfolio = SampleJson();
        var field = path.Split('.')[^1].Split('[')[0];
        if (path.StartsWith("$.work", StringComparison.Ordinal)) portfolio["work"]![0]!["familiesServed"] = JsonNode.Parse(value);
        else portfolio["reflectiveSupervision"]![0]![field] = JsonNode.Parse(value);
        using var folder = new TempFolder();
        string file = folder.Write("bad.json", portfolio.ToJsonString());

        string[] errors = (await ImhProcess.Run("check", file, "--catalog", "iecmh-2024", "--as-of", AsOf)).ShouldBeRejected();

        errors.ShouldContain(e => e.Contains($": {path}:", StringComparison.Ordinal), problem);
    }

    [Fact]
    public async Task Two_endorsements_of_one_category_are_rejected()
    {
        var portfolio = SampleJson();
        portfolio["endorsements"] = new JsonArray(
            new JsonObject { ["category"] = "ECFS", ["since"] = "2022-03-01" },
            new JsonObject { ["category"] = "ecfs", ["since"] = "2023-03-01" });
        using var folder = new TempFolder();
        string file = folder.Write("twice.json", portfolio.ToJsonString());

        string[] errors = (await ImhProcess.Run("renew", file, "--catalog", "iecmh-2024", "--year", "2026")).ShouldBeRejected();

        errors.ShouldContain(e => e.Contains("$.endorsements[1]", StringComparison.Ordinal));
    }
}
