using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Arguments;

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

    /// <summary><c>--catalog ID</c>, case-insensitive; null when not given (the first catalog).</summary>
    public static Option<Catalog?> CatalogOption(IReadOnlyList<Catalog> catalogs) => new("--catalog", "-c")
    {
        Description = $"The catalog of requirements: {string.Join(", ", catalogs.Select(c => c.Id))} (case-insensitive). Default: {catalogs[0].Id}.",
        HelpName = "ID",
        CustomParser = result => ParseCatalog(result, catalogs),
    };

    /// <summary><c>--level ID|all</c>; checked against the catalog once it is known; null when not given.</summary>
    public static Option<string?> Level(string what) => new("--level", "-l")
    {
        Description = $"{what}: an id of the catalog ('imh levels' lists them; aliases too), or all (case-insensitive). Default: all.",
        HelpName = "ID|all",
    };

    /// <summary>The levels <c>--level</c> names in a catalog, or the message that says it names none.</summary>
    public static (LevelSelection? Levels, string? Error) Levels(Catalog catalog, string? value)
    {
        if (value is null || string.Equals(value, "all", StringComparison.OrdinalIgnoreCase)) return (AllLevels(catalog), null);
        if (catalog.FindLevel(value) is { } level) return (new LevelSelection([level], IsAll: false), null);
        var ids = catalog.LevelIds.ToList();
        string valid = catalog.LevelNoun.Length > 0 ? $"valid {catalog.LevelNoun.ToLowerInvariant()}s" : "valid ids";
        return (null, $"unknown level '{value}'; {valid} are {string.Join(", ", ids)} and all (case-insensitive)");
    }

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

    /// <summary><c>--year Y</c>, 1900 to 2100; null when not given (the current year).</summary>
    public static Option<int?> Year() => new("--year", "-y")
    {
        Description = $"Calendar year of the continuing-endorsement check, {FirstYear} to {LastYear}. Default: the current year.",
        HelpName = "YYYY",
        CustomParser = ParseYear,
    };

    /// <summary><c>--pace HOURS</c> or <c>--pace LIST=HOURS</c>, repeatable; checked against the catalog's lists once it is known.</summary>
    public static Option<string[]> Pace() => new("--pace")
    {
        Description = "Clock hours a month the plan projects: HOURS for training and sessions alike, or LIST=HOURS for one list "
            + "(its name in the portfolio, e.g. training). Default: the applicant's average of the last 12 months.",
        HelpName = "[LIST=]HOURS",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The pace the <c>--pace</c> values set, or the message that says which value is wrong.</summary>
    public static (Imh.Dsl.Planning.Pace? Pace, string? Error) Paces(Imh.Dsl.Portfolios.Vocabulary vocabulary, IEnumerable<string> values)
        => Imh.Dsl.Planning.Pace.Parse(vocabulary, values, out string? error) is { } pace ? (pace, null) : (null, "--pace " + error);

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
        ReportFormat.Jsonl => "jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static Catalog? ParseCatalog(ArgumentResult result, IReadOnlyList<Catalog> catalogs)
    {
        string value = result.Tokens.Single().Value;
        var found = catalogs.FirstOrDefault(c => string.Equals(c.Id, value, StringComparison.OrdinalIgnoreCase));
        if (found is null) result.AddError($"unknown catalog '{value}'; the catalogs are {string.Join(", ", catalogs.Select(c => c.Id))} (case-insensitive)");
        return found;
    }

    /// <summary>Parses a YYYY-MM-DD option value, adding an error that names the option when it is not a real date.</summary>
    public static DateOnly? ParseDate(ArgumentResult result)
    {
        string value = result.Tokens.Single().Value;
        if (IsIsoDateShape(value)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError(IsIsoDateShape(value)
            ? $"{Named(result)} '{value}' is not a real date"
            : $"{Named(result)} '{value}' is not a date in the form YYYY-MM-DD (e.g. 2026-11-24)");
        return null;
    }

    private static string Named(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "--as-of";

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

    private static int? ParseYear(ArgumentResult result)
    {
        string value = result.Tokens.Single().Value;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= FirstYear and <= LastYear)
        {
            return year;
        }

        result.AddError($"--year '{value}' is not a year from {FirstYear} to {LastYear}");
        return null;
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
