using System.Globalization;
using System.IO;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Input;

/// <summary>Reads portfolio files (or standard input), printing every problem of a rejected one as <c>FILE:LINE:COLUMN: $.path: message</c>.</summary>
internal sealed class PortfolioLoader(Catalog catalog)
{
    /// <summary>The catalog whose vocabulary the portfolios are read with.</summary>
    public Catalog Catalog { get; } = catalog;

    /// <summary>The read portfolio, or null after writing its problems (one line each) to <paramref name="error"/>.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="shownAs">How the file is named in messages (the path as given, or its name in a folder).</param>
    /// <param name="error">Where problems go.</param>
    public PortfolioReadResult? Load(string path, string shownAs, TextWriter error)
    {
        PortfolioReadResult result = path == "-"
            ? PortfolioReader.ReadAsync(Console.OpenStandardInput(), Catalog.Vocabulary).GetAwaiter().GetResult()
            : PortfolioReader.ReadFile(path, Catalog.Vocabulary);
        if (result.Portfolio is not null && result.Problems.Count == 0) return result;
        foreach (PortfolioProblem problem in result.Problems) error.WriteLine(Describe(shownAs, problem));

        // The reader promises problems with every rejection; say something rather than nothing.
        if (result.Problems.Count == 0) error.WriteLine(Describe(shownAs, new PortfolioProblem("$", null, null, "the portfolio could not be read")));
        return null;
    }

    /// <summary>One problem as an editor-clickable line: <c>FILE:LINE:COLUMN: $.path: message</c> (position left out when unknown).</summary>
    public static string Describe(string file, PortfolioProblem problem)
    {
        string position = problem.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $":{line}") + (problem.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $":{column}") : "")
            : "";

        // The file name may hold control characters too (path and message are printable already).
        return $"{Printable.Escape(file)}{position}: {problem.Path}: {problem.Message}";
    }
}
