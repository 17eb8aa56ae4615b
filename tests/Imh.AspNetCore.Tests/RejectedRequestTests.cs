namespace Imh.AspNetCore.Tests;

/// <summary>Bad portfolios and parameters are answered with RFC 9457 problem details, every problem under its JSON path.</summary>
public class RejectedRequestTests(ImhServer server) : IClassFixture<ImhServer>
{
    // What binding a request body with System.Text.Json let through (issue 18): each must be named.
    private const string Bad = """
        {
          "applicant": { "name": "" },
          "work": [ { "role": "Home visitor", "kind": "imhServices", "start": "2020-05-01", "end": "2019-01-01", "fte": 7 } ],
          "reflectiveSupervision": [ { "date": "2024-01-10", "hours": 500, "format": "individual", "provider": "Dr. Lee" } ],
          "relationshipBased": true
        }
        """;

    [Fact]
    public async Task Every_problem_of_a_bad_portfolio_is_an_errors_entry_with_line_and_column()
    {
        using var response = await server.Post("/mi-aimh/check?asOf=2026-11-24", Bad);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe("The portfolio was rejected.");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(
            ["$.applicant.name", "$.work[0].end", "$.work[0].fte", "$.reflectiveSupervision[0].hours", "$.relationshipBased"], ignoreOrder: true);
        var hours = errors.GetProperty("$.reflectiveSupervision[0].hours").EnumerateArray().ShouldHaveSingleItem();
        hours.GetProperty("message").GetString().ShouldBe("must be greater than 0 and at most 24, found 500");
        hours.GetProperty("line").GetInt32().ShouldBe(4);
        hours.GetProperty("column").GetInt32().ShouldBe(63);
    }

    [Theory]
    [InlineData("{ \"applicant\": ", "$.applicant", "invalid JSON")]
    [InlineData("{ \"applicant\": { \"name\": \"Sam\" }, }", "$", "invalid JSON")]
    [InlineData("", "$", "the portfolio is empty")]
    [InlineData("[1, 2]", "$", "expected an object, found an array")]
    [InlineData("{ \"applicant\": { \"name\": \"Sam\" }, \"training\": [ { \"date\": \"2023-02-29\", \"hours\": 2, \"title\": \"T\" } ] }", "$.training[0].date", "'2023-02-29' is not a date that exists")]
    public async Task Input_that_is_not_a_portfolio_is_named_at_its_path(string body, string path, string message)
    {
        using var response = await server.Post("/mi-aimh/check/I", body);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty(path).EnumerateArray().ShouldContain(e => e.GetProperty("message").GetString()!.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_level_is_not_found_and_the_ids_are_listed()
    {
        using var response = await server.PostSample("/mi-aimh/check/V", "level-i.json");

        var problem = await Problem(response, HttpStatusCode.NotFound);
        problem.GetProperty("errors").GetProperty("level")[0].GetProperty("message").GetString()
            .ShouldBe("unknown level 'V'; allowed: I, II, III, IV-Clinical, IV-Policy, IV-ResearchFaculty");
    }

    [Theory]
    [InlineData("/mi-aimh/check?asOf=24.11.2026", "asOf")]
    [InlineData("/mi-aimh/check?asOf=2026-02-30", "asOf")]
    [InlineData("/mi-aimh/renew?year=20x5", "year")]
    [InlineData("/mi-aimh/renew?year=1200", "year")]
    [InlineData("/mi-aimh/plan?pace=fast", "pace")]
    [InlineData("/mi-aimh/plan/III?pace=diaries%3D3", "pace")]
    public async Task A_bad_parameter_is_named(string url, string parameter)
    {
        using var response = await server.PostSample(url, "renewal-level-iii.json");

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe(parameter);
    }

    [Fact]
    public async Task Renewal_without_an_endorsement_held_names_the_missing_property_where_the_portfolio_starts()
    {
        using var response = await server.PostSample("/mi-aimh/renew?year=2025", "level-i.json");

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").GetProperty("$.endorsement").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("message").GetString()!.ShouldStartWith("missing: renewal is checked for the endorsement held now");
        error.GetProperty("line").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_body_over_16_MiB_is_too_large()
    {
        using var content = new ByteArrayContent(new byte[16 * 1024 * 1024 + 1]);
        content.Headers.ContentType = new("application/json");

        using var response = await server.Client.PostAsync("/mi-aimh/check", content, TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("errors").GetProperty("$")[0].GetProperty("message").GetString().ShouldBe("the portfolio is 16777217 bytes; the limit is 16 MiB");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unsupported_media_type()
    {
        using var response = await server.Client.PostAsync("/mi-aimh/check", new StringContent("name=Sam"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("type").GetString()!.ShouldStartWith("https://tools.ietf.org/html/rfc9110#section-15.5.");
        return problem;
    }
}
