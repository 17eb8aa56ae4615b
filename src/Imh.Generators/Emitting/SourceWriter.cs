using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Emitting;

/// <summary>
/// Writes indented C# with \n line endings (byte-identical on every OS), keeping lines within
/// about <see cref="Width"/> characters: long values break at their elements or at <c>|</c>, long
/// strings into concatenated pieces.
/// </summary>
internal sealed class SourceWriter
{
    /// <summary>The line length generated code keeps to.</summary>
    public const int Width = 120;

    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>
    /// <paramref name="prefix"/>, an expression and <paramref name="suffix"/>: on one line when it fits,
    /// else an array creation one element a line, or an enum combination one member a line.
    /// </summary>
    public SourceWriter Value(string prefix, string value, string suffix)
    {
        if (Fits(prefix + value + suffix)) return Line(prefix + value + suffix);
        if (ArrayParts(value) is { } array)
        {
            if (array.Head.Length > 0) Line(prefix + array.Head);
            else if (prefix.Trim().Length > 0) Line(prefix.TrimEnd());
            Line(array.Open);
            _indent++;
            foreach (var element in array.Elements) Value("", element, ",");
            _indent--;
            return Line(array.Close + suffix);
        }
        int open = value.IndexOf('(');
        if (IsCall(value, open))
        {
            // A call or object creation: one argument a line.
            var arguments = TopLevelSplit(value.Substring(open + 1, value.Length - open - 2), ", ");
            Line(prefix + value.Substring(0, open + 1));
            _indent++;
            for (int i = 0; i < arguments.Count; i++) Value("", arguments[i], i == arguments.Count - 1 ? ")" + suffix : ",");
            _indent--;
            return this;
        }
        var members = TopLevelSplit(value, " | ");
        if (members.Count > 1)
        {
            Line(prefix + members[0]);
            _indent++;
            for (int i = 1; i < members.Count; i++) Line("| " + members[i] + (i == members.Count - 1 ? suffix : ""));
            _indent--;
            return this;
        }
        return Line(prefix + value + suffix);
    }

    /// <summary><paramref name="prefix"/>, a string literal and <paramref name="suffix"/>, the string cut into concatenated pieces when too long.</summary>
    public SourceWriter String(string prefix, string value, string suffix)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        if (Fits(prefix + literal + suffix)) return Line(prefix + literal + suffix);
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (piece.Length > 0 && piece.Length + word.Length + 1 > Width - 30 - _indent * 4)
            {
                pieces.Add(piece.Append(' ').ToString());
                piece.Clear();
            }
            else if (piece.Length > 0) piece.Append(' ');
            piece.Append(word);
        }
        pieces.Add(piece.ToString());
        // After a prefix ("Title = ") the pieces go one level in; alone (a list element) they stay.
        bool after = prefix.Trim().Length > 0;
        if (after)
        {
            Line(prefix.TrimEnd());
            _indent++;
        }
        for (int i = 0; i < pieces.Count; i++)
        {
            Line(SymbolDisplay.FormatLiteral(pieces[i], quote: true) + (i == pieces.Count - 1 ? suffix : " +"));
        }
        if (after) _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary><c>Name(arguments)</c> or <c>new Type(arguments)</c>, the parenthesis at <paramref name="open"/> closing at the end.</summary>
    private static bool IsCall(string value, int open)
    {
        if (open <= 0 || !value.EndsWith(")", System.StringComparison.Ordinal) || ClosingOf(value, open) != value.Length - 1) return false;
        var head = value.Substring(0, open);
        return head.StartsWith("new ", System.StringComparison.Ordinal) ? head.IndexOf(' ', 4) < 0 : head.IndexOf(' ') < 0;
    }

    /// <summary>The line fits within <see cref="Width"/> at the current indent.</summary>
    public bool Fits(string line) => _indent * 4 + line.Length <= Width;

    /// <summary>
    /// <c>new T[] { a, b }</c> as its head (<c>new T[]</c>), braces and elements, or a collection
    /// expression <c>[a, b]</c>; null for anything else.
    /// </summary>
    private static (string Head, string Open, string Close, List<string> Elements)? ArrayParts(string value)
    {
        if (value.StartsWith("[", System.StringComparison.Ordinal) && ClosingOf(value, 0) == value.Length - 1)
        {
            return ("", "[", "]", TopLevelSplit(value.Substring(1, value.Length - 2), ", "));
        }
        int open = value.IndexOf("[] { ", System.StringComparison.Ordinal);
        if (!value.StartsWith("new ", System.StringComparison.Ordinal) || open < 0 || !value.EndsWith(" }", System.StringComparison.Ordinal)) return null;
        var inner = value.Substring(open + 5, value.Length - open - 7);
        return (value.Substring(0, open + 2), "{", "}", TopLevelSplit(inner, ", "));
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, outside string literals; -1 when none.</summary>
    private static int ClosingOf(string value, int open)
    {
        int depth = 0;
        bool inString = false;
        for (int i = open; i < value.Length; i++)
        {
            char c = value[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Splits at a separator outside brackets, braces, parentheses and string literals.</summary>
    private static List<string> TopLevelSplit(string value, string separator)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        bool inString = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (depth == 0 && string.CompareOrdinal(value, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(value.Substring(start, i - start));
                i += separator.Length - 1;
                start = i + 1;
            }
        }
        parts.Add(value.Substring(start));
        return parts;
    }
}
