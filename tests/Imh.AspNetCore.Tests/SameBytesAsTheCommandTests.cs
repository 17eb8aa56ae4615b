namespace Imh.AspNetCore.Tests;

/// <summary>One JSON contract: the web endpoints answer the very bytes <c>imh ... --format json</c> writes.</summary>
public class SameBytesAsTheCommandTests(ImhServer server) : IClassFixture<ImhServer>
{
    public static TheoryData<string> Samples() => [.. Repository.Samples()];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Check_of_every_level_is_the_report_of_imh_check(string sample)
    {
        using var response = await server.PostSample("/mi-aimh/check?asOf=2026-11-24", sample);
        var (exitCode, expected) = await ImhCommand.Run("check", Repository.Sample(sample), "--as-of", "2026-11-24", "--format", "json");

        exitCode.ShouldBeOneOf(0, 1);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public async Task Check_of_one_level_is_the_report_of_imh_check_level()
    {
        using var response = await server.PostSample("/mi-aimh/check/iii?asOf=2026-11-24", "level-iii.json");
        var (exitCode, expected) = await ImhCommand.Run("check", Repository.Sample("level-iii.json"), "--level", "iii", "--as-of", "2026-11-24", "--format", "json");

        exitCode.ShouldBe(0);
        byte[] body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        body.ShouldBe(expected);
        using var report = JsonDocument.Parse(body);
        report.RootElement.GetProperty("level").GetString().ShouldBe("III");
        report.RootElement.GetProperty("eligible").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_portfolio_not_yet_eligible_is_still_answered_200_with_its_verdict()
    {
        using var response = await server.PostSample("/mi-aimh/check/III?asOf=2026-11-24", "not-yet-level-iii.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        report.RootElement.GetProperty("requirements").EnumerateArray().ShouldContain(r => r.GetProperty("status").GetString() == "notMet");
    }

    [Fact]
    public async Task Plan_of_one_level_at_a_pace_is_the_report_of_imh_plan_level()
    {
        using var response = await server.PostSample("/mi-aimh/plan/iii?asOf=2026-11-24&pace=reflectiveSupervision%3D3&pace=training%3D1", "not-yet-level-iii.json");
        var (exitCode, expected) = await ImhCommand.Run("plan", Repository.Sample("not-yet-level-iii.json"), "--level", "iii", "--as-of", "2026-11-24",
            "--pace", "reflectiveSupervision=3", "--pace", "training=1", "--format", "json");

        exitCode.ShouldBe(1);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        byte[] body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        body.ShouldBe(expected);
        using var plan = JsonDocument.Parse(body);
        plan.RootElement.GetProperty("eligibleOn").GetString().ShouldBe("2028-04-24");
    }

    [Fact]
    public async Task Plan_of_every_level_is_the_report_of_imh_plan()
    {
        using var response = await server.PostSample("/mi-aimh/plan?asOf=2026-11-24", "level-ii.json");
        var (exitCode, expected) = await ImhCommand.Run("plan", Repository.Sample("level-ii.json"), "--as-of", "2026-11-24", "--format", "json");

        exitCode.ShouldBe(0);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public async Task Renewal_of_one_level_is_the_report_of_imh_renew_level()
    {
        using var response = await server.PostSample("/mi-aimh/renew/III?year=2025", "renewal-level-iii.json");
        var (exitCode, expected) = await ImhCommand.Run("renew", Repository.Sample("renewal-level-iii.json"), "--level", "III", "--year", "2025", "--format", "json");

        exitCode.ShouldBe(0);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public async Task Renewal_of_every_endorsement_held_is_the_renewals_object_whatever_the_format_version()
    {
        using var response = await server.PostSample("/mi-aimh/renew?year=2025", "renewal-level-iii.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("year").GetInt32().ShouldBe(2025);
        var renewal = report.RootElement.GetProperty("renewals").EnumerateArray().ShouldHaveSingleItem();
        renewal.GetProperty("level").GetString().ShouldBe("III");
        renewal.GetProperty("eligible").GetBoolean().ShouldBeTrue();
    }
}
