using System.Globalization;
using System.Text;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>
/// The JSON path of the value being read, kept as segments (names and indexes) and turned into
/// text (<c>$.work[3].end</c>) only when a problem is reported, so reading valid input allocates nothing for paths.
/// </summary>
internal sealed class PathStack
{
    private string?[] _names = new string?[16];
    private int[] _indexes = new int[16];
    private int _depth;

    public void Push(string name)
    {
        if (_depth == _names.Length) Grow();
        _names[_depth] = name;
        _depth++;
    }

    public void Push(int index)
    {
        if (_depth == _names.Length) Grow();
        _names[_depth] = null;
        _indexes[_depth] = index;
        _depth++;
    }

    public void Pop() => _depth--;

    /// <summary>Back to the root, for the next read.</summary>
    public void Clear() => _depth = 0;

    /// <summary>The path with one more property: <c>$.a.b</c>.</summary>
    public string With(string name) => Member(ToString(), name);

    public override string ToString()
    {
        var path = new StringBuilder("$");
        for (int i = 0; i < _depth; i++)
        {
            var name = _names[i];
            if (name is not null) path.Append(Member("", name));
            else path.Append('[').Append(_indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return path.ToString();
    }

    /// <summary>Appends a property to a path, bracket-quoting names that are not plain identifiers (escaped to print on one line).</summary>
    public static string Member(string path, string name)
    {
        bool plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        foreach (char c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c == '_';
        }
        return plain
            ? path + "." + name
            : path + "['" + Printable.Escape(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)) + "']";
    }

    private void Grow()
    {
        Array.Resize(ref _names, _names.Length * 2);
        Array.Resize(ref _indexes, _indexes.Length * 2);
    }
}
