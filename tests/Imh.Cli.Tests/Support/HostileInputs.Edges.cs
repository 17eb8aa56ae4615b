using System.Text;
using System.Text.Json.Nodes;

namespace Imh.Cli.Tests.Support;

/// <summary>The edge-value family: one field of a sample set to a value whose verdict the format decides.</summary>
internal static partial class HostileInputs
{
    /// <summary>One field of a sample set to an edge value, with the path and whether the format accepts that value there.</summary>
    public static EdgeCase EdgeValue(Random random)
    {
        Input sample = Samples[random.Next(Samples.Length)];
        JsonObject root = JsonNode.Parse(sample.Bytes)!.AsObject();
        List<(JsonObject Owner, string Property, string Path, Field Field)> slots = [.. Slots(root, sample.Catalog == Iecmh2024)];
        var (owner, property, path, field) = slots[random.Next(slots.Count)];
        var (text, valid) = field.Pool[random.Next(field.Pool.Length)];
        owner[property] = JsonNode.Parse(text);
        return new EdgeCase(new Input(sample.Catalog, Encoding.UTF8.GetBytes(root.ToJsonString())), path, valid, field.CrossChecked);
    }

    /// <summary>A portfolio with one edited field.</summary>
    /// <param name="Input">The document and its catalog.</param>
    /// <param name="Path">The edited field's JSON path.</param>
    /// <param name="Valid">The format accepts the value there.</param>
    /// <param name="CrossChecked">The field is compared with another (dates): a valid value may still contradict it.</param>
    public sealed record EdgeCase(Input Input, string Path, bool Valid, bool CrossChecked);

    private sealed record Field((string Text, bool Valid)[] Pool, bool CrossChecked = false);

    private static IEnumerable<(JsonObject, string, string, Field)> Slots(JsonObject root, bool version2)
    {
        yield return (root, "schemaVersion", "$.schemaVersion", version2 ? SchemaVersion2 : SchemaVersion1);
        yield return (root["applicant"]!.AsObject(), "name", "$.applicant.name", RequiredText);
        foreach (var (list, fields) in ListFields)
        {
            if (root[list] is not JsonArray entries)
            {
                continue;
            }

            for (int i = 0; i < entries.Count; i++)
            {
                JsonObject entry = entries[i]!.AsObject();
                foreach (var (name, field) in fields)
                {
                    yield return (entry, name, $"$.{list}[{i}].{name}", field);
                }

                // Families served per age band: a version 2 field.
                if (entry["familiesServed"] is JsonObject families)
                {
                    foreach (string band in families.Select(p => p.Key).ToArray())
                    {
                        yield return (families, band, $"$.{list}[{i}].familiesServed.{band}", Families);
                    }
                }
            }
        }
    }

    private static readonly Field SchemaVersion1 = new(
    [
        ("1", true), ("1.0", true), ("1e0", true), ("10E-1", true), ("3", false), ("0", false), ("\"1\"", false), ("null", false),
        ("1.0000000000000000000000000000001", false), ("0.99999999999999999999999999999999", false), ("1e-400", false),
    ]);

    private static readonly Field SchemaVersion2 = new(
    [
        ("2", true), ("2.0", true), ("2e0", true), ("20E-1", true), ("3", false), ("0", false), ("\"2\"", false), ("null", false),
        ("2.0000000000000000000000000000001", false), ("1.99999999999999999999999999999999", false), ("1e-400", false),
    ]);

    private static readonly Field RequiredText = new(
    [
        ("\"Jordan Rivera\"", true), ("\"\\u001b]0;pwned\\u0007\"", true), ("\"\\u202eevil\"", true), ("\"a\\nb\"", true),
        ($"\"{new string('x', 100_000)}\"", true), ("\"\"", false), ("\"   \"", false), ("null", false), ("1", false),
    ]);

    private static readonly Field Date = new(
    [
        ("\"2024-02-29\"", true), ("\"2023-02-28\"", true), ("\"2023-02-29\"", false), ("\"2023-13-01\"", false), ("\"2023-2-1\"", false),
        ("\"\"", false), ("\"\\u001b[31mRED\"", false), ("20230101", false), ("null", false), ("\"2023-01-01T00:00\"", false),
    ], CrossChecked: true);

    private static readonly Field Flag = new([("true", true), ("false", true), ("\"true\"", false), ("1", false), ("null", false)]);

    private static readonly Field Families = new(
    [
        ("0", true), ("14", true), ("14.0", true), ("1e2", true), ("-1", false), ("2.5", false), ("\"6\"", false),
        ("2.0000000000000000000000000000001", false), ("1e-400", false), ("1e400", false),
    ]);

    private static (string, bool)[] Amounts(string bound, string justAbove, string justBelow) =>
    [
        ("1", true), ("0.5", true), (bound, true), (justBelow, true), ("0.0000000000000000000000000001", true),
        (justAbove, false), ("0", false), ("-0", false), ("-1", false), ("1e-400", false), ("1e-29", false), ("1e400", false),
        ("\"1\"", false), ("null", false), ("1" + new string('0', 5000), false),
    ];

    private static readonly Field TrainingHours = new(Amounts("200", "200.000000000000000000000000000001", "199.99999999999999999999999999999999"));
    private static readonly Field SessionHours = new(Amounts("24", "24.0000000000000000000000000000001", "23.999999999999999999999999999999999"));
    private static readonly Field Fte = new(Amounts("1", "1.0000000000000000000000000000001", "0.99999999999999999999999999999999999"));

    private static Field Choice(params string[] valid) => new(
        [.. valid.Select(v => ($"\"{v}\"", true)), ($"\"{valid[0].ToUpperInvariant()}\"", false), ("\"\"", false), ("\"x\\u0000\"", false), ("1", false), ("null", false)]);

    private static readonly (string List, (string Name, Field Field)[] Fields)[] ListFields =
    [
        ("training", [("hours", TrainingHours), ("date", Date), ("title", RequiredText), ("relationshipBased", Flag)]),
        ("reflectiveSupervision", [("hours", SessionHours), ("date", Date), ("format", Choice("individual", "group")), ("provider", RequiredText)]),
        ("work", [("fte", Fte), ("start", Date), ("kind", Choice("infantFamily")), ("role", RequiredText), ("paid", Flag)]),
        ("references", [("role", Choice("supervisor", "colleague")), ("rater", RequiredText), ("current", Flag)]),
        ("credentials", [("type", Choice("master", "bachelor")), ("awarded", Date)]),
    ];
}
