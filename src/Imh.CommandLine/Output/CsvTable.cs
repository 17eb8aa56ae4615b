using System.Text;

namespace Imh.CommandLine.Output;

/// <summary>
/// CSV rows with RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes
/// doubled); rows end in <c>\n</c>. A field that a spreadsheet would read as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is prefixed with a quote, as
/// OWASP's guidance on CSV injection says, so a name in a portfolio cannot run in the reader's spreadsheet.
/// </summary>
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
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
