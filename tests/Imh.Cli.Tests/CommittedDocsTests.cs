using System.Diagnostics;
using System.Xml.Linq;

namespace Imh.Cli.Tests;

/// <summary>
/// The documentation committed for every catalog the command serves is what <c>imh docs</c> and
/// <c>imh schema</c> generate: the build writes docs/ for each ImhCatalog item of the command's
/// project, and these tests fail when the committed files were not regenerated.
/// </summary>
public class CommittedDocsTests
{
    // The catalogs the build documents, with their folders and schema files, as the project lists them.
    public static TheoryData<string, string, string> Catalogs()
    {
        var data = new TheoryData<string, string, string>();
        var project = XDocument.Load(Path.Combine(Repository.Root, "src", "Imh.Cli", "Imh.Cli.csproj"));
        foreach (var item in project.Descendants("ImhCatalog"))
        {
            data.Add((string)item.Attribute("Include")!, (string)item.Attribute("Folder")!, (string)item.Attribute("Schema")!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public async Task Every_catalogs_committed_pages_are_what_imh_docs_writes(string catalog, string folder, string schema)
    {
        _ = schema;
        using var output = new TempFolder();

        (await ImhProcess.Run("docs", "--catalog", catalog, "--out", output.Path)).ShouldExitWith(0);

        var written = Directory.GetFiles(output.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Committed.List($"docs/{folder}").ShouldBe(written, $"regenerate docs/{folder} (dotnet build src/Imh.Cli) and commit it");
        foreach (var file in written)
        {
            File.ReadAllText(Path.Combine(output.Path, file)).ShouldBe(Committed.Text($"docs/{folder}/{file}"), $"docs/{folder}/{file} is stale");
        }
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public async Task Every_catalogs_committed_schema_is_what_imh_schema_prints(string catalog, string folder, string schema)
    {
        _ = folder;
        CliRun run = (await ImhProcess.Run("schema", "--catalog", catalog)).ShouldExitWith(0);

        run.Stdout.ShouldBe(Committed.Text($"docs/{schema}"), $"docs/{schema} is stale: regenerate it (dotnet build src/Imh.Cli) and commit it");
    }

    /// <summary>Files as committed (git HEAD), not the working tree: the build rewrites the working tree.</summary>
    private static class Committed
    {
        public static string Text(string path) => Git("show", "HEAD:" + path);

        public static List<string> List(string folder)
            => [.. Git("ls-tree", "--name-only", "HEAD", folder + "/").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

        private static string Git(params string[] args)
        {
            var start = new ProcessStartInfo("git", args)
            {
                WorkingDirectory = Repository.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var git = Process.Start(start)!;
            string text = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            git.ExitCode.ShouldBe(0, $"git {string.Join(' ', args)}: {git.StandardError.ReadToEnd()}");
            return text;
        }
    }
}
