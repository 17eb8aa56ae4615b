using Imh.Dsl.Portfolios;

namespace Imh.AspNetCore.Endpoints;

/// <summary><c>GET /levels</c> and <c>GET /schema</c>: what a client needs to know before sending a portfolio.</summary>
internal static class CatalogEndpoints
{
    public static void Map(RouteGroupBuilder group, Catalog catalog)
    {
        // Both answers depend on the catalog only: worked out once.
        string levels = ReportJson.Write(CatalogJson.Of(catalog));
        string schema = PortfolioSchema.For(catalog.Vocabulary);
        group.MapGet("/levels", () => TypedResults.Text(levels, ReportContract.Json, System.Text.Encoding.UTF8))
            .Named(catalog, "levels", "Lists the levels and tracks, with the keys, titles and obligations of their requirements.")
            .Produces<CatalogJson>(StatusCodes.Status200OK, ReportContract.Json);
        group.MapGet("/schema", () => TypedResults.Text(schema, "application/schema+json", System.Text.Encoding.UTF8))
            .Named(catalog, "schema", "The JSON Schema (draft 2020-12) of the catalog's portfolios.")
            .Produces(StatusCodes.Status200OK, contentType: "application/schema+json");
    }
}
