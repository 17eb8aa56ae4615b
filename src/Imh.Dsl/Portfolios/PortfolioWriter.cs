using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Imh.Dsl.Portfolios;

/// <summary>
/// Writes a <see cref="Portfolio"/> as portfolio JSON in a catalog's vocabulary: the file an applicant
/// would have submitted for it. <see cref="PortfolioReader"/> reads the output back to an equal
/// portfolio; that is how a portfolio built in code is checked (<see cref="PortfolioReader.Check"/>),
/// so there is one set of rules, the reader's.
/// </summary>
/// <remarks>
/// Whatever the portfolio holds is written as it is, even when the reader will reject it (an empty
/// name, a 500-hour session, an end before its start, a word the catalog does not have, a null list),
/// so that the reader names the problem and its JSON path. The format version is the portfolio's
/// <see cref="Portfolio.SchemaVersion"/>, or when it has none, the lowest one that holds its content.
/// </remarks>
public static class PortfolioWriter
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The portfolio as indented UTF-8 JSON (the text the line and column of a checked portfolio's problems refer to).</summary>
    public static byte[] Write(Portfolio portfolio, Vocabulary vocabulary)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented)) Write(writer, portfolio, vocabulary);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the portfolio's JSON object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Portfolio portfolio, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(vocabulary);
        new PortfolioJson(writer, vocabulary, VersionOf(portfolio, vocabulary)).Root(portfolio);
    }

    /// <summary>The version declared, or the lowest that holds what the portfolio gives.</summary>
    private static int VersionOf(Portfolio p, Vocabulary vocabulary)
    {
        if (p.SchemaVersion is { } declared) return declared;
        bool later = p.ApplicationDate is not null
            || (p.Signatures ?? []).GroupBy(s => s?.Document).Any(g => g.Count() > 1)
            || (p.Assessments ?? []).Any(a => a?.Level is not null)
            || (p.Assessments ?? []).GroupBy(a => a?.Assessment).Any(g => g.Count() > 1)
            || (p.Endorsements ?? []).Count > 1
            || (p.Endorsements ?? []).Any(e => e?.Provisional is not null || e?.Applied is not null)
            || (p.Sessions ?? []).Any(s => s is not null && !s.ProviderEndorsements.IsDefaultOrEmpty)
            || (p.References ?? []).Any(r => r is not null && !r.RaterEndorsements.IsDefaultOrEmpty && r.RaterEndorsements.Length > 1);
        return later && vocabulary.FormatVersion >= 2 ? 2 : 1;
    }

    /// <summary>One writing pass: the writer, the catalog's words and the format version.</summary>
    private readonly struct PortfolioJson(Utf8JsonWriter w, Vocabulary vocabulary, int version)
    {
        public void Root(Portfolio p)
        {
            w.WriteStartObject();
            if (p.SchemaVersion is not null || version > 1) w.WriteNumber("schemaVersion", version);
            w.WritePropertyName("applicant");
            if (p.Applicant is null) w.WriteNullValue();
            else
            {
                w.WriteStartObject();
                w.WriteString("name", p.Applicant.Name);
                if (p.Applicant.Id is not null) w.WriteString("id", p.Applicant.Id);
                w.WriteEndObject();
            }
            Words(Evidence.Applicant, p.Words);
            if (p.ApplicationDate is { } applied) Date("applicationDate", applied);
            List(Evidence.Credentials, p.Credentials, Credential);
            List(Evidence.Training, p.Training, Training);
            List(Evidence.Work, p.Work, Work);
            List(Evidence.Sessions, p.Sessions, Session);
            List(Evidence.References, p.References, Reference);
            Signatures(p.Signatures);
            Assessments(p.Assessments);
            List(Evidence.Memberships, p.Memberships, Membership);
            Endorsements(p.Endorsements);
            w.WriteEndObject();
        }

        private void List<T>(Evidence evidence, IReadOnlyList<T>? entries, Action<T> write)
            where T : Entry
        {
            if (entries is { Count: 0 }) return;
            w.WritePropertyName(vocabulary.Name(evidence).Json);
            if (entries is null)
            {
                w.WriteNullValue();
                return;
            }
            w.WriteStartArray();
            foreach (var entry in entries)
            {
                if (entry is null)
                {
                    w.WriteNullValue();
                    continue;
                }
                w.WriteStartObject();
                write(entry);
                Words(evidence, entry.Words);
                Numbers(evidence, entry.Numbers);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private void Credential(Credential c)
        {
            if (c.Title is not null) w.WriteString("title", c.Title);
            if (c.Field is not null) w.WriteString("field", c.Field);
            Date("awarded", c.Awarded);
        }

        private void Training(TrainingEntry t)
        {
            Date("date", t.Date);
            w.WriteNumber("hours", t.Hours);
            w.WriteString("title", t.Title);
        }

        private void Work(WorkEntry e)
        {
            w.WriteString("role", e.Role);
            if (e.Employer is not null) w.WriteString("employer", e.Employer);
            Date("start", e.Start);
            if (e.End is { } end) Date("end", end);
            if (e.Fte != 1m) w.WriteNumber("fte", e.Fte);
        }

        private void Session(Session s)
        {
            Date("date", s.Date);
            w.WriteNumber("hours", s.Hours);
            w.WriteString("provider", s.Provider);
            Levels("providerEndorsement", s.ProviderEndorsements);
        }

        private void Reference(ReferenceRating r)
        {
            w.WriteString("rater", r.Rater);
            Levels("raterEndorsement", r.RaterEndorsements);
        }

        private void Membership(Membership m)
        {
            w.WriteString("organization", m.Organization);
            Date("from", m.From);
            Date("to", m.To);
        }

        /// <summary>One level id as a string; several as a list (format version 2).</summary>
        private void Levels(string property, ImmutableArray<string> ids)
        {
            if (ids.IsDefaultOrEmpty) return;
            if (ids.Length == 1)
            {
                w.WriteString(property, ids[0]);
                return;
            }
            w.WriteStartArray(property);
            foreach (var id in ids) w.WriteStringValue(id);
            w.WriteEndArray();
        }

        /// <summary>
        /// An object's flags (each one that differs from its default) and enumerated values, by the
        /// catalog's JSON names; words of an enum the catalog does not use here are written under the
        /// enum's name, for the reader to reject.
        /// </summary>
        private void Words(Evidence evidence, EntryWords words)
        {
            if (vocabulary.Tags(evidence) is { } tags)
            {
                ulong given = words.Bits(tags.Enum);
                foreach (var word in tags.Words)
                {
                    bool on = (given & word.Bits) != 0;
                    if (on != ((tags.Default & word.Bits) != 0)) w.WriteBoolean(word.Json, on);
                }
                Unknown(tags.Enum.Name, given & ~tags.AllBits);
            }
            foreach (var choice in vocabulary.Choices(evidence)) Choice(choice, words.Bits(choice.Enum));
            foreach (var item in words.Items)
            {
                bool known = vocabulary.Tags(evidence)?.Enum == item.Set || vocabulary.Choices(evidence).Any(c => c.Enum == item.Set);
                if (!known) Unknown(item.Set.Name, item.Bits);
            }
        }

        /// <summary>An enumerated value: left out when not given (the format's default applies), else its word(s).</summary>
        private void Choice(WordSet set, ulong bits)
        {
            if (bits == 0 || (bits == set.Default && !set.Required)) return;
            var names = set.In(bits).Select(word => word.Json).ToList();
            ulong unknown = bits & ~set.AllBits;
            if (unknown != 0) names.Add(unknown.ToString(CultureInfo.InvariantCulture));
            if (set.Many)
            {
                w.WriteStartArray(set.Property!);
                foreach (var name in names) w.WriteStringValue(name);
                w.WriteEndArray();
            }
            else
            {
                // One value is expected: several are written as one string, which the reader rejects with the allowed values.
                w.WriteString(set.Property!, string.Join("|", names));
            }
        }

        private void Unknown(string property, ulong bits)
        {
            if (bits != 0) w.WriteString(JsonNamingPolicy.CamelCase.ConvertName(property), bits.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>The catalog's numbers: one value, or an object keyed by the values of their choice.</summary>
        private void Numbers(Evidence evidence, ImmutableArray<EntryNumber> numbers)
        {
            if (numbers.IsDefaultOrEmpty) return;
            var declared = vocabulary.Numbers(evidence);
            foreach (var group in numbers.GroupBy(n => n.Number))
            {
                var word = declared?.Words.FirstOrDefault(d => d.Value.Equals(group.Key));
                string property = word?.Json ?? JsonNamingPolicy.CamelCase.ConvertName(group.Key.ToString());
                if (word?.Per is not { } per)
                {
                    foreach (var n in group) w.WriteNumber(property, n.Value);
                    continue;
                }
                w.WriteStartObject(property);
                foreach (var n in group)
                {
                    string key = n.Key is null ? "" : vocabulary.Find(per)?.Words.FirstOrDefault(k => k.Value.Equals(n.Key))?.Json ?? n.Key.ToString();
                    w.WriteNumber(key, n.Value);
                }
                w.WriteEndObject();
            }
        }

        /// <summary>Each document's dates: one as its date property, several as its list (format version 2).</summary>
        private void Signatures(IReadOnlyList<Signature>? signatures)
        {
            if (signatures is null) return;
            foreach (var group in signatures.Where(s => s is not null).GroupBy(s => s.Document))
            {
                var word = vocabulary.Documents?.Words.FirstOrDefault(d => d.Value.Equals(group.Key));
                string property = word?.Json ?? JsonNamingPolicy.CamelCase.ConvertName(group.Key?.ToString() ?? "document");
                if (group.Count() > 1 && word?.List is { } list && version > 1)
                {
                    w.WriteStartArray(list);
                    foreach (var s in group) w.WriteStringValue(Iso(s.Date));
                    w.WriteEndArray();
                    continue;
                }
                foreach (var s in group) Date(property, s.Date);
            }
        }

        /// <summary>Each assessment's results: one as its object, several as its list (format version 2).</summary>
        private void Assessments(IReadOnlyList<AssessmentResult>? results)
        {
            if (results is null) return;
            foreach (var group in results.Where(a => a is not null).GroupBy(a => a.Assessment))
            {
                var word = vocabulary.Assessments?.Words.FirstOrDefault(d => d.Value.Equals(group.Key));
                string property = word?.Json ?? JsonNamingPolicy.CamelCase.ConvertName(group.Key?.ToString() ?? "assessment");
                if (word?.List is { } list && version > 1)
                {
                    w.WriteStartArray(list);
                    foreach (var result in group) Assessment(result);
                    w.WriteEndArray();
                    continue;
                }
                foreach (var result in group)
                {
                    w.WritePropertyName(property);
                    Assessment(result);
                }
            }
        }

        private void Assessment(AssessmentResult result)
        {
            w.WriteStartObject();
            w.WriteBoolean("passed", result.Passed);
            if (result.Date is { } date) Date("date", date);
            foreach (var choice in vocabulary.Choices(Evidence.Assessments)) Choice(choice, result.Words.Bits(choice.Enum));
            if (result.Level is not null) w.WriteString("category", result.Level);
            w.WriteEndObject();
        }

        /// <summary>The endorsement held (format version 1), or the list of them (version 2).</summary>
        private void Endorsements(IReadOnlyList<HeldEndorsement>? held)
        {
            if (held is { Count: 0 }) return;
            if (held is null)
            {
                w.WriteNull("endorsements");
                return;
            }
            if (version == 1 && held is [{ Provisional: null, Applied: null } one])
            {
                w.WriteStartObject("endorsement");
                w.WriteString("level", one.Level);
                Date("since", one.Since);
                w.WriteEndObject();
                return;
            }
            w.WriteStartArray("endorsements");
            foreach (var e in held)
            {
                if (e is null)
                {
                    w.WriteNullValue();
                    continue;
                }
                w.WriteStartObject();
                w.WriteString("category", e.Level);
                Date("since", e.Since);
                if (e.Provisional is not null) w.WriteString("status", e.Provisional);
                if (e.Applied is { } applied) Date("applied", applied);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private void Date(string property, DateOnly date) => w.WriteString(property, Iso(date));

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
