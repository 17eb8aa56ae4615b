using System.Globalization;
using System.Text;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Benchmarks.Inputs;

/// <summary>
/// A portfolio with N entries in every list, built to make each rule do all its work: every rater a
/// different person (the case that made Levels I and II quadratic), RS/C from many providers, no
/// credential and no membership that ends a scan early, entries in no order over twelve years. Each
/// list is written as JSON and read by the product's reader with the catalog's vocabulary (one list per
/// document, as all of them together would pass the 16 MiB limit), so the entries carry the catalog's
/// own words whatever its format version.
/// </summary>
public static class LargePortfolio
{
    /// <summary>The as-of date; every entry is dated before it.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    private const int Chunk = 25_000;

    private static readonly string[] Roles = ["teacher", "cdaMentor", "instructor", "trainer", "supervisor", "consultant", "colleague", "supervisee", "consultee", "departmentChair", "student"];
    private static readonly string[] Kinds = ["earlyChildhood", "infantFamily", "imhServices", "imhInternship", "practiceLeader", "policyLeader", "researchFacultyLeader"];
    private static readonly string[] Bands = ["infant", "earlyChildhood"];

    /// <summary>The portfolio, the same for the same catalog, <paramref name="n"/> and <paramref name="seed"/>.</summary>
    /// <param name="catalog">The catalog whose vocabulary reads it; format version 2 when it reads that version.</param>
    /// <param name="n">Entries in every list.</param>
    /// <param name="seed">Makes each portfolio of a size its own.</param>
    public static Portfolio Build(Catalog catalog, int n, int seed)
    {
        bool version2 = catalog.Vocabulary.FormatVersion >= 2;
        var random = new Random(seed);
        int first = new DateOnly(2014, 6, 1).DayNumber;
        int last = new DateOnly(2026, 5, 31).DayNumber;
        string AnyDate() => Day(random.Next(first, last + 1));
        string Flag(int oneIn) => random.Next(oneIn) == 0 ? "true" : "false";
        string Mostly(int oneInIsFalse) => random.Next(oneInIsFalse) == 0 ? "false" : "true";

        var references = Read(catalog, version2, "references", n, i =>
            $"{{\"rater\":\"Rater {i}\",\"role\":\"{Roles[random.Next(Roles.Length)]}\",\"current\":{Flag(2)},\"providesReflectiveSupervision\":{Flag(50)},\"familiarWithImh\":{Flag(2)}"
            + (random.Next(1000) == 0 ? ",\"raterEndorsement\":\"III\"}" : "}"), p => p.References);
        var sessions = Read(catalog, version2, "reflectiveSupervision", n, _ =>
            $"{{\"date\":\"{AnyDate()}\",\"hours\":{Number(0.25m * random.Next(2, 9))},\"format\":\"{(random.Next(3) == 0 ? "group" : "individual")}\",\"provider\":\"Provider {random.Next(n)}\","
            + $"\"providerApproved\":{Mostly(10)},\"whileServing\":{Mostly(20)}"
            + (version2 ? $",\"kind\":\"reflective\",\"ageBands\":[\"{Bands[random.Next(2)]}\"]}}" : "}"), p => p.Sessions);
        var training = Read(catalog, version2, "training", n, i =>
            $"{{\"date\":\"{AnyDate()}\",\"hours\":{Number(0.5m * random.Next(1, 17))},\"title\":\"T\",\"relationshipBased\":{Mostly(4)},\"infantMentalHealth\":{Flag(2)},"
            + $"\"aboutReflectiveSupervision\":{Flag(10)},\"approved\":{Mostly(5)}" + (version2 ? $",\"dei\":{Flag(20)}}}" : "}"), p => p.Training);
        var work = Read(catalog, version2, "work", n, _ =>
        {
            int start = random.Next(first, last - 400);
            string band = Bands[random.Next(2)];
            return $"{{\"role\":\"R\",\"kind\":\"{Kinds[random.Next(Kinds.Length)]}\",\"start\":\"{Day(start)}\",\"end\":\"{Day(start + random.Next(30, 400))}\",\"fte\":{Number(0.25m * random.Next(1, 5))},"
                + $"\"paid\":{Mostly(4)},\"supervised\":{Flag(2)}"
                + (version2 ? $",\"providingReflectiveSupervision\":{Flag(10)},\"ageBands\":[\"{band}\"],\"familiesServed\":{{\"{band}\":{random.Next(0, 3)}}}}}" : "}");
        }, p => p.Work);

        // CDA, associate, bachelor's or certificate without transcript: no credential rule of the catalogs stops early.
        string[] types = ["cda", "associate", "bachelor", "certificate"];
        var credentials = Read(catalog, version2, "credentials", n, _ => $"{{\"type\":\"{types[random.Next(types.Length)]}\",\"awarded\":\"{AnyDate()}\"}}", p => p.Credentials);

        // None covers the as-of date: ended a year or more before it, or a single day long.
        int yearBefore = AsOf.AddYears(-1).DayNumber;
        var memberships = Read(catalog, version2, "memberships", n, _ =>
        {
            int from = random.Next(first, last + 1);
            return $"{{\"organization\":\"O\",\"imhAssociation\":true,\"from\":\"{Day(from)}\",\"to\":\"{Day(from < yearBefore ? from + 300 : from)}\"}}";
        }, p => p.Memberships);

        Portfolio root = Read(catalog, version2, """
            "supervisesOthers": true, "providesReflectiveSupervision": true, "endorsementAgreementSigned": "2024-01-05",
            "exam": { "passed": true, "date": "2024-03-02" }, "portfolioReview": { "passed": true }
            """ + (version2 ? ", \"codeOfEthicsSignatures\": [\"2024-01-05\"]" : ", \"codeOfEthicsSigned\": \"2024-01-05\", \"endorsement\": { \"level\": \"III\", \"since\": \"2020-06-01\" }"));

        return new Portfolio
        {
            SchemaVersion = root.SchemaVersion,
            Applicant = root.Applicant,
            Words = root.Words,
            Signatures = root.Signatures,
            Assessments = root.Assessments,
            Endorsements = root.Endorsements,
            References = references,
            Sessions = sessions,
            Training = training,
            Work = work,
            Credentials = credentials,
            Memberships = memberships,
        };
    }

    /// <summary>
    /// The entries of one list, read in documents of at most <see cref="Chunk"/> entries: 100,000 entries
    /// of a list in one document pass the reader's 16 MiB limit.
    /// </summary>
    private static T[] Read<T>(Catalog catalog, bool version2, string list, int n, Func<int, string> entry, Func<Portfolio, IReadOnlyList<T>> select)
    {
        var all = new List<T>(n);
        for (int from = 0; from < n; from += Chunk)
        {
            var entries = new StringBuilder();
            for (int i = from; i < Math.Min(n, from + Chunk); i++)
            {
                entries.Append(i == from ? "" : ",").Append(entry(i));
            }

            all.AddRange(select(Read(catalog, version2, $"\"{list}\": [{entries}]")));
        }

        return [.. all];
    }

    private static Portfolio Read(Catalog catalog, bool version2, string properties)
    {
        string json = $"{{ {(version2 ? "\"schemaVersion\": 2, " : "")}\"applicant\": {{ \"name\": \"Large Portfolio\" }}, {properties} }}";
        PortfolioReadResult read = PortfolioReader.Read(Encoding.UTF8.GetBytes(json), catalog.Vocabulary);
        return read.Portfolio ?? throw new InvalidOperationException(
            $"the large portfolio was rejected: {string.Join("; ", read.Problems.Take(3).Select(p => $"{p.Path}: {p.Message}"))}");
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
