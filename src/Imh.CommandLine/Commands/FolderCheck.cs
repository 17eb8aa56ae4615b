using System.IO;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Input;
using Imh.CommandLine.Output;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh check DIR --format csv</c>: every portfolio of a folder, one CSV row per portfolio and level.</summary>
internal static class FolderCheck
{
    private static readonly EnumerationOptions JsonFilesOnly = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Directory,
    };

    /// <summary>
    /// Evaluates the folder. Every file is read first: if any is rejected, its problems go to standard
    /// error and nothing is evaluated or written to standard output (exit 2, as for a single bad file).
    /// Otherwise exit 0 when every portfolio is eligible for some requested level, else 1.
    /// </summary>
    public static int Run(Catalog catalog, PortfolioLoader loader, StandardStreams console, string folder, LevelSelection levels, DateOnly asOf, ReportFormat format)
    {
        string[] files = Directory.GetFiles(folder, "*.json", JsonFilesOnly);
        if (files.Length == 0)
        {
            return ArgumentErrors.Usage(console.Error, $"the folder '{folder}' has no *.json portfolio files");
        }

        Array.Sort(files, (a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));

        // The bar follows the reading pass; evaluating what was read is quick next to it.
        var progress = console.ErrorIsTerminal ? new ProgressBar(console.Error, files.Length) : null;
        var portfolios = new Portfolio?[files.Length];
        bool anyRejected = false;
        for (int i = 0; i < files.Length; i++)
        {
            var problems = new StringWriter { NewLine = "\n" };
            portfolios[i] = loader.Load(files[i], files[i], problems)?.Portfolio;
            if (portfolios[i] is null)
            {
                anyRejected = true;
                progress?.Clear();
                console.Error.Write(problems.ToString());
            }

            progress?.Report(i + 1);
        }

        if (anyRejected)
        {
            progress?.Clear();
            return ExitCodes.BadInput;
        }

        var output = new System.Text.StringBuilder();
        var csv = new CsvTable();
        if (format == ReportFormat.Csv) csv.Row("file", "applicant", "level", "eligible", "unmetKeys");
        bool everyoneEligible = true;
        for (int i = 0; i < files.Length; i++)
        {
            if (format == ReportFormat.Csv)
            {
                everyoneEligible &= AppendRows(csv, Path.GetFileName(files[i]), portfolios[i]!, levels, asOf);
                continue;
            }
            var reports = levels.Levels.Select(l => l.Validate(portfolios[i]!, asOf)).ToList();
            everyoneEligible &= reports.Any(r => r.Eligible);
            output.Append(ReportJson.WriteLine(levels.IsAll
                ? ReportJson.AllLevels(catalog, portfolios[i]!.Applicant.Name, asOf, reports)
                : ReportJson.Level(reports[0])));
        }

        progress?.Clear();
        console.Out.Write(format == ReportFormat.Csv ? csv.ToString() : output.ToString());
        return ExitCodes.Of(everyoneEligible);
    }

    // One row per requested level; true when the portfolio is eligible for at least one of them.
    private static bool AppendRows(CsvTable csv, string file, Portfolio portfolio, LevelSelection levels, DateOnly asOf)
    {
        bool eligibleSomewhere = false;
        foreach (ILevelValidator level in levels.Levels)
        {
            LevelReport report = level.Validate(portfolio, asOf);
            eligibleSomewhere |= report.Eligible;
            csv.Row(file, report.Applicant, report.LevelId, report.Eligible ? "true" : "false", string.Join(";", report.UnmetKeys));
        }

        return eligibleSomewhere;
    }
}
