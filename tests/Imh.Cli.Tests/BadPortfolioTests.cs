using System.Text;
using System.Text.RegularExpressions;

namespace Imh.Cli.Tests;

/// <summary>
/// The "Bad input" cases of portfolio-format.md: rejected before evaluation with exit 2, one
/// <c>FILE:LINE:COLUMN: $.path: message</c> line per problem on standard error, nothing on standard output.
/// </summary>
public class BadPortfolioTests
{
    public static TheoryData<string, string, int, string, string> BadPortfolios => new()
    {
        {
            "invalid JSON (trailing comma)",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": [ {\"date\": \"2023-01-01\", \"hours\": 3, \"title\": \"x\",} ]\n}\n",
            3, "$.training[0]", "invalid JSON"
        },
        {
            "unknown property",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": [\n    {\"date\": \"2023-01-01\", \"hours\": 3, \"title\": \"x\", \"relationshipBsed\": true}\n  ]\n}\n",
            4, "$.training[0].relationshipBsed", "unknown property"
        },
        {
            "unknown enum value",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"work\": [\n    {\"role\": \"r\", \"kind\": \"imhService\", \"start\": \"2020-01-01\"}\n  ]\n}\n",
            4, "$.work[0].kind", "imhService"
        },
        {
            "a date that does not exist",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": [\n    {\"date\": \"2023-02-29\", \"hours\": 3, \"title\": \"x\"}\n  ]\n}\n",
            4, "$.training[0].date", "2023-02-29"
        },
        {
            "an end before its start",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"work\": [\n    {\"role\": \"r\", \"kind\": \"imhServices\", \"start\": \"2020-01-01\", \"end\": \"2019-12-31\"}\n  ]\n}\n",
            4, "$.work[0].end", "before"
        },
        {
            "absurd session hours",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"reflectiveSupervision\": [\n"
            + "    {\"date\": \"2023-01-01\", \"hours\": 1, \"format\": \"group\", \"provider\": \"p\"},\n"
            + "    {\"date\": \"2023-02-01\", \"hours\": 1, \"format\": \"group\", \"provider\": \"p\"},\n"
            + "    {\"date\": \"2023-03-01\", \"hours\": 1, \"format\": \"group\", \"provider\": \"p\"},\n"
            + "    {\"date\": \"2023-04-01\", \"hours\": 25, \"format\": \"group\", \"provider\": \"p\"}\n  ]\n}\n",
            7, "$.reflectiveSupervision[3].hours", "24"
        },
        {
            "negative training hours",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": [\n    {\"date\": \"2023-01-01\", \"hours\": -2, \"title\": \"x\"}\n  ]\n}\n",
            4, "$.training[0].hours", "200"
        },
        {
            "nesting deeper than 32",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"training\": " + new string('[', 40) + new string(']', 40) + "\n}\n",
            3, "$.training[0]", "32"
        },
        {
            "a schema version other than 1",
            "{\n  \"schemaVersion\": 2,\n  \"applicant\": {\"name\": \"A\"}\n}\n",
            2, "$.schemaVersion", "1"
        },
        {
            "an endorsement at an unknown level",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"endorsement\": {\"level\": \"V\", \"since\": \"2020-01-01\"}\n}\n",
            3, "$.endorsement.level", "V"
        },
    };

    [Theory]
    [MemberData(nameof(BadPortfolios))]
    public async Task A_bad_portfolio_is_rejected_with_its_file_line_column_and_json_path(string problem, string json, int line, string path, string messagePart)
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", json);

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json", "--as-of", "2026-11-24")).ShouldBeRejected();

        errors.ShouldAllBe(e => Regex.IsMatch(e, @"^portfolio\.json:\d+:\d+: \$"), problem);
        errors.ShouldContain(
            e => Regex.IsMatch(e, $@"^portfolio\.json:{line}:\d+: {Regex.Escape(path)}: ") && e.Contains(messagePart, StringComparison.Ordinal),
            problem);
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_reported_one_per_line()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json",
            "{\n  \"applicant\": {\"name\": \"A\"},\n  \"bogus\": 1,\n  \"training\": [\n"
            + "    {\"date\": \"2023-02-29\", \"hours\": 500, \"title\": \"x\"}\n  ]\n}\n");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.Length.ShouldBe(3);
        errors[0].ShouldMatch(@"^portfolio\.json:3:\d+: \$\.bogus: ");
        errors[1].ShouldMatch(@"^portfolio\.json:5:\d+: \$\.training\[0\]\.date: ");
        errors[2].ShouldMatch(@"^portfolio\.json:5:\d+: \$\.training\[0\]\.hours: ");
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_rejected_at_the_offending_byte()
    {
        using var folder = new TempFolder();
        byte[] latin1 = [.. Encoding.ASCII.GetBytes("{\n  \"applicant\": {\"name\": \"Ren"), 0xE9, .. Encoding.ASCII.GetBytes("e\"}\n}\n")];
        folder.WriteBytes("portfolio.json", latin1);

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldMatch(@"^portfolio\.json:2:\d+: \$: .*UTF-8");
    }

    [Fact]
    public async Task A_file_over_16_MiB_is_rejected_without_reading_it()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "portfolio.json");
        using (var file = File.Create(path))
        {
            file.Write("{\"applicant\": {\"name\": \"A\"}}"u8);
            file.SetLength((16 * 1024 * 1024) + 1);
        }

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldMatch(@"^portfolio\.json: \$: .*16 MiB");
    }

    [Fact]
    public async Task A_portfolio_without_applicant_is_rejected()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", "{\n  \"schemaVersion\": 1\n}\n");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldMatch(@"^portfolio\.json:1:\d+: \$(\.applicant)?: .*applicant");
    }

    [Fact]
    public async Task A_rejected_portfolio_is_rejected_by_renew_too()
    {
        using var folder = new TempFolder();
        folder.Write("portfolio.json", "{\n  \"applicant\": {\"name\": \"A\"},\n  \"exam\": {\"passed\": \"yes\"}\n}\n");

        string[] errors = (await ImhProcess.RunIn(folder.Path, "renew", "portfolio.json", "--year", "2025")).ShouldBeRejected();

        errors.ShouldHaveSingleItem().ShouldMatch(@"^portfolio\.json:3:\d+: \$\.exam\.passed: ");
    }
}
