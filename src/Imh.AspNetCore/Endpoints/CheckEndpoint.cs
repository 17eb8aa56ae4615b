using Microsoft.AspNetCore.Mvc;

namespace Imh.AspNetCore.Endpoints;

/// <summary><c>POST /check</c> and <c>POST /check/{level}</c>: initial endorsement, as <c>imh check --format json</c> reports it.</summary>
internal static class CheckEndpoint
{
    public static void Map(RouteGroupBuilder group, Catalog catalog)
    {
        var check = group.MapPost("/check", (HttpContext context, [FromQuery] string? asOf) => All(context, catalog, asOf));
        if (catalog.IsRanked) check.TakesPortfolio<RankedLevelsJson>(catalog, "check", AllSummary, AllAnswer);
        else check.TakesPortfolio<LevelsJson>(catalog, "check", AllSummary, AllAnswer);
        group.MapPost("/check/{level}", (HttpContext context, string level, [FromQuery] string? asOf) => One(context, catalog, level, asOf))
            .TakesPortfolio<LevelJson>(catalog, "check-level", "Checks a portfolio against one level or track.",
                "The response is the report of `imh check FILE --level LEVEL --format json`.")
            .NamesLevel();
    }

    private const string AllSummary = "Checks a portfolio against every level and track.";
    private const string AllAnswer = "The response is the report of `imh check FILE --level all --format json`.";

    private static async Task<IResult> All(HttpContext context, Catalog catalog, string? asOf)
    {
        if (!PortfolioRequest.TryDate(asOf, PortfolioRequest.Today(context), out var date, out var bad)) return bad!;
        var request = await PortfolioRequest.ReadAsync(context.Request, catalog).ConfigureAwait(false);
        if (request.Rejected is { } rejected) return rejected;
        var portfolio = request.Read!.Portfolio!;
        LevelReport[] reports = [.. catalog.Levels.Select(l => l.Validate(portfolio, date))];
        return ReportContract.Result(ReportJson.AllLevels(catalog, portfolio.Applicant.Name, date, reports));
    }

    private static async Task<IResult> One(HttpContext context, Catalog catalog, string level, string? asOf)
    {
        if (ReportContract.FindLevel(catalog, level, out var unknown) is not { } validator) return unknown!;
        if (!PortfolioRequest.TryDate(asOf, PortfolioRequest.Today(context), out var date, out var bad)) return bad!;
        var request = await PortfolioRequest.ReadAsync(context.Request, catalog).ConfigureAwait(false);
        if (request.Rejected is { } rejected) return rejected;
        return ReportContract.Result(ReportJson.Level(validator.Validate(request.Read!.Portfolio!, date)));
    }
}
