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

/// <summary>The levels and tracks of a catalog, in rank order, found by id case-insensitively.</summary>
public sealed class Catalog
{
    private readonly Dictionary<string, ILevelValidator> _levels;
    private readonly Dictionary<string, IRenewalValidator> _renewals;

    /// <summary>Creates a catalog from generated validators.</summary>
    public Catalog(string name, string? sourceText, ImmutableArray<ILevelValidator> levels, ImmutableArray<IRenewalValidator> renewals)
    {
        Name = name;
        SourceText = sourceText;
        Levels = levels;
        Renewals = renewals;
        _levels = new Dictionary<string, ILevelValidator>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in levels) _levels[level.Definition.Id] = level;
        _renewals = new Dictionary<string, IRenewalValidator>(StringComparer.OrdinalIgnoreCase);
        foreach (var renewal in renewals) _renewals[renewal.Definition.Id] = renewal;
    }

    /// <summary>Catalog name.</summary>
    public string Name { get; }

    /// <summary>Display title for documentation; the name when none was declared.</summary>
    public string Title { get => _title ?? Name; init => _title = value; }

    private readonly string? _title;

    /// <summary>File name of the published text the requirements quote.</summary>
    public string? SourceText { get; }

    /// <summary>Validators for initial endorsement, in rank order.</summary>
    public ImmutableArray<ILevelValidator> Levels { get; }

    /// <summary>Validators for continuing endorsement, in rank order.</summary>
    public ImmutableArray<IRenewalValidator> Renewals { get; }

    /// <summary>Level ids in rank order.</summary>
    public IEnumerable<string> LevelIds => Levels.Select(l => l.Definition.Id);

    /// <summary>Finds a level or track by id, case-insensitively (<c>iv-policy</c> is <c>IV-Policy</c>).</summary>
    public ILevelValidator? FindLevel(string id) => _levels.GetValueOrDefault(id);

    /// <summary>Finds the renewal validator of a level or track by id, case-insensitively.</summary>
    public IRenewalValidator? FindRenewal(string id) => _renewals.GetValueOrDefault(id);
}
