namespace Imh.Dsl.Portfolios;

// Checking a portfolio built in code (bound from a request, loaded from a database) against the reader's rules.
public static partial class PortfolioReader
{
    /// <summary>
    /// Checks a portfolio built in code with the same rules as a file: it is written as portfolio JSON
    /// (<see cref="PortfolioWriter.Write(Portfolio, Vocabulary)"/>) and read back, so the problems are the
    /// reader's, with their JSON paths. Their line and column refer to that written text. Without
    /// problems, the result holds the portfolio as read back: what the same file would have given
    /// (a choice left unset takes the format's default), and what the validators should be given.
    /// </summary>
    public static PortfolioReadResult Check(Portfolio portfolio, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(vocabulary);
        byte[] json;
        try
        {
            json = PortfolioWriter.Write(portfolio, vocabulary);
        }
#pragma warning disable CA1031 // As for reading: no exception escapes, a bug comes out as a problem.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(new PortfolioProblem("$", null, null, Printable.Escape($"internal error while writing the portfolio: {ex.Message}")));
        }
        return Read(json, vocabulary);
    }
}
