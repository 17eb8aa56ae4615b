namespace Imh.AspNetCore.Tests;

/// <summary>What a client reads before sending a portfolio: the levels, the portfolio's schema, the OpenAPI description.</summary>
public class DescriptionTests(ImhServer server) : IClassFixture<ImhServer>
{
    [Fact]
    public async Task Levels_lists_the_ids_a_check_accepts_with_their_requirement_keys()
    {
        using var levels = JsonDocument.Parse(await server.Client.GetStringAsync("/mi-aimh/levels", TestContext.Current.CancellationToken));

        levels.RootElement.GetProperty("catalog").GetString().ShouldBe("mi-aimh");
        var ids = levels.RootElement.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
        var three = levels.RootElement.GetProperty("levels")[2];
        three.GetProperty("requirements").EnumerateArray().ShouldContain(r => r.GetProperty("key").GetString() == "reflectiveSupervision"
            && r.GetProperty("obligation").GetString() == "required");
    }

    [Fact]
    public async Task Schema_is_the_portfolio_json_schema_of_imh_schema()
    {
        using var response = await server.Client.GetAsync("/mi-aimh/schema", TestContext.Current.CancellationToken);
        var (_, expected) = await ImhCommand.Run("schema");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/schema+json");
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public async Task The_openapi_description_names_every_endpoint_its_report_and_its_problems()
    {
        using var openApi = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = openApi.RootElement.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["/mi-aimh/check", "/mi-aimh/check/{level}", "/mi-aimh/renew", "/mi-aimh/renew/{level}", "/mi-aimh/plan", "/mi-aimh/plan/{level}", "/mi-aimh/levels", "/mi-aimh/schema"], ignoreOrder: true);
        var check = paths.GetProperty("/mi-aimh/check/{level}").GetProperty("post");
        check.GetProperty("operationId").GetString().ShouldBe("mi-aimh-check-level");
        check.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText().ShouldContain("LevelJson");
        check.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetRawText().ShouldContain("ImhProblemDetails");
        openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ImhError").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).ShouldBe(["message", "line", "column"]);
        openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("RequirementJson").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).ShouldBe(["key", "title", "required", "status", "detail", "missing", "source", "review", "advice"]);
    }
}
