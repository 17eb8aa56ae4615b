using System.Globalization;
using Imh.Dsl.Portfolios;
using Microsoft.Extensions.DependencyInjection;

namespace Imh.AspNetCore.Endpoints;

/// <summary>A portfolio in a request body, read by the catalog's reader, or the problem details that answer it.</summary>
/// <param name="Read">The reader's result (its root position places problems found later, such as a missing endorsement).</param>
/// <param name="Rejected">The answer when the portfolio cannot be evaluated; null when <see cref="Read"/> holds a portfolio.</param>
internal sealed record PortfolioRequest(PortfolioReadResult? Read, IResult? Rejected)
{
    /// <summary>Reads the body (at most <see cref="PortfolioReader.MaxBytes"/>, stopping when the client goes away).</summary>
    public static async Task<PortfolioRequest> ReadAsync(HttpRequest request, Catalog catalog)
    {
        if (request.ContentLength > PortfolioReader.MaxBytes)
        {
            string size = request.ContentLength.Value.ToString(CultureInfo.InvariantCulture);
            return new(null, Problems.Portfolio([new PortfolioProblem("$", null, null, $"the portfolio is {size} bytes; the limit is 16 MiB")],
                StatusCodes.Status413PayloadTooLarge));
        }
        var read = await PortfolioReader.ReadAsync(request.Body, catalog.Vocabulary, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return read.Portfolio is null ? new(null, Problems.Portfolio(read.Problems)) : new(read, null);
    }

    /// <summary>Today for the default as-of date, from the app's <see cref="TimeProvider"/>.</summary>
    public static DateOnly Today(HttpContext context)
        => DateOnly.FromDateTime((context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetLocalNow().DateTime);

    /// <summary>A date parameter in the portfolio's form, YYYY-MM-DD.</summary>
    public static bool TryDate(string? text, DateOnly today, out DateOnly date, out IResult? problem)
    {
        problem = null;
        date = today;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        problem = Problems.Parameter("asOf", $"'{Printable.Escape(text)}' is not a date in the form YYYY-MM-DD");
        return false;
    }
}
