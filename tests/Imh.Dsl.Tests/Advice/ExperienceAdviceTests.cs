using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;
using static Imh.Dsl.Tests.Advice.NumberedWork;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The advice of a minimum of years of work (<see cref="ExperienceAttribute"/>) over random portfolios:
/// followed to the letter it meets the rule, the day the work going on reaches the minimum is the
/// first such day, and new work asks not one day more than it needs.
/// </summary>
public class ExperienceAdviceTests
{
    private const int Iterations = 3_000;
    private static readonly DateOnly Base = new(2024, 1, 1);

    /// <summary>A work entry: days its start is before the as-of date, its length (0: ongoing), FTE in tenths, kind, paid.</summary>
    internal sealed record WorkCase(int StartsBefore, int Length, int Tenths, int Kind, bool Paid);

    private static readonly Gen<WorkCase[]> GenWork =
        Gen.Select(Gen.Int[0, 2500], Gen.Int[0, 1500], Gen.Int[1, 10], Gen.Int[0, 2], Gen.Bool)
            .Select((starts, length, tenths, kind, paid) => new WorkCase(starts, length, tenths, kind, paid)).Array[0, 5];

    private static readonly WorkKind[] Kinds = [WorkKind.ImhServices, WorkKind.PracticeLeader, WorkKind.EarlyChildhood];

    private static Portfolio Portfolio(WorkCase[] work, DateOnly asOf, bool degree) => new()
    {
        Applicant = new Applicant { Name = "Test" },
        Credentials = degree ? [new Credential { Title = "MSW", Awarded = asOf.AddDays(-900), Words = Advised.Flags(CredentialType.Master) }] : [],
        Work = [.. work.Select(w => new WorkEntry
        {
            Role = "Work", Start = asOf.AddDays(-w.StartsBefore), End = w.Length == 0 ? null : asOf.AddDays(-w.StartsBefore + w.Length),
            Fte = w.Tenths / 10m, Words = EntryWords.Of(Kinds[w.Kind]).With(typeof(WorkTag), w.Paid ? 1UL : 0UL),
        })],
    };

    [Fact]
    public void Followed_advice_meets_a_minimum_of_years_and_names_the_first_day_or_the_fewest_days()
    {
        int advised = 0, continued = 0, added = 0;
        Gen.Select(Gen.Int[1, 3], Gen.Int[0, 3], GenWork, Gen.Int[0, 1000], Gen.Int).Sample((years, variant, work, days, seed) =>
        {
            var asOf = Base.AddDays(days);
            var rule = new ExperienceAttribute(years)
            {
                Where = variant == 3 ? null : [Kinds[variant % 2], .. variant == 2 ? new object[] { WorkTag.Paid } : []],
                After = variant != 1 ? CredentialType.PostGraduate : null,
            };
            var level = Advised.Level([rule]);
            var portfolio = Portfolio(work, asOf, degree: variant != 0);
            if (!Advised.FollowedMeets(level, portfolio, asOf, null, seed, rule.Describe(level.Wording))) return;
            advised++;
            var steps = Advised.Result(level, portfolio, asOf).Advice!.Steps;
            if (steps.OfType<ContinueWork>().SingleOrDefault() is { } going)
            {
                continued++;
                Advised.Result(level, portfolio, going.Until.AddDays(-1)).Status.ShouldBe(RequirementStatus.NotMet, $"reached on {going.Until}, not a day earlier");
            }
            if (steps.OfType<AddWork>().SingleOrDefault() is { Days: > 1 } more && steps.OfType<AddCredential>().SingleOrDefault() is null)
            {
                added++;
                var shorter = steps.Select(s => s == more ? more with { Until = more.Until.AddDays(-1) } : s).ToList();
                var (followed, checkOn) = new Follow(new Random(seed)).Apply(portfolio, shorter, asOf);
                Advised.Result(level, followed, checkOn).Status.ShouldBe(RequirementStatus.NotMet, $"{more.Days} days asked, one fewer must not do");
            }
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 4);
        continued.ShouldBeGreaterThan(0);
        added.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Work_going_on_reaches_the_minimum_on_the_day_its_credited_days_make_the_years()
    {
        // Full time since 2025-01-01 (inclusive): 365 credited days on 2025-12-31; two years on 2026-12-31.
        var level = Advised.Level([new ExperienceAttribute(2)]);
        var portfolio = Portfolio([new WorkCase(0, 0, 10, 0, true)], new DateOnly(2025, 1, 1), degree: true);

        var step = Advised.Result(level, portfolio, new DateOnly(2025, 6, 30)).Advice!.Steps.OfType<ContinueWork>().Single();

        step.Until.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Half_time_work_that_has_ended_is_advised_as_new_work_at_half_time()
    {
        // 0.5 FTE for 365 days (182.5 credited): 547.5 more credited days at 0.5 FTE is 1,095 calendar days.
        var asOf = new DateOnly(2026, 11, 24);
        var level = Advised.Level([new ExperienceAttribute(2)]);
        var portfolio = Portfolio([new WorkCase(500, 364, 5, 0, true)], asOf, degree: true);

        var step = Advised.Result(level, portfolio, asOf).Advice!.Steps.OfType<AddWork>().Single();

        (step.Fte, step.Days, step.From).ShouldBe((0.5m, 1095, asOf));
    }

    [Fact]
    public void A_number_the_work_must_report_is_advised_on_the_new_work_for_the_levels_band()
    {
        var rule = new ExperienceAttribute(1) { Sum = TestNumber.Families, SumAtLeast = 10 };
        var level = NumberedWork.Level(rule, TestBand.Early);
        var asOf = new DateOnly(2026, 11, 24);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Test" },
            Work = [new WorkEntry { Role = "W", Start = asOf.AddDays(-400), Fte = 1m, Numbers = [new EntryNumber(TestNumber.Families, TestBand.Early, 4m)] }],
        };

        var result = level.Evaluate(portfolio, asOf).Results().Single();
        var step = result.Advice!.Steps.OfType<AddWork>().Single();
        var (followed, checkOn) = new Follow(new Random(1)).Apply(portfolio, result.Advice.Steps, asOf);

        step.Reports.ShouldBe(new EntryNumber(TestNumber.Families, TestBand.Early, 6m));
        level.Evaluate(followed, checkOn).Results().Single().Status.ShouldBe(RequirementStatus.Met);
    }
}
