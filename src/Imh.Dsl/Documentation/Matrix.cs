using System.Collections.Immutable;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Documentation;

/// <summary>One row of a comparison matrix: a requirement key, named by its titles, and what each level asks.</summary>
/// <param name="Title">The requirement's title; titles that differ between levels are joined with " / ".</param>
/// <param name="Cells">For each level in order, the variants of the key it has (none: the level does not ask it).</param>
internal sealed record MatrixRow(string Title, IReadOnlyList<IReadOnlyList<RequirementDefinition>> Cells);

/// <summary>The comparison of levels: one row per requirement key, in first-appearance order across the levels.</summary>
internal static class Matrix
{
    /// <summary>The rows for the requirements <paramref name="select"/> picks from each level.</summary>
    public static IReadOnlyList<MatrixRow> Rows(DocsScope scope, IReadOnlyList<LevelDefinition> levels, Func<LevelDefinition, ImmutableArray<RequirementDefinition>> select)
    {
        var perLevel = levels.Select(l => scope.Rows(select(l))).ToList();
        var keys = perLevel.SelectMany(rows => rows.Select(r => r.Key)).Distinct(StringComparer.Ordinal).ToList();
        var matrix = new List<MatrixRow>(keys.Count);
        foreach (var key in keys)
        {
            var cells = perLevel.Select(rows => (IReadOnlyList<RequirementDefinition>)[.. rows.Where(r => r.Key == key)]).ToList();
            matrix.Add(new MatrixRow(Title(cells.SelectMany(c => c).Select(r => r.Title)), cells));
        }
        return matrix;
    }

    /// <summary>
    /// The row's title: the distinct titles in order, where a title that only adds words to another
    /// ("Education or paid work experience", "... (recommended)") gives way to the shorter one.
    /// </summary>
    private static string Title(IEnumerable<string> titles)
    {
        var kept = new List<string>();
        foreach (var title in titles)
        {
            if (kept.Any(k => k == title || Extends(title, k))) continue;
            int longer = kept.FindIndex(k => Extends(k, title));
            if (longer < 0) kept.Add(title);
            else
            {
                kept[longer] = title;
                kept.RemoveAll(k => Extends(k, title));
            }
        }
        return string.Join(" / ", kept);
    }

    private static bool Extends(string longer, string shorter) => longer.StartsWith(shorter + " ", StringComparison.Ordinal);
}
