using System.Diagnostics;
using System.Text;

namespace Imh.Cli.Tests;

/// <summary>
/// Issue 11: Levels I and II were quadratic in the number of references (the ratings rule walked every
/// rater over every reference). In the robustness collection, which runs alone, so a run's processor time is its own.
/// </summary>
[Collection(nameof(RobustnessTests))]
public class ReferenceScalingTests
{
    [Theory]
    [InlineData("I")]
    [InlineData("II")]
    public async Task A_hundred_thousand_references_from_different_raters_are_counted_in_seconds_not_minutes(string level)
    {
        // RatingsRule once walked every rater over every reference: 100,000 took 30 s a level. Now about a second.
        var text = new StringBuilder("{\"applicant\": {\"name\": \"Many raters\"}, \"references\": [");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append(i == 0 ? "" : ",").Append("{\"rater\": \"Rater ").Append(i).Append("\", \"role\": \"").Append(i % 2 == 0 ? "supervisor" : "colleague").Append("\", \"current\": true}");
        }

        using var folder = new TempFolder();
        folder.Write("portfolio.json", text.Append("]}").ToString());
        var watch = Stopwatch.StartNew();

        CliRun run = (await ImhProcess.RunIn(folder.Path, "check", "portfolio.json", "--level", level, "--as-of", "2026-11-24", "--format", "json")).ShouldExitWith(1);

        // Processor time, which a loaded machine does not stretch as it does wall time.
        (run.ProcessorTime ?? watch.Elapsed).ShouldBeLessThan(TimeSpan.FromSeconds(10), run.Describe());
        run.Stdout.ShouldContain("\"references\"");
    }
}
