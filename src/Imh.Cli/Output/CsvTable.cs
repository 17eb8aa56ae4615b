using System.Text;

namespace Imh.Cli.Output;

/// <summary>CSV rows with RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); rows end in <c>\n</c>.</summary>
internal sealed class CsvTable
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends one row.</summary>
    public void Row(params ReadOnlySpan<string> fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            AppendField(fields[i]);
        }

        _text.Append('\n');
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private void AppendField(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
