namespace Imh.Dsl.Portfolios;

/// <summary>A problem found in a portfolio file.</summary>
/// <param name="Path">JSON path, e.g. <c>$.reflectiveSupervision[3].hours</c>.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PortfolioProblem(string Path, int? Line, int? Column, string Message);

/// <summary>Result of reading a portfolio: the portfolio, or every problem found.</summary>
public sealed record PortfolioReadResult(Portfolio? Portfolio, IReadOnlyList<PortfolioProblem> Problems);

/// <summary>Options for <see cref="PortfolioReader"/>.</summary>
public sealed class PortfolioReaderOptions
{
    /// <summary>Accepted values of <c>endorsement.level</c> (case-insensitive); null accepts any non-empty string.</summary>
    public IReadOnlyCollection<string>? LevelIds { get; init; }
}

/// <summary>Reads portfolio JSON (format version 1), rejecting bad input before evaluation.</summary>
public static class PortfolioReader
{
    /// <summary>Reads UTF-8 JSON bytes.</summary>
    public static PortfolioReadResult Read(ReadOnlySpan<byte> utf8Json, PortfolioReaderOptions? options = null)
        => throw new NotImplementedException();

    /// <summary>Reads a file (missing file, unreadable or over 16 MiB are problems, not exceptions).</summary>
    public static PortfolioReadResult ReadFile(string path, PortfolioReaderOptions? options = null)
        => throw new NotImplementedException();
}
