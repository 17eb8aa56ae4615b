using System.Globalization;
using System.IO;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Cli.Input;

/// <summary>Reads portfolio files, printing every problem of a rejected one as <c>FILE:LINE:COLUMN: $.path: message</c>.</summary>
internal sealed class PortfolioLoader
{
    private readonly PortfolioReaderOptions _options;

    /// <summary>A loader that accepts the catalog's level ids in <c>endorsement.level</c>.</summary>
    public PortfolioLoader(Catalog catalog)
    {
        _options = new PortfolioReaderOptions { LevelIds = [.. catalog.LevelIds] };
    }

    /// <summary>The portfolio, or null after writing its problems (one line each) to <paramref name="error"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="shownAs">How the file is named in messages (the path as given, or its name in a folder).</param>
    /// <param name="error">Where problems go.</param>
    public Portfolio? Load(string path, string shownAs, TextWriter error)
    {
        PortfolioReadResult result = PortfolioReader.ReadFile(path, _options);
        if (result.Portfolio is { } portfolio && result.Problems.Count == 0)
        {
            return portfolio;
        }

        foreach (PortfolioProblem problem in result.Problems)
        {
            error.WriteLine(Describe(shownAs, problem));
        }

        if (result.Problems.Count == 0)
        {
            // The reader promises problems with every rejection; say something rather than nothing.
            error.WriteLine(Describe(shownAs, new PortfolioProblem("$", null, null, "the portfolio could not be read")));
        }

        return null;
    }

    /// <summary>One problem as an editor-clickable line: <c>FILE:LINE:COLUMN: $.path: message</c> (position left out when unknown).</summary>
    public static string Describe(string file, PortfolioProblem problem)
    {
        string position = problem.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $":{line}") + (problem.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $":{column}") : "")
            : "";
        return $"{file}{position}: {problem.Path}: {problem.Message}";
    }
}
