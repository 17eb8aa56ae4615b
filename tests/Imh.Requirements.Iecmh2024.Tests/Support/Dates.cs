using System.Globalization;

namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>Calendar dates written as in a portfolio (<c>2026-11-24</c>).</summary>
public static class Dates
{
    /// <summary>The as-of date every eligible portfolio is built for.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 24);

    /// <summary>An ISO date.</summary>
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as a portfolio writes it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
