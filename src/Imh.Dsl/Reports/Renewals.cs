using System.Collections.Immutable;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Reports;

/// <summary>An endorsement to renew and the validator of its continuing rules.</summary>
/// <param name="Held">The endorsement held.</param>
/// <param name="Validator">Its renewal validator.</param>
public sealed record Renewal(HeldEndorsement Held, IRenewalValidator Validator)
{
    /// <summary>Checks the continuing rules for the year.</summary>
    public RenewalReport Validate(Portfolio portfolio, int year) => Validator.Validate(portfolio, year);
}

/// <summary>The renewals due in a year, or why there are none (bad input, with the JSON path to show).</summary>
/// <param name="Due">The endorsements held in the year that have continuing rules, in catalog order.</param>
/// <param name="Problem">Why nothing can be renewed, when <paramref name="Due"/> is empty.</param>
public sealed record RenewalsDue(ImmutableArray<Renewal> Due, PortfolioProblem? Problem);

/// <summary>Which endorsements of a portfolio are renewed in a year.</summary>
public static class Renewals
{
    /// <summary>
    /// The endorsements held in <paramref name="year"/> (awarded on or before its 31 December), or
    /// the one <paramref name="level"/> names. A year before every endorsement began, a level not
    /// held, or no endorsement at all is a problem: there is nothing to renew.
    /// </summary>
    public static RenewalsDue Due(Catalog catalog, Portfolio portfolio, int year, string? level = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(portfolio);
        bool listed = portfolio.SchemaVersion >= 2;
        string path = listed ? "$.endorsements" : "$.endorsement";
        if (portfolio.Endorsements.Count == 0)
        {
            string example = catalog.Levels.FirstOrDefault()?.Definition.Id ?? "ID";
            return Problem(path, listed
                ? $"missing: renewal is checked for the endorsements held, e.g. \"endorsements\": [ {{ \"category\": \"{example}\", \"since\": \"2024-06-01\" }} ]"
                : $"missing: renewal is checked for the endorsement held now, e.g. \"endorsement\": {{ \"level\": \"{example}\", \"since\": \"2024-06-01\" }}");
        }
        var end = new DateOnly(year, 12, 31);
        var held = portfolio.Endorsements.Where(e => e.Since <= end).ToList();
        if (held.Count == 0)
        {
            var first = portfolio.Endorsements.MinBy(e => e.Since)!;
            return Problem(listed ? path : path + ".since",
                $"no endorsement was held in {year}: {first.Level} was awarded on {Evaluation.Prose.Date(first.Since)}, so {year} has nothing to renew");
        }
        if (level is not null)
        {
            var canonical = catalog.FindLevel(level)?.Definition.Id ?? level;
            held = held.Where(e => string.Equals(e.Level, canonical, StringComparison.OrdinalIgnoreCase)).ToList();
            if (held.Count == 0) return Problem(path, $"'{Printable.Escape(level)}' is not an endorsement held in {year}");
        }
        var due = ImmutableArray.CreateBuilder<Renewal>();
        foreach (var e in held.OrderBy(e => catalog.LevelIds.ToList().IndexOf(e.Level)))
        {
            if (catalog.FindRenewal(e.Level) is { } validator) due.Add(new Renewal(e, validator));
            else if (held.Count == 1) return Problem(listed ? path : path + ".level", $"level '{e.Level}' has no continuing-endorsement rules");
        }
        return new RenewalsDue(due.ToImmutable(), null);
    }

    private static RenewalsDue Problem(string path, string message) => new([], new PortfolioProblem(path, null, null, message));
}
