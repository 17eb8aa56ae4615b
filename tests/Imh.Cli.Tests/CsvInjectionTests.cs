namespace Imh.Cli.Tests;

/// <summary>
/// Folder mode's CSV is opened by staff in spreadsheets: a cell that starts with =, +, -, @, a tab or a
/// carriage return is prefixed with a quote (OWASP, CSV injection), so an applicant's name cannot be a formula.
/// </summary>
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.test\",\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTab")]
    public async Task A_name_a_spreadsheet_would_run_is_written_as_text(string name)
    {
        using var folder = new TempFolder();
        string json = File.ReadAllText(Repository.Sample("level-i.json"))
            .Replace("\"Maria Delgado\"", System.Text.Json.JsonSerializer.Serialize(name), StringComparison.Ordinal);
        folder.Write("a.json", json);

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "csv", "--level", "I", "--as-of", "2026-11-24")).ShouldExitWith(0);

        Csv.Parse(run.Stdout)[1][1].ShouldBe("'" + name);
    }

    [Fact]
    public async Task An_ordinary_name_is_written_as_it_is()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Sample("level-i.json"), Path.Combine(folder.Path, "a.json"));

        CliRun run = (await ImhProcess.Run("check", folder.Path, "--format", "csv", "--level", "I", "--as-of", "2026-11-24")).ShouldExitWith(0);

        Csv.Parse(run.Stdout)[1][1].ShouldBe("Maria Delgado");
    }
}
