using System.Globalization;
using System.Text.Json.Nodes;

namespace Imh.Cli.Tests.Support;

/// <summary>
/// Valid portfolios made by varying the samples with a seeded <see cref="Random"/>: names (some
/// needing CSV quoting), hours, dates and ratings, so the verdicts spread over every level.
/// </summary>
internal static class PortfolioGenerator
{
    private static readonly string[] Names =
    [
        "Ana Lucía Pérez", "Rivera, Jordan", "Dana \"DJ\" Jones", "Siobhan O'Brien", "Kwame Mensah", "Mei-Ling Zhao",
        "Fatima Al-Sayed", "Tomasz Nowak", "Grace Whitehorse", "Luis \"Lucho\" Ortega, Jr.", "Ingrid Halvorsen", "Amara Okoye",
    ];

    /// <summary>Writes <paramref name="count"/> portfolios named p0000.json, p0001.json, ... into the folder.</summary>
    public static void Generate(string folder, int count, int seed)
    {
        var random = new Random(seed);
        string[] samples = [.. Directory.GetFiles(Repository.Samples, "*.json").Order(StringComparer.Ordinal)];
        JsonObject[] bases = [.. samples.Select(s => JsonNode.Parse(File.ReadAllText(s))!.AsObject())];
        for (int i = 0; i < count; i++)
        {
            JsonObject portfolio = bases[random.Next(bases.Length)].DeepClone().AsObject();
            Vary(portfolio, random);
            File.WriteAllText(Path.Combine(folder, $"p{i:D4}.json"), portfolio.ToJsonString());
        }
    }

    private static void Vary(JsonObject p, Random random)
    {
        p["applicant"]!["name"] = Names[random.Next(Names.Length)];

        foreach (JsonNode? entry in Array(p, "training"))
        {
            entry!["hours"] = random.Next(1, 25) / 2m;
        }

        // Shift the RS/C sessions together (windows move, some fall after the as-of date) and vary their hours.
        int shift = random.Next(-400, 200);
        var sessions = Array(p, "reflectiveSupervision");
        foreach (JsonNode? session in sessions.ToList())
        {
            if (random.NextDouble() < 0.1)
            {
                sessions.Remove(session);
                continue;
            }

            session!["date"] = Shift((string)session["date"]!, shift);
            session["hours"] = random.Next(1, 9) / 2m;
        }

        foreach (JsonNode? work in Array(p, "work"))
        {
            int workShift = random.Next(-1000, 700);
            work!["start"] = Shift((string)work["start"]!, workShift);
            if (work["end"] is JsonValue end)
            {
                work["end"] = Shift((string)end!, workShift);
            }
        }

        var references = Array(p, "references");
        switch (random.Next(5))
        {
            case 0 when references.Count > 0:
                references.RemoveAt(random.Next(references.Count));
                break;
            case 1:
                foreach (JsonNode? r in references)
                {
                    r!["current"] = random.Next(2) == 0;
                }

                break;
            case 2:
                foreach (JsonNode? r in references)
                {
                    r!.AsObject().Remove("raterEndorsement");
                }

                break;
        }

        if (p["exam"] is JsonObject exam && random.NextDouble() < 0.2)
        {
            exam["passed"] = false;
        }

        if (random.NextDouble() < 0.15)
        {
            p.Remove("memberships");
        }
    }

    private static JsonArray Array(JsonObject p, string name) => p[name] as JsonArray ?? [];

    private static string Shift(string date, int days)
        => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
