using System.Globalization;

namespace Imh.Dsl.Evaluation;

/// <summary>When a rule, requirement, track or level is in force: from a first day to a last day, both inclusive and each optional.</summary>
/// <param name="From">First day in force; null for "always was".</param>
/// <param name="Until">Last day in force; null for "still is".</param>
public readonly record struct Period(DateOnly? From, DateOnly? Until)
{
    /// <summary>In force at all times.</summary>
    public static Period Always => default;

    /// <summary>No bound on either side.</summary>
    public bool IsAlways => From is null && Until is null;

    /// <summary>In force on <paramref name="day"/>.</summary>
    public bool Contains(DateOnly day) => (From is null || From.Value <= day) && (Until is null || day <= Until.Value);

    /// <summary>A period from the attribute strings (<c>YYYY-MM-DD</c>; the analyzers check they are real dates).</summary>
    public static Period Parse(string? from, string? until) => new(ParseDate(from), ParseDate(until));

    /// <summary>"from 2024-01-01", "until 2023-12-31", "2024-01-01 to 2025-12-31"; empty when always.</summary>
    public override string ToString() => (From, Until) switch
    {
        (null, null) => "",
        ({ } f, null) => "from " + Prose.Date(f),
        (null, { } u) => "until " + Prose.Date(u),
        ({ } f, { } u) => Prose.Date(f) + " to " + Prose.Date(u),
    };

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null) return null;
        DateOnly date;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return date;
        throw new FormatException($"'{text}' is not a date written YYYY-MM-DD.");
    }
}
