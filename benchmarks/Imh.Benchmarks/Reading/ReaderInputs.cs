using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Imh.Benchmarks.Inputs;

namespace Imh.Benchmarks.Reading;

/// <summary>What the reader benchmarks read.</summary>
public enum ReaderInput
{
    /// <summary>The nine sample portfolios (2 to 7 KB each), one after the other.</summary>
    Samples,
    /// <summary>One long career: the Level III sample with 5,000 RS/C sessions and 2,000 trainings.</summary>
    Heavy,
}

/// <summary>The bytes of the reader inputs; the same every time.</summary>
public static class ReaderInputs
{
    private static readonly Dictionary<ReaderInput, byte[][]> Cache = [];

    /// <summary>The files of an input.</summary>
    public static byte[][] Files(ReaderInput input)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(input, out var files))
            {
                files = input == ReaderInput.Samples
                    ? [.. Portfolios.SampleNames().Select(Portfolios.SampleBytes)]
                    : [Heavy(sessions: 5_000, trainings: 2_000)];
                Cache[input] = files;
            }
            return files;
        }
    }

    /// <summary>The total size of an input in bytes.</summary>
    public static long Bytes(ReaderInput input) => Files(input).Sum(f => (long)f.Length);

    /// <summary>The Level III sample grown with seeded sessions and trainings, indented as a person would save it.</summary>
    private static byte[] Heavy(int sessions, int trainings)
    {
        var root = JsonNode.Parse(Portfolios.SampleBytes("level-iii.json"))!.AsObject();
        var random = new Random(20260601);
        var first = new DateOnly(2014, 6, 1).DayNumber;
        var last = new DateOnly(2026, 5, 31).DayNumber;
        string Day() => DateOnly.FromDayNumber(random.Next(first, last + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var rsc = root["reflectiveSupervision"]!.AsArray();
        for (int i = 0; i < sessions; i++)
        {
            bool group = random.Next(3) == 0;
            rsc.Add(new JsonObject
            {
                ["date"] = Day(),
                ["hours"] = 0.25m * random.Next(2, 9),
                ["format"] = group ? "group" : "individual",
                ["provider"] = group ? "Dr. Ruth Abernathy (group)" : "Dr. Ruth Abernathy",
                ["providerApproved"] = random.Next(10) != 0,
            });
        }

        var training = root["training"]!.AsArray();
        for (int i = 0; i < trainings; i++)
        {
            training.Add(new JsonObject
            {
                ["date"] = Day(),
                ["hours"] = 0.5m * random.Next(1, 17),
                ["title"] = $"Training {i}",
                ["relationshipBased"] = random.Next(4) != 0,
                ["infantMentalHealth"] = random.Next(2) == 0,
                ["approved"] = random.Next(5) != 0,
            });
        }

        return JsonSerializer.SerializeToUtf8Bytes(root, new JsonSerializerOptions { WriteIndented = true });
    }
}
