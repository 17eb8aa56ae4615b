using System.CommandLine;
using System.IO;
using Imh.Cli.Arguments;
using Imh.Cli.Input;
using Imh.Cli.Output;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Cli.Commands;

/// <summary><c>imh check FILE|DIR</c>: initial endorsement, one portfolio or a folder of them.</summary>
internal static class CheckCommand
{
    /// <summary>One line for the command list of <c>imh --help</c>.</summary>
    public const string Summary = "Checks a portfolio for initial endorsement at one level or track, or all of them (the default); with --format csv, a folder of portfolios.";

    /// <summary>Builds the command.</summary>
    public static Command Create(Catalog catalog, StandardStreams console)
    {
        var path = new Argument<string>("PATH") { Description = "A portfolio file, or a folder whose *.json files are portfolios (folders need --format csv)." };
        var level = CliOptions.Level(catalog);
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format(
            "text, json or markdown for a file; csv for a folder (required there). Default: text.",
            ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Csv);

        var command = new Command("check", Summary)
        {
            path, level, asOf, format,
        };
        command.SetAction(parsed => Run(
            catalog,
            console,
            parsed.GetRequiredValue(path),
            parsed.GetValue(level) ?? CliOptions.AllLevels(catalog),
            parsed.GetValue(asOf) ?? CliOptions.Today(),
            parsed.GetValue(format) ?? ReportFormat.Text));
        return command;
    }

    /// <summary>The details appended to <c>imh check --help</c>.</summary>
    public const string Notes =
        "  FILE: exit 0 when eligible (with --level all: for at least one level), 1 when not, 2 when the file is\n"
        + "  rejected; every problem is printed on standard error as FILE:LINE:COLUMN: $.path: message.\n"
        + "\n"
        + "  DIR: needs --format csv (and csv needs a folder). Every *.json file directly in DIR is checked, in\n"
        + "  ordinal file-name order; one row per portfolio and level: file,applicant,level,eligible,unmetKeys\n"
        + "  (keys joined by ';'). Every file is read before any is evaluated: if one cannot be read, its problems\n"
        + "  are printed on standard error with its name, nothing is written on standard output, and\n"
        + "  the exit code is 2 (as for a single bad file). Otherwise exit 0 when every portfolio\n"
        + "  is eligible for at least one of the requested levels, 1 when some portfolio is eligible for none.\n"
        + "  A progress bar is drawn on standard error only when it is a terminal.\n"
        + "\n"
        + "  Examples:\n"
        + "    imh check portfolio.json --as-of 2026-11-24\n"
        + "    imh check portfolio.json --level iii --format json\n"
        + "    imh check portfolios/ --format csv --level all > verdicts.csv";

    private static int Run(Catalog catalog, StandardStreams console, string path, LevelSelection levels, DateOnly asOf, ReportFormat format)
    {
        var loader = new PortfolioLoader(catalog);
        if (Directory.Exists(path))
        {
            return format == ReportFormat.Csv
                ? FolderCheck.Run(loader, console, path, levels, asOf)
                : ArgumentErrors.Usage(console.Error, $"'{path}' is a folder: a folder is checked with --format csv (one row per portfolio and level)");
        }

        if (!File.Exists(path))
        {
            return ArgumentErrors.Usage(console.Error, $"'{path}' does not exist (expected a portfolio file or a folder of them)");
        }

        if (format == ReportFormat.Csv)
        {
            return ArgumentErrors.Usage(console.Error, $"--format csv is for a folder of portfolios; for the file '{path}' use text, json or markdown");
        }

        if (loader.Load(path, path, console.Error) is not { } portfolio)
        {
            return ExitCodes.BadInput;
        }

        LevelReport[] reports = [.. levels.Levels.Select(v => v.Validate(portfolio, asOf))];
        string output = format switch
        {
            ReportFormat.Json when levels.IsAll => JsonReport.AllLevels(portfolio.Applicant.Name, asOf, reports),
            ReportFormat.Json => JsonReport.Level(reports[0]),
            ReportFormat.Markdown => MarkdownReport.Check(catalog, portfolio.Applicant.Name, asOf, reports, levels.IsAll),
            _ => new TextReport(console.ColorOutput).Check(catalog, portfolio.Applicant.Name, asOf, reports, levels.IsAll),
        };
        console.Out.Write(output);
        return ExitCodes.Of(reports.Any(r => r.Eligible));
    }
}
