using System.CommandLine;
using System.IO;
using System.CommandLine.Invocation;
using Imh.CommandLine.Commands;
using Imh.CommandLine.Output;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine;

/// <summary>
/// The <c>imh</c> command over catalogs: a tool carries every catalog it is built with, and a
/// catalog's own project hosts the same command for its catalog in one line:
/// <c>return ImhCommandLine.Run(args, MyCatalog.Instance);</c>
/// </summary>
public static class ImhCommandLine
{
    /// <summary>
    /// Parses and runs a command line. Exit codes: 0 evaluated and eligible, 1 evaluated and not
    /// eligible, 2 bad input or arguments (messages on standard error, nothing on standard output).
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="catalogs">The catalogs served; the first is the default of <c>--catalog</c>.</param>
    public static int Run(string[] args, params Catalog[] catalogs) => Run(args, StandardStreams.Open(), catalogs);

    /// <summary>
    /// Runs a command line writing to the given writers instead of the process's standard streams
    /// (a host that shows the output itself, a test): plain output, no progress bar. Exit codes as
    /// <see cref="Run(string[], Catalog[])"/>.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">What the command writes on standard output.</param>
    /// <param name="error">What the command writes on standard error.</param>
    /// <param name="catalogs">The catalogs served; the first is the default of <c>--catalog</c>.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, params Catalog[] catalogs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, StandardStreams.Over(output, error), catalogs);
    }

    private static int Run(string[] args, StandardStreams console, Catalog[] catalogs)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (catalogs is not { Length: > 0 }) throw new ArgumentException("The command line needs at least one catalog.", nameof(catalogs));
        try
        {
            RootCommand root = ImhCommand.Create(catalogs, console);

            // No @file expansion: the command documents no response files, and a portfolio may be named "@x.json".
            ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

            // The parser picks the error action only when no action that clears errors (--help, --version) was asked for.
            if (parsed.Action is ParseErrorAction) return ArgumentErrors.Report(parsed, console.Error);
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
            console.Error.WriteLine(Printable.Escape($"imh: internal error: {ex.GetType().Name}: {ex.Message}"));
            return ExitCodes.BadInput;
        }
        finally
        {
            console.Flush();
        }
    }
}
