using System.IO;
using System.Threading;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Input;
using Imh.CommandLine.Output;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary>
/// <c>imh check DIR --format csv|jsonl</c>: every portfolio of a folder, one CSV row per portfolio and
/// level or one JSON report per portfolio and line, in ordinal file-name order. Portfolios are read
/// and evaluated on every core, a bounded window of them at a time; the output waits in a temporary
/// file until every portfolio has been read.
/// </summary>
internal static class FolderCheck
{
    private static readonly EnumerationOptions JsonFilesOnly = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Directory,
    };

    /// <summary>What checking one file gave: its rows or line, or the problems that rejected it.</summary>
    private readonly record struct Checked(string? Output, string? Problems, bool Eligible);

    /// <summary>
    /// Evaluates the folder. If any file is rejected, the problems of every rejected file go to standard
    /// error in file order and nothing is written to standard output (exit 2, as for a single bad file).
    /// Otherwise exit 0 when every portfolio is eligible for some requested level, else 1.
    /// </summary>
    public static int Run(Catalog catalog, PortfolioLoader loader, StandardStreams console, string folder, LevelSelection levels, DateOnly asOf, ReportFormat format)
    {
        string[] names = [.. Directory.EnumerateFiles(folder, "*.json", JsonFilesOnly).Select(p => Path.GetFileName(p))];
        if (names.Length == 0)
        {
            return ArgumentErrors.Usage(console.Error, $"the folder '{folder}' has no *.json portfolio files");
        }
        Array.Sort(names, StringComparer.Ordinal);

        SpooledOutput spool;
        try
        {
            spool = SpooledOutput.Create();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArgumentErrors.Usage(console.Error, $"cannot create a temporary file for the output in '{Path.GetTempPath()}': {ex.Message}");
        }

        using (spool)
        {
            if (format == ReportFormat.Csv)
            {
                var header = new CsvTable();
                header.Row("file", "applicant", "level", "eligible", "unmetKeys");
                spool.Writer.Write(header.ToString());
            }
            var progress = console.ErrorIsTerminal ? new ProgressBar(console.Error, names.Length) : null;
            int rejected = 0;
            bool everyoneEligible = true;

            Checked Check(int i)
            {
                string path = Path.Join(folder, names[i]);
                var problems = new StringWriter { NewLine = "\n" };
                if (loader.Load(path, path, problems)?.Portfolio is not { } portfolio)
                {
                    Volatile.Write(ref rejected, 1);
                    return new Checked(null, problems.ToString(), false);
                }

                // Once a file is rejected nothing is written: the rest are only read, for their problems.
                if (Volatile.Read(ref rejected) != 0) return default;
                return format == ReportFormat.Csv ? Rows(names[i], portfolio, levels, asOf) : Line(catalog, portfolio, levels, asOf);
            }

            void Write(int i, Checked item)
            {
                if (item.Problems is not null)
                {
                    progress?.Clear();
                    console.Error.Write(item.Problems);
                }
                else if (item.Output is not null && Volatile.Read(ref rejected) == 0)
                {
                    spool.Writer.Write(item.Output);
                    everyoneEligible &= item.Eligible;
                }
                progress?.Report(i + 1);
            }

            int workers = Environment.ProcessorCount;
            OrderedWindow.Run(names.Length, window: Math.Max(16, 4 * workers), workers, Check, Write);
            progress?.Clear();
            if (rejected != 0) return ExitCodes.BadInput;
            spool.CopyTo(console);
            return ExitCodes.Of(everyoneEligible);
        }
    }

    // One row per requested level. The rows need verdicts and keys only, so the evaluations are not worded into reports.
    private static Checked Rows(string file, Portfolio portfolio, LevelSelection levels, DateOnly asOf)
    {
        var csv = new CsvTable();
        bool eligibleSomewhere = false;
        foreach (ILevelValidator level in levels.Levels)
        {
            LevelEvaluation evaluation = level.Definition.Evaluate(portfolio, asOf);
            bool eligible = evaluation.Outcome.Eligible;
            eligibleSomewhere |= eligible;
            var unmet = evaluation.Assessments.Where(a => a.Blocks).Select(a => a.Requirement.Key);
            csv.Row(file, portfolio.Applicant.Name, level.Definition.Id, eligible ? "true" : "false", string.Join(";", unmet));
        }
        return new Checked(csv.ToString(), null, eligibleSomewhere);
    }

    // One JSON object per portfolio, on one line: the one-level object, or every level's.
    private static Checked Line(Catalog catalog, Portfolio portfolio, LevelSelection levels, DateOnly asOf)
    {
        LevelReport[] reports = [.. levels.Levels.Select(l => l.Validate(portfolio, asOf))];
        string line = ReportJson.WriteLine(levels.IsAll ? ReportJson.AllLevels(catalog, portfolio.Applicant.Name, asOf, reports) : ReportJson.Level(reports[0]));
        return new Checked(line, null, reports.Any(r => r.Eligible));
    }
}
