using System.CommandLine;
using System.CommandLine.Help;
using Imh.Cli.Output;
using Imh.Dsl.Reports;

namespace Imh.Cli.Commands;

/// <summary>The <c>imh</c> root command and its subcommands.</summary>
internal static class ImhCommand
{
    /// <summary>Builds the command tree over a catalog.</summary>
    public static RootCommand Create(Catalog catalog, StandardStreams console)
    {
        Command check = CheckCommand.Create(catalog, console);
        Command renew = RenewCommand.Create(catalog, console);
        var root = new RootCommand(Description)
        {
            check,
            renew,
            LevelsCommand.Create(catalog, console),
            DocsCommand.Create(catalog, console),
            SchemaCommand.Create(console),
        };

        // Descriptions stay one line (they make up the command list of "imh --help"); the longer notes on
        // folders and exit codes are appended to the help of their own command.
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes(help.Action!, new Dictionary<Command, string>
        {
            [check] = CheckCommand.Notes,
            [renew] = RenewCommand.Notes,
        });
        return root;
    }

    private const string Description =
        "Checks infant mental health endorsement portfolios against the MI-AIMH requirements, and writes the requirement documentation.\n\n"
        + "Exit codes: 0 evaluated and eligible; 1 evaluated and not eligible; 2 bad input or bad arguments "
        + "(messages on standard error, nothing on standard output). 'imh check --help' says what eligible means for several levels and for a folder.";
}
