using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Imh.Dsl.Reports;

namespace Imh.Cli.Arguments;

/// <summary>
/// The options shared by the commands. Each parses and checks its own value, so a bad value is a
/// parse error (exit code 2, message on standard error) before any portfolio is read.
/// </summary>
internal static class CliOptions
{
    /// <summary>Lowest year <c>--year</c> accepts.</summary>
    public const int FirstYear = 1900;

    /// <summary>Highest year <c>--year</c> accepts.</summary>
    public const int LastYear = 2100;

    // The defaults are applied by the commands (null = not given) rather than by DefaultValueFactory,
    // whose value the help would print with ToString(); the descriptions say the default in words.

    /// <summary><c>--level ID|all</c>, case-insensitive; null when not given (all).</summary>
    public static Option<LevelSelection?> Level(Catalog catalog) => new("--level", "-l")
    {
        Description = $"Level or track to check: {string.Join(", ", catalog.LevelIds)}, or all (case-insensitive). Default: all.",
        HelpName = "ID|all",
        CustomParser = result => ParseLevel(result, catalog),
    };

    /// <summary>Every level of the catalog, for <c>--level all</c> and when <c>--level</c> is not given.</summary>
    public static LevelSelection AllLevels(Catalog catalog) => new(catalog.Levels, IsAll: true);

    /// <summary><c>--as-of YYYY-MM-DD</c>; null when not given (today).</summary>
    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Evaluate as of this date; evidence dated after it is not counted. Default: today.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    /// <summary>Today's date on this machine, the default as-of date.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    /// <summary><c>--year Y</c>, required, 1900 to 2100.</summary>
    public static Option<int> Year() => new("--year", "-y")
    {
        Description = $"Calendar year of the continuing-endorsement check, {FirstYear} to {LastYear}.",
        HelpName = "YYYY",
        Required = true,
        CustomParser = ParseYear,
    };

    /// <summary><c>--format</c> limited to the given formats, case-insensitive; null when not given (text).</summary>
    public static Option<ReportFormat?> Format(string description, params ReportFormat[] accepted) => new("--format", "-f")
    {
        Description = description,
        HelpName = string.Join("|", accepted.Select(Name)),
        CustomParser = result => ParseFormat(result, accepted),
    };

    /// <summary>The spelling of a format on the command line.</summary>
    public static string Name(ReportFormat format) => format switch
    {
        ReportFormat.Text => "text",
        ReportFormat.Json => "json",
        ReportFormat.Markdown => "markdown",
        ReportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static LevelSelection? ParseLevel(ArgumentResult result, Catalog catalog)
    {
        string value = result.Tokens.Single().Value;
        if (string.Equals(value, "all", StringComparison.OrdinalIgnoreCase))
        {
            return AllLevels(catalog);
        }

        if (catalog.FindLevel(value) is { } level)
        {
            return new LevelSelection([level], IsAll: false);
        }

        result.AddError($"unknown level '{value}'; valid levels are {string.Join(", ", catalog.LevelIds)} and all (case-insensitive)");
        return null;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        string value = result.Tokens.Single().Value;
        if (IsIsoDateShape(value)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError(IsIsoDateShape(value)
            ? $"--as-of '{value}' is not a real date"
            : $"--as-of '{value}' is not a date in the form YYYY-MM-DD (e.g. 2026-11-24)");
        return null;
    }

    // Exactly four digits, dash, two digits, dash, two digits: no other spelling of a date is accepted.
    private static bool IsIsoDateShape(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int ParseYear(ArgumentResult result)
    {
        string value = result.Tokens.Single().Value;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= FirstYear and <= LastYear)
        {
            return year;
        }

        result.AddError($"--year '{value}' is not a year from {FirstYear} to {LastYear}");
        return default;
    }

    private static ReportFormat? ParseFormat(ArgumentResult result, ReportFormat[] accepted)
    {
        string value = result.Tokens.Single().Value;
        foreach (ReportFormat format in accepted)
        {
            if (string.Equals(Name(format), value, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        result.AddError($"unknown --format '{value}'; use {string.Join(", ", accepted.Select(Name))}");
        return null;
    }
}
