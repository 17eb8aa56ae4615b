using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using Imh.Dsl.Portfolios;

namespace Imh.CommandLine.Commands;

/// <summary>Prints parse errors on standard error (never standard output, never the help text) and yields exit code 2.</summary>
internal static class ArgumentErrors
{
    /// <summary>Writes one line per error and where to find help.</summary>
    public static int Report(ParseResult parsed, TextWriter error)
    {
        Command command = parsed.CommandResult.Command;
        if (command is RootCommand)
        {
            // Without a known command the parser's own messages ("Required command was not provided.") say less than this.
            string commands = string.Join(", ", command.Subcommands.Select(c => c.Name));
            error.WriteLine(parsed.UnmatchedTokens.Count > 0
                ? Printable.Escape($"imh: unknown command '{parsed.UnmatchedTokens[0]}'; the commands are {commands}")
                : $"imh: a command is needed: {commands}");
            error.WriteLine("Run 'imh --help' for usage.");
            return ExitCodes.BadInput;
        }

        foreach (ParseError e in parsed.Errors)
        {
            // The parser's messages quote the arguments, which may hold control characters.
            error.WriteLine(Printable.Escape($"imh: {e.Message}"));
        }

        string name = $"imh {command.Name}";
        error.WriteLine($"Run '{name} --help' for usage.");
        return ExitCodes.BadInput;
    }

    /// <summary>A usage error found after parsing (e.g. a folder without <c>--format csv</c>): one printable line, exit code 2.</summary>
    public static int Usage(TextWriter error, string message)
    {
        error.WriteLine(Printable.Escape($"imh: {message}"));
        return ExitCodes.BadInput;
    }

    /// <summary>An argument found wrong after parsing (a level the catalog does not have): as a parse error, with where to find help.</summary>
    public static int Usage(TextWriter error, string message, string command)
    {
        Usage(error, message);
        error.WriteLine($"Run 'imh {command} --help' for usage.");
        return ExitCodes.BadInput;
    }
}
