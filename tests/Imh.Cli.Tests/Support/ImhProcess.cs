using System.Diagnostics;
using System.Text;

namespace Imh.Cli.Tests.Support;

/// <summary>Runs the real <c>imh</c> (the imh.dll built next to the tests) as a child process.</summary>
internal static class ImhProcess
{
    private static readonly string ImhDll = Path.Combine(AppContext.BaseDirectory, "imh.dll");

    // The dotnet CLI tells child processes which host it is; fall back to the one on PATH.
    private static readonly string DotnetHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs <c>imh ARGS</c> in the repository root.</summary>
    public static Task<CliRun> Run(params string[] args) => RunIn(Repository.Root, args);

    /// <summary>Runs <c>imh ARGS</c> in a working directory.</summary>
    public static Task<CliRun> RunIn(string workingDirectory, params string[] args) => Run(workingDirectory, null, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>imh ARGS</c> in the repository root with <paramref name="input"/> on standard input.</summary>
    public static Task<CliRun> RunWithInput(byte[] input, params string[] args) => Run(Repository.Root, input, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>imh ARGS</c> in the repository root with more environment variables.</summary>
    public static Task<CliRun> RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) => Run(Repository.Root, null, environment, args);

    /// <summary>
    /// Runs <c>imh ARGS</c> in a working directory with its managed heap capped at 1 GiB, so a run that would
    /// need more fails (as an out-of-memory "internal error") instead of going unnoticed.
    /// </summary>
    public static Task<CliRun> RunWithin1GiB(string workingDirectory, params string[] args)
        => Run(workingDirectory, null, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" }, args);

    private static async Task<CliRun> Run(string workingDirectory, byte[]? input, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(ImhDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // The children run one at a time when this is read (the robustness tests run alone), so the difference is this run's.
        TimeSpan? processorTimeBefore = ChildProcessorTime.Total();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // A hang guard, not a timing assertion: generous, as a shared machine can be slow.
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input, timeout.Token);
            process.StandardInput.Close();
        }

        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(args, process.ExitCode, await stdout, await stderr) { ProcessorTime = ChildProcessorTime.Total() - processorTimeBefore };
    }
}
