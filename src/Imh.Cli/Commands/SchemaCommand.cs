using System.CommandLine;
using Imh.Cli.Output;
using Imh.Dsl.Portfolios;

namespace Imh.Cli.Commands;

/// <summary><c>imh schema</c>: the JSON Schema of the portfolio format, unchanged.</summary>
internal static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(StandardStreams console)
    {
        var command = new Command("schema", "Prints the JSON Schema (draft 2020-12) of the portfolio format, for editors and other validators.");
        command.SetAction(_ =>
        {
            string schema = PortfolioSchema.Json;
            console.Out.Write(schema.EndsWith('\n') ? schema : schema + "\n");
            return ExitCodes.Success;
        });
        return command;
    }
}
