namespace Imh.Requirements.Tests;

/// <summary>
/// Years of experience: a day is credited with the summed FTE of the qualifying entries active
/// that day, capped at 1.0; N years = N x 365 days; start and end inclusive; <c>end: null</c>
/// runs to the as-of date; post-graduate work is clipped at the earliest master's or doctorate.
/// </summary>
public class WorkExperienceRules
{
    private static LevelIIReport LevelII(params WorkEntry[] work) => Evaluate.LevelII(Eligible.LevelII().WithWork(work));

    [Fact]
    public void Two_full_time_jobs_over_the_same_year_give_one_year_not_two()
    {
        var report = LevelII(Make.Work(WorkKind.InfantFamily, "2025-01-01", "2025-12-31"), Make.Work(WorkKind.EarlyChildhood, "2025-01-01", "2025-12-31"));

        var work = Expect.FailsOnly(report, "workExperience", "1 year more");
        work.Findings.Single().CreditedDays.ShouldBe(365m);
    }

    [Fact]
    public void Many_short_overlapping_contracts_are_credited_once_per_day()
    {
        // 105 weekly contracts at two agencies (0.6 FTE each), 2024-11-19..2026-11-23: 735 days, capped at one a day.
        var work = new List<WorkEntry>();
        for (int week = 0; week < 105; week++)
        {
            var start = D("2024-11-19").AddDays(7 * week);
            var end = start.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var from = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            work.Add(Make.Work(WorkKind.EarlyChildhood, from, end, fte: 0.6m));
            work.Add(Make.Work(WorkKind.InfantFamily, from, end, fte: 0.6m));
        }

        var report = LevelII([.. work]);

        Expect.Met(report, "workExperience").Findings.Single().CreditedDays.ShouldBe(735m);
    }

    [Fact]
    public void Overlapping_jobs_are_credited_once_for_the_overlap()
    {
        // 2023-01-01..2024-06-30 and 2024-01-01..2024-12-31 cover 2023-01-01..2024-12-31: 365 + 366 = 731 days.
        var report = LevelII(Make.Work(WorkKind.InfantFamily, "2023-01-01", "2024-06-30"), Make.Work(WorkKind.InfantFamily, "2024-01-01", "2024-12-31"));

        Expect.Met(report, "workExperience").Findings.Single().CreditedDays.ShouldBe(731m);
    }

    [Fact]
    public void Two_half_time_jobs_on_the_same_days_make_full_days()
    {
        var report = LevelII(Make.Work(WorkKind.InfantFamily, "2024-11-25", null, fte: 0.5m), Make.Work(WorkKind.EarlyChildhood, "2024-11-25", null, fte: 0.5m));

        Expect.Met(report, "workExperience").Findings.Single().CreditedDays.ShouldBe(730m);
    }

    [Fact]
    public void Half_time_work_over_two_years_is_one_year()
    {
        var report = LevelII(Make.Work(WorkKind.InfantFamily, "2024-11-25", null, fte: 0.5m));

        var work = Expect.FailsOnly(report, "workExperience", "1 year more");
        work.Findings.Single().CreditedDays.ShouldBe(365m);
    }

    [Fact]
    public void Ongoing_work_counts_up_to_and_including_the_as_of_date()
    {
        // 2024-11-25..2026-11-24 inclusive is exactly 730 days.
        Expect.EveryRequirementMet(LevelII(Make.Work(WorkKind.InfantFamily, "2024-11-25", null)));
        Expect.FailsOnly(LevelII(Make.Work(WorkKind.InfantFamily, "2024-11-26", null)), "workExperience", "1 day more");
    }

    [Fact]
    public void Ongoing_work_stops_at_the_as_of_date()
    {
        var portfolio = Eligible.LevelII().WithWork(Make.Work(WorkKind.InfantFamily, "2024-11-25", null));

        Expect.FailsOnly(Evaluate.LevelII(portfolio, asOf: D("2026-11-23")), "workExperience", "1 day more");
    }

    [Fact]
    public void Work_ending_after_the_as_of_date_counts_only_up_to_it()
    {
        var report = LevelII(Make.Work(WorkKind.InfantFamily, "2024-11-26", "2030-12-31"));

        Expect.FailsOnly(report, "workExperience", "1 day more").Findings.Single().CreditedDays.ShouldBe(729m);
    }

    [Fact]
    public void An_entry_straddling_the_masters_award_date_is_clipped_not_dropped()
    {
        // MSW awarded 2014-05-14: 2014-05-14..2016-05-12 is 730 days (2016 is a leap year).
        var clippedTo730 = Evaluate.LevelIII(Eligible.LevelIII().WithWork(Make.Work(WorkKind.ImhServices, "2013-01-01", "2016-05-12")));
        var clippedTo729 = Evaluate.LevelIII(Eligible.LevelIII().WithWork(Make.Work(WorkKind.ImhServices, "2013-01-01", "2016-05-11")));

        Expect.EveryRequirementMet(clippedTo730);
        clippedTo730.SpecializedWork.Findings.First().CreditedDays.ShouldBe(730m);
        Expect.FailsOnly(clippedTo729, "specializedWork", "1 day more post-graduate supervised infant mental health services work");
    }

    [Fact]
    public void Post_graduate_work_counts_from_the_earliest_masters_or_doctorate()
    {
        // A doctorate in 2020 does not move the post-graduate date set by the 2014 master's.
        var report = Evaluate.LevelIII(Eligible.LevelIII()
            .WithCredentials(
                Make.Credential(CredentialType.Doctorate, "2020-05-01", "PhD", imhCoursework: true),
                Make.Credential(CredentialType.Master, "2014-05-14", "MSW"))
            .WithWork(Make.Work(WorkKind.ImhServices, "2013-01-01", "2016-05-12")));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_III_specialized_work_alternative_b_is_a_supervised_internship_and_one_post_graduate_year()
    {
        // Internship 2013-06-01..2014-05-31 (365 days, before the master's); IMH services 2025-06-01.. (542 days).
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithWork(
            Make.Work(WorkKind.ImhInternship, "2013-06-01", "2014-05-31", paid: false),
            Make.Work(WorkKind.ImhServices, "2025-06-01", null)));

        Expect.EveryRequirementMet(report);
        report.SpecializedWork.Alternative.ShouldBe("b");
    }

    [Fact]
    public void Level_III_specialized_work_alternative_b_needs_the_internship_supervised()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithWork(
            Make.Work(WorkKind.ImhInternship, "2013-06-01", "2014-05-31", supervised: false),
            Make.Work(WorkKind.ImhServices, "2025-06-01", null)));

        var work = Expect.FailsOnly(report, "specializedWork", "1 year more supervised graduate infant mental health internship work");
        work.Alternative.ShouldBeNull();
    }

    [Fact]
    public void Level_III_specialized_work_alternative_b_needs_a_full_year_of_internship()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithWork(
            Make.Work(WorkKind.ImhInternship, "2013-06-02", "2014-05-31"),
            Make.Work(WorkKind.ImhServices, "2025-06-01", null)));

        Expect.FailsOnly(report, "specializedWork", "1 day more supervised graduate infant mental health internship work");
    }

    [Fact]
    public void Level_IV_Clinical_accepts_Level_III_alternative_b_plus_three_years_of_practice_leadership()
    {
        var report = Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithWork(
            Make.Work(WorkKind.ImhInternship, "2008-06-01", "2009-05-31"),
            Make.Work(WorkKind.ImhServices, "2009-06-01", "2010-05-31"),
            Make.Work(WorkKind.PracticeLeader, "2010-06-01", null)));

        Expect.EveryRequirementMet(report);
        report.SpecializedWork.Alternative.ShouldBe("b");
    }

    [Fact]
    public void Level_III_specialized_work_without_a_graduate_degree_is_explained_in_plain_words()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW", imhCoursework: true)));

        Expect.NotMet(report, "specializedWork", "a master's or doctorate awarded by 2026-11-24, then 1 year 364 days more post-graduate supervised infant mental health services work, reached on 2028-11-22");
        // The detail reads "no master's or doctorate, so no post-graduate ... work counts yet", not "no a master's or doctorate".
        report.SpecializedWork.Detail.ShouldNotContain("no a ");
    }

    [Fact]
    public void Level_I_education_alternative_c_is_two_years_of_paid_work()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithCredentials().WithWork(Make.Work(WorkKind.EarlyChildhood, "2024-11-25", null)));

        Expect.EveryRequirementMet(report);
        report.Education.Alternative.ShouldBe("c");
    }

    [Fact]
    public void Level_I_education_alternative_c_one_day_short_of_two_years_fails()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithCredentials().WithWork(Make.Work(WorkKind.EarlyChildhood, "2024-11-26", null)));

        Expect.FailsOnly(report, "education", "1 day more paid");
    }

    [Fact]
    public void Level_I_education_alternative_c_does_not_count_unpaid_work()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithCredentials().WithWork(Make.Work(WorkKind.EarlyChildhood, "2020-01-01", null, paid: false)));

        Expect.FailsOnly(report, "education", "2 years more paid");
    }

    [Fact]
    public void Level_I_education_alternative_c_does_not_count_an_imh_internship()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithCredentials().WithWork(Make.Work(WorkKind.ImhInternship, "2020-01-01", null)));

        Expect.FailsOnly(report, "education", "2 years more paid");
    }
}
