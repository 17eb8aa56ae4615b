using System.CommandLine;
using System.Text;
using Imh.CommandLine.Arguments;
using Imh.CommandLine.Output;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Commands;

/// <summary><c>imh levels</c>: the levels and tracks with their requirement keys and titles.</summary>
internal static class LevelsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IReadOnlyList<Catalog> catalogs, StandardStreams console)
    {
        var catalog = CliOptions.CatalogOption(catalogs);
        var command = new Command("levels", "Lists the levels and tracks (the ids --level accepts) with the keys and titles of their initial and renewal requirements.")
        {
            catalog,
        };
        command.SetAction(parsed =>
        {
            Catalog chosen = parsed.GetValue(catalog) ?? catalogs[0];
            console.Out.Write(Render(chosen, chosen == catalogs[0]));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Render(Catalog catalog, bool isDefault)
    {
        var definitions = catalog.Levels.Select(l => l.Definition).ToList();
        int keyWidth = definitions.SelectMany(d => d.Requirements.Concat(d.Continuing)).Max(r => r.Key.Length) + 2;
        var text = new StringBuilder();
        foreach (LevelDefinition level in definitions)
        {
            text.Append(level.Id);
            if (level.Aliases.Length > 0) text.Append(" (").AppendJoin(", ", level.Aliases).Append(')');
            text.Append("  ").Append(level.Name);
            if (level.TrackId is { } track)
            {
                text.Append(" [").Append(catalog.Named(level.LevelId!)).Append(", ").Append(track).Append(" track]");
            }

            text.Append('\n');
            AppendRequirements(text, "initial", level.Requirements, keyWidth);
            AppendRequirements(text, "renewal", level.Continuing, keyWidth);
            text.Append('\n');
        }

        text.Append("Check one with: imh check FILE ").Append(isDefault ? "" : $"--catalog {catalog.Id} ").Append("--level ").Append(definitions[^1].Id).Append('\n');
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
