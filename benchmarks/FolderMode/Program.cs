using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

// folder-mode.sh's helper:
//   generate DIR N [SEED]  writes N valid portfolios varied from the samples (the same files for the same N and seed)
//   tokenize DIR           the baseline: reads every *.json of DIR in ordinal name order and walks its tokens
return args switch
{
    ["generate", var dir, var n] => Generate(dir, int.Parse(n, CultureInfo.InvariantCulture), 20261124),
    ["generate", var dir, var n, var seed] => Generate(dir, int.Parse(n, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture)),
    ["tokenize", var dir] => Tokenize(dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FolderMode generate DIR N [SEED] | FolderMode tokenize DIR");
    return 2;
}

// What imh check DIR does before it evaluates: list, sort by name, read every file, walk every token (single-threaded).
static int Tokenize(string folder)
{
    var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.Directory };
    string[] files = [.. Directory.EnumerateFiles(folder, "*.json", options)];
    Array.Sort(files, StringComparer.Ordinal);
    long tokens = 0, bytes = 0;
    foreach (string file in files)
    {
        byte[] json = File.ReadAllBytes(file);
        bytes += json.Length;
        var reader = new Utf8JsonReader(json);
        while (reader.Read()) tokens++;
    }
    Console.WriteLine(FormattableString.Invariant($"{files.Length} files, {bytes} bytes, {tokens} tokens"));
    return 0;
}

// Each portfolio is a sample with another applicant name, every date moved by the same number of days
// (so windows and memberships move against the as-of date) and the hours scaled: the verdicts spread.
static int Generate(string folder, int count, int seed)
{
    Directory.CreateDirectory(folder);
    var assembly = typeof(Portfolio).Assembly;
    string[] samples = [.. assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).Select(name =>
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    })];
    var random = new Random(seed);
    var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    int width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
    for (int i = 0; i < count; i++)
    {
        string text = Portfolio.Vary(samples[random.Next(samples.Length)], random, i);
        File.WriteAllText(Path.Combine(folder, "p" + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + ".json"), text, utf8);
    }
    Console.WriteLine(FormattableString.Invariant($"{count} portfolios in {folder}"));
    return 0;
}

/// <summary>Varies a sample portfolio's text.</summary>
internal static partial class Portfolio
{
    private static readonly string[] Surnames = ["Rivera", "Okafor", "Nowak", "Zhao", "O'Brien", "Mensah", "Halvorsen", "Pérez", "Al-Sayed", "Whitehorse"];

    public static string Vary(string sample, Random random, int index)
    {
        int shift = random.Next(-150, 90);
        decimal scale = random.Next(70, 141) / 100m;
        string name = $"Applicant {index} {Surnames[random.Next(Surnames.Length)]}";
        string text = ApplicantName().Replace(sample, m => $"{m.Groups[1].Value}{name}\"", 1);
        text = Date().Replace(text, m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Hours().Replace(text, m =>
        {
            // A quarter-hour multiple of the sample's hours, within the format's limits.
            decimal hours = decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * scale;
            return m.Groups[1].Value + Math.Clamp(Math.Round(hours * 4) / 4, 0.25m, 24m).ToString(CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex("(\"applicant\":\\s*\\{\\s*\"name\":\\s*\")[^\"]*\"")]
    private static partial Regex ApplicantName();

    [GeneratedRegex("(?<=\")\\d{4}-\\d{2}-\\d{2}(?=\")")]
    private static partial Regex Date();

    [GeneratedRegex("(\"hours\":\\s*)([0-9.]+)")]
    private static partial Regex Hours();
}
