using System.Globalization;
using System.Text;

namespace Imh.Cli.Tests.Support;

/// <summary>The command-line and large-input families.</summary>
internal static partial class HostileInputs
{
    /// <summary>The command lines of the argument family: commands, options and values mixed, some of them hostile.</summary>
    /// <remarks>The working folder holds <c>portfolio.json</c>, <c>@portfolio.json</c>, <c>ecfs.json</c>, <c>pipe.json</c> and <c>folder/</c>.</remarks>
    public static string[] Arguments(Random random, string folder)
    {
        string[] commands = ["check", "renew", "plan", "levels", "docs", "schema", "CHECK", "catalogs", "", "--help", "-h", "--version", "-?"];
        string[] paths =
        [
            "portfolio.json", "@portfolio.json", "ecfs.json", "@/dev/zero", "/dev/zero", "/dev/null", "pipe.json", "folder", "missing.json", "", " ",
            "-", "--", "\u001b]0;pwned\u0007.json", "a\nb.json", new string('p', 5000) + ".json", folder, "@", "@@portfolio.json",
        ];
        string[] options =
        [
            "--level", "-l", "--as-of", "--format", "-f", "--year", "-y", "--out", "--catalog", "-c", "--pace", "--bogus", "-x", "-lf", "--level=III",
        ];
        string[] values =
        [
            "III", "iii", "all", "V", "", "\u001b[31m", "2026-11-24", "2023-02-29", "24/11/2026", "json", "csv", "jsonl", "markdown", "xml",
            "2025", "1899", "-1", "99999999999999999999", "\u202ejson", new string('9', 3000), "@/dev/zero", "out", "iecmh-2024", "IECMH-2024",
            "mi-aimh", "nope", "training=2", "training=-1", "bogus=1", "1e400",
        ];

        List<string> args = [commands[random.Next(commands.Length)]];
        if (random.Next(5) != 0)
        {
            args.Add(paths[random.Next(paths.Length)]);
        }

        for (int count = random.Next(0, 4); count > 0; count--)
        {
            args.Add(options[random.Next(options.Length)]);
            if (random.Next(6) != 0)
            {
                args.Add(values[random.Next(values.Length)]);
            }
        }

        return [.. args];
    }

    /// <summary>The large inputs: at and past the 16 MiB limit, long lists, many problems, huge values, deep nesting.</summary>
    public static IEnumerable<LargeInput> Large()
    {
        const int Limit = 16 * 1024 * 1024;
        byte[] sample = File.ReadAllBytes(Repository.Sample("level-iii.json"));
        yield return new("exactly 16 MiB", MiAimh, [.. sample, .. Enumerable.Repeat((byte)' ', Limit - sample.Length)], null);
        yield return new("16 MiB and 1 byte", MiAimh, [.. sample, .. Enumerable.Repeat((byte)' ', Limit + 1 - sample.Length)], "the limit is 16 MiB");
        yield return Grown("100,000 references from different raters", "references", i => $"{{\"rater\": \"Rater {i}\", \"role\": \"{(i % 2 == 0 ? "supervisor" : "colleague")}\", \"current\": true}}");
        yield return Grown("100,000 RS/C sessions", "reflectiveSupervision", i => $"{{\"date\": \"{Day(i)}\", \"hours\": 1.5, \"format\": \"group\", \"provider\": \"P\"}}");
        yield return Grown("100,000 training entries", "training", i => $"{{\"date\": \"{Day(i)}\", \"hours\": 2, \"title\": \"T\", \"relationshipBased\": true}}");
        yield return Grown("100,000 work entries", "work", i => $"{{\"role\": \"R\", \"kind\": \"imhServices\", \"start\": \"{Day(i)}\", \"end\": \"{Day(i, plus: 90)}\", \"fte\": 0.5, \"paid\": true}}");
        yield return Grown("100,000 credentials", "credentials", i => $"{{\"type\": \"bachelor\", \"awarded\": \"{Day(i)}\"}}");
        yield return Grown("100,000 memberships", "memberships", i => $"{{\"organization\": \"O\", \"from\": \"{Day(i)}\", \"to\": \"{Day(i, plus: 300)}\"}}");
        yield return Grown("100,000 version 2 references (iecmh-2024)", "references", i => $"{{\"rater\": \"Rater {i}\", \"role\": \"supervisor\", \"current\": true, \"raterEndorsement\": [\"ECFRS\"]}}", Iecmh2024);
        yield return Grown("100,000 version 2 work entries (iecmh-2024)", "work", i => $"{{\"role\": \"R\", \"kind\": \"infantFamily\", \"start\": \"{Day(i)}\", \"end\": \"{Day(i, plus: 90)}\", \"ageBands\": [\"infant\"], \"familiesServed\": {{\"infant\": {i % 7}}}}}", Iecmh2024);
        yield return new("30,000 unknown properties", MiAimh, Utf8("{\"applicant\": {\"name\": \"A\"}" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $", \"x{i}\": 0")) + "}"), "unknown property");
        yield return new("a number of 1,000,000 digits", MiAimh, Utf8("{\"applicant\": {\"name\": \"A\"}, \"training\": [{\"date\": \"2020-01-01\", \"title\": \"T\", \"hours\": 1" + new string('0', 1_000_000) + "}]}"), "at most 200");
        yield return new("1,000,000 nested arrays", MiAimh, Utf8("{\"applicant\": {\"name\": \"A\"}, \"training\": " + new string('[', 1_000_000) + new string(']', 1_000_000) + "}"), "nesting is deeper than 32");
        yield return new("a name of 10 million characters", MiAimh, Utf8("{\"endorsement\": {\"level\": \"III\", \"since\": \"2020-01-01\"}, \"applicant\": {\"name\": \"" + new string('n', 10_000_000) + "\"}}"), null);
        yield return new("a key of a million escaped control characters", MiAimh, Utf8("{\"applicant\": {\"name\": \"A\"}, \"" + string.Concat(Enumerable.Repeat("\\u001b", 1_000_000)) + "\": 1}"), "unknown property");
    }

    /// <summary>A large input and what the reader makes of it.</summary>
    /// <param name="Name">What it is.</param>
    /// <param name="Catalog">The catalog it is read with.</param>
    /// <param name="Bytes">The file.</param>
    /// <param name="Rejection">Part of the message that rejects it; null when it is accepted.</param>
    public sealed record LargeInput(string Name, string Catalog, byte[] Bytes, string? Rejection);

    private static LargeInput Grown(string name, string list, Func<int, string> entry, string catalog = MiAimh)
    {
        var text = new StringBuilder(catalog == MiAimh
            ? "{\"applicant\": {\"name\": \"Large\"}, \"endorsement\": {\"level\": \"III\", \"since\": \"2020-01-01\"}, \""
            : "{\"schemaVersion\": 2, \"applicant\": {\"name\": \"Large\"}, \"");
        text.Append(list).Append("\": [");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(entry(i));
        }

        return new(name, catalog, Utf8(text.Append("]}").ToString()), null);
    }

    /// <summary>Dates spread over 2014 to 2022, so that every entry is dated before the as-of date.</summary>
    private static string Day(int i, int plus = 0)
        => new DateOnly(2014, 1, 1).AddDays((i % 3000) + plus).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
