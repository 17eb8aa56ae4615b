using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Imh.Generators.Declarations;

/// <summary>
/// How a quote is compared with the published text. The text is extracted from a PDF: line breaks,
/// double spaces, split words ("Supervis ion"), words hyphenated across a line ("per- taining") and
/// footnote markers glued to a word ("Level III1  plus"), none of which a quote need reproduce.
/// Both sides lose whitespace and hyphens; the published text also loses its footnote markers.
/// </summary>
internal static class SourceQuotes
{
    // A single digit right after a letter and before whitespace: a footnote marker ("III1 plus").
    private static readonly Regex FootnoteMarker = new(@"(?<=\p{L})\d(?=\s)", RegexOptions.CultureInvariant);

    /// <summary>The published text as quotes are looked up in it.</summary>
    public static string NormalizeSource(string text) => Strip(FootnoteMarker.Replace(text, ""));

    /// <summary>A quote as it is looked up in the normalized published text.</summary>
    public static string NormalizeQuote(string quote) => Strip(quote);

    /// <summary>The quote occurs in the text; <paramref name="normalizedSource"/> comes from <see cref="NormalizeSource"/>.</summary>
    public static bool Occurs(string normalizedSource, string quote)
        => normalizedSource.IndexOf(NormalizeQuote(quote), StringComparison.Ordinal) >= 0;

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '-') builder.Append(c);
        }
        return builder.ToString();
    }
}
