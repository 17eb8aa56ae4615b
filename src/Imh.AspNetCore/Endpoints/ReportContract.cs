using Imh.Dsl.Portfolios;

namespace Imh.AspNetCore.Endpoints;

/// <summary>Answers in the report contract, byte for byte what the command line writes.</summary>
internal static class ReportContract
{
    public const string Json = "application/json";

    /// <summary>A contract shape as <see cref="ReportJson.Write(object)"/> writes it (indented, ending with a newline).</summary>
    public static IResult Result(object shape) => TypedResults.Text(ReportJson.Write(shape), Json, System.Text.Encoding.UTF8);

    /// <summary>
    /// The OpenAPI description of an endpoint that takes a portfolio: its name, what it answers, the body
    /// it takes, the report it returns, and the problem details of a rejected portfolio (and of an unknown level).
    /// </summary>
    public static RouteHandlerBuilder TakesPortfolio<TReport>(this RouteHandlerBuilder endpoint, Catalog catalog, string name, string summary, string answer)
    {
        endpoint.Named(catalog, name, summary)
            .WithDescription($"The request body is a portfolio of the {catalog.Title} catalog (the schema endpoint beside this one serves its JSON Schema). "
                + "A rejected portfolio is answered with problem details listing every problem under its JSON path, with line and column. " + answer)
            .Accepts<System.Text.Json.JsonElement>(Json)
            .Produces<TReport>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoint;
    }

    /// <summary>The endpoint's path names a level, which may be unknown.</summary>
    public static RouteHandlerBuilder NamesLevel(this RouteHandlerBuilder endpoint) => endpoint.ProducesProblem(StatusCodes.Status404NotFound);

    // The problem details as they are written (ImhProblemDetails, whose type information AddImh registers),
    // not ASP.NET Core's ProblemDetails, which an AOT app has no serializer metadata for.
    private static RouteHandlerBuilder ProducesProblem(this RouteHandlerBuilder endpoint, int status)
        => endpoint.Produces<ImhProblemDetails>(status, Problems.ContentType);

    /// <summary>The level or track a path segment names (id or alias, any case), or a 404 naming the ids.</summary>
    public static ILevelValidator? FindLevel(Catalog catalog, string id, out IResult? notFound)
    {
        notFound = null;
        if (catalog.FindLevel(id) is { } level) return level;
        notFound = Problems.Parameter("level", $"unknown level '{Printable.Escape(id)}'; allowed: {string.Join(", ", catalog.LevelIds)}", StatusCodes.Status404NotFound);
        return null;
    }
}
