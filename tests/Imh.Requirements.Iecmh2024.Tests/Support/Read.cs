using System.IO;
using System.Text;

namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>Portfolios read from JSON with this catalog's vocabulary, as the CLI reads a file.</summary>
public static class Read
{
    /// <summary>A portfolio that must read without problems.</summary>
    public static Portfolio Portfolio(string json)
    {
        var result = PortfolioReader.Read(Encoding.UTF8.GetBytes(json), Iecmh2024Vocabulary.Instance);
        result.Problems.ShouldBeEmpty(string.Join("\n", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
        return result.Portfolio.ShouldNotBeNull();
    }

    /// <summary>The problems a rejected portfolio has; nothing is read from it.</summary>
    public static IReadOnlyList<PortfolioProblem> Problems(string json)
    {
        var result = PortfolioReader.Read(Encoding.UTF8.GetBytes(json), Iecmh2024Vocabulary.Instance);
        result.Problems.ShouldNotBeEmpty("the portfolio should have been rejected");
        result.Portfolio.ShouldBeNull();
        return result.Problems;
    }

    /// <summary>A sample portfolio of <c>samples/iecmh-2024</c>.</summary>
    public static Portfolio Sample(string file) => Portfolio(File.ReadAllText(Path.Combine(Repository.Root, "samples", "iecmh-2024", file)));
}

/// <summary>Where the repository is, for tests that read its files.</summary>
public static class Repository
{
    /// <summary>The repository root, recorded at build time.</summary>
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value.ShouldNotBeNull();
}
