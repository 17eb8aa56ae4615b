using System.Diagnostics;

namespace Imh.AspNetCore.Tests.Support;

/// <summary>The real imh command (imh.dll built next to the tests), for its standard output.</summary>
internal static class ImhCommand
{
    private static readonly string Host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs imh and returns its exit code and standard output, as bytes.</summary>
    public static async Task<(int ExitCode, byte[] Output)> Run(params string[] args)
    {
        var start = new ProcessStartInfo(Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imh.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await copy;
        await error;
        return (process.ExitCode, output.ToArray());
    }
}
