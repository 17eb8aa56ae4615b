using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The plan (<see cref="Planner"/>) over MI-AIMH's levels, on thinned samples with random as-of dates
/// and paces: adding the entries it projects and doing its actions makes the portfolio eligible on
/// the plan's day, and a requirement it says time brings is not met a day earlier.
/// </summary>
public class PlannerTests
{
    private const int Iterations = 250;

    private static Portfolio[] Samples => SamplePortfolios.All;

    [Fact]
    public void A_portfolio_is_eligible_on_the_plans_day_once_the_projected_entries_are_added_and_the_actions_done()
    {
        int paced = 0;
        Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[0, 1500], Gen.Int[0, 7].Array[4], Gen.Int[0, 8], Gen.Int[0, 5]).Sample((sample, days, keep, sessions, training) =>
        {
            var portfolio = SamplePortfolios.Thin(Samples[sample], [7, .. keep]);
            var asOf = new DateOnly(2025, 1, 1).AddDays(days);
            var pace = Pace.Observed;
            if (sessions > 0) pace = pace.With(Evidence.Sessions, sessions * 0.75m);
            if (training > 0) pace = pace.With(Evidence.Training, training * 1.5m);
            foreach (var level in MiAimhCatalog.Instance.Levels)
            {
                var plan = level.Definition.Plan(portfolio, asOf, pace);
                var projected = Project(portfolio, plan.Projections);
                var actions = plan.Actions.SelectMany(a => a.Steps).ToList();
                var (followed, checkOn) = new Follow(new Random(days), earliest: true).Apply(projected, actions, asOf);
                checkOn.ShouldBeLessThanOrEqualTo(plan.On);
                var report = level.Definition.Evaluate(followed, plan.On);
                report.Outcome.Eligible.ShouldBeTrue($"{level.Definition.Id} as of {asOf}, plan {plan.On}: "
                    + string.Join(" | ", report.Results().Where(r => r.Status == RequirementStatus.NotMet).Select(r => $"{r.Key}: {r.Detail}")));

                foreach (var r in plan.Requirements.Where(r => r.Status == PlanStatus.ByPace && r.On > asOf))
                {
                    paced++;
                    var day = r.On!.Value.AddDays(-1);
                    var before = level.Definition.Evaluate(Project(portfolio, r.Projections.Select(p => p.Until(day))), day);
                    before.Results().Single(x => x.Key == r.Key).Status.ShouldBe(RequirementStatus.NotMet, $"{r.Key} {r.Text}, not a day earlier");
                }
            }
        }, iter: Iterations, threads: 1);
        paced.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Hours_at_a_pace_of_zero_are_an_action_that_says_so()
    {
        var portfolio = Samples.Single(p => p.Applicant.Name == "Jordan Rivera");
        var plan = LevelIIIValidator.Definition.Plan(portfolio, new DateOnly(2026, 11, 24), Pace.Observed.With(Evidence.Sessions, 0));

        var rsc = plan.Requirements.Single(r => r.Key == "reflectiveSupervision");

        rsc.Status.ShouldBe(PlanStatus.Action);
        rsc.Text.ShouldEndWith("; at 0 clock hours of RS/C a month, the pace set, time alone does not meet it");
    }

    [Fact]
    public void Sessions_at_the_pace_set_meet_Level_III_RSC_when_one_entry_a_month_makes_50_hours_spanning_a_year()
    {
        // From 2026-12-24, 3 h a month: the 17th entry (2028-04-24) makes 51 h, and the window spans more than a year.
        var portfolio = Samples.Single(p => p.Applicant.Name == "Jordan Rivera");
        var plan = LevelIIIValidator.Definition.Plan(portfolio, new DateOnly(2026, 11, 24), Pace.Observed.With(Evidence.Sessions, 3));

        var rsc = plan.Requirements.Single(r => r.Key == "reflectiveSupervision");

        (rsc.Status, rsc.On).ShouldBe((PlanStatus.ByPace, (DateOnly?)new DateOnly(2028, 4, 24)));
        plan.On.ShouldBe(new DateOnly(2028, 4, 24));
        plan.Actions.Select(a => a.Key).ShouldBe(["exam", "membership"]);
    }

    // The projected entries, built from their documented meaning: one a month of the hours given, split at the list's limit.
    private static Portfolio Project(Portfolio portfolio, IEnumerable<Projection> projections)
    {
        var training = portfolio.Training.ToList();
        var sessions = portfolio.Sessions.ToList();
        foreach (var p in projections)
        {
            decimal most = p.Evidence == Evidence.Sessions ? 24m : 200m;
            for (int k = 0; p.First.AddMonths(k) <= p.Last; k++)
            {
                var day = p.First.AddMonths(k);
                for (decimal left = p.HoursPerMonth; left > 0; left -= most)
                {
                    if (p.Evidence == Evidence.Sessions) sessions.Add(new Session { Date = day, Hours = Math.Min(left, most), Provider = p.Provider ?? "Projected", Words = p.Words, ProviderEndorsements = p.ProviderEndorsedIn });
                    else training.Add(new TrainingEntry { Date = day, Hours = Math.Min(left, most), Words = p.Words });
                }
            }
        }
        return new Portfolio
        {
            Applicant = portfolio.Applicant, Words = portfolio.Words, Credentials = portfolio.Credentials, Training = training, Work = portfolio.Work,
            Sessions = sessions, References = portfolio.References, Memberships = portfolio.Memberships, Signatures = portfolio.Signatures,
            Assessments = portfolio.Assessments, Endorsements = portfolio.Endorsements,
        };
    }
}
