using System.Text.Json;

namespace Imh.Cli.Tests.Support;

/// <summary>What one run of <c>imh</c> did.</summary>
internal sealed record CliRun(IReadOnlyList<string> Args, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// The processor time the run took (user and system, every thread), where it can be measured; it holds
    /// only while no other child of the test process ends at the same time.
    /// </summary>
    public TimeSpan? ProcessorTime { get; init; }

    /// <summary>For assertion messages.</summary>
    public string Describe() => $"imh {string.Join(' ', Args)}\nexit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>Asserts the exit code, showing the whole run when it differs.</summary>
    public CliRun ShouldExitWith(int exitCode)
    {
        ExitCode.ShouldBe(exitCode, Describe());
        return this;
    }

    /// <summary>
    /// The contract for bad input: exit 2, nothing on standard output, a message on standard error, and no
    /// stack trace. Returns the standard error lines.
    /// </summary>
    public string[] ShouldBeRejected()
    {
        ExitCode.ShouldBe(2, Describe());
        Stdout.ShouldBeEmpty(Describe());
        Stderr.ShouldNotBeNullOrWhiteSpace(Describe());
        Stderr.ShouldNotContain("   at ", Case.Sensitive, Describe());
        Stderr.ShouldNotContain("Unhandled exception", Case.Insensitive, Describe());
        Stderr.ShouldNotContain("internal error", Case.Insensitive, Describe());
        return Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Standard output parsed as JSON.</summary>
    public JsonElement Json()
    {
        using JsonDocument document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }
}
