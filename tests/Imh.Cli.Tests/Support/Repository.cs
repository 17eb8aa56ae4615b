using System.Reflection;

namespace Imh.Cli.Tests.Support;

/// <summary>Paths in the source tree (the build records where it is, since the tests may run from another artifacts folder).</summary>
internal static class Repository
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ImhRepositoryRoot").Value!;

    /// <summary>samples/portfolios.</summary>
    public static string Samples { get; } = Path.Combine(Root, "samples", "portfolios");

    /// <summary>A sample portfolio by file name.</summary>
    public static string Sample(string fileName) => Path.Combine(Samples, fileName);
}
