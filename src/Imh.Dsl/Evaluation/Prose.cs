using System.Globalization;
using System.Text;

namespace Imh.Dsl.Evaluation;

/// <summary>Numbers, dates and lists as reports and documentation write them.</summary>
public static class Prose
{
    /// <summary>Clock hours without trailing zeros: 50, 8.5, 23.25.</summary>
    public static string Hours(decimal hours) => ShortHours(hours) ?? hours.ToString("0.##", CultureInfo.InvariantCulture);

    // Hours in cents or coarser, not negative and below 10^15, are written digit by digit: the text
    // "0.##" gives them, without parsing the format on every call. Anything else (rounding, signs) is
    // left to the format.
    private static string? ShortHours(decimal hours)
    {
        if (hours.Scale > 2 || decimal.IsNegative(hours) || hours >= 1_000_000_000_000_000m) return null;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(hours, bits);
        ulong units = (uint)bits[0] | (ulong)(uint)bits[1] << 32;
        (ulong whole, ulong cents) = hours.Scale switch
        {
            0 => (units, 0UL),
            1 => (units / 10, units % 10 * 10),
            _ => (units / 100, units % 100),
        };
        int wholeDigits = 1;
        for (ulong rest = whole / 10; rest > 0; rest /= 10) wholeDigits++;
        int fraction = cents == 0 ? 0 : cents % 10 == 0 ? 1 : 2;
        return string.Create(wholeDigits + (fraction == 0 ? 0 : 1 + fraction), (whole, cents, fraction), static (chars, number) =>
        {
            int end = chars.Length;
            if (number.fraction > 0)
            {
                if (number.fraction == 2) chars[--end] = (char)('0' + (int)(number.cents % 10));
                chars[--end] = (char)('0' + (int)(number.cents / 10));
                chars[--end] = '.';
            }
            ulong rest = number.whole;
            do
            {
                chars[--end] = (char)('0' + (int)(rest % 10));
                rest /= 10;
            }
            while (end > 0);
        });
    }

    /// <summary>"1 clock hour", "8.5 clock hours".</summary>
    public static string ClockHours(decimal hours) => Hours(hours) + (hours == 1 ? " clock hour" : " clock hours");

    /// <summary>ISO date.</summary>
    public static string Date(DateOnly date)
    {
        // The ten characters written directly: what ToString("yyyy-MM-dd") gives, without parsing the format each time.
        date.Deconstruct(out int year, out int month, out int day);
        return string.Create(10, (year, month, day), static (chars, d) =>
        {
            chars[0] = (char)('0' + d.year / 1000);
            chars[1] = (char)('0' + d.year / 100 % 10);
            chars[2] = (char)('0' + d.year / 10 % 10);
            chars[3] = (char)('0' + d.year % 10);
            chars[4] = '-';
            chars[5] = (char)('0' + d.month / 10);
            chars[6] = (char)('0' + d.month % 10);
            chars[7] = '-';
            chars[8] = (char)('0' + d.day / 10);
            chars[9] = (char)('0' + d.day % 10);
        });
    }

    /// <summary>"a master's", "an associate's degree".</summary>
    public static string WithArticle(string noun) => (StartsWithVowelSound(noun) ? "an " : "a ") + noun;

    // An initialism is read letter by letter ("an RS/C session", "an MSW", "a CDA"); a word by its first letter.
    private static bool StartsWithVowelSound(string noun)
    {
        if (noun.Length == 0) return false;
        bool initialism = noun.Length > 1 && char.IsAsciiLetterUpper(noun[0]) && (char.IsAsciiLetterUpper(noun[1]) || noun[1] == '/');
        return initialism ? "AEFHILMNORSX".Contains(noun[0]) : "aeiouAEIOU".Contains(noun[0]);
    }

    /// <summary>The words of a camelCase or PascalCase name, in lower case: <c>ageBands</c> reads "age bands".</summary>
    public static string WordsOf(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetterUpper(c) && i > 0 && !char.IsAsciiLetterUpper(name[i - 1])) words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }

    /// <summary>"1 year", "2 years".</summary>
    public static string Years(int years) => years == 1 ? "1 year" : years.ToString() + " years";

    /// <summary>"1 month", "18 months".</summary>
    public static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    /// <summary>"1 rating", "2 ratings": a count and a noun with its plural.</summary>
    public static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";

    /// <summary>Days as years of 365 days and days: "1 year 40 days", "200 days", "2 years".</summary>
    public static string YearsAndDays(int days)
    {
        // Concatenated rather than interpolated: every report words credited work with it, some rules twice.
        int years = days / 365, rest = days % 365;
        string restWords = rest == 1 ? "1 day" : rest.ToString() + " days";
        return years == 0 ? restWords : rest == 0 ? Years(years) : string.Concat(Years(years), " ", restWords);
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string OrList(IReadOnlyList<string> items) => JoinList(items, "or");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string AndList(IReadOnlyList<string> items) => JoinList(items, "and");

    /// <summary>The text with its first letter in capitals.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The camelCase form of a PascalCase name.</summary>
    public static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];

    private static string JoinList(IReadOnlyList<string> items, string conjunction)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var text = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(i == items.Count - 1 ? $" {conjunction} " : ", ");
            text.Append(items[i]);
        }
        return text.ToString();
    }
}
