namespace Imh.Requirements.Tests;

/// <summary>
/// The RS/C window rule for every first-session date over four years (leap years included), and
/// realistic portfolios with many, unordered or same-day sessions, checked against the rule as
/// requirements.md writes it: last &lt; first.AddYears(max), last &gt;= first.AddYears(min).AddDays(-1).
/// </summary>
public class WindowSearchRules
{
    private static readonly Portfolio LevelIIIBase = Eligible.LevelIII();
    private static readonly Portfolio ClinicalBase = Eligible.LevelIVClinical();

    private static bool LevelIIIMet(params Session[] sessions)
    {
        var report = Evaluate.LevelIII(LevelIIIBase.WithSessions(sessions));
        return report.ReflectiveSupervision.Status == RequirementStatus.Met;
    }

    private static bool ClinicalMet(params Session[] sessions)
    {
        var report = Evaluate.LevelIVClinical(ClinicalBase.WithSessions(sessions));
        return report.ReflectiveSupervision.Status == RequirementStatus.Met;
    }

    private static Session At(DateOnly date, decimal hours) => Make.Session(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hours);

    [Fact]
    public void Level_III_minimum_span_is_first_plus_one_year_minus_one_day_for_every_first_date_2022_to_2025()
    {
        var failures = new List<string>();
        for (var first = D("2022-01-01"); first <= D("2025-12-31"); first = first.AddDays(1))
        {
            var boundary = first.AddYears(1).AddDays(-1);
            if (boundary > AsOf) break;
            if (!LevelIIIMet(At(first, 25m), At(boundary, 25m))) failures.Add($"{first:yyyy-MM-dd}..{boundary:yyyy-MM-dd} should qualify");
            if (LevelIIIMet(At(first, 25m), At(boundary.AddDays(-1), 25m))) failures.Add($"{first:yyyy-MM-dd}..{boundary.AddDays(-1):yyyy-MM-dd} should not qualify");
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Level_IV_maximum_is_last_before_first_plus_two_years_for_every_first_date_2022_to_2024()
    {
        var failures = new List<string>();
        for (var first = D("2022-01-01"); first <= D("2024-11-24"); first = first.AddDays(1))
        {
            var limit = first.AddYears(2);
            if (!ClinicalMet(At(first, 25m), At(limit.AddDays(-1), 25m))) failures.Add($"{first:yyyy-MM-dd}..{limit.AddDays(-1):yyyy-MM-dd} should qualify");
            if (ClinicalMet(At(first, 25m), At(limit, 25m))) failures.Add($"{first:yyyy-MM-dd}..{limit:yyyy-MM-dd} should not qualify");
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Sessions_listed_out_of_date_order_are_judged_as_if_ordered()
    {
        var sessions = Make.MonthlySessions("2024-01-10", 13, 4m);
        sessions.Reverse();

        var report = Evaluate.LevelIII(LevelIIIBase.WithSessions(sessions));

        Expect.EveryRequirementMet(report);
        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2024-01-10"), D("2025-01-10"), 52m));
    }

    [Fact]
    public void Weekly_half_hour_sessions_over_four_years_find_the_best_window_in_any_order()
    {
        // 200 weekly sessions of 0.5 h from 2022-01-03: at most 105 of them fall in one window of under two years.
        var ordered = Enumerable.Range(0, 200).Select(i => At(D("2022-01-03").AddDays(7 * i), 0.5m)).ToList();
        var shuffled = ordered.OrderBy(s => (s.Date.DayNumber * 7919) % 211).ToList();

        foreach (var sessions in new[] { ordered, shuffled })
        {
            var report = Evaluate.LevelIII(LevelIIIBase.WithSessions(sessions));
            var (met, hours) = Oracle(sessions, 50m, maximumYears: 2, minimumYears: 1);

            report.ReflectiveSupervision.Status.ShouldBe(met ? RequirementStatus.Met : RequirementStatus.NotMet);
            report.ReflectiveSupervision.Findings.Single().Hours.ShouldBe(hours);
        }
    }

    [Fact]
    public void Daily_quarter_hour_sessions_meet_Level_IV_in_200_days_but_not_Level_IIIs_one_year_span()
    {
        var sessions = Enumerable.Range(0, 200).Select(i => At(D("2026-03-01").AddDays(i), 0.25m)).ToList();

        Expect.EveryRequirementMet(Evaluate.LevelIVClinical(ClinicalBase.WithSessions(sessions)));
        Expect.FailsOnlyLacking(Evaluate.LevelIII(LevelIIIBase.WithSessions(sessions)), "reflectiveSupervision", "sessions spanning 1 to 2 years");
    }

    [Fact]
    public void Daily_sessions_short_by_a_quarter_hour_miss_by_exactly_that()
    {
        var sessions = Enumerable.Range(0, 199).Select(i => At(D("2026-03-01").AddDays(i), 0.25m)).ToList();

        Expect.FailsOnlyLacking(Evaluate.LevelIVClinical(ClinicalBase.WithSessions(sessions)), "reflectiveSupervision", ", 0.25 clock hours short");
    }

    [Fact]
    public void Hours_with_different_decimal_places_are_summed_exactly()
    {
        // 1.25 + 0.75 + 2 + 0.5 + 1.5 = 6 h a month for eight months, and 2 h on 2026-01-05 (first + 1 year - 1 day): 50 h.
        var sessions = new List<Session>();
        for (int m = 0; m < 8; m++)
        {
            var day = D("2025-01-06").AddMonths(m);
            sessions.AddRange([At(day, 1.25m), At(day.AddDays(7), 0.75m), At(day.AddDays(14), 2m), At(day.AddDays(21), 0.5m), At(day.AddDays(22), 1.5m)]);
        }
        sessions.Add(At(D("2026-01-05"), 2m));

        var report = Evaluate.LevelIII(LevelIIIBase.WithSessions(sessions));

        Expect.EveryRequirementMet(report);
        report.ReflectiveSupervision.Findings.Single().Hours.ShouldBe(50.00m);
    }

    [Fact]
    public void Many_sessions_on_the_same_days_are_added_together()
    {
        // 150 group sessions of 0.34 h over three days: 51 h.
        var sessions = Enumerable.Range(0, 150).Select(i => At(D("2026-10-01").AddDays(i % 3), 0.34m)).ToList();

        var report = Evaluate.LevelIVClinical(ClinicalBase.WithSessions(sessions));

        Expect.EveryRequirementMet(report);
        report.ReflectiveSupervision.Findings.Single().Hours.ShouldBe(51.00m);
    }

    /// <summary>The rule as written: for each first session, the sessions in [first, first + max); qualifying when last reaches first + min - 1 day.</summary>
    private static (bool Met, decimal BestHours) Oracle(IReadOnlyList<Session> sessions, decimal minimumHours, int maximumYears, int minimumYears)
    {
        bool met = false;
        decimal best = 0m;
        foreach (var first in sessions.Select(s => s.Date).Distinct())
        {
            var inWindow = sessions.Where(s => s.Date >= first && s.Date < first.AddYears(maximumYears)).ToList();
            var last = inWindow.Max(s => s.Date);
            if (minimumYears > 0 && last < first.AddYears(minimumYears).AddDays(-1)) continue;
            var hours = inWindow.Sum(s => s.Hours);
            best = Math.Max(best, hours);
            met |= hours >= minimumHours;
        }
        return (met, best);
    }
}
