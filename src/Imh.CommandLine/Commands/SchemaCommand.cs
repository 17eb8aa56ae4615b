using System.CommandLine;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Output;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh schema</c>: the JSON Schema of the selected catalog's portfolios.</summary>
internal static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var catalog = CliOptions.CatalogOption(catalogs);
        var command = new Command("schema", "Prints the JSON Schema (draft 2020-12) of the catalog's portfolio format, for editors and other validators.")
        {
            catalog,
        };
        command.SetAction(parsed =>
        {
            console.Out.Write(PortfolioSchema.For((parsed.GetValue(catalog) ?? catalogs[0]).Vocabulary));
            return ExitCodes.Success;
        });
        return command;
    }
}
