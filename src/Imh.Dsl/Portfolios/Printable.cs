using System.Globalization;
using System.Text;

namespace Imh.Dsl.Portfolios;

/// <summary>
/// Text from a portfolio or a command line made safe to print on one terminal line: control
/// characters (C0, DEL, C1) and bidirectional overrides are written as escapes (<c>\u001b</c>,
/// <c>\n</c>), so input can neither split a message nor drive the terminal.
/// </summary>
public static class Printable
{
    /// <summary>The text with every unsafe character escaped; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && Safe(text[first])) first++;
        if (first == text.Length) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (Safe(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return escaped.ToString();
    }

    /// <summary>The character prints as itself without moving to another line or changing how the terminal shows text.</summary>
    public static bool Safe(char c)
        => c >= ' ' && c != '\u007f' && !(c >= '\u0080' && c <= '\u009f')
        && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069');
}
