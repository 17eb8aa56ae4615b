using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Portfolios.Reading;
using Imh.Requirements;
using Json.Schema;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// The schema generated from the MI-AIMH vocabulary, checked with an independent validator
/// (JsonSchema.Net) side by side with the reader: both accept the samples, the schema rejects what
/// the reader rejects, and what only the reader checks is named in the schema's description.
/// </summary>
public sealed class PortfolioSchemaTests
{
    private static readonly string Text = PortfolioSchema.For(Words);

    private static readonly JsonElement Schema = JsonDocument.Parse(Text).RootElement.Clone();

    private static readonly JsonSchema Validator = JsonSchema.FromText(Text);

    /// <summary>A date of the right form that does not exist: only the reader can tell.</summary>
    private const string NonexistentDate = "2023-02-29";

    /// <summary>A name or value far from every word, so the reader lists what it allows rather than suggesting one.</summary>
    private const string Unknown = "zzzzzzzzzzzz";

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

    // Values tried at every property: each JSON type, the bounds of the format's numbers, blank strings, dates and level ids.
    private static readonly string[] ProbeValues =
    [
        "null", "true", "false", "0", "1", "-1", "0.5", "1.5", "24", "25", "200", "201",
        "\"\"", "\" \"", "\"x\"", "\"2024-02-29\"", $"\"{NonexistentDate}\"", "\"2024-2-29\"", "\"III\"", "\"IV\"", "\"IV-Clinical\"",
        "[]", "[\"x\"]", "{}", "{\"x\": 1}",
    ];

    public static TheoryData<string> Samples()
        => [.. Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "portfolios"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Schema_is_json_schema_draft_2020_12()
        => Schema.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");

    [Fact]
    public void Schema_text_has_lf_line_endings_and_ends_with_a_newline()
    {
        Text.ShouldNotContain('\r');
        Text.ShouldStartWith("{\n");
        Text.ShouldEndWith("}\n");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_portfolio_is_read_and_validates_against_the_schema(string file)
    {
        string json = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "portfolios", file));

        Valid(json);
        Evaluate(json).IsValid.ShouldBeTrue(Errors(json));
    }

    [Fact]
    public void There_are_samples_to_validate()
        => Samples().Count.ShouldBeGreaterThanOrEqualTo(9);

    [Fact]
    public void The_spec_example_validates_against_the_schema()
        => Evaluate(SpecExample).IsValid.ShouldBeTrue(Errors(SpecExample));

    [Fact]
    public void The_schema_agrees_with_the_reader_on_every_value_tried_at_every_property()
    {
        var disagreements = new List<string>();
        int acceptedSomewhere = 0;
        foreach (var (pattern, name, schema) in Properties())
        {
            bool someAccepted = false;
            foreach (string value in ProbeValues.Concat(EnumValues(schema).Select(v => JsonSerializer.Serialize(v))).Concat(MinimalValues($"{pattern}.{name}")).Distinct())
            {
                string json = Probe(pattern, name, JsonNode.Parse(value));
                bool reader = Read(json).Problems.Count == 0;
                bool validator = Evaluate(json).IsValid;
                someAccepted |= reader && validator;

                // Only the reader knows which dates exist. The reader does not check "$schema" (null included); the schema asks for a string.
                bool readerOnly = value == $"\"{NonexistentDate}\"" && IsDate(schema);
                bool schemaOnly = name == "$schema" && value == "null";
                bool expected = readerOnly ? !reader && validator : schemaOnly ? reader && !validator : reader == validator;
                if (!expected) disagreements.Add($"{pattern}.{name} = {value}: reader {(reader ? "accepts" : "rejects")}, schema {(validator ? "accepts" : "rejects")}");
            }
            if (someAccepted) acceptedSomewhere++;
            else disagreements.Add($"{pattern}.{name}: no value tried is accepted by both");
        }

        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
        acceptedSomewhere.ShouldBeGreaterThan(60);
    }

    /// <summary>The smallest valid value of an object property or a list of objects, if <paramref name="path"/> is one.</summary>
    private static IEnumerable<string> MinimalValues(string path)
    {
        if (MinimalObjects.TryGetValue(path, out string? value)) yield return value;
        if (MinimalObjects.TryGetValue(path + "[]", out string? item)) yield return $"[{item}]";
    }

    [Fact]
    public void Every_schema_object_forbids_additional_properties_and_names_exactly_the_readers_properties()
    {
        var objects = Objects().ToList();
        objects.Select(o => o.Pattern).ShouldBe(MinimalObjects.Keys, ignoreOrder: true);
        foreach (var (pattern, schema) in objects)
        {
            schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse(pattern);

            string json = Probe(pattern, Unknown, JsonValue.Create(1));
            Evaluate(json).IsValid.ShouldBeFalse(pattern);
            PortfolioProblem problem = Single(json);
            problem.Message.ShouldStartWith($"unknown property '{Unknown}'; allowed: ", customMessage: pattern);
            Allowed(problem.Message).ShouldBe([.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)], pattern);
        }
    }

    [Fact]
    public void Every_required_property_of_the_schema_is_required_by_the_reader()
    {
        foreach (var (pattern, schema) in Objects())
        {
            string[] required = [.. schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!)];
            foreach (string name in schema.GetProperty("properties").EnumerateObject().Select(p => p.Name))
            {
                string json = Without(pattern, name);
                var problems = Read(json).Problems;
                bool reportedMissing = problems.Any(p => p.Message == $"required property '{name}' is missing");
                reportedMissing.ShouldBe(required.Contains(name), $"{pattern}.{name}: {Show(problems)}");
                Evaluate(json).IsValid.ShouldBe(problems.Count == 0, $"{pattern}.{name}");
            }
        }
    }

    [Fact]
    public void Each_schema_enum_of_strings_lists_exactly_what_the_reader_allows()
    {
        int checkedEnums = 0;
        foreach (var (pattern, name, schema) in Properties())
        {
            string[] values = EnumValues(schema);
            if (values.Length == 0) continue;

            JsonNode unknown = Types(schema).Contains("array") ? new JsonArray(JsonValue.Create(Unknown)) : JsonValue.Create(Unknown);
            PortfolioProblem problem = Single(Probe(pattern, name, unknown));
            Allowed(problem.Message).ShouldBe(values, $"{pattern}.{name}: {problem.Message}");
            checkedEnums++;
        }

        // type, kind, format, role, raterEndorsement and the endorsement's level.
        checkedEnums.ShouldBe(6);
    }

    [Fact]
    public void The_levels_one_holds_are_the_evaluated_ids_and_a_rater_may_also_name_a_level_with_tracks()
    {
        EnumValues(Property("$.endorsement", "level")).ShouldBe(["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
        EnumValues(Property("$.references[]", "raterEndorsement")).ShouldBe(["I", "II", "III", "IV", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
    }

    [Fact]
    public void Schema_ranges_are_the_readers_bounds()
    {
        (string Pattern, string Name, decimal Max)[] bounded =
        [
            ("$.training[]", "hours", Walker.MaxTrainingHours),
            ("$.reflectiveSupervision[]", "hours", Walker.MaxSessionHours),
            ("$.work[]", "fte", Walker.MaxFte),
        ];
        foreach (var (pattern, name, max) in bounded)
        {
            JsonElement schema = Property(pattern, name);
            schema.GetProperty("exclusiveMinimum").GetDecimal().ShouldBe(0m, name);
            schema.GetProperty("maximum").GetDecimal().ShouldBe(max, name);
        }

        Property("$.work[]", "fte").GetProperty("default").GetDecimal().ShouldBe(Valid(Probe("$.work[]", null, null)).Work[0].Fte);
        Property("$", "schemaVersion").GetProperty("enum").EnumerateArray().Select(v => v.GetInt32()).ShouldBe([1]);
    }

    [Fact]
    public void Schema_boolean_defaults_are_what_the_reader_reads_when_a_flag_is_left_out()
    {
        int flags = 0;
        foreach (var (pattern, name, schema) in Properties().Where(p => Types(p.Schema).SequenceEqual(["boolean"])))
        {
            bool given = schema.GetProperty("default").GetBoolean();
            object left = ReadAt(pattern, Probe(pattern, null, null));
            ReadAt(pattern, Probe(pattern, name, JsonValue.Create(given))).ShouldBe(left, $"{pattern}.{name} given as its default");
            ReadAt(pattern, Probe(pattern, name, JsonValue.Create(!given))).ShouldNotBe(left, $"{pattern}.{name} given as the opposite of its default");
            flags++;
        }

        flags.ShouldBe(21);
        Property("$.reflectiveSupervision[]", "relationshipBased").GetProperty("default").GetBoolean().ShouldBeTrue();
        Property("$.reflectiveSupervision[]", "whileServing").GetProperty("default").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Schema_choice_values_map_one_to_one_onto_the_catalogs_words()
    {
        ValuesAreTheWordsOf<CredentialType>("$.credentials[]", "type", p => p.Credentials[0].Words);
        ValuesAreTheWordsOf<WorkKind>("$.work[]", "kind", p => p.Work[0].Words);
        ValuesAreTheWordsOf<SessionFormat>("$.reflectiveSupervision[]", "format", p => p.Sessions[0].Words);
        ValuesAreTheWordsOf<RaterRole>("$.references[]", "role", p => p.References[0].Words);
    }

    private static void ValuesAreTheWordsOf<T>(string pattern, string name, Func<Portfolio, EntryWords> words) where T : struct, Enum
    {
        // Every single word of the enum (named sets such as PostBachelor are not values an entry gives), spelt in camelCase.
        T[] singles = [.. Enum.GetValues<T>().Where(v => System.Numerics.BitOperations.IsPow2(Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)))];
        string[] values = EnumValues(Property(pattern, name));
        values.ShouldBe([.. singles.Select(v => char.ToLowerInvariant(v.ToString()[0]) + v.ToString()[1..])]);
        values.Select(v => words(Valid(Probe(pattern, name, JsonValue.Create(v)))).Of<T>()).ShouldBe(singles);
    }

    // ---- what only the reader checks ----

    [Theory]
    [InlineData("dates must exist")]
    [InlineData("an end or to date must not be before its start or from date")]
    [InlineData("property names must not repeat")]
    [InlineData("nesting is at most 32 levels")]
    [InlineData("the file is UTF-8 and at most 16 MiB")]
    public void The_schema_description_names_each_rule_only_the_reader_checks(string rule)
        => Schema.GetProperty("description").GetString().ShouldNotBeNull().ShouldContain(rule, Case.Sensitive);

    [Theory]
    [InlineData("work", """{ "role": "R", "kind": "imhServices", "start": "2016-06-01", "end": "2016-05-31" }""", "$.work[0].end")]
    [InlineData("memberships", """{ "organization": "O", "from": "2024-01-01", "to": "2023-12-31" }""", "$.memberships[0].to")]
    [InlineData("training", $$"""{ "date": "{{NonexistentDate}}", "hours": 1, "title": "T" }""", "$.training[0].date")]
    public void Contradictions_and_dates_that_do_not_exist_are_rejected_by_the_reader_only(string list, string entry, string path)
    {
        string json = $$"""{ "applicant": { "name": "A" }, "{{list}}": [ {{entry}} ] }""";

        Single(json).Path.ShouldBe(path);
        Evaluate(json).IsValid.ShouldBeTrue(Errors(json));
    }

    [Fact]
    public void A_repeated_property_is_rejected_by_the_reader_only()
    {
        const string Json = """{ "applicant": { "name": "A" }, "supervisesOthers": true, "supervisesOthers": false }""";

        Single(Json).Message.ShouldBe("duplicate property 'supervisesOthers'");
        Evaluate(Json).IsValid.ShouldBeTrue(Errors(Json));
    }

    // ---- the schema of another catalog ----

    [Fact]
    public void The_schema_of_another_catalog_names_that_catalogs_words_and_lists()
    {
        JsonElement schema = JsonDocument.Parse(PortfolioSchema.For(Documentation.SampleCatalog.Vocabulary)).RootElement;
        JsonElement properties = schema.GetProperty("properties");

        properties.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["schemaVersion", "applicant", "mentorsOthers", "credentials", "training", "work", "mentoring", "references", "ethicsSigned", "memberships", "endorsement", "$schema"]);
        JsonElement work = properties.GetProperty("work").GetProperty("items").GetProperty("properties");
        work.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["directCare", "programLeadership"]);
        work.GetProperty("ageBands").GetProperty("minItems").GetInt32().ShouldBe(1);
        work.GetProperty("ageBands").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["infant", "preschool"]);
        Text.ShouldNotContain("directCare");
    }

    // ---- helpers ----

    private static EvaluationResults Evaluate(string json)
        => Validator.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(string json)
        => string.Join("\n", (Evaluate(json).Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>What a reader's message lists after "allowed: " (without a final "or null").</summary>
    private static string[] Allowed(string message)
    {
        string list = message[(message.LastIndexOf("allowed: ", StringComparison.Ordinal) + "allowed: ".Length)..];
        if (list.EndsWith(" or null", StringComparison.Ordinal)) list = list[..^" or null".Length];
        return list.Split(", ");
    }

    /// <summary>The words and result read at <paramref name="pattern"/>, to compare two readings.</summary>
    private static object ReadAt(string pattern, string json)
    {
        Portfolio p = Valid(json);
        return pattern switch
        {
            "$" => p.Words,
            "$.credentials[]" => p.Credentials[0].Words,
            "$.training[]" => p.Training[0].Words,
            "$.work[]" => p.Work[0].Words,
            "$.reflectiveSupervision[]" => p.Sessions[0].Words,
            "$.references[]" => p.References[0].Words,
            "$.memberships[]" => p.Memberships[0].Words,
            "$.exam" or "$.portfolioReview" => (p.Assessments[0].Words, p.Assessments[0].Passed),
            _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "no words read there"),
        };
    }

    /// <summary>A valid portfolio whose object at <paramref name="pattern"/> has <paramref name="property"/> set to <paramref name="value"/>.</summary>
    private static string Probe(string pattern, string? property, JsonNode? value)
    {
        JsonObject target = MinimalAt(pattern);
        if (property is not null) target[property] = value;
        return Place(pattern, target);
    }

    /// <summary>A valid portfolio whose object at <paramref name="pattern"/> lacks <paramref name="property"/>.</summary>
    private static string Without(string pattern, string property)
    {
        JsonObject target = MinimalAt(pattern);
        target.Remove(property);
        return Place(pattern, target);
    }

    private static JsonObject MinimalAt(string pattern) => JsonNode.Parse(MinimalObjects[pattern])!.AsObject();

    private static string Place(string pattern, JsonObject target)
    {
        if (pattern == "$") return target.ToJsonString();
        JsonObject root = MinimalAt("$");
        string name = pattern[2..].TrimEnd('[', ']');
        root[name] = pattern.EndsWith("[]", StringComparison.Ordinal) ? new JsonArray(target) : target;
        return root.ToJsonString();
    }

    /// <summary>Every object of the schema, by the pattern of its place (<c>$.work[]</c>).</summary>
    private static IEnumerable<(string Pattern, JsonElement Schema)> Objects()
    {
        yield return ("$", Schema);
        foreach (var (pattern, name, schema) in Properties())
        {
            if (ObjectIn($"{pattern}.{name}", schema) is { } inner) yield return inner;
        }
    }

    /// <summary>Every property of every object of the schema, with its schema ($ref resolved).</summary>
    private static IEnumerable<(string Pattern, string Name, JsonElement Schema)> Properties()
    {
        var pending = new Queue<(string Pattern, JsonElement Schema)>([("$", Schema)]);
        while (pending.TryDequeue(out var current))
        {
            foreach (JsonProperty property in current.Schema.GetProperty("properties").EnumerateObject())
            {
                JsonElement value = Resolve(property.Value);
                yield return (current.Pattern, property.Name, value);
                if (ObjectIn($"{current.Pattern}.{property.Name}", value) is { } inner) pending.Enqueue(inner);
            }
        }
    }

    /// <summary>The object a property holds (<c>$.exam</c>) or lists (<c>$.work[]</c>), if any.</summary>
    private static (string Pattern, JsonElement Schema)? ObjectIn(string path, JsonElement schema)
    {
        if (Types(schema).Contains("object") && schema.TryGetProperty("properties", out _)) return (path, schema);
        if (Types(schema).Contains("array") && Resolve(schema.GetProperty("items")) is var items && Types(items).Contains("object")) return (path + "[]", items);
        return null;
    }

    private static JsonElement Property(string pattern, string name) => Properties().Single(p => p.Pattern == pattern && p.Name == name).Schema;

    /// <summary>The strings an enumerated property (or its items) may hold, through $ref and anyOf.</summary>
    private static string[] EnumValues(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out JsonElement values))
        {
            return [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
        }
        if (schema.TryGetProperty("items", out JsonElement items)) return EnumValues(items);
        if (schema.TryGetProperty("anyOf", out JsonElement alternatives)) return [.. alternatives.EnumerateArray().SelectMany(EnumValues).Distinct()];
        return [];
    }

    private static bool IsDate(JsonElement schema)
        => schema.TryGetProperty("pattern", out JsonElement pattern) && pattern.GetString() == Schema.GetProperty("$defs").GetProperty("date").GetProperty("pattern").GetString()
            || (schema.TryGetProperty("anyOf", out JsonElement alternatives) && alternatives.EnumerateArray().Any(a => IsDate(Resolve(a))));

    private static JsonElement Resolve(JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out JsonElement reference)) return schema;
        string target = reference.GetString()!;
        target.ShouldStartWith("#/$defs/");
        return Resolve(Schema.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]));
    }

    private static string[] Types(JsonElement schema)
        => !schema.TryGetProperty("type", out JsonElement type) ? []
            : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
            : [type.GetString()!];

    private static string RepositoryRoot()
    {
        string? recorded = typeof(PortfolioSchemaTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Imh.sln"))) return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Imh.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Imh.sln not found above " + AppContext.BaseDirectory);
    }
}
