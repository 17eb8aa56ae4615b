using System.CommandLine;
using System.CommandLine.Invocation;
using Imh.Cli.Commands;
using Imh.Cli.Output;
using Imh.Requirements;

namespace Imh.Cli;

/// <summary>Entry point: parse the arguments, report argument errors with exit code 2, run the command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var console = StandardStreams.Open();
        try
        {
            RootCommand root = ImhCommand.Create(MiAimhCatalog.Instance, console);
            ParseResult parsed = root.Parse(args);
            // The parser picks the error action only when no action that clears errors (--help, --version) was asked for.
            if (parsed.Action is ParseErrorAction)
            {
                return ArgumentErrors.Report(parsed, console.Error);
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // Last line of defence: no known path leads here, and a stack trace must never reach the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"imh: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.BadInput;
        }
        finally
        {
            console.Flush();
        }
    }
}
