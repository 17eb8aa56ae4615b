using System.Text;

namespace Imh.Cli.Tests.Support;

/// <summary>A small RFC 4180 reader, independent of the CLI's writer.</summary>
internal static class Csv
{
    /// <summary>The rows of a CSV text (header included).</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                field.Length.ShouldBe(0, "a quote may only open a field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        quoted.ShouldBeFalse("unterminated quoted field");
        (row.Count == 0 && field.Length == 0).ShouldBeTrue("the last row must end with a newline");
        return rows;
    }
}
