using System.CommandLine;
using System.IO;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Input;
using Imh.CommandLine.Output;
using Imh.Dsl.Planning;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh plan FILE</c>: the earliest day each level is reached if the applicant keeps their pace.</summary>
internal static class PlanCommand
{
    /// <summary>One line for the command list of <c>imh --help</c>.</summary>
    public const string Summary = "The earliest date a portfolio becomes eligible at one level or track, or each of them, if the applicant keeps their pace.";

    /// <summary>The details appended to <c>imh plan --help</c>.</summary>
    public const string Notes =
        "  Work going on continues at its FTE; training and sessions continue at the applicant's average monthly\n"
        + "  clock hours of the last 12 months (of the entries each requirement counts), or at the --pace given,\n"
        + "  one entry a month from a month after the as-of date. A requirement time alone does not meet (a rating,\n"
        + "  an examination, a signature, a credential, or hours at a pace of zero) is listed as an action. Exit codes\n"
        + "  as check: 0 when eligible on the as-of date (with --level all: for at least one level), 1 when not.\n"
        + "\n"
        + "  Examples:\n"
        + "    imh plan portfolio.json --level iii --as-of 2026-11-24\n"
        + "    imh plan portfolio.json --pace 3 --pace training=2 --format json";

    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var file = new Argument<string>("FILE") { Description = "A portfolio file, or - for standard input." };
        var catalog = CliOptions.CatalogOption(catalogs);
        var level = CliOptions.Level("Level or track to plan");
        var asOf = CliOptions.AsOf();
        var pace = CliOptions.Pace();
        var format = CliOptions.Format("text, json or markdown. Default: text.", ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown);

        var command = new Command("plan", Summary)
        {
            file, catalog, level, asOf, pace, format,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(catalog) ?? catalogs[0],
            console,
            parsed.GetRequiredValue(file),
            parsed.GetValue(level),
            parsed.GetValue(asOf) ?? CliOptions.Today(),
            parsed.GetValue(pace) ?? [],
            parsed.GetValue(format) ?? ReportFormat.Text));
        return command;
    }

    private static int Run(Catalog catalog, StandardStreams console, string path, string? levelId, DateOnly asOf, string[] paces, ReportFormat format)
    {
        var (levels, levelError) = CliOptions.Levels(catalog, levelId);
        if (levels is null) return ArgumentErrors.Usage(console.Error, levelError!, "plan");
        var (pace, paceError) = CliOptions.Paces(catalog.Vocabulary, paces);
        if (pace is null) return ArgumentErrors.Usage(console.Error, paceError!, "plan");
        if (path != "-" && !File.Exists(path))
        {
            return ArgumentErrors.Usage(console.Error, Directory.Exists(path)
                ? $"'{path}' is a folder; plan reads one portfolio file"
                : $"'{path}' does not exist (expected a portfolio file)");
        }
        if (new PortfolioLoader(catalog).Load(path, path == "-" ? "<stdin>" : path, console.Error) is not { Portfolio: { } portfolio }) return ExitCodes.BadInput;

        LevelPlan[] plans = [.. levels.Levels.Select(v => v.Definition.Plan(portfolio, asOf, pace))];
        string applicant = portfolio.Applicant.Name;
        string output = format switch
        {
            ReportFormat.Json => ReportJson.Write(ReportJson.Plans(applicant, asOf, plans, levels.IsAll)),
            ReportFormat.Markdown => MarkdownReport.Plan(catalog, applicant, asOf, pace, plans),
            _ => new TextReport(console.ColorOutput).Plan(catalog, applicant, asOf, pace, plans),
        };
        console.Out.Write(output);
        return ExitCodes.Of(plans.Any(p => p.Now.Eligible));
    }
}
