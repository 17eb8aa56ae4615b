using System.CommandLine;
using System.CommandLine.Invocation;

namespace Imh.CommandLine.Commands;

/// <summary>The standard help, followed by a "Notes:" section for the commands that have one.</summary>
internal sealed class HelpWithNotes : SynchronousCommandLineAction
{
    private readonly CommandLineAction _standard;
    private readonly IReadOnlyDictionary<Command, string> _notes;

    /// <summary>Wraps the standard help action.</summary>
    public HelpWithNotes(CommandLineAction standard, IReadOnlyDictionary<Command, string> notes)
    {
        _standard = standard;
        _notes = notes;
    }

    /// <summary>Like the standard help: <c>imh check --help</c> shows help even though PATH is missing.</summary>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        int exitCode = _standard is SynchronousCommandLineAction help ? help.Invoke(parseResult) : 0;
        if (_notes.TryGetValue(parseResult.CommandResult.Command, out string? notes))
        {
            parseResult.InvocationConfiguration.Output.Write($"Notes:\n{notes}\n\n");
        }

        return exitCode;
    }
}
