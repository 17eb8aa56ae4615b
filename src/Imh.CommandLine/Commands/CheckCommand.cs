using System.CommandLine;
using System.IO;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Input;
using Imh.CommandLine.Output;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh check FILE|DIR|-</c>: initial endorsement, one portfolio or a folder of them.</summary>
internal static class CheckCommand
{
    /// <summary>One line for the command list of <c>imh --help</c>.</summary>
    public const string Summary = "Checks a portfolio for initial endorsement at one level or track, or all of them (the default); with --format csv or jsonl, a folder of portfolios.";

    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var path = new Argument<string>("PATH") { Description = "A portfolio file, - for standard input, or a folder whose *.json files are portfolios (folders need --format csv or jsonl)." };
        var catalog = CliOptions.CatalogOption(catalogs);
        var level = CliOptions.Level("Level or track to check");
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format(
            "text, json or markdown for a file; csv or jsonl for a folder (required there). Default: text.",
            ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Csv, ReportFormat.Jsonl);

        var command = new Command("check", Summary)
        {
            path, catalog, level, asOf, format,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(catalog) ?? catalogs[0],
            console,
            parsed.GetRequiredValue(path),
            parsed.GetValue(level),
            parsed.GetValue(asOf) ?? CliOptions.Today(),
            parsed.GetValue(format) ?? ReportFormat.Text));
        return command;
    }

    /// <summary>The details appended to <c>imh check --help</c>.</summary>
    public const string Notes =
        "  FILE (or - for standard input): exit 0 when eligible (with --level all: for at least one level), 1 when\n"
        + "  not, 2 when the file is rejected; every problem is printed on standard error as\n"
        + "  FILE:LINE:COLUMN: $.path: message.\n"
        + "\n"
        + "  DIR: needs --format csv or jsonl (and they need a folder). Every *.json file directly in DIR is checked;\n"
        + "  the output is in ordinal file-name order. csv: one row per portfolio and level:\n"
        + "  file,applicant,level,eligible,unmetKeys (keys joined by ';'). jsonl: one JSON report per portfolio and\n"
        + "  line. If a file cannot be read, its problems are printed on standard error with its name, nothing is\n"
        + "  written on standard output, and the exit code is 2 (as for a single bad file). Otherwise exit 0 when\n"
        + "  every portfolio is eligible for at least one of the requested levels, 1 when some portfolio is eligible\n"
        + "  for none. A progress bar is drawn on standard error only when it is a terminal.\n"
        + "\n"
        + "  Examples:\n"
        + "    imh check portfolio.json --as-of 2026-11-24\n"
        + "    imh check portfolio.json --level iii --format json\n"
        + "    imh check portfolios/ --format csv --level all > verdicts.csv";

    private static int Run(Catalog catalog, StandardStreams console, string path, string? levelId, DateOnly asOf, ReportFormat format)
    {
        var (levels, levelError) = CliOptions.Levels(catalog, levelId);
        if (levels is null) return ArgumentErrors.Usage(console.Error, levelError!, "check");
        var loader = new PortfolioLoader(catalog);
        bool folderFormat = format is ReportFormat.Csv or ReportFormat.Jsonl;
        if (path != "-" && Directory.Exists(path))
        {
            return folderFormat
                ? FolderCheck.Run(catalog, loader, console, path, levels, asOf, format)
                : ArgumentErrors.Usage(console.Error, $"'{path}' is a folder: a folder is checked with --format csv or jsonl (one row or report per portfolio)");
        }
        if (path != "-" && !File.Exists(path))
        {
            return ArgumentErrors.Usage(console.Error, $"'{path}' does not exist (expected a portfolio file, - or a folder of them)");
        }
        if (folderFormat)
        {
            return ArgumentErrors.Usage(console.Error, $"--format {CliOptions.Name(format)} is for a folder of portfolios; for the file '{path}' use text, json or markdown");
        }
        if (loader.Load(path, path == "-" ? "<stdin>" : path, console.Error) is not { } read) return ExitCodes.BadInput;

        var portfolio = read.Portfolio!;
        LevelReport[] reports = [.. levels.Levels.Select(v => v.Validate(portfolio, asOf))];
        string output = format switch
        {
            ReportFormat.Json when levels.IsAll => ReportJson.Write(ReportJson.AllLevels(catalog, portfolio.Applicant.Name, asOf, reports)),
            ReportFormat.Json => ReportJson.Write(ReportJson.Level(reports[0])),
            ReportFormat.Markdown => MarkdownReport.Check(catalog, portfolio.Applicant.Name, asOf, reports, levels.IsAll),
            _ => new TextReport(console.ColorOutput).Check(catalog, portfolio.Applicant.Name, asOf, reports, levels.IsAll),
        };
        console.Out.Write(output);
        return ExitCodes.Of(reports.Any(r => r.Eligible));
    }
}
