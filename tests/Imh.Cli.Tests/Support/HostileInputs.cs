using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Imh.Cli.Tests.Support;

/// <summary>
/// Malformed and extreme portfolios made from the samples with a seeded <see cref="Random"/>, family by
/// family: byte mutations, JSON structure mutations, single edge values whose verdict is known, command
/// lines and large inputs. The samples of both catalogs are mutated: the MI-AIMH ones (format version 1)
/// and the IECMH 2024 one (format version 2, read with <c>--catalog iecmh-2024</c>).
/// </summary>
internal static partial class HostileInputs
{
    /// <summary>The catalog the MI-AIMH samples are read with (the default).</summary>
    public const string MiAimh = "mi-aimh";

    /// <summary>The catalog that reads portfolio format version 2.</summary>
    public const string Iecmh2024 = "iecmh-2024";

    /// <summary>Every sample with the catalog it is read with, in file name order.</summary>
    public static Input[] Samples { get; } =
    [
        .. Directory.GetFiles(Repository.Samples, "*.json").Order(StringComparer.Ordinal).Select(f => new Input(MiAimh, File.ReadAllBytes(f))),
        .. Directory.GetFiles(Path.Combine(Repository.Root, "samples", "iecmh-2024"), "*.json").Order(StringComparer.Ordinal).Select(f => new Input(Iecmh2024, File.ReadAllBytes(f))),
    ];

    // Bytes that matter to a JSON reader, to UTF-8 and to a terminal.
    private static readonly byte[] Interesting =
        [.. "{}[]\":,\\ \n\r\t0-+.eE"u8, 0x00, 0x07, 0x1B, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE2, 0xF0, 0xF8, 0xFE, 0xFF];

    private static readonly string[] Keys =
    [
        "", "bogus", "a\nb", "\u001b]0;pwned\u0007", "applicant", "hours", "Hours", "relationshipBsed", "\u202eevil", "$.x['y']",
        "\u0000", "😀", new string('k', 1000), "__proto__", "endorsement", "endorsements", "ageBands", "familiesServed", "infant",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e400", "1e-400", "\"\"", "\"x\"", "\"\\u001b[31mRED\"", "[]", "{}", "[[[]]]",
        "200.000000000000000000000000000001", "\"2023-02-29\"", "{\"name\": \"A\"}", "[{}]", "[\"infant\", \"infant\"]", "{\"infant\": 2.5}",
    ];

    // Unpaired surrogates cannot pass through JsonNode; they are only spliced in as text.
    private static readonly string[] SplicedValues = [.. Values, "\"\\ud800\"", "\"x\\udc00\""];

    /// <summary>A sample with one to four byte-level edits: change, insert, delete, cut, repeat a slice, splice another sample.</summary>
    public static Input MutateBytes(Random random)
    {
        Input sample = Samples[random.Next(Samples.Length)];
        List<byte> bytes = [.. sample.Bytes];
        for (int edits = random.Next(1, 5); edits > 0 && bytes.Count > 0; edits--)
        {
            int at = random.Next(bytes.Count);
            byte b = random.Next(2) == 0 ? Interesting[random.Next(Interesting.Length)] : (byte)random.Next(256);
            switch (random.Next(6))
            {
                case 0: bytes[at] = b; break;
                case 1: bytes.Insert(at, b); break;
                case 2: bytes.RemoveAt(at); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                case 4: bytes.InsertRange(at, bytes.Skip(at).Take(random.Next(1, 200)).ToArray()); break;
                default:
                    byte[] other = Samples[random.Next(Samples.Length)].Bytes;
                    int from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 300)));
                    break;
            }
        }

        return sample with { Bytes = [.. bytes] };
    }

    /// <summary>A sample with one to three structural edits at random places of its JSON tree.</summary>
    public static Input MutateStructure(Random random)
    {
        Input sample = Samples[random.Next(Samples.Length)];
        JsonNode root = JsonNode.Parse(sample.Bytes)!;
        for (int edits = random.Next(1, 4); edits > 0; edits--)
        {
            List<JsonNode> containers = [.. Containers(root)];
            JsonNode target = containers[random.Next(containers.Count)];
            if (target is JsonObject obj)
            {
                EditObject(obj, random);
            }
            else
            {
                EditArray((JsonArray)target, random);
            }
        }

        string text = root.ToJsonString();

        // Duplicate properties and raw number texts cannot be made with JsonNode; a few are spliced in as text.
        if (random.Next(4) == 0)
        {
            int brace = text.IndexOf('{', random.Next(text.Length));
            string key = random.Next(2) == 0 ? "applicant" : JsonSerializer.Serialize(Keys[random.Next(Keys.Length)])[1..^1];
            text = brace < 0 ? text : text.Insert(brace + 1, $"\"{key}\": {SplicedValues[random.Next(SplicedValues.Length)]}, ");
        }

        return sample with { Bytes = Encoding.UTF8.GetBytes(text) };
    }

    private static void EditObject(JsonObject obj, Random random)
    {
        if (obj.Count > 0 && random.Next(3) == 0)
        {
            obj.Remove(obj.ElementAt(random.Next(obj.Count)).Key);
            return;
        }

        string key = obj.Count > 0 && random.Next(2) == 0 ? obj.ElementAt(random.Next(obj.Count)).Key : Keys[random.Next(Keys.Length)];
        obj[key] = random.Next(3) switch
        {
            0 => JsonNode.Parse(Values[random.Next(Values.Length)]),
            1 => Nest(obj.TryGetPropertyValue(key, out JsonNode? old) ? old?.DeepClone() : null, random.Next(1, 40)),
            _ => Move(obj, random),
        };
    }

    /// <summary>Takes a property out of the object, for its value to be put back under another name.</summary>
    private static JsonNode? Move(JsonObject obj, Random random)
    {
        if (obj.Count == 0)
        {
            return null;
        }

        var (key, value) = obj.ElementAt(random.Next(obj.Count));
        obj.Remove(key);
        return value;
    }

    private static void EditArray(JsonArray array, Random random)
    {
        switch (random.Next(4))
        {
            case 0 when array.Count > 0:
                array.RemoveAt(random.Next(array.Count));
                break;
            case 1 when array.Count > 0:
                JsonNode? copy = array[random.Next(array.Count)]?.DeepClone();
                for (int i = random.Next(1, 50); i > 0; i--)
                {
                    array.Add(copy?.DeepClone());
                }

                break;
            case 2:
                array.Clear();
                break;
            default:
                array.Insert(array.Count == 0 ? 0 : random.Next(array.Count), JsonNode.Parse(Values[random.Next(Values.Length)]));
                break;
        }
    }

    private static JsonNode? Nest(JsonNode? value, int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            value = new JsonArray(value);
        }

        return value;
    }

    private static IEnumerable<JsonNode> Containers(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is JsonObject or JsonArray)
            {
                foreach (JsonNode inner in Containers(child))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A portfolio file and the catalog it is read with.</summary>
    /// <param name="Catalog">The <c>--catalog</c> id.</param>
    /// <param name="Bytes">The file.</param>
    public sealed record Input(string Catalog, byte[] Bytes);
}
