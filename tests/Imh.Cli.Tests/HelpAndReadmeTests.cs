using System.Text.RegularExpressions;

namespace Imh.Cli.Tests;

/// <summary><c>imh --help</c> and the READMEs list the same commands, so neither promises what the other lacks.</summary>
public class HelpAndReadmeTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Imh.Cli/README.md")]
    public async Task The_command_table_of_a_readme_lists_the_commands_of_imh_help(string readme)
    {
        CliRun help = (await ImhProcess.Run("--help")).ShouldExitWith(0);
        string commands = help.Stdout[help.Stdout.IndexOf("Commands:", StringComparison.Ordinal)..];
        var inHelp = Regex.Matches(commands, @"^  (\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();

        var inReadme = Regex.Matches(File.ReadAllText(Path.Combine(Repository.Root, readme)), @"^\| `imh (\w+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet();

        inReadme.ShouldBe(inHelp, ignoreOrder: true);
    }
}
