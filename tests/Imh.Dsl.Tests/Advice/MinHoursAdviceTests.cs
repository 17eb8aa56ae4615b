using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The advice of a minimum of hours (<see cref="MinHoursAttribute"/>) over random portfolios: followed
/// to the letter it meets the rule, and it asks no hour beyond the shortfall of the best window that
/// can still take hours from the as-of date on (a brute force over every such window).
/// </summary>
public class MinHoursAdviceTests
{
    private const int Iterations = 4_000;
    private static readonly DateOnly Base = new(2024, 1, 1);

    /// <summary>A rule: minimum in cents, window (none, years or months) and span, the flags asked, sessions or training, a milestone.</summary>
    internal sealed record RuleCase(int Cents, int Unit, int Maximum, int Span, int Flags, bool Sessions, int Milestone);

    /// <summary>An entry: days before the as-of date, hours in cents, flags.</summary>
    internal sealed record EntryCase(int DaysBefore, int Cents, int Flags);

    private static readonly Gen<RuleCase> GenRule =
        Gen.Select(Gen.Int[1, 8000], Gen.Int[0, 2], Gen.Int[1, 30], Gen.Int[0, 30], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 3])
            .Select((cents, unit, maximum, span, flags, sessions, milestone) => new RuleCase(cents, unit, maximum, span, flags, sessions, milestone));

    private static readonly Gen<EntryCase[]> GenEntries =
        Gen.Select(Gen.Int[0, 1600], Gen.Int[1, 900], Gen.Int[0, 3]).Select((days, cents, flags) => new EntryCase(days, cents, flags)).Array[0, 14];

    private static readonly Gen<(RuleCase Rule, EntryCase[] Entries, int AsOf, int Seed)> GenCase =
        Gen.Select(GenRule, GenEntries, Gen.Int[0, 1200], Gen.Int);

    private static MinHoursAttribute Rule(RuleCase r)
    {
        object[] where = r.Sessions ? [(SessionTag)(r.Flags & 3)] : [(TrainingTag)(r.Flags & 3)];
        var rule = new MinHoursAttribute(r.Cents / 100.0)
        {
            Evidence = r.Sessions ? Evidence.Sessions : Evidence.Training,
            Where = (r.Flags & 3) == 0 ? null : where,
            After = r.Milestone <= 1 ? CredentialType.PostBachelor : null,
        };
        if (r.Unit == 1)
        {
            rule.WithinYears = 1 + r.Maximum % 3;
            rule.MinSpanYears = r.Span % (rule.WithinYears + 1);
        }
        else if (r.Unit == 2)
        {
            rule.WithinMonths = r.Maximum;
            rule.MinSpanMonths = r.Span % (r.Maximum + 1);
        }
        return rule;
    }

    private static Portfolio Portfolio(EntryCase[] entries, bool sessions, DateOnly asOf, bool degree)
    {
        var dated = entries.Select(e => (Date: asOf.AddDays(-e.DaysBefore), Hours: e.Cents / 100m, e.Flags)).ToList();
        return new Portfolio
        {
            Applicant = new Applicant { Name = "Test" },
            Credentials = degree ? [new Credential { Title = "BA", Awarded = asOf.AddDays(-700), Words = Advised.Flags(CredentialType.Bachelor) }] : [],
            Sessions = sessions ? [.. dated.Select(e => new Session { Date = e.Date, Hours = e.Hours, Provider = "P", Words = EntryWords.None.With(typeof(SessionTag), (ulong)e.Flags) })] : [],
            Training = sessions ? [] : [.. dated.Select(e => new TrainingEntry { Date = e.Date, Hours = e.Hours, Title = "T", Words = EntryWords.None.With(typeof(TrainingTag), (ulong)e.Flags) })],
        };
    }

    [Fact]
    public void Followed_advice_meets_a_minimum_of_hours_and_asks_no_hour_beyond_the_best_open_window()
    {
        int advised = 0;
        GenCase.Sample((r, entries, days, seed) =>
        {
            var asOf = Base.AddDays(days);
            var rule = Rule(r);
            var level = Advised.Level([rule]);
            bool degree = r.Milestone != 1;
            var portfolio = Portfolio(entries, r.Sessions, asOf, degree);
            if (!Advised.FollowedMeets(level, portfolio, asOf, null, seed, $"rule {rule.Describe(level.Wording)} as of {asOf}")) return;
            advised++;
            if (!degree && rule.After is not null) return;
            var advice = Advised.Result(level, portfolio, asOf).Advice!;
            Advised.Hours(advice).ShouldBe(Cheapest(rule, portfolio, asOf, rule.After is null ? null : asOf.AddDays(-700)), rule.Describe(level.Wording));
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 4);
    }

    [Fact]
    public void Followed_advice_meets_a_minimum_of_hours_in_the_renewal_year()
    {
        int advised = 0;
        GenCase.Sample((r, entries, days, seed) =>
        {
            var asOf = new DateOnly(2026, 12, 31);
            var rule = Rule(r with { Unit = 0, Milestone = 3 });
            rule.InRenewalYear = true;
            var level = Advised.Level([rule], continuing: true);
            var portfolio = Portfolio([.. entries.Select(e => e with { DaysBefore = e.DaysBefore % 500 })], r.Sessions, asOf, degree: true);
            if (!Advised.FollowedMeets(level, portfolio, asOf, 2026, seed, rule.Describe(level.Wording))) return;
            advised++;
            var advice = Advised.Result(level, portfolio, asOf, 2026).Advice!;
            var hours = advice.Steps.OfType<AddHours>().Single();
            (hours.From, hours.By).ShouldBe((new DateOnly(2026, 1, 1), (DateOnly?)new DateOnly(2026, 12, 31)));
        }, iter: Iterations / 4, threads: 1);
        advised.ShouldBeGreaterThan(0);
    }

    /// <summary>
    /// The fewest hours any window that can still take hours needs: one starting at a counted entry's
    /// date whose maximum has not passed on the as-of date, or a new one opened that day.
    /// </summary>
    private static decimal Cheapest(MinHoursAttribute rule, Portfolio portfolio, DateOnly asOf, DateOnly? milestone)
    {
        var level = Advised.Level([new MinHoursAttribute(rule.Hours) { Evidence = rule.Evidence, Where = rule.Where }]);
        var filter = Imh.Dsl.Evaluation.EntryFilter.Create(Advised.Words, level, rule.Evidence, rule.Where);
        IEnumerable<(DateOnly Date, decimal Hours, Entry Entry)> all = rule.Evidence == Evidence.Sessions
            ? portfolio.Sessions.Select(s => (s.Date, s.Hours, (Entry)s))
            : portfolio.Training.Select(t => (t.Date, t.Hours, (Entry)t));
        var counted = all.Where(e => e.Date <= asOf && (milestone is null || e.Date >= milestone) && filter.Accepts(e.Entry)).ToList();
        decimal minimum = (decimal)rule.Hours;
        int maximum = rule.WithinMonths > 0 ? rule.WithinMonths : rule.WithinYears * 12;
        int span = rule.MinSpanMonths > 0 ? rule.MinSpanMonths : rule.MinSpanYears * 12;
        if (maximum == 0) return Math.Max(0, minimum - counted.Sum(e => e.Hours));
        decimal best = span > 0 && minimum < 0.02m ? 0.02m : minimum;
        foreach (var first in counted.Select(e => e.Date).Distinct())
        {
            if (first.AddMonths(maximum) <= asOf) continue;
            decimal hours = counted.Where(e => e.Date >= first).Sum(e => e.Hours);
            best = Math.Min(best, Math.Max(0, minimum - hours));
        }
        return best;
    }
}
