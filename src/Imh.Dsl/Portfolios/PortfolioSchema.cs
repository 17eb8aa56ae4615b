using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Imh.Dsl.Portfolios.Reading;

namespace Imh.Dsl.Portfolios;

/// <summary>
/// The JSON Schema (draft 2020-12) of a catalog's portfolios, for editors and external validators,
/// generated from the same shapes the reader reads: it names exactly the catalog's words. The
/// reader enforces a few rules no schema can express (dates that exist, end after start, the size).
/// </summary>
public static class PortfolioSchema
{
    /// <summary>The schema text (UTF-8, <c>\n</c> line endings, ending with a newline).</summary>
    public static string For(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var shapes = Shapes.Of(vocabulary);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("title", vocabulary.FormatVersion == 1 ? "Imh portfolio, format version 1" : $"Imh portfolio, format versions 1 to {vocabulary.FormatVersion}");
            w.WriteString("description", "The evidence an applicant submits. The reader also enforces what no schema can express: dates must exist, "
                + "an end or to date must not be before its start or from date, property names must not repeat, nesting is at most 32 levels, "
                + "the file is UTF-8 and at most 16 MiB, and properties of a later format version need that schemaVersion.");
            WriteObject(w, shapes, shapes.Root);
            w.WriteStartObject("$defs");
            w.WriteStartObject("date");
            w.WriteString("type", "string");
            w.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            w.WriteEndObject();
            w.WriteStartObject("nonEmptyString");
            w.WriteString("type", "string");
            w.WriteString("pattern", "\\S");
            w.WriteEndObject();
            Levels(w, "level", vocabulary.Levels);

            // An endorsement is held at a level that is evaluated (a level with tracks is held through a track), as the reader reads it.
            Levels(w, "heldLevel", vocabulary.Levels.Where(l => l.Evaluated));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Levels(Utf8JsonWriter w, string name, IEnumerable<LevelName> levels)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "string");
        w.WriteStartArray("enum");
        foreach (var level in levels)
        {
            w.WriteStringValue(level.Id);
            foreach (var alias in level.Aliases) w.WriteStringValue(alias);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter w, Shapes shapes, Shape shape)
    {
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartArray("required");
        foreach (var f in shape.Fields.Where(f => f.Required)) w.WriteStringValue(f.Name);
        w.WriteEndArray();
        w.WriteStartObject("properties");
        foreach (var f in shape.Fields)
        {
            w.WriteStartObject(f.Name);
            WriteField(w, shapes, shape, f);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, Shapes shapes, Shape shape, Field f)
    {
        if (f.Version > 1) w.WriteString("$comment", $"format version {f.Version}");
        switch (f.Kind)
        {
            case FieldKind.SchemaUrl:
                w.WriteString("description", "The schema of the file, for editors; not checked.");
                w.WriteString("type", "string");
                break;
            case FieldKind.SchemaVersion:
                w.WriteString("description", "Optional; 1 when not given.");
                w.WriteString("type", "number");
                w.WriteStartArray("enum");
                for (int v = 1; v <= shapes.Vocabulary.FormatVersion; v++) w.WriteNumberValue(v);
                w.WriteEndArray();
                break;
            case FieldKind.Applicant:
                WriteObject(w, shapes, shapes.Applicant);
                break;
            case FieldKind.List:
                Array(w, () => WriteObject(w, shapes, shapes.EntryOf(f.Evidence)));
                break;
            case FieldKind.DocumentDate:
                Describe(w, f.Word);
                Nullable(w, "#/$defs/date");
                break;
            case FieldKind.DocumentDates:
                Describe(w, f.Word);
                Array(w, () => w.WriteString("$ref", "#/$defs/date"));
                break;
            case FieldKind.Assessment:
                Describe(w, f.Word);
                WriteObject(w, shapes, shapes.AssessmentOf(f.Word!));
                break;
            case FieldKind.Assessments:
                Describe(w, f.Word);
                Array(w, () => WriteObject(w, shapes, shapes.AssessmentOf(f.Word!)));
                break;
            case FieldKind.Endorsement:
                w.WriteString("description", "The endorsement held now; needed for renewal.");
                WriteObject(w, shapes, shapes.Endorsement);
                break;
            case FieldKind.Endorsements:
                w.WriteString("description", "Every endorsement held.");
                Array(w, () => WriteObject(w, shapes, shapes.HeldEndorsement));
                break;
            case FieldKind.Tag:
                Describe(w, f.Word);
                w.WriteString("type", "boolean");
                w.WriteBoolean("default", f.Word!.Default || (f.Set!.Default & f.Word.Bits) != 0);
                break;
            case FieldKind.Choice:
                Choice(w, f.Set!);
                break;
            case FieldKind.Number:
                Describe(w, f.Word);
                Number(w, shapes.Vocabulary, f.Word!);
                break;
            case FieldKind.Hours:
                w.WriteString("description", "Clock hours.");
                w.WriteString("type", "number");
                w.WriteNumber("exclusiveMinimum", 0);
                w.WriteNumber("maximum", shape == shapes.Sessions ? Walker.MaxSessionHours : Walker.MaxTrainingHours);
                break;
            case FieldKind.Fte:
                w.WriteString("type", "number");
                w.WriteNumber("exclusiveMinimum", 0);
                w.WriteNumber("maximum", Walker.MaxFte);
                w.WriteNumber("default", 1);
                break;
            case FieldKind.Passed:
                w.WriteString("type", "boolean");
                w.WriteBoolean("default", false);
                break;
            case FieldKind.End:
                w.WriteString("description", "Inclusive; null means ongoing. Must not be before start.");
                Nullable(w, "#/$defs/date");
                break;
            case FieldKind.Date or FieldKind.Awarded or FieldKind.Start or FieldKind.From or FieldKind.To or FieldKind.Since
                or FieldKind.Applied or FieldKind.ApplicationDate:
                w.WriteString("$ref", "#/$defs/date");
                break;
            case FieldKind.ProviderEndorsement:
                Array(w, () => w.WriteString("$ref", "#/$defs/level"));
                break;
            case FieldKind.RaterEndorsement:
                w.WriteString("description", "The rater's own endorsement (a track counts as its level).");
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("type", "null");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/level");
                w.WriteEndObject();
                if (shapes.Vocabulary.FormatVersion >= 2)
                {
                    w.WriteStartObject();
                    Array(w, () => w.WriteString("$ref", "#/$defs/level"));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case FieldKind.Category or FieldKind.Level:
                w.WriteString("$ref", "#/$defs/heldLevel");
                break;
            case FieldKind.Status:
                w.WriteString("type", "string");
                break;
            case FieldKind.Name or FieldKind.Title when f.Required:
                w.WriteString("$ref", "#/$defs/nonEmptyString");
                break;
            case FieldKind.Role or FieldKind.Provider or FieldKind.Rater or FieldKind.Organization:
                w.WriteString("$ref", "#/$defs/nonEmptyString");
                break;
            default:
                w.WriteStartArray("type");
                w.WriteStringValue("string");
                w.WriteStringValue("null");
                w.WriteEndArray();
                break;
        }
    }

    private static void Describe(Utf8JsonWriter w, Word? word)
    {
        if (word is not null) w.WriteString("description", $"{word.Display}: {word.Meaning}");
    }

    private static void Choice(Utf8JsonWriter w, WordSet set)
    {
        void Values()
        {
            w.WriteString("type", "string");
            w.WriteStartArray("enum");
            foreach (var word in set.Words) w.WriteStringValue(word.Json);
            w.WriteEndArray();
        }
        w.WriteString("description", string.Join("; ", set.Words.Select(word => $"{word.Json}: {word.Display}")));
        if (!set.Many)
        {
            Values();
            return;
        }
        w.WriteString("type", "array");
        w.WriteNumber("minItems", 1);
        w.WriteStartObject("items");
        Values();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, Vocabulary vocabulary, Word word)
    {
        void Value()
        {
            w.WriteString("type", word.Whole ? "integer" : "number");
            w.WriteNumber("minimum", word.Min);
            if (word.Max is { } max) w.WriteNumber("maximum", max);
        }
        if (word.Per is not { } per || vocabulary.Find(per) is not { } keys)
        {
            Value();
            return;
        }
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var key in keys.Words)
        {
            w.WriteStartObject(key.Json);
            Value();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Array(Utf8JsonWriter w, Action items)
    {
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        items();
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string reference)
    {
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteString("type", "null");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("$ref", reference);
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
