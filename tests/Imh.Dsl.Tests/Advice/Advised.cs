using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// A level built by hand around one requirement (the rule under test), with MI-AIMH's words, and
/// the property every advice must have: followed to the letter, it meets the requirement.
/// </summary>
internal static class Advised
{
    public static Vocabulary Words => Imh.Requirements.MiAimhVocabulary.Instance;

    /// <summary>A level whose only requirement, <c>rule</c>, has these rules and parts.</summary>
    public static LevelDefinition Level(IEnumerable<RuleAttribute> rules, IEnumerable<RulePartAttribute>? parts = null, bool continuing = false, ImmutableArray<Enum> facets = default)
    {
        var requirement = new RequirementDefinition("rule", "The rule", [.. rules], [.. parts ?? []]) { IsContinuing = continuing };
        return continuing
            ? new LevelDefinition("T", "Test level", Words, [], [requirement]) { Facets = facets.IsDefault ? [] : facets }
            : new LevelDefinition("T", "Test level", Words, [requirement], []) { Facets = facets.IsDefault ? [] : facets };
    }

    /// <summary>The requirement's result: initial as of <paramref name="asOf"/>, or for the renewal year.</summary>
    public static RequirementResult Result(LevelDefinition level, Portfolio portfolio, DateOnly asOf, int? year = null)
        => (year is { } y ? level.Renew(portfolio, y) : level.Evaluate(portfolio, asOf)).Results().Single();

    /// <summary>
    /// The requirement is met already (false), or its advice, followed in each of its ways (every
    /// alternative in turn), meets it when checked again on the day the evidence is dated by (true).
    /// </summary>
    public static bool FollowedMeets(LevelDefinition level, Portfolio portfolio, DateOnly asOf, int? year, int seed, string because)
    {
        var result = Result(level, portfolio, asOf, year);
        if (result.Status != RequirementStatus.NotMet) return false;
        var advice = result.Advice.ShouldNotBeNull($"no advice for: {result.Detail} / {result.Missing}; {because}");
        foreach (var way in Ways(advice))
        {
            var (followed, checkOn) = new Follow(new Random(seed)).Apply(portfolio, way, asOf);
            var after = Result(level, followed, checkOn, year);
            after.Status.ShouldBe(RequirementStatus.Met,
                $"advice followed, checked on {checkOn}: {after.Detail} / {after.Missing}\nadvice was: {result.Missing}\nsteps: {string.Join("; ", way)}\nbefore: {result.Detail}; {because}");
        }
        return true;
    }

    /// <summary>Every way the advice offers: its steps with each alternative's, or its steps alone.</summary>
    public static IEnumerable<IReadOnlyList<Step>> Ways(RequirementAdvice advice)
        => advice.Alternatives.IsEmpty ? [[.. advice.Steps]] : advice.Alternatives.Select(a => (IReadOnlyList<Step>)[.. advice.Way(a.Alternative)]);

    /// <summary>The clock hours the advice asks for.</summary>
    public static decimal Hours(RequirementAdvice advice) => advice.Steps.OfType<AddHours>().Sum(h => h.Hours);

    /// <summary>An entry's words from catalog flags.</summary>
    public static EntryWords Flags(params Enum[] words) => EntryWords.Of(words);
}
