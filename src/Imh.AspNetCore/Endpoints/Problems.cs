using Imh.Dsl.Portfolios;

namespace Imh.AspNetCore.Endpoints;

/// <summary>The problem-details answers of the endpoints.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The portfolio was rejected: every problem under its JSON path.</summary>
    public static IResult Portfolio(IReadOnlyList<PortfolioProblem> problems, int status = StatusCodes.Status400BadRequest)
    {
        var errors = new Dictionary<string, List<ImhError>>(StringComparer.Ordinal);
        foreach (var p in problems)
        {
            if (!errors.TryGetValue(p.Path, out var list)) errors[p.Path] = list = [];
            list.Add(new ImhError(p.Message, p.Line, p.Column));
        }
        string detail = problems.Count == 1
            ? $"{problems[0].Path}: {problems[0].Message}"
            : $"{problems.Count} problems; each is listed under its JSON path in errors, with its line and column in the request body.";
        return Result(new ImhProblemDetails(Type(status), "The portfolio was rejected.", status, detail, errors));
    }

    /// <summary>A parameter is wrong (a date, a year, a level id).</summary>
    public static IResult Parameter(string name, string message, int status = StatusCodes.Status400BadRequest)
        => Result(new ImhProblemDetails(Type(status), status == StatusCodes.Status404NotFound ? "Not found." : "A parameter is not valid.", status,
            $"{name}: {message}", new() { [name] = [new ImhError(message)] }));

    private static IResult Result(ImhProblemDetails problem)
        => TypedResults.Json(problem, ImhJsonContext.Default.ImhProblemDetails, ContentType, problem.Status);

    // The RFC 9110 section of the status, as ASP.NET Core's own problem details name it.
    private static string Type(int status) => status switch
    {
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };
}
