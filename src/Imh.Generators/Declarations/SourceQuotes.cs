using System.Text;

namespace Imh.Generators.Declarations;

/// <summary>
/// Quotes are compared with the published text with all whitespace removed from both: the text is
/// extracted from a PDF, with line breaks, double spaces and split words ("Supervis ion") that a
/// quote need not reproduce.
/// </summary>
internal static class SourceQuotes
{
    public static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The quote occurs in the text; <paramref name="textWithoutWhitespace"/> is already stripped.</summary>
    public static bool Occurs(string textWithoutWhitespace, string quote)
        => textWithoutWhitespace.IndexOf(WithoutWhitespace(quote), System.StringComparison.Ordinal) >= 0;
}
