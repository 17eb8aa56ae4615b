namespace Imh.Requirements.Tests;

/// <summary>
/// RS/C time windows: sessions qualify together when last &lt; first.AddYears(max) and, where a
/// minimum applies, last &gt;= first.AddYears(min).AddDays(-1); the session filters of each level;
/// Level II's post-bachelor's clipping.
/// </summary>
public class ReflectiveSupervisionRules
{
    private static LevelIIReport LevelII(params Session[] sessions) => Evaluate.LevelII(Eligible.LevelII().WithSessions(sessions));

    private static LevelIIIReport LevelIII(params Session[] sessions) => Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions));

    private static LevelIVClinicalReport Clinical(params Session[] sessions) => Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithSessions(sessions));

    // ---- minimum span ----

    [Fact]
    public void Level_II_24_hours_spanning_exactly_one_year_less_a_day_meet_the_one_year_minimum()
    {
        var report = LevelII(Make.Session("2023-01-10", 12m), Make.Session("2023-07-10", 2m), Make.Session("2024-01-09", 10m));

        Expect.EveryRequirementMet(report);
        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2023-01-10"), D("2024-01-09"), 24m));
    }

    [Fact]
    public void Level_II_24_hours_spanning_one_day_short_of_the_minimum_do_not_qualify()
    {
        var report = LevelII(Make.Session("2023-01-10", 12m), Make.Session("2023-07-10", 2m), Make.Session("2024-01-08", 10m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", "the span is too short");
    }

    [Fact]
    public void Level_II_23_99_hours_in_a_long_enough_window_miss_by_0_01_hour()
    {
        var report = LevelII(Make.Session("2023-01-10", 12m), Make.Session("2023-07-10", 1.99m), Make.Session("2024-01-09", 10m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 0.01 clock hours short");
    }

    [Fact]
    public void Level_III_50_hours_spanning_exactly_one_year_less_a_day_meet_the_one_year_minimum()
    {
        var report = LevelIII(Make.Session("2023-01-10", 20m), Make.Session("2023-07-10", 10m), Make.Session("2024-01-09", 20m));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_III_50_hours_spanning_one_day_short_of_the_minimum_do_not_qualify()
    {
        var report = LevelIII(Make.Session("2023-01-10", 20m), Make.Session("2023-07-10", 10m), Make.Session("2024-01-08", 20m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", "the span is too short");
    }

    [Fact]
    public void Level_III_50_hours_within_six_months_do_not_qualify()
    {
        var report = LevelIII(Make.MonthlySessions("2024-01-10", 6, 10m).ToArray());

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", "sessions spanning 1 to 2 years");
    }

    // ---- maximum ----

    [Fact]
    public void Level_II_a_session_exactly_two_years_after_the_first_is_outside_its_window()
    {
        // Windows: {2023-01-10, 2024-06-01} = 14 h; {2024-06-01, 2025-01-10} = 14 h (and spans under a year).
        var report = LevelII(Make.Session("2023-01-10", 12m), Make.Session("2024-06-01", 2m), Make.Session("2025-01-10", 12m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 10 clock hours short");
    }

    [Fact]
    public void Level_II_a_session_one_day_before_two_years_after_the_first_is_inside_its_window()
    {
        var report = LevelII(Make.Session("2023-01-10", 12m), Make.Session("2024-06-01", 2m), Make.Session("2025-01-09", 12m));

        Expect.EveryRequirementMet(report);
        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2023-01-10"), D("2025-01-09"), 26m));
    }

    [Fact]
    public void Level_IV_a_session_exactly_two_years_after_the_first_is_outside_its_window()
    {
        var report = Clinical(Make.Session("2023-01-10", 24m), Make.Session("2024-06-01", 4m), Make.Session("2025-01-10", 24m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 22 clock hours short");
    }

    [Fact]
    public void Level_IV_a_session_one_day_before_two_years_after_the_first_is_inside_its_window()
    {
        var report = Clinical(Make.Session("2023-01-10", 24m), Make.Session("2024-06-01", 4m), Make.Session("2025-01-09", 24m));

        Expect.EveryRequirementMet(report);
        report.ReflectiveSupervision.Findings.Single().Hours.ShouldBe(52m);
    }

    // ---- windows starting on 29 February ----

    [Fact]
    public void Level_III_a_window_from_29_February_reaches_the_one_year_minimum_on_27_February()
    {
        // 2024-02-29 plus one year is 2025-02-28; minus one day: 2025-02-27.
        var report = LevelIII(Make.Session("2024-02-29", 20m), Make.Session("2024-08-29", 10m), Make.Session("2025-02-27", 20m));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_III_a_window_from_29_February_ending_26_February_is_one_day_short()
    {
        var report = LevelIII(Make.Session("2024-02-29", 20m), Make.Session("2024-08-29", 10m), Make.Session("2025-02-26", 20m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", "the span is too short");
    }

    [Fact]
    public void Level_III_a_window_from_29_February_excludes_28_February_two_years_later()
    {
        // 2024-02-29 plus two years is 2026-02-28: a session that day is outside the window.
        var report = LevelIII(Make.Session("2024-02-29", 20m), Make.Session("2025-03-15", 10m), Make.Session("2026-02-28", 20m));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 20 clock hours short");
    }

    [Fact]
    public void Level_III_a_window_from_29_February_includes_27_February_two_years_later()
    {
        var report = LevelIII(Make.Session("2024-02-29", 20m), Make.Session("2025-03-15", 10m), Make.Session("2026-02-27", 20m));

        Expect.EveryRequirementMet(report);
        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2024-02-29"), D("2026-02-27"), 50m));
    }

    // ---- Level IV: no minimum span ----

    [Fact]
    public void Level_IV_Clinical_50_hours_in_one_month_are_enough_because_level_IV_has_no_minimum_span()
    {
        var report = Clinical(
            Make.Session("2026-10-01", 10m), Make.Session("2026-10-08", 10m), Make.Session("2026-10-15", 10m),
            Make.Session("2026-10-22", 10m), Make.Session("2026-10-29", 10m));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_Clinical_50_hours_on_a_single_day_are_enough()
    {
        var report = Clinical(Make.Session("2026-10-01", 24m), Make.Session("2026-10-01", 24m), Make.Session("2026-10-01", 2m));

        Expect.EveryRequirementMet(report);
    }

    // ---- post-bachelor's (Level II) ----

    [Fact]
    public void Level_II_RSC_sessions_before_the_earliest_bachelors_award_do_not_count()
    {
        // Unclipped: 24 h from 2023-01-10 to 2024-01-20 would qualify. The BSW is awarded 2023-03-01,
        // so the 2023-01-10 session is out: 12 h from 2023-06-01 to 2024-01-20.
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Bachelor, "2023-03-01", "BSW"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        var rsc = Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 12 clock hours short");
        var window = rsc.Findings.Single();
        (window.WindowStart, window.Hours).ShouldBe((D("2023-06-01"), 12m));
    }

    [Fact]
    public void Level_II_RSC_session_on_the_bachelors_award_date_counts()
    {
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Bachelor, "2023-01-10", "BSW"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_II_RSC_counts_from_the_earliest_of_several_bachelors_degrees()
    {
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Bachelor, "2023-03-01", "BSN"), Make.Credential(CredentialType.Bachelor, "2015-05-01", "BA"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_II_RSC_is_clipped_at_the_earliest_degree_whatever_the_order_of_the_list()
    {
        // The BSW (2023-03-01) is earlier than the MSW listed first: sessions count from the BSW.
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Master, "2024-06-01", "MSW"), Make.Credential(CredentialType.Bachelor, "2023-03-01", "BSW"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 12 clock hours short");
    }

    [Fact]
    public void Level_II_RSC_counts_from_a_masters_when_the_portfolio_lists_no_bachelors()
    {
        // Post-bachelor's counts from the earliest bachelor's, master's or doctorate: a master's stands in.
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Master, "2023-01-10", "MSW"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_II_RSC_before_the_masters_award_date_does_not_count_when_no_bachelors_is_listed()
    {
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Master, "2023-01-11", "MSW"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 12 clock hours short");
    }

    [Fact]
    public void Level_II_RSC_counts_from_a_doctorate_when_the_portfolio_lists_no_other_degree()
    {
        var report = Evaluate.LevelII(Eligible.LevelII()
            .WithCredentials(Make.Credential(CredentialType.Doctorate, "2023-01-10", "PhD"))
            .WithSessions(Make.Session("2023-01-10", 12m), Make.Session("2023-06-01", 6m), Make.Session("2024-01-20", 6m)));

        Expect.EveryRequirementMet(report);
    }

    // ---- session filters ----

    private static List<Session> Monthly(int count, decimal hours, Func<int, Session, Session> change)
        => Make.MonthlySessions("2024-01-10", count, hours).Select((s, i) => change(i, s)).ToList();

    private static Session Flags(Session s, bool? providerApproved = null, bool? relationshipBased = null, bool? whileServing = null)
        => new()
        {
            Date = s.Date, Hours = s.Hours, Provider = s.Provider,
            Words = s.Words.With(SessionTag.ProviderApproved, providerApproved ?? s.Words.Has(SessionTag.ProviderApproved))
                .With(SessionTag.RelationshipBased, relationshipBased ?? s.Words.Has(SessionTag.RelationshipBased))
                .With(SessionTag.WhileServing, whileServing ?? s.Words.Has(SessionTag.WhileServing)),
        };

    [Fact]
    public void Level_III_RSC_needs_an_approved_provider()
    {
        var sessions = Monthly(13, 4m, (i, s) => i == 6 ? Flags(s, providerApproved: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions)), "reflectiveSupervision", ", 2 clock hours short");
    }

    [Fact]
    public void Level_III_RSC_must_be_received_while_serving_infants_and_families()
    {
        var sessions = Monthly(13, 4m, (i, s) => i == 6 ? Flags(s, whileServing: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions)), "reflectiveSupervision", ", 2 clock hours short");
    }

    [Fact]
    public void Level_III_RSC_must_be_relationship_focused()
    {
        // 13 x 4 h, two of them not relationship-based: 44 h count in the best window, 6 short.
        var sessions = Monthly(13, 4m, (i, s) => i is 4 or 6 ? Flags(s, relationshipBased: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions)), "reflectiveSupervision", ", 6 clock hours short");
    }

    [Fact]
    public void Level_IV_RSC_must_be_relationship_focused()
    {
        var sessions = Monthly(13, 4m, (i, s) => i is 4 or 6 ? Flags(s, relationshipBased: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithSessions(sessions)), "reflectiveSupervision", ", 6 clock hours short");
    }

    [Fact]
    public void Level_II_RSC_must_be_relationship_based()
    {
        var sessions = Monthly(13, 2m, (i, s) => i is 4 or 6 ? Flags(s, relationshipBased: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelII(Eligible.LevelII().WithSessions(sessions)), "reflectiveSupervision", ", 2 clock hours short");
    }

    [Fact]
    public void Level_II_RSC_must_be_received_while_serving_infants_and_families()
    {
        var sessions = Monthly(13, 2m, (i, s) => i is 4 or 6 ? Flags(s, whileServing: false) : s);

        Expect.FailsOnlyLacking(Evaluate.LevelII(Eligible.LevelII().WithSessions(sessions)), "reflectiveSupervision", ", 2 clock hours short");
    }

    [Fact]
    public void Level_II_RSC_does_not_need_an_approved_provider()
    {
        var sessions = Monthly(13, 2m, (_, s) => Flags(s, providerApproved: false));

        Expect.EveryRequirementMet(Evaluate.LevelII(Eligible.LevelII().WithSessions(sessions)));
    }

    [Fact]
    public void Level_IV_RSC_needs_an_approved_provider_but_not_whileServing()
    {
        var notServing = Monthly(13, 4m, (_, s) => Flags(s, whileServing: false));
        var oneUnapproved = Monthly(13, 4m, (i, s) => i == 6 ? Flags(s, providerApproved: false) : s);

        Expect.EveryRequirementMet(Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithSessions(notServing)));
        Expect.FailsOnlyLacking(Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithSessions(oneUnapproved)), "reflectiveSupervision", ", 2 clock hours short");
    }

    // ---- optional for Policy and Research/Faculty ----

    [Fact]
    public void Level_IV_Policy_without_RSC_is_still_eligible_and_reports_RSC_as_not_met_and_not_required()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy().WithSessions());

        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.UnmetKeys.ShouldBeEmpty();
        report.ReflectiveSupervision.Status.ShouldBe(RequirementStatus.NotMet);
        report.ReflectiveSupervision.Required.ShouldBeFalse();
        report.ReflectiveSupervision.Missing.ShouldNotBeNull().ShouldContain("50 more clock hours");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_RSC_is_still_eligible_and_reports_RSC_as_not_met_and_not_required()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithSessions(Make.Session("2026-01-10", 4m)));

        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.UnmetKeys.ShouldBeEmpty();
        report.ReflectiveSupervision.Status.ShouldBe(RequirementStatus.NotMet);
        report.ReflectiveSupervision.Required.ShouldBeFalse();
        report.ReflectiveSupervision.Missing.ShouldNotBeNull().ShouldContain("46 more clock hours");
    }

    [Fact]
    public void Level_IV_RSC_is_required_only_in_the_Clinical_track_of_the_level_definitions()
    {
        Obligation(LevelIVClinicalValidator.Definition).ShouldBe(Imh.Dsl.Obligation.Required);
        Obligation(LevelIVPolicyValidator.Definition).ShouldBe(Imh.Dsl.Obligation.Optional);
        Obligation(LevelIVResearchFacultyValidator.Definition).ShouldBe(Imh.Dsl.Obligation.Optional);

        static Imh.Dsl.Obligation Obligation(Imh.Dsl.Evaluation.LevelDefinition level)
            => level.Requirements.Single(r => r.Key == "reflectiveSupervision").Obligation;
    }
}
