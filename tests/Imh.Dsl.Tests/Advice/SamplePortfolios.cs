using System.IO;
using System.Reflection;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>The sample portfolios of the repository, read with MI-AIMH's words, and thinned copies of them.</summary>
internal static class SamplePortfolios
{
    /// <summary>Every sample, in file-name order.</summary>
    public static Portfolio[] All { get; } = [.. Directory.GetFiles(Path.Combine(Root, "samples", "portfolios"), "*.json")
        .Order(StringComparer.Ordinal)
        .Select(Read)];

    /// <summary>One sample by file name.</summary>
    public static Portfolio Named(string file) => Read(Path.Combine(Root, "samples", "portfolios", file));

    /// <summary>
    /// The portfolio without some entries: <paramref name="keep"/>[i] picks which eighths of list i stay
    /// (7 keeps all), for the lists credentials, training, work, sessions, references, memberships,
    /// signatures and assessments in that order (a shorter array keeps the rest).
    /// </summary>
    public static Portfolio Thin(Portfolio p, int[] keep)
    {
        List<T> Keep<T>(IReadOnlyList<T> list, int i) => i >= keep.Length || keep[i] == 7 ? [.. list] : [.. list.Where((_, n) => (n * 7 + keep[i]) % 8 != 0)];
        return new Portfolio
        {
            SchemaVersion = p.SchemaVersion, Applicant = p.Applicant, Words = p.Words, ApplicationDate = p.ApplicationDate,
            Credentials = Keep(p.Credentials, 0), Training = Keep(p.Training, 1), Work = Keep(p.Work, 2), Sessions = Keep(p.Sessions, 3),
            References = Keep(p.References, 4), Memberships = Keep(p.Memberships, 5), Signatures = Keep(p.Signatures, 6),
            Assessments = Keep(p.Assessments, 7), Endorsements = p.Endorsements,
        };
    }

    private static Portfolio Read(string file) => PortfolioReader.ReadFile(file, MiAimhVocabulary.Instance).Portfolio!;

    private static string Root => typeof(SamplePortfolios).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
