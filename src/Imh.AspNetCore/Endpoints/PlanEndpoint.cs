using Imh.Dsl.Planning;
using Microsoft.AspNetCore.Mvc;

namespace Imh.AspNetCore.Endpoints;

/// <summary>
/// <c>POST /plan</c> and <c>POST /plan/{level}</c>: the earliest date the portfolio becomes eligible if the
/// applicant keeps their pace, as <c>imh plan --format json</c> reports it. <c>pace</c> may be repeated, as
/// <c>--pace</c>: <c>3</c> for every list, <c>reflectiveSupervision=3</c> for one.
/// </summary>
internal static class PlanEndpoint
{
    public static void Map(RouteGroupBuilder group, Catalog catalog)
    {
        group.MapPost("/plan", (HttpContext context, [FromQuery] string? asOf, [FromQuery] string[]? pace) => Plan(context, catalog, null, asOf, pace))
            .TakesPortfolio<PlansJson>(catalog, "plan", "Plans when a portfolio becomes eligible at every level and track if the applicant keeps their pace.",
                "The response is the report of `imh plan FILE --level all --format json`; pace (repeatable) sets clock hours a month, as `--pace`.");
        group.MapPost("/plan/{level}", (HttpContext context, string level, [FromQuery] string? asOf, [FromQuery] string[]? pace) => Plan(context, catalog, level, asOf, pace))
            .TakesPortfolio<PlanJson>(catalog, "plan-level", "Plans when a portfolio becomes eligible at one level or track if the applicant keeps their pace.",
                "The response is the report of `imh plan FILE --level LEVEL --format json`; pace (repeatable) sets clock hours a month, as `--pace`.")
            .NamesLevel();
    }

    private static async Task<IResult> Plan(HttpContext context, Catalog catalog, string? level, string? asOf, string[]? paces)
    {
        ILevelValidator[] levels;
        if (level is null) levels = [.. catalog.Levels];
        else if (ReportContract.FindLevel(catalog, level, out var unknown) is { } one) levels = [one];
        else return unknown!;
        if (!PortfolioRequest.TryDate(asOf, PortfolioRequest.Today(context), out var date, out var bad)) return bad!;
        if (Pace.Parse(catalog.Vocabulary, paces ?? [], out string? error) is not { } pace) return Problems.Parameter("pace", error!);
        var request = await PortfolioRequest.ReadAsync(context.Request, catalog).ConfigureAwait(false);
        if (request.Rejected is { } rejected) return rejected;
        var portfolio = request.Read!.Portfolio!;
        LevelPlan[] plans = [.. levels.Select(l => l.Definition.Plan(portfolio, date, pace))];
        return ReportContract.Result(ReportJson.Plans(portfolio.Applicant.Name, date, plans, level is null));
    }
}
