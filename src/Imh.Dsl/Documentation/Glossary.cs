using System.Globalization;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Documentation;

/// <summary>A word of the glossary: how people read it, how the portfolio spells it, what it means.</summary>
/// <param name="Display">The display name.</param>
/// <param name="Json">The JSON name, with how it is given (its default, its format version).</param>
/// <param name="Meaning">The meaning, with the limits of a number.</param>
internal sealed record GlossaryWord(string Display, string Json, string Meaning);

/// <summary>A named set: its name, the words it combines and its meaning.</summary>
internal sealed record GlossarySet(string Display, string Combines, string Meaning);

/// <summary>The words of one catalog enum on one kind of entry, with a line saying where the portfolio carries them.</summary>
internal sealed record GlossaryTable(string Lead, IReadOnlyList<GlossaryWord> Words, IReadOnlyList<GlossarySet> NamedSets);

/// <summary>The words of one kind of entry.</summary>
internal sealed record GlossaryGroup(string Heading, string? Lead, IReadOnlyList<GlossaryTable> Tables);

/// <summary>
/// The vocabulary of a catalog grouped by kind of entry (applicant facts, credentials, training,
/// work, sessions, references, memberships, documents, assessments, numbers): the glossary's
/// model, shared by the Markdown page and the HTML section.
/// </summary>
internal static class Glossary
{
    public static IReadOnlyList<GlossaryGroup> Of(Vocabulary vocabulary)
    {
        var groups = new List<GlossaryGroup>();
        foreach (var evidence in Enum.GetValues<Evidence>())
        {
            var sets = vocabulary.Sets.Where(s => s.Evidence == evidence && s.Kind is WordSetKind.Tags or WordSetKind.Choice).ToList();
            // Documents signed have no kind of entry of their own: they come before the assessments, which list their examinations first.
            if (evidence == Evidence.Assessments)
            {
                if (vocabulary.Documents is { } documents) groups.Add(new GlossaryGroup("Documents signed", null, [Table(documents, vocabulary)]));
                if (vocabulary.Assessments is { } assessments) sets.Insert(0, assessments);
            }
            if (sets.Count == 0) continue;
            var name = vocabulary.Name(evidence);
            var heading = evidence == Evidence.Applicant ? "Applicant facts" : Prose.Capitalize(name.Plural);
            var lead = evidence is Evidence.Applicant or Evidence.Assessments ? null : $"The list `{name.Json}` of {name.Plural}.";
            groups.Add(new GlossaryGroup(heading, lead, [.. sets.Select(s => Table(s, vocabulary))]));
        }
        var numbers = vocabulary.Sets.Where(s => s.Kind == WordSetKind.Numbers).ToList();
        if (numbers.Count > 0) groups.Add(new GlossaryGroup("Numbers", null, [.. numbers.Select(s => Table(s, vocabulary))]));
        return groups;
    }

    private static GlossaryTable Table(WordSet set, Vocabulary vocabulary)
    {
        var entry = vocabulary.Name(set.Evidence).Singular;
        string lead = set.Kind switch
        {
            WordSetKind.Tags when set.Evidence == Evidence.Applicant => "Flags about the applicant: `true` or `false`, `false` unless given.",
            WordSetKind.Tags => $"Flags each {entry} may carry: `true` or `false`, `false` unless given.",
            WordSetKind.Choice => $"The property `{set.Property}` of each {entry}: {(set.Many ? "a list of one or more of these values" : "one of these values")}"
                + (set.Required ? ", always given" : "") + (set.Default != 0 ? $"; {Words(set, set.Default)} when not given" : "")
                + (set.Version > 1 ? $" (format version {set.Version})" : "") + ".",
            WordSetKind.Numbers => $"Numbers each {entry} may carry.",
            WordSetKind.Documents => "Each is a property of the portfolio: the date the document was signed.",
            _ => "Each is a property of the portfolio: whether it was passed and, when dated, the date.",
        };
        var words = set.Words.Select(w => new GlossaryWord(w.Display, Json(w, set), Meaning(w, set, vocabulary))).ToList();
        var named = set.NamedSets.Select(w => new GlossarySet(w.Display, Words(set, w.Bits), w.Meaning)).ToList();
        return new GlossaryTable(lead, words, named);
    }

    private static string Words(WordSet set, ulong bits) => Prose.AndList([.. set.In(bits).Select(w => w.Display)]);

    private static string Json(Word word, WordSet set)
    {
        var notes = new List<string>();
        if (set.Kind == WordSetKind.Tags && word.Default) notes.Add("`true` unless given");
        if (set.Kind == WordSetKind.Assessments && !word.Dated) notes.Add("no date");
        if (word.List is { } list) notes.Add($"in `{list}` from format version 2");
        if (word.Version > 1) notes.Add($"format version {word.Version}");
        return $"`{word.Json}`" + (notes.Count == 0 ? "" : $" ({string.Join("; ", notes)})");
    }

    // A number's meaning says what values it takes.
    private static string Meaning(Word word, WordSet set, Vocabulary vocabulary)
    {
        if (set.Kind != WordSetKind.Numbers) return word.Meaning;
        var limits = new List<string> { word.Whole ? "a whole number" : "a number", "at least " + word.Min.ToString(CultureInfo.InvariantCulture) };
        if (word.Max is { } max) limits.Add("at most " + max.ToString(CultureInfo.InvariantCulture));
        if (word.Per is { } per && vocabulary.Find(per) is { } perSet) limits.Add($"one per value of `{perSet.Property}`");
        return $"{word.Meaning} ({string.Join(", ", limits)})";
    }
}
