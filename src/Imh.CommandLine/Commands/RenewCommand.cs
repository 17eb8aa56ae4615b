using System.CommandLine;
using System.IO;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Input;
using Imh.CommandLine.Output;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh renew FILE</c>: continuing endorsement in a calendar year, for every endorsement held (or the one --level names).</summary>
internal static class RenewCommand
{
    /// <summary>One line for the command list of <c>imh --help</c>.</summary>
    public const string Summary = "Checks a portfolio for continuing endorsement in a calendar year, for the endorsements it holds.";

    /// <summary>The details appended to <c>imh renew --help</c>.</summary>
    public const string Notes =
        "  Exit 0 when the renewal requirements of every endorsement checked are met, 1 when not, 2 when the file\n"
        + "  is rejected, holds no endorsement, or held none in the year (e.g. \"endorsement\": { \"level\": \"ID\",\n"
        + "  \"since\": \"2024-06-01\" } is renewed from 2024 on). Before 31 December the report says how many days\n"
        + "  are left in the year.\n"
        + "\n"
        + "  Example:\n"
        + "    imh renew portfolio.json --year 2025\n"
        + "    imh renew portfolio.json --as-of 2026-12-01   (2026, with the days left in it)";

    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var file = new Argument<string>("FILE") { Description = "A portfolio file (or - for standard input) with the endorsement(s) held." };
        var catalog = CliOptions.CatalogOption(catalogs);
        var year = CliOptions.Year();
        var today = new Option<DateOnly?>("--as-of")
        {
            Description = "The date of the report: the days left in the year are counted from it, and --year defaults to its year. Default: today.",
            HelpName = "YYYY-MM-DD",
            CustomParser = CliOptions.ParseDate,
        };
        var level = CliOptions.Level("The endorsement to renew, when several are held");
        var format = CliOptions.Format("text, json or markdown. Default: text.", ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown);

        var command = new Command("renew", Summary)
        {
            file, catalog, year, level, today, format,
        };
        command.SetAction(parsed =>
        {
            DateOnly date = parsed.GetValue(today) ?? CliOptions.Today();
            return Run(
                parsed.GetValue(catalog) ?? catalogs[0], console, parsed.GetRequiredValue(file),
                parsed.GetValue(year) ?? date.Year, parsed.GetValue(level), date, parsed.GetValue(format) ?? ReportFormat.Text);
        });
        return command;
    }

    private static int Run(Catalog catalog, StandardStreams console, string path, int year, string? level, DateOnly today, ReportFormat format)
    {
        if (path != "-" && !File.Exists(path))
        {
            return ArgumentErrors.Usage(console.Error, Directory.Exists(path)
                ? $"'{path}' is a folder; renew checks one portfolio file"
                : $"'{path}' does not exist (expected a portfolio file)");
        }
        if (level is not null && !string.Equals(level, "all", StringComparison.OrdinalIgnoreCase) && catalog.FindLevel(level) is null)
        {
            return ArgumentErrors.Usage(console.Error, CliOptions.Levels(catalog, level).Error!, "renew");
        }
        string shown = path == "-" ? "<stdin>" : path;
        if (new PortfolioLoader(catalog).Load(path, shown, console.Error) is not { Portfolio: { } portfolio } read) return ExitCodes.BadInput;

        var due = Renewals.Due(catalog, portfolio, year, level is null || string.Equals(level, "all", StringComparison.OrdinalIgnoreCase) ? null : level);
        if (due.Problem is { } problem)
        {
            // A missing property is reported where its object starts, as the reader does for required ones.
            console.Error.WriteLine(PortfolioLoader.Describe(shown, problem with { Line = read.RootLine, Column = read.RootColumn }));
            return ExitCodes.BadInput;
        }

        var reports = due.Due.Select(r => r.Validate(portfolio, year)).ToList();
        string output = format switch
        {
            ReportFormat.Json when reports.Count == 1 && (portfolio.SchemaVersion < 2 || level is not null)
                => ReportJson.Write(ReportJson.Renewal(reports[0])),
            ReportFormat.Json => ReportJson.Write(ReportJson.Renewals(portfolio.Applicant.Name, year, reports)),
            ReportFormat.Markdown => string.Concat(reports.Select(r => MarkdownReport.Renewal(catalog, r, today))),
            _ => string.Concat(reports.Select(r => new TextReport(console.ColorOutput).Renewal(catalog, r, today))),
        };
        console.Out.Write(output);
        return ExitCodes.Of(reports.All(r => r.Eligible));
    }
}
