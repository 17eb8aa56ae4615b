using System.Text.Json;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Reports;

/// <summary>
/// A catalog's levels and tracks as JSON (what <c>imh levels</c> lists for people): the ids a check
/// accepts, with the keys, titles and obligations of their initial and renewal requirements.
/// </summary>
/// <param name="Catalog">The catalog's id, e.g. <c>mi-aimh</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Ranked">The levels form a ladder (a report of every level names the highest eligible).</param>
/// <param name="Levels">The levels and tracks in catalog order.</param>
public sealed record CatalogJson(string Catalog, string Title, bool Ranked, List<LevelSummaryJson> Levels)
{
    /// <summary>The catalog's levels, each requirement key once (the first of its variants).</summary>
    public static CatalogJson Of(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CatalogJson(catalog.Id, catalog.Title, catalog.IsRanked, [.. catalog.Levels.Select(l => Summary(l.Definition))]);
    }

    private static LevelSummaryJson Summary(LevelDefinition level)
        => new(level.Id, level.Name, [.. level.Aliases], level.LevelId, level.TrackId, Requirements(level.Requirements), Requirements(level.Continuing));

    private static List<RequirementSummaryJson> Requirements(IEnumerable<RequirementDefinition> requirements)
        => [.. requirements.DistinctBy(r => r.Key).Select(r => new RequirementSummaryJson(r.Key, r.Title, JsonNamingPolicy.CamelCase.ConvertName(r.Obligation.ToString())))];
}

/// <summary>A level or track of a catalog.</summary>
/// <param name="Id">The id, e.g. <c>IV-Clinical</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">Other spellings accepted.</param>
/// <param name="Level">For a track: its level's id.</param>
/// <param name="Track">For a track: the track's id within its level.</param>
/// <param name="Requirements">Initial requirements.</param>
/// <param name="Renewal">Continuing-endorsement requirements.</param>
public sealed record LevelSummaryJson(string Id, string Name, List<string> Aliases, string? Level, string? Track,
    List<RequirementSummaryJson> Requirements, List<RequirementSummaryJson> Renewal);

/// <summary>A requirement of a level.</summary>
/// <param name="Key">The key reports use.</param>
/// <param name="Title">The title.</param>
/// <param name="Obligation"><c>required</c>, <c>recommended</c>, <c>optional</c> or <c>notRequired</c>.</param>
public sealed record RequirementSummaryJson(string Key, string Title, string Obligation);
