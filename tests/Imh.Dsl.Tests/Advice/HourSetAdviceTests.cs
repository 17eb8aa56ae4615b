using CsCheck;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The advice of a minimum of hours with parts and rules about its sources (<see cref="HoursPartAttribute"/>,
/// <c>MaxProviders</c>, <c>MajorityFromOne</c>, <c>ProviderEndorsedIn</c>) over random portfolios: followed
/// to the letter it meets the rule; without parts it asks no hour beyond what the best open set of
/// sources lacks (a brute force over every window and set of providers).
/// </summary>
public class HourSetAdviceTests
{
    private const int Iterations = 3_000;
    private static readonly DateOnly AsOf = new(2026, 11, 24);
    private static readonly string[] Providers = ["Ana", "Ben", "Cy"];
    private static readonly string[] Endorsements = ["II", "III", "IV-Clinical"];

    /// <summary>A rule: minimum, window in months and span, at most K providers (0: no limit), majority, endorsement asked, parts.</summary>
    internal sealed record SetRule(int Cents, int Maximum, int Span, int MaxProviders, bool Majority, bool Endorsed, int[] PartFlags, int[] PartShares);

    /// <summary>A session: days before the as-of date, hours in cents, flags, provider, the provider's endorsement (3: none).</summary>
    internal sealed record SessionCase(int DaysBefore, int Cents, int Flags, int Provider, int Endorsement);

    private static readonly Gen<SetRule> GenRule =
        Gen.Select(Gen.Int[100, 6000], Gen.Int[0, 30], Gen.Int[0, 30], Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.Int[1, 7].Array[0, 2], Gen.Int[1, 4].Array[2])
            .Select((cents, maximum, span, most, majority, endorsed, flags, shares) => new SetRule(cents, maximum, span, most, majority, endorsed, flags, shares));

    private static readonly Gen<SessionCase[]> GenSessions =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 1200], Gen.Int[0, 7], Gen.Int[0, 2], Gen.Int[0, 3])
            .Select((days, cents, flags, provider, endorsement) => new SessionCase(days, cents, flags, provider, endorsement)).Array[0, 12];

    private static (MinHoursAttribute Rule, HoursPartAttribute[] Parts) Rule(SetRule r)
    {
        var rule = new MinHoursAttribute(r.Cents / 100.0)
        {
            Evidence = Evidence.Sessions, MaxProviders = r.MaxProviders, MajorityFromOne = r.Majority || r.MaxProviders == 0,
            ProviderEndorsedIn = r.Endorsed ? ["III", "IV"] : null,
        };
        if (r.Maximum > 0)
        {
            rule.WithinMonths = r.Maximum;
            rule.MinSpanMonths = r.Span % (r.Maximum + 1);
        }
        // Each part takes a share of a fifth of the minimum, so the parts never ask more than the minimum.
        var parts = r.PartFlags.Select((f, i) => new HoursPartAttribute((double)Math.Round(r.Cents * r.PartShares[i] / 500m) / 100) { Where = [(SessionTag)f] })
            .Where(p => p.Hours > 0).ToArray();
        return (rule, parts);
    }

    private static Portfolio Portfolio(SessionCase[] sessions) => new()
    {
        Applicant = new Applicant { Name = "Test" },
        Sessions = [.. sessions.Select(s => new Session
        {
            Date = AsOf.AddDays(-s.DaysBefore), Hours = s.Cents / 100m, Provider = Providers[s.Provider],
            Words = EntryWords.None.With(typeof(SessionTag), (ulong)s.Flags),
            ProviderEndorsements = s.Endorsement < 3 ? [Endorsements[s.Endorsement]] : [],
        })],
    };

    [Fact]
    public void Followed_advice_meets_a_minimum_with_parts_and_rules_about_its_sources()
    {
        int advised = 0;
        Gen.Select(GenRule, GenSessions, Gen.Int).Sample((r, sessions, seed) =>
        {
            var (rule, parts) = Rule(r);
            var level = Advised.Level([rule], parts);
            var portfolio = Portfolio(sessions);
            if (!Advised.FollowedMeets(level, portfolio, AsOf, null, seed, rule.Describe(level.Wording))) return;
            advised++;
            if (parts.Length > 0) return;
            var advice = Advised.Result(level, portfolio, AsOf).Advice!;
            Advised.Hours(advice).ShouldBe(Cheapest(rule, portfolio), rule.Describe(level.Wording));
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 4);
    }

    [Fact]
    public void A_majority_from_one_provider_with_no_limit_on_providers_is_met_by_the_set_of_every_provider()
    {
        // 30 h from Ana and 21 h from Ben within a year: more than 25 from one, 51 in all.
        var rule = new MinHoursAttribute(50) { Evidence = Evidence.Sessions, WithinYears = 2, MajorityFromOne = true };
        var level = Advised.Level([rule]);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Test" },
            Sessions =
            [
                new Session { Date = AsOf.AddDays(-300), Hours = 20m, Provider = "Ana" },
                new Session { Date = AsOf.AddDays(-200), Hours = 21m, Provider = "Ben" },
                new Session { Date = AsOf.AddDays(-100), Hours = 10m, Provider = "Ana" },
            ],
        };

        Advised.Result(level, portfolio, AsOf).Status.ShouldBe(Reports.RequirementStatus.Met);
    }

    /// <summary>
    /// The fewest hours any open set needs: for each window starting at an entry's date whose maximum
    /// has not passed, and each set of up to K of the providers in it, the hours it lacks or what its
    /// best provider lacks of more than half the minimum, whichever is more; a new window needs the minimum.
    /// </summary>
    private static decimal Cheapest(MinHoursAttribute rule, Portfolio portfolio)
    {
        var endorsed = rule.ProviderEndorsedIn;
        var sessions = portfolio.Sessions
            .Where(s => endorsed is null || s.ProviderEndorsements.Any(e => e is "III" or "IV-Clinical"))
            .ToList();
        decimal minimum = (decimal)rule.Hours;
        int maximum = rule.WithinMonths;
        int span = rule.MinSpanMonths;
        int most = rule.MaxProviders > 0 ? rule.MaxProviders : Providers.Length;
        decimal best = span > 0 && minimum < 0.02m ? 0.02m : minimum;
        foreach (var first in sessions.Select(s => s.Date).Distinct())
        {
            if (maximum > 0 && first.AddMonths(maximum) <= AsOf) continue;
            var inWindow = sessions.Where(s => s.Date >= first).ToList();
            foreach (var set in Subsets([.. inWindow.Select(s => s.Provider).Distinct()], most))
            {
                var held = inWindow.Where(s => set.Contains(s.Provider)).ToList();
                decimal hours = held.Sum(s => s.Hours);
                decimal top = held.GroupBy(s => s.Provider).Select(g => g.Sum(s => s.Hours)).DefaultIfEmpty(0).Max();
                decimal majority = rule.MajorityFromOne && top <= minimum / 2 ? decimal.Floor((minimum / 2 - top) * 100 + 1) / 100 : 0;
                best = Math.Min(best, Math.Max(Math.Max(0, minimum - hours), majority));
            }
        }
        return best;
    }

    private static IEnumerable<List<string>> Subsets(List<string> items, int most)
    {
        for (int mask = 1; mask < 1 << items.Count; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) > most) continue;
            yield return [.. items.Where((_, i) => (mask & (1 << i)) != 0)];
        }
    }
}
