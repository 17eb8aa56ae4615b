using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Imh.AspNetCore.Endpoints;

/// <summary>
/// <c>POST /renew</c> and <c>POST /renew/{level}</c>: continuing endorsement in a calendar year. Unlike
/// <c>imh renew</c>, whose JSON for one endorsement held is the one-level object, <c>/renew</c> always answers
/// the <c>renewals</c> object, so a client's type does not depend on the portfolio; <c>/renew/{level}</c> is
/// the one-level object, as <c>imh renew --level</c> writes it.
/// </summary>
internal static class RenewEndpoint
{
    // The years the command line accepts too.
    private const int FirstYear = 1900, LastYear = 2100;

    public static void Map(RouteGroupBuilder group, Catalog catalog)
    {
        group.MapPost("/renew", (HttpContext context, [FromQuery] string? year) => Renew(context, catalog, null, year))
            .TakesPortfolio<RenewalsJson>(catalog, "renew", "Checks the continuing-endorsement rules of every endorsement the portfolio holds in a year.",
                "year defaults to the current year.");
        group.MapPost("/renew/{level}", (HttpContext context, string level, [FromQuery] string? year) => Renew(context, catalog, level, year))
            .TakesPortfolio<RenewalJson>(catalog, "renew-level", "Checks the continuing-endorsement rules of one endorsement the portfolio holds.",
                "The response is the report of `imh renew FILE --level LEVEL --format json`.")
            .NamesLevel();
    }

    private static async Task<IResult> Renew(HttpContext context, Catalog catalog, string? level, string? yearText)
    {
        if (level is not null && ReportContract.FindLevel(catalog, level, out var unknown) is null) return unknown!;
        int year = PortfolioRequest.Today(context).Year;
        if (yearText is not null && !(int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= FirstYear and <= LastYear))
        {
            return Problems.Parameter("year", $"'{Imh.Dsl.Portfolios.Printable.Escape(yearText)}' is not a year from {FirstYear} to {LastYear}");
        }
        var request = await PortfolioRequest.ReadAsync(context.Request, catalog).ConfigureAwait(false);
        if (request.Rejected is { } rejected) return rejected;
        var read = request.Read!;
        var portfolio = read.Portfolio!;

        var due = Renewals.Due(catalog, portfolio, year, level);
        if (due.Problem is { } problem)
        {
            // Placed where the portfolio's object starts, as the command line places it.
            return Problems.Portfolio([problem with { Line = read.RootLine, Column = read.RootColumn }]);
        }
        var reports = due.Due.Select(r => r.Validate(portfolio, year)).ToList();
        return ReportContract.Result(level is null ? ReportJson.Renewals(portfolio.Applicant.Name, year, reports) : ReportJson.Renewal(reports[0]));
    }
}
