using System.CommandLine;
using System.IO;
using System.Text;
using Imh.Cli.Output;
using Imh.Dsl.Documentation;
using Imh.Dsl.Reports;

namespace Imh.Cli.Commands;

/// <summary><c>imh docs [--out DIR]</c>: writes the generated requirement documentation.</summary>
internal static class DocsCommand
{
    private const string DefaultFolder = "docs/requirements";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds the command.</summary>
    public static Command Create(Catalog catalog, StandardStreams console)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write into, created if missing; existing pages are overwritten.",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultFolder,
        };
        var command = new Command("docs", "Writes the requirement tables (an index and one Markdown page per level and track), generated from the same declarations as the checks.")
        {
            output,
        };
        command.SetAction(parsed => Run(catalog, console, parsed.GetRequiredValue(output)));
        return command;
    }

    private static int Run(Catalog catalog, StandardStreams console, string folder)
    {
        IReadOnlyList<DocPage> pages = CatalogDocs.Render(catalog);
        var written = new List<string>(pages.Count);
        try
        {
            foreach (DocPage page in pages)
            {
                string path = Path.Combine(folder, page.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path) ?? folder);
                File.WriteAllText(path, page.Content.ReplaceLineEndings("\n"), Utf8NoBom);
                written.Add(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ArgumentErrors.Usage(console.Error, $"cannot write the documentation to '{folder}': {ex.Message}");
        }

        foreach (string path in written)
        {
            console.Out.WriteLine(path);
        }

        return ExitCodes.Success;
    }
}
