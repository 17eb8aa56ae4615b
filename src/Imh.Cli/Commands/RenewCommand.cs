using System.CommandLine;
using System.IO;
using Imh.Cli.Arguments;
using Imh.Cli.Input;
using Imh.Cli.Output;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Cli.Commands;

/// <summary><c>imh renew FILE --year Y</c>: continuing endorsement for the level the portfolio says is held.</summary>
internal static class RenewCommand
{
    /// <summary>One line for the command list of <c>imh --help</c>.</summary>
    public const string Summary = "Checks a portfolio for continuing endorsement in a calendar year, for the level and track in its \"endorsement\".";

    /// <summary>The details appended to <c>imh renew --help</c>.</summary>
    public const string Notes =
        "  Exit 0 when the renewal requirements are met, 1 when not, 2 when the file is rejected or has no\n"
        + "  \"endorsement\" (the level held now, e.g. \"endorsement\": { \"level\": \"III\", \"since\": \"2024-06-01\" }).\n"
        + "\n"
        + "  Example:\n"
        + "    imh renew portfolio.json --year 2025";

    /// <summary>Builds the command.</summary>
    public static Command Create(Catalog catalog, StandardStreams console)
    {
        var file = new Argument<string>("FILE") { Description = "A portfolio file with an \"endorsement\" (the level held now)." };
        var year = CliOptions.Year();
        var format = CliOptions.Format("text, json or markdown. Default: text.", ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown);

        var command = new Command("renew", Summary)
        {
            file, year, format,
        };
        command.SetAction(parsed => Run(catalog, console, parsed.GetRequiredValue(file), parsed.GetRequiredValue(year), parsed.GetValue(format) ?? ReportFormat.Text));
        return command;
    }

    private static int Run(Catalog catalog, StandardStreams console, string path, int year, ReportFormat format)
    {
        if (!File.Exists(path))
        {
            return ArgumentErrors.Usage(console.Error, Directory.Exists(path)
                ? $"'{path}' is a folder; renew checks one portfolio file"
                : $"'{path}' does not exist (expected a portfolio file)");
        }

        if (new PortfolioLoader(catalog).Load(path, path, console.Error) is not { } portfolio)
        {
            return ExitCodes.BadInput;
        }

        if (portfolio.Endorsement is not { } endorsement)
        {
            console.Error.WriteLine(PortfolioLoader.Describe(path, new PortfolioProblem(
                "$.endorsement", null, null,
                "missing: renewal is checked for the endorsement held now, e.g. \"endorsement\": { \"level\": \"III\", \"since\": \"2024-06-01\" }")));
            return ExitCodes.BadInput;
        }

        if (catalog.FindRenewal(endorsement.Level) is not { } renewal)
        {
            console.Error.WriteLine(PortfolioLoader.Describe(path, new PortfolioProblem(
                "$.endorsement.level", null, null, $"level '{endorsement.Level}' has no continuing-endorsement rules")));
            return ExitCodes.BadInput;
        }

        RenewalReport report = renewal.Validate(portfolio, year);
        string output = format switch
        {
            ReportFormat.Json => JsonReport.Renewal(report),
            ReportFormat.Markdown => MarkdownReport.Renewal(report),
            _ => new TextReport(console.ColorOutput).Renewal(report),
        };
        console.Out.Write(output);
        return ExitCodes.Of(report.Eligible);
    }
}
