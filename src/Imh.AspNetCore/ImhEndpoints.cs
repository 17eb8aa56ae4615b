using Imh.AspNetCore.Endpoints;

namespace Imh.AspNetCore;

/// <summary>Maps a catalog's endpoints: <c>app.MapImh(MiAimhCatalog.Instance);</c></summary>
public static class ImhEndpoints
{
    /// <summary>
    /// Maps, under <paramref name="prefix"/> (default <c>/{catalog id}</c>, e.g. <c>/mi-aimh</c>):
    /// <list type="bullet">
    /// <item><c>POST /check?asOf=</c> a portfolio against every level (the report of <c>imh check --format json</c>);</item>
    /// <item><c>POST /check/{level}?asOf=</c> against one level or track;</item>
    /// <item><c>POST /renew?year=</c> every endorsement held in the year (the <c>renewals</c> object);</item>
    /// <item><c>POST /renew/{level}?year=</c> one endorsement held;</item>
    /// <item><c>POST /plan?asOf=&amp;pace=</c> when the portfolio becomes eligible at each level at the applicant's pace; <c>POST /plan/{level}</c> at one;</item>
    /// <item><c>GET /levels</c> the levels, tracks and requirement keys; <c>GET /schema</c> the portfolio's JSON Schema.</item>
    /// </list>
    /// A rejected portfolio is answered with RFC 9457 problem details (<see cref="ImhProblemDetails"/>).
    /// Needs <see cref="ImhServices.AddImh"/>. Returns the group, for the app's own conventions (authorization, rate limits).
    /// </summary>
    public static RouteGroupBuilder MapImh(this IEndpointRouteBuilder endpoints, Catalog catalog, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(catalog);
        var group = endpoints.MapGroup(prefix ?? "/" + catalog.Id).WithTags(catalog.Title);

        // One file per endpoint, each reading portfolios through PortfolioRequest: a new endpoint is one
        // more file and one more line here.
        CheckEndpoint.Map(group, catalog);
        RenewEndpoint.Map(group, catalog);
        PlanEndpoint.Map(group, catalog);
        CatalogEndpoints.Map(group, catalog);
        return group;
    }

    /// <summary>The operation id of an endpoint: unique when several catalogs are mapped.</summary>
    internal static RouteHandlerBuilder Named(this RouteHandlerBuilder endpoint, Catalog catalog, string name, string summary)
        => endpoint.WithName($"{catalog.Id}-{name}").WithSummary(summary);
}
