using System.CommandLine;
using System.Text;
using Imh.Cli.Output;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Cli.Commands;

/// <summary><c>imh levels</c>: the levels and tracks with their requirement keys and titles.</summary>
internal static class LevelsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Catalog catalog, StandardStreams console)
    {
        var command = new Command("levels", "Lists the levels and tracks (the ids --level accepts) with the keys and titles of their initial and renewal requirements.");
        command.SetAction(_ =>
        {
            console.Out.Write(Render(catalog));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Render(Catalog catalog)
    {
        var definitions = catalog.Levels.Select(l => l.Definition).ToList();
        int keyWidth = definitions.SelectMany(d => d.Requirements.Concat(d.Continuing)).Max(r => r.Key.Length) + 2;
        var text = new StringBuilder();
        foreach (LevelDefinition level in definitions)
        {
            text.Append(level.Id).Append("  ").Append(level.Name);
            if (level.TrackId is { } track)
            {
                text.Append(" [Level ").Append(level.LevelId).Append(", ").Append(track).Append(" track]");
            }

            text.Append('\n');
            AppendRequirements(text, "initial", level.Requirements, keyWidth);
            AppendRequirements(text, "renewal", level.Continuing, keyWidth);
            text.Append('\n');
        }

        text.Append("Check one with: imh check FILE --level ").Append(definitions[^1].Id).Append('\n');
        return text.ToString();
    }

    private static void AppendRequirements(StringBuilder text, string heading, IReadOnlyList<RequirementDefinition> requirements, int keyWidth)
    {
        if (requirements.Count == 0)
        {
            return;
        }

        text.Append("  ").Append(heading).Append(":\n");
        foreach (RequirementDefinition r in requirements)
        {
            text.Append("    ").Append(r.Key.PadRight(keyWidth)).Append(ReportWording.Title(r.Title, r.Obligation)).Append('\n');
        }
    }
}
