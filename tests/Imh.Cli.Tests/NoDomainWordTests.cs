using System.Text.RegularExpressions;
using Imh.Dsl.Portfolios;
using Imh.Requirements;
using Imh.Requirements.Iecmh2024;

namespace Imh.Cli.Tests;

/// <summary>
/// The language, the generator and the command line know no catalog (issues 13 and 16): no source file
/// of theirs spells a level or category id, an alias, a requirement key or a vocabulary word of either
/// catalog. The words are taken from the catalogs themselves, so a word a catalog adds is checked too.
/// </summary>
public partial class NoDomainWordTests
{
    private static readonly string[] GenericProjects = ["Imh.Dsl", "Imh.Generators", "Imh.CodeFixes", "Imh.CommandLine", "Imh.AspNetCore"];

    [Fact]
    public void No_file_of_the_language_the_generator_or_the_command_line_names_a_word_of_either_catalog()
    {
        var words = DomainWords();
        words.Count.ShouldBeGreaterThan(100);
        var found = new List<string>();
        foreach (string project in GenericProjects)
        {
            string root = Path.Combine(Repository.Root, "src", project);
            foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string relative = Path.GetRelativePath(Repository.Root, file);
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    foreach (Match literal in StringLiteral().Matches(lines[i]))
                    {
                        // A cref names one of our own types (ImhServices is also a word of MI-AIMH's work kinds).
                        if (lines[i][..literal.Index].EndsWith("cref=", StringComparison.Ordinal)) continue;
                        foreach (string word in Tokens(literal.Groups[1].Value))
                        {
                            if (words.TryGetValue(word, out string? where)) found.Add($"{relative}:{i + 1}: \"{word}\" ({where})");
                        }
                    }
                }
            }
        }
        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_would_notice_a_catalog_word_in_a_literal()
    {
        var words = DomainWords();

        Tokens("the IV-Clinical track").ShouldContain(t => words.ContainsKey(t));
        Tokens("reflectiveSupervision").ShouldContain(t => words.ContainsKey(t));
        Tokens("a relationshipBased session").ShouldContain(t => words.ContainsKey(t));
        Tokens("IMHM-C").ShouldContain(t => words.ContainsKey(t));
        Tokens("--format").ShouldNotContain(t => words.ContainsKey(t));
    }

    /// <summary>
    /// Every distinctive word of both catalogs, with where it comes from: level and category ids and
    /// aliases, requirement keys, the portfolio's words (JSON and member names) and list names the
    /// catalog gives. A plain English word of one letter or one lower-case syllable ("exam",
    /// "training") is also a word of the language's format, so only words a catalog alone would write
    /// are kept: ids with a capital or a digit, and camelCase or hyphenated names.
    /// </summary>
    private static Dictionary<string, string> DomainWords()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var languageLists = Vocabulary.DefaultNames.Select(n => n.Json).ToHashSet(StringComparer.Ordinal);
        void Add(string word, string where)
        {
            if (Distinctive(word)) words.TryAdd(word, where);
        }
        foreach (var catalog in new[] { MiAimhCatalog.Instance, Iecmh2024Catalog.Instance })
        {
            foreach (var level in catalog.Vocabulary.Levels)
            {
                Add(level.Id, $"{catalog.Id} level");
                foreach (string alias in level.Aliases) Add(alias, $"{catalog.Id} alias");
            }
            foreach (var level in catalog.Levels)
            {
                foreach (var r in level.Definition.Requirements.Concat(level.Definition.Continuing)) Add(r.Key, $"{catalog.Id} key");
            }
            foreach (var set in catalog.Vocabulary.Sets)
            {
                foreach (var word in set.Words.Concat(set.NamedSets))
                {
                    Add(word.Json, $"{catalog.Id} {set.Enum.Name}");
                    Add(word.Member, $"{catalog.Id} {set.Enum.Name}");
                }
            }
            foreach (var evidence in Enum.GetValues<Imh.Dsl.Evidence>())
            {
                string json = catalog.Vocabulary.Name(evidence).Json;
                if (!languageLists.Contains(json)) Add(json, $"{catalog.Id} list");
            }
        }
        return words;
    }

    // An id with a capital after its first letter or a digit (IV-Clinical, IMHM-C, II), or a camelCase
    // or hyphenated name (relationshipBased, infant-family): not a word of ordinary prose or of the format.
    private static bool Distinctive(string word)
        => word.Length >= 2 && (word.Skip(1).Any(char.IsUpper) || word.Any(char.IsDigit) || word.Contains('-', StringComparison.Ordinal));

    // The words of a literal: runs of letters, digits and hyphens inside it.
    private static IEnumerable<string> Tokens(string literal) => Token().Matches(literal).Select(m => m.Value.Trim('-'));

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9-]*")]
    private static partial Regex Token();
}
