using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Documentation;

/// <summary>
/// What a rendering shows: the whole catalog with every period (no date), or the catalog as it
/// stood on one day. Every page, Markdown or HTML, asks it for its rows and texts, so both
/// formats say the same.
/// </summary>
internal sealed class DocsScope(DateOnly? asOf)
{
    /// <summary>The day shown; null for every period.</summary>
    public DateOnly? AsOf { get; } = asOf;

    /// <summary>Something in force for <paramref name="period"/> is shown.</summary>
    public bool Shows(Period period) => AsOf is not { } day || period.Contains(day);

    /// <summary>The levels and tracks shown, in catalog order.</summary>
    public IReadOnlyList<LevelDefinition> Levels(Catalog catalog) => [.. catalog.Levels.Select(l => l.Definition).Where(l => Shows(l.Period))];

    /// <summary>The rows of a requirement table: the requirements shown, each variant of a key a row of its own, in the order they come into force.</summary>
    public IReadOnlyList<RequirementDefinition> Rows(ImmutableArray<RequirementDefinition> requirements)
        => [.. requirements.Where(r => Shows(r.Period)).GroupBy(r => r.Key, StringComparer.Ordinal)
            .SelectMany(variants => variants.OrderBy(r => r.Period.From ?? DateOnly.MinValue))];

    /// <summary>The rule column: the rules in plain words with their numbers, or a dash when nothing is checked.</summary>
    public string Rule(RequirementDefinition requirement)
    {
        if (requirement.Obligation == Obligation.NotRequired || requirement.Rules.IsDefaultOrEmpty) return "—";
        var text = Words(requirement);
        return text.Length == 0 ? "—" : Prose.Capitalize(text) + ".";
    }

    /// <summary>The requirement's rules in plain words, as they read inside a sentence.</summary>
    public string Words(RequirementDefinition requirement) => AsOf is { } day ? requirement.Describe(day) : requirement.Describe();

    /// <summary>A matrix cell: the obligation (unless required), the rule in a few words, and its period when the page shows every period.</summary>
    public string Summary(RequirementDefinition requirement)
    {
        var text = requirement.Obligation == Obligation.NotRequired ? ObligationWords(requirement.Obligation)
            : AsOf is { } day ? requirement.Summarize(day) : requirement.Summarize();
        if (text.Length == 0) text = "—";
        if (requirement.Obligation is Obligation.Recommended or Obligation.Optional) text = $"{ObligationWords(requirement.Obligation)}: {text}";
        return AsOf is null && InForce(requirement.Period) is { } period ? $"{text}, {period}" : text;
    }

    /// <summary>Required, Recommended, Optional or Not required.</summary>
    public static string ObligationWords(Obligation obligation) => obligation switch
    {
        Obligation.Required => "Required",
        Obligation.Recommended => "Recommended",
        Obligation.Optional => "Optional",
        _ => "Not required",
    };

    /// <summary>"in force from 2024-01-01"; null for a period without bounds.</summary>
    public static string? InForce(Period period) => period.IsAlways ? null : "in force " + period;

    /// <summary>The title of a requirement row, with its period when it has one.</summary>
    public static string Title(RequirementDefinition requirement)
        => InForce(requirement.Period) is { } period ? $"{requirement.Title} ({period})" : requirement.Title;

    /// <summary>"As of 2024-06-30: ..." for a page of one day; null otherwise.</summary>
    public string? AsOfLine => AsOf is { } day ? $"As of {Prose.Date(day)}: only the requirements in force that day." : null;

    /// <summary>What a level is called: a level of a ladder, or a category of a catalog that is not one.</summary>
    public static string LevelNoun(Catalog catalog) => catalog.IsRanked ? "level" : "category";

    /// <summary>The heading of the comparison of initial requirements.</summary>
    public static string MatrixHeading(Catalog catalog)
        => catalog.IsRanked ? "How the requirements grow from level to level" : "Requirements by category";
}
