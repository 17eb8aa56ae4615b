using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Imh.Dsl.Portfolios;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>The schema and the reader describe the same format: walked side by side here.</summary>
public sealed class PortfolioSchemaTests
{
    // The smallest valid object at each place, to probe one property at a time.
    private static readonly Dictionary<string, string> MinimalObjects = new()
    {
        ["$"] = Minimal,
        ["$.applicant"] = """{ "name": "A" }""",
        ["$.credentials[]"] = """{ "type": "cda", "awarded": "2010-01-01" }""",
        ["$.training[]"] = """{ "date": "2021-03-06", "hours": 1, "title": "T" }""",
        ["$.work[]"] = """{ "role": "R", "kind": "imhServices", "start": "2016-06-01" }""",
        ["$.reflectiveSupervision[]"] = """{ "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" }""",
        ["$.references[]"] = """{ "rater": "S", "role": "supervisor" }""",
        ["$.exam"] = "{}",
        ["$.portfolioReview"] = "{}",
        ["$.memberships[]"] = """{ "organization": "O", "from": "2024-01-01", "to": "2024-12-31" }""",
        ["$.endorsement"] = """{ "level": "III", "since": "2024-06-01" }""",
    };

    private static readonly JsonElement Schema = JsonDocument.Parse(PortfolioSchema.Json).RootElement.Clone();

    [Fact]
    public void Schema_is_json_schema_draft_2020_12()
        => Schema.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");

    [Fact]
    public void Schema_text_is_the_embedded_file_with_lf_line_endings()
    {
        string json = PortfolioSchema.Json;
        json.ShouldNotContain('\r');
        json.ShouldEndWith("}\n");
        json[0].ShouldBe('{');
        json.ShouldBe(File.ReadAllText(SourceSchemaPath()));
    }

    [Fact]
    public void Every_schema_object_forbids_additional_properties_and_names_exactly_the_readers_properties()
    {
        Dictionary<string, JsonElement> objects = [];
        Walk(Schema, "$", objects, []);

        objects.Keys.ShouldBe(PortfolioReader.ObjectShapes.Keys, ignoreOrder: true);
        foreach ((string pattern, JsonElement schema) in objects)
        {
            schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse(pattern);
            PortfolioReader.ObjectShape shape = PortfolioReader.ObjectShapes[pattern];
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(shape.Properties, pattern);
            Required(schema).ShouldBe(shape.Required, ignoreOrder: true, pattern);
        }
    }

    [Fact]
    public void Each_schema_enum_lists_exactly_the_readers_values()
    {
        Dictionary<string, JsonElement> properties = [];
        Walk(Schema, "$", [], properties);

        Dictionary<string, string[]> enums = properties
            .Where(p => p.Value.TryGetProperty("enum", out _))
            .ToDictionary(p => p.Key, p => p.Value.GetProperty("enum").EnumerateArray()
                .Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.GetString()!).ToArray());

        enums.Keys.ShouldBe(PortfolioReader.EnumValues.Keys, ignoreOrder: true);
        foreach ((string path, string[] values) in enums)
        {
            values.ShouldBe(PortfolioReader.EnumValues[path], path);
        }

        properties["$.references[].raterEndorsement"].GetProperty("enum").EnumerateArray()
            .ShouldContain(v => v.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Schema_ranges_match_the_reader()
    {
        Dictionary<string, JsonElement> properties = [];
        Walk(Schema, "$", [], properties);

        (string Path, decimal Max)[] bounded =
        [
            ("$.training[].hours", PortfolioReader.MaxTrainingHours),
            ("$.reflectiveSupervision[].hours", PortfolioReader.MaxSessionHours),
            ("$.work[].fte", PortfolioReader.MaxFte),
        ];
        foreach ((string path, decimal max) in bounded)
        {
            properties[path].GetProperty("exclusiveMinimum").GetDecimal().ShouldBe(0m, path);
            properties[path].GetProperty("maximum").GetDecimal().ShouldBe(max, path);
        }

        properties["$.schemaVersion"].GetProperty("const").GetInt32().ShouldBe(1);
        properties["$.work[].fte"].GetProperty("default").GetDecimal().ShouldBe(1m);
    }

    [Fact]
    public void Schema_boolean_defaults_match_the_reader()
    {
        Dictionary<string, JsonElement> properties = [];
        Walk(Schema, "$", [], properties);

        foreach ((string path, JsonElement schema) in properties.Where(p => Types(p.Value).SequenceEqual(["boolean"])))
        {
            bool expected = path is "$.reflectiveSupervision[].relationshipBased" or "$.reflectiveSupervision[].whileServing";
            schema.GetProperty("default").GetBoolean().ShouldBe(expected, path);
        }

        ReflectiveSupervisionSession session = Valid(Probe("$.reflectiveSupervision[]", null, null)).ReflectiveSupervision[0];
        (session.RelationshipBased, session.WhileServing).ShouldBe((true, true));
    }

    [Fact]
    public void Every_property_the_schema_names_accepts_a_schema_valid_value()
    {
        Dictionary<string, JsonElement> properties = [];
        Walk(Schema, "$", [], properties);

        foreach ((string path, JsonElement schema) in properties)
        {
            if (SampleValue(schema) is not { } sample)
            {
                continue;
            }

            (string container, string name) = Split(path);
            PortfolioReadResult result = Read(Probe(container, name, sample));
            result.Problems.ShouldBeEmpty($"{path} = {sample}: {Show(result.Problems)}");
        }
    }

    [Fact]
    public void Null_is_accepted_exactly_where_the_schema_allows_it()
    {
        Dictionary<string, JsonElement> properties = [];
        Walk(Schema, "$", [], properties);

        foreach ((string path, JsonElement schema) in properties)
        {
            (string container, string name) = Split(path);
            PortfolioReadResult result = Read(Probe(container, name, JsonValue.Create<string>(null)));
            if (Types(schema).Contains("null"))
            {
                result.Problems.ShouldBeEmpty($"{path} = null: {Show(result.Problems)}");
            }
            else
            {
                PortfolioProblem problem = Single(result);
                problem.Path.ShouldBe(ConcretePath(path), Show([problem]));
                problem.Message.ShouldEndWith("found null", customMessage: Show([problem]));
            }
        }
    }

    [Fact]
    public void Every_property_the_reader_lists_is_handled_not_reported_unknown()
    {
        foreach ((string pattern, PortfolioReader.ObjectShape shape) in PortfolioReader.ObjectShapes)
        {
            foreach (string property in shape.Properties)
            {
                // Any value will do: a handled property gets a type error at worst, never "unknown property".
                string path = ConcretePath($"{pattern}.{property}");
                PortfolioReadResult result = Read(Probe(pattern, property, new JsonObject { ["probe"] = 1 }));
                result.Problems.ShouldNotContain(p => p.Path == path && p.Message.StartsWith("unknown property", StringComparison.Ordinal), path);
            }
        }
    }

    [Fact]
    public void Reader_enum_values_map_one_to_one_onto_the_model_enums()
    {
        CredentialType[] types = [.. PortfolioReader.EnumValues["$.credentials[].type"]
            .Select(v => Valid(Probe("$.credentials[]", "type", v)).Credentials[0].Type)];
        types.ShouldBe(Enum.GetValues<CredentialType>(), ignoreOrder: true);

        WorkKind[] kinds = [.. PortfolioReader.EnumValues["$.work[].kind"]
            .Select(v => Valid(Probe("$.work[]", "kind", v)).Work[0].Kind)];
        kinds.ShouldBe(Enum.GetValues<WorkKind>(), ignoreOrder: true);

        SessionFormat[] formats = [.. PortfolioReader.EnumValues["$.reflectiveSupervision[].format"]
            .Select(v => Valid(Probe("$.reflectiveSupervision[]", "format", v)).ReflectiveSupervision[0].Format)];
        formats.ShouldBe(Enum.GetValues<SessionFormat>(), ignoreOrder: true);

        RaterRole[] roles = [.. PortfolioReader.EnumValues["$.references[].role"]
            .Select(v => Valid(Probe("$.references[]", "role", v)).References[0].Role)];
        roles.ShouldBe(Enum.GetValues<RaterRole>(), ignoreOrder: true);

        string?[] levels = [.. PortfolioReader.EnumValues["$.references[].raterEndorsement"]
            .Select(v => Valid(Probe("$.references[]", "raterEndorsement", v)).References[0].RaterEndorsement)];
        levels.ShouldBe(["I", "II", "III", "IV"]);
    }

    [Fact]
    public void Enum_names_are_the_camel_case_of_the_model_members()
    {
        PortfolioReader.EnumValues["$.credentials[].type"].ShouldBe(Enum.GetNames<CredentialType>().Select(CamelCase));
        PortfolioReader.EnumValues["$.work[].kind"].ShouldBe(Enum.GetNames<WorkKind>().Select(CamelCase));
        PortfolioReader.EnumValues["$.reflectiveSupervision[].format"].ShouldBe(Enum.GetNames<SessionFormat>().Select(CamelCase));
        PortfolioReader.EnumValues["$.references[].role"].ShouldBe(Enum.GetNames<RaterRole>().Select(CamelCase));
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A valid portfolio whose object at <paramref name="pattern"/> has <paramref name="property"/> set to <paramref name="value"/>.</summary>
    private static string Probe(string pattern, string? property, JsonNode? value)
    {
        JsonObject root = JsonNode.Parse(Minimal)!.AsObject();
        JsonObject target = pattern == "$" ? root : JsonNode.Parse(MinimalObjects[pattern])!.AsObject();
        if (property is not null)
        {
            target[property] = value;
        }

        if (pattern != "$")
        {
            string name = pattern[2..].TrimEnd('[', ']');
            root[name] = pattern.EndsWith("[]", StringComparison.Ordinal) ? new JsonArray(target) : target;
        }

        return root.ToJsonString();
    }

    private static JsonNode? SampleValue(JsonElement schema)
    {
        string[] types = Types(schema);
        if (schema.TryGetProperty("enum", out JsonElement values))
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        if (schema.TryGetProperty("const", out JsonElement constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        return types[0] switch
        {
            "boolean" => JsonValue.Create(true),
            "number" => JsonValue.Create(schema.GetProperty("maximum").GetDecimal()),
            "string" when schema.TryGetProperty("format", out JsonElement format) && format.GetString() == "date" => JsonValue.Create("2024-12-31"),
            "string" => JsonValue.Create("x"),
            _ => null,
        };
    }

    private static void Walk(JsonElement schema, string pattern, Dictionary<string, JsonElement> objects, Dictionary<string, JsonElement> properties)
    {
        schema = Resolve(schema);
        objects[pattern] = schema;
        foreach (JsonProperty property in schema.GetProperty("properties").EnumerateObject())
        {
            string path = pattern + "." + property.Name;
            JsonElement value = Resolve(property.Value);
            properties[path] = value;
            if (Types(value).Contains("object"))
            {
                Walk(value, path, objects, properties);
            }
            else if (Types(value).Contains("array"))
            {
                Walk(value.GetProperty("items"), path + "[]", objects, properties);
            }
        }
    }

    private static JsonElement Resolve(JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out JsonElement reference))
        {
            return schema;
        }

        string target = reference.GetString()!;
        target.ShouldStartWith("#/$defs/");
        return Resolve(Schema.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]));
    }

    private static string[] Types(JsonElement schema)
        => !schema.TryGetProperty("type", out JsonElement type) ? []
            : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
            : [type.GetString()!];

    private static string[] Required(JsonElement schema)
        => schema.TryGetProperty("required", out JsonElement required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];

    private static (string Container, string Name) Split(string path)
    {
        int dot = path.LastIndexOf('.');
        return (path[..dot] is "" ? "$" : path[..dot], path[(dot + 1)..]);
    }

    private static string ConcretePath(string pattern) => pattern.Replace("[]", "[0]", StringComparison.Ordinal);

    private static string SourceSchemaPath([CallerFilePath] string testFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "../../../src/Imh.Dsl/Portfolios/portfolio.schema.json"));
}
