using System.CommandLine;
using System.IO;
using System.Text;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Output;
using Imh.Dsl.Documentation;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh docs [--catalog ID] [--out DIR]</c>: writes the generated requirement documentation of a catalog.</summary>
internal static class DocsCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Where a catalog's pages go by default: <c>docs/requirements</c> for the default catalog (cli.md),
    /// <c>docs/requirements-ID</c> for any other, so that two catalogs never share a folder.
    /// </summary>
    public static string DefaultFolder(Catalog catalog, bool isDefault) => isDefault ? "docs/requirements" : $"docs/requirements-{catalog.Id}";

    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var catalog = CliOptions.CatalogOption(catalogs);
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Folder to write into, created if missing; existing pages are overwritten. Default: {DefaultFolder(catalogs[0], true)} for {catalogs[0].Id}, docs/requirements-ID for another catalog.",
            HelpName = "DIR",
        };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Render the catalog as it stood on this date: only the rules in force that day. Default: every period, each rule with the dates it is in force.",
            HelpName = "YYYY-MM-DD",
            CustomParser = CliOptions.ParseDate,
        };
        var command = new Command("docs", "Writes a catalog's requirement tables (an index, one Markdown page per level and track, a glossary and the changes between periods), generated from the same declarations as the checks.")
        {
            catalog, output, asOf,
        };
        command.SetAction(parsed =>
        {
            Catalog chosen = parsed.GetValue(catalog) ?? catalogs[0];
            return Run(chosen, console, parsed.GetValue(output) ?? DefaultFolder(chosen, chosen == catalogs[0]), parsed.GetValue(asOf));
        });
        return command;
    }

    private static int Run(Catalog catalog, StandardStreams console, string folder, DateOnly? asOf)
    {
        IReadOnlyList<DocPage> pages = asOf is { } day ? CatalogDocs.Render(catalog, day) : CatalogDocs.Render(catalog);
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
