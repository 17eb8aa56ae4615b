using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Reports;

/// <summary>A validator for initial endorsement at one level or track. Generated.</summary>
public interface ILevelValidator
{
    /// <summary>The level as declared: id, name, requirements with their rules and sources.</summary>
    LevelDefinition Definition { get; }

    /// <summary>Evaluates the portfolio as of a date.</summary>
    LevelReport Validate(Portfolio portfolio, DateOnly asOf);
}

/// <summary>A validator for continuing endorsement at one level or track. Generated.</summary>
public interface IRenewalValidator
{
    /// <summary>The level as declared.</summary>
    LevelDefinition Definition { get; }

    /// <summary>Evaluates the portfolio for a calendar year.</summary>
    RenewalReport Validate(Portfolio portfolio, int year);
}

/// <summary>
/// The levels and tracks of a catalog (in rank order when ranked, else in declaration order),
/// found by id or alias case-insensitively, with the catalog's vocabulary.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, ILevelValidator> _levels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IRenewalValidator> _renewals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a catalog from generated validators.</summary>
    public Catalog(string id, string name, Vocabulary vocabulary, ImmutableArray<ILevelValidator> levels, ImmutableArray<IRenewalValidator> renewals)
    {
        Id = id;
        Name = name;
        Vocabulary = vocabulary;
        Levels = levels;
        Renewals = renewals;
        foreach (var level in levels)
        {
            _levels[level.Definition.Id] = level;
            foreach (var alias in level.Definition.Aliases) _levels.TryAdd(alias, level);
        }
        foreach (var renewal in renewals)
        {
            _renewals[renewal.Definition.Id] = renewal;
            foreach (var alias in renewal.Definition.Aliases) _renewals.TryAdd(alias, renewal);
        }
        IsRanked = levels.Length > 0 && levels.All(l => l.Definition.Rank > 0);
    }

    /// <summary>The id users select the catalog by, e.g. <c>mi-aimh</c>.</summary>
    public string Id { get; }

    /// <summary>Catalog name, e.g. <c>MiAimh</c>.</summary>
    public string Name { get; }

    /// <summary>Display title for documentation; the name when none was declared.</summary>
    public string Title { get => _title ?? Name; init => _title = value; }

    private readonly string? _title;

    /// <summary>File name of the published text the requirements quote.</summary>
    public string? SourceText { get; init; }

    /// <summary>What people call a level before its id ("Level 2"); empty when the id stands alone ("ABC").</summary>
    public string LevelNoun { get; init; } = "Level";

    /// <summary>A level's id in prose: "Level 2", or "ABC" when the catalog calls them by id alone.</summary>
    public string Named(string id) => LevelNoun.Length == 0 ? id : $"{LevelNoun} {id}";

    /// <summary>The words the catalog's portfolios carry.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The levels form a ladder (every level has a rank): a more senior one implies the less senior.</summary>
    public bool IsRanked { get; }

    /// <summary>Validators for initial endorsement.</summary>
    public ImmutableArray<ILevelValidator> Levels { get; }

    /// <summary>Validators for continuing endorsement.</summary>
    public ImmutableArray<IRenewalValidator> Renewals { get; }

    /// <summary>Level and track ids in catalog order.</summary>
    public IEnumerable<string> LevelIds => Levels.Select(l => l.Definition.Id);

    /// <summary>Finds a level or track by id or alias, case-insensitively (<c>iv-policy</c> is <c>IV-Policy</c>).</summary>
    public ILevelValidator? FindLevel(string id) => _levels.GetValueOrDefault(id.Trim());

    /// <summary>Finds the renewal validator of a level or track by id or alias, case-insensitively.</summary>
    public IRenewalValidator? FindRenewal(string id) => _renewals.GetValueOrDefault(id.Trim());
}
