using System.CommandLine;
using System.CommandLine.Help;
using Imh.CommandLine.Output;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary>The <c>imh</c> root command and its subcommands.</summary>
internal static class ImhCommand
{
    /// <summary>Builds the command tree over the catalogs (the first is the default).</summary>
    public static RootCommand Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        Command check = CheckCommand.Create(catalogs, console);
        Command renew = RenewCommand.Create(catalogs, console);
        Command plan = PlanCommand.Create(catalogs, console);
        var root = new RootCommand(Description(catalogs))
        {
            check,
            renew,
            plan,
            LevelsCommand.Create(catalogs, console),
            CatalogsCommand.Create(catalogs, console),
            DocsCommand.Create(catalogs, console),
            SchemaCommand.Create(catalogs, console),
        };

        // Descriptions stay one line (they make up the command list of "imh --help"); the longer notes on
        // folders and exit codes are appended to the help of their own command.
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes(help.Action!, new Dictionary<Command, string>
        {
            [check] = CheckCommand.Notes,
            [renew] = RenewCommand.Notes,
            [plan] = PlanCommand.Notes,
        });
        return root;
    }

    private static string Description(IReadOnlyList<Catalog> catalogs) =>
        $"Checks endorsement portfolios against the requirements of {string.Join(" and ", catalogs.Select(c => c.Title))}, and writes their documentation.\n\n"
        + "Exit codes: 0 evaluated and eligible; 1 evaluated and not eligible; 2 bad input or bad arguments "
        + "(messages on standard error, nothing on standard output). 'imh check --help' says what eligible means for several levels and for a folder.";
}
