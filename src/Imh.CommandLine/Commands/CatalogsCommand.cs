using System.CommandLine;
using System.Text;
using Imh.CommandLine.Output;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh catalogs</c>: the catalogs served, with their ids, titles and sources.</summary>
internal static class CatalogsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var command = new Command("catalogs", "Lists the catalogs of requirements (the ids --catalog accepts) with their titles and the published text they quote.");
        command.SetAction(_ =>
        {
            var text = new StringBuilder();
            int width = catalogs.Max(c => c.Id.Length) + 2;
            foreach (var (catalog, index) in catalogs.Select((c, i) => (c, i)))
            {
                text.Append(catalog.Id.PadRight(width)).Append(catalog.Title);
                if (index == 0) text.Append(" (default)");
                text.Append('\n');
                if (catalog.SourceText is { } source) text.Append(new string(' ', width)).Append("source: ").Append(source).Append('\n');
            }
            console.Out.Write(text.ToString());
            return ExitCodes.Success;
        });
        return command;
    }
}
