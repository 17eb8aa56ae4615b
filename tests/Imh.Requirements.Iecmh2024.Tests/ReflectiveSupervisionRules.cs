namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// The qualifying RS/C session and the RS/C window and sources (iecmh-2024.md, "Qualifying RS/C
/// session" and "RS/C window and sources"): reflective, relationship-based, while serving, in the
/// band, after the degree milestone, from a provider endorsed in the applicant's provider set; a
/// set from one or two providers dated from d up to but excluding d + 2 years, its last date on or
/// after d + 1 year - 1 day, at least H hours, one provider with more than H / 2.
/// </summary>
public class ReflectiveSupervisionRules
{
    private const string Other = "Dr. B. Lane";

    private static LevelReport Imhs(params Session[] sessions) => Evaluate.Level("IMHS", Eligible.For("IMHS").WithSessions(sessions));

    private static LevelReport Ifs(params Session[] sessions) => Evaluate.Level("IFS", Eligible.For("IFS").WithSessions(sessions));

    private static Session S(string date, decimal hours, string provider = Make.Provider, string endorsement = "IMHS")
        => Make.Session(date, hours, provider, [endorsement]);

    // ---- majority source (decision 7) ----

    [Fact]
    public void A_25_and_25_split_between_two_providers_fails_the_majority()
    {
        var report = Imhs(S("2024-01-10", 12.5m), S("2024-06-10", 12.5m), S("2024-09-10", 12.5m, Other), S("2025-01-10", 12.5m, Other));

        var rsc = Expect.FailsOnly(report, "reflectiveSupervision", "more than 25 clock hours from one provider");
        Expect.Lacks(rsc).ShouldNotContain("more clock hours");
        rsc.Detail.ShouldContain($"{Make.Provider} (25 clock hours)");
        rsc.Detail.ShouldContain($"{Other} (25 clock hours)");
    }

    [Fact]
    public void A_25_5_and_24_5_split_between_two_providers_has_a_majority_and_passes()
        => Expect.Eligible(Imhs(S("2024-01-10", 12.75m), S("2024-06-10", 12.75m), S("2024-09-10", 12.25m, Other), S("2025-01-10", 12.25m, Other)));

    [Fact]
    public void A_third_provider_does_not_count_with_the_other_two()
    {
        var report = Imhs(S("2024-01-10", 26m), S("2024-06-10", 12m, Other), S("2025-01-10", 12m, "Dr. C. Reyes"));

        Expect.FailsOnly(report, "reflectiveSupervision", "12 more clock hours");
    }

    [Fact]
    public void Provider_names_are_one_source_after_trimming_in_any_case()
        => Expect.Eligible(Imhs(S("2024-01-10", 12.75m), S("2024-06-10", 12.75m, "  dr. a. MORGAN "), S("2024-09-10", 12.25m, Other), S("2025-01-10", 12.25m, Other)));

    [Fact]
    public void One_provider_alone_meets_the_majority()
        => Expect.Eligible(Imhs(S("2024-01-10", 25m), S("2025-01-10", 25m)));

    [Fact]
    public void The_FS_majority_is_more_than_12_of_24()
    {
        Expect.FailsOnly(Ifs(S("2024-01-10", 12m, endorsement: "IFRS"), S("2025-01-10", 12m, Other, "IFRS")), "reflectiveSupervision", "more than 12 clock hours from one provider");
        Expect.Eligible(Ifs(S("2024-01-10", 12.5m, endorsement: "IFRS"), S("2025-01-10", 11.5m, Other, "IFRS")));
    }

    // ---- the window ----

    [Fact]
    public void The_window_holds_a_session_on_the_day_before_two_years_after_the_first()
        => Expect.Eligible(Imhs(S("2024-01-10", 25m), S("2026-01-09", 25m)));

    [Fact]
    public void The_window_does_not_hold_a_session_two_years_after_the_first()
        => Expect.FailsOnly(Imhs(S("2024-01-10", 25m), S("2026-01-10", 25m)), "reflectiveSupervision", "25 more clock hours");

    [Fact]
    public void The_span_of_a_year_is_reached_on_the_day_before_the_anniversary()
    {
        Expect.Eligible(Imhs(S("2024-01-10", 25m), S("2025-01-09", 25m)));
        Expect.FailsOnly(Imhs(S("2024-01-10", 25m), S("2025-01-08", 25m)), "reflectiveSupervision", "sessions spanning at least 1 year");
    }

    [Fact]
    public void A_window_from_29_February_spans_a_year_on_27_February_of_the_next_year()
    {
        // 2024-02-29 plus a year is 2025-02-28; the span is reached the day before.
        Expect.Eligible(Imhs(S("2024-02-29", 25m), S("2025-02-27", 25m)));
        Expect.FailsOnly(Imhs(S("2024-02-29", 25m), S("2025-02-26", 25m)), "reflectiveSupervision", "sessions spanning at least 1 year");
    }

    [Fact]
    public void A_window_from_29_February_holds_sessions_to_27_February_two_years_later()
    {
        // 2024-02-29 plus two years is 2026-02-28, excluded.
        Expect.Eligible(Imhs(S("2024-02-29", 25m), S("2026-02-27", 25m)));
        Expect.FailsOnly(Imhs(S("2024-02-29", 25m), S("2026-02-28", 25m)), "reflectiveSupervision", "25 more clock hours");
    }

    [Fact]
    public void Sessions_dated_after_the_as_of_date_are_left_out_and_listed()
    {
        var report = Imhs(S("2025-11-24", 25m), S("2026-11-25", 25m));

        Expect.FailsOnly(report, "reflectiveSupervision", "25 more clock hours");
        report.Ignored.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_report_shows_the_first_met_set_earliest_first_and_one_provider_before_two()
    {
        // From 2023-01-10 the first provider alone has 60 h spanning a year: that set, not the one with the second provider.
        var detail = Expect.Met(Imhs(S("2023-01-10", 30m), S("2024-01-10", 21m, Other), S("2024-02-10", 30m), S("2025-02-10", 30m)), "reflectiveSupervision").Detail;

        detail.ShouldContain($"from 2023-01-10 to 2024-02-10 from {Make.Provider} (60 clock hours)");
        detail.ShouldNotContain(Other);
    }

    [Fact]
    public void The_report_shows_a_set_of_two_providers_with_the_hours_of_each()
    {
        var detail = Expect.Met(Imhs(S("2023-01-10", 30m), S("2024-01-10", 21m, Other)), "reflectiveSupervision").Detail;

        detail.ShouldContain($"from 2023-01-10 to 2024-01-10 from {Make.Provider} (30 clock hours) and {Other} (21 clock hours)");
    }

    [Fact]
    public void When_no_set_is_met_the_report_shows_the_set_with_the_most_hours()
    {
        var rsc = Expect.NotMet(Imhs(S("2021-01-10", 10m), S("2023-01-10", 20m), S("2023-06-10", 20m, Other), S("2023-09-10", 5m)), "reflectiveSupervision", "5 more clock hours");

        rsc.Detail.ShouldContain("45 clock hours");
        rsc.Detail.ShouldContain("from 2023-01-10 to 2023-09-10");
    }

    // ---- qualifying sessions: kind, flags, band, provider ----

    [Theory]
    [InlineData(SessionKind.Peer)]
    [InlineData(SessionKind.CollaborativeConsultation)]
    public void Peer_supervision_and_collaborative_consultation_never_count_for_initial_endorsement(SessionKind kind)
    {
        var report = Imhs([.. Make.MonthlySessions("2024-01-10", 13, 4m, endorsement: ["IMHS"], kind: kind)]);

        Expect.FailsOnly(report, "reflectiveSupervision", "50 more clock hours").Detail.ShouldContain("13 ");
    }

    [Fact]
    public void Sessions_not_while_serving_are_left_out_with_their_reason()
    {
        var report = Imhs([.. Make.MonthlySessions("2024-01-10", 13, 4m, endorsement: ["IMHS"], tags: SessionTag.RelationshipBased)]);

        Expect.FailsOnly(report, "reflectiveSupervision", "50 more clock hours").Detail.ShouldContain("left out: 13 not while serving");
    }

    [Fact]
    public void Sessions_that_are_not_relationship_based_are_left_out()
        => Expect.FailsOnly(Imhs([.. Make.MonthlySessions("2024-01-10", 13, 4m, endorsement: ["IMHS"], tags: SessionTag.WhileServing)]),
            "reflectiveSupervision", "50 more clock hours");

    [Fact]
    public void Sessions_of_the_other_band_are_left_out_with_their_reason()
    {
        var report = Imhs([.. Make.MonthlySessions("2024-01-10", 13, 4m, endorsement: ["IMHS"], bands: AgeBand.EarlyChildhood)]);

        Expect.FailsOnly(report, "reflectiveSupervision", "50 more clock hours").Detail.ShouldContain("13 not in the level's age band");
    }

    [Fact]
    public void Sessions_that_served_both_bands_count_for_each()
    {
        var both = Make.MonthlySessions("2024-01-10", 13, 4m, bands: AgeBand.Infant | AgeBand.EarlyChildhood);

        Expect.Eligible(Evaluate.Level("IMHS", Eligible.For("IMHS").WithSessions(both)));
        Expect.Eligible(Evaluate.Level("ECMHS", Eligible.For("ECMHS").WithSessions(both)));
    }

    [Theory]
    [InlineData("IFS")]
    [InlineData("ECFS")]
    [InlineData("IFA")]
    public void Family_specialists_do_not_count_a_provider_endorsed_as_FS_or_FA(string endorsement)
    {
        var report = Ifs([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: [endorsement])]);

        Expect.FailsOnly(report, "reflectiveSupervision", "24 more clock hours").Detail.ShouldContain("13 provider not endorsed as");
    }

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ECFRS")]
    [InlineData("IMHS")]
    [InlineData("ECMHS")]
    [InlineData("IMHM-Clinical")]
    [InlineData("ECMHM-Clinical")]
    public void Family_specialists_count_FRS_MHS_and_MHM_C_providers_of_either_band(string endorsement)
        => Expect.Eligible(Ifs([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: [endorsement])]));

    [Theory]
    [InlineData("IMHM-Policy")]
    [InlineData("ECMHM-ResearchFaculty")]
    public void Family_specialists_do_not_count_a_Mentor_of_another_track(string endorsement)
        => Expect.FailsOnly(Ifs([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: [endorsement])]), "reflectiveSupervision", "24 more clock hours");

    [Fact]
    public void A_provider_without_an_endorsement_never_qualifies()
        => Expect.FailsOnly(Ifs([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: [])]), "reflectiveSupervision", "24 more clock hours");

    [Fact]
    public void A_provider_holding_several_endorsements_qualifies_through_any()
        => Expect.Eligible(Ifs([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: ["IFS", "IFRS"])]));

    [Fact]
    public void Family_reflective_supervisors_count_the_FS_provider_set()
    {
        Expect.Eligible(Evaluate.Level("ECFRS", Eligible.For("ECFRS").WithSessions(Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: ["IFRS"], bands: AgeBand.EarlyChildhood))));
        Expect.FailsOnly(Evaluate.Level("ECFRS", Eligible.For("ECFRS").WithSessions(Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: ["ECFS"], bands: AgeBand.EarlyChildhood))),
            "reflectiveSupervision", "24 more clock hours");
    }

    // ---- Mentor (Clinical): 25 of the set's hours about the applicant's own provision ----

    [Fact]
    public void Mentor_clinical_needs_25_hours_about_own_provision_in_the_set()
    {
        Session About(string date, decimal hours) => Make.Session(date, hours).Words(w => w.With(SessionTag.AboutOwnProvision));

        var ok = Evaluate.Level("IMHM-Clinical", Eligible.For("IMHM-Clinical").WithSessions(About("2024-01-10", 25m), Make.Session("2025-01-10", 25m)));
        Expect.Eligible(ok);

        var report = Evaluate.Level("IMHM-Clinical", Eligible.For("IMHM-Clinical").WithSessions(About("2024-01-10", 15m), Make.Session("2025-01-10", 40m)));
        var rsc = Expect.FailsOnly(report, "reflectiveSupervision", "10 more clock hours");
        Expect.Lacks(rsc).ShouldContain("at least 10 of them about the RS/C the applicant provides");
    }

    [Fact]
    public void Mentor_clinical_hours_about_own_provision_must_fall_in_the_same_window()
    {
        Session About(string date, decimal hours) => Make.Session(date, hours).Words(w => w.With(SessionTag.AboutOwnProvision));

        // 25 h about own provision in 2021, far from the 50 h window of 2024-2025.
        var report = Evaluate.Level("IMHM-Clinical", Eligible.For("IMHM-Clinical").WithSessions(About("2021-01-10", 25m), Make.Session("2024-01-10", 25m), Make.Session("2025-01-10", 25m)));

        Expect.FailsOnly(report, "reflectiveSupervision", "about the RS/C the applicant provides");
    }
}
