namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// Continuing endorsement for a calendar year Y (iecmh-2024.md, "Continuing endorsement"): 15 h of
/// IECMH, RS/C or DEI training in Y; from 2023 one hour of DEI; 3 h about RS/C for providers of
/// RS/C; 12 h of RS/C for FS, MHS and MHM-C (FRS reported, not blocking), the reduced 10-hour rule
/// for MHM-C held 3 years; membership covering 31 December; the code of ethics signed in Y; every
/// requirement but membership exempt in a year with a new application.
/// </summary>
public class RenewalRules
{
    private const int Year = 2026;

    public static TheoryData<string> Categories => [.. Eligible.Ids];

    public static TheoryData<string> TwelveHourCategories => ["IFS", "ECFS", "IMHS", "ECMHS", "IMHM-Clinical", "ECMHM-Clinical"];

    /// <summary>
    /// The eligible portfolio of <paramref name="id"/>, held since 2024-06-01, with what a year of
    /// renewal needs in 2026: 17 h of training (12 IECMH, 2 DEI, 3 about RS/C), 12 h of reflective
    /// RS/C from a Mentor (Clinical), the code of ethics re-signed and the membership.
    /// </summary>
    public static Portfolio Renewing(string id, string since = "2024-06-01") => Eligible.For(id).With(d =>
    {
        d.Endorsements = [new Held(id, D(since))];
        d.Training = [.. d.Training, .. YearTraining()];
        d.Sessions = [.. d.Sessions, .. Make.MonthlySessions("2026-01-15", 12, 1m, bands: Eligible.Band(id))];
    });

    private static TrainingEntry[] YearTraining() =>
    [
        Make.Training("2026-03-14", 12m, TrainingTag.InfantMentalHealth, "Infant mental health conference"),
        Make.Training("2026-05-09", 2m, TrainingTag.Dei, "Equity in home visiting"),
        Make.Training("2026-09-12", 3m, TrainingTag.AboutReflectiveSupervision, "Reflective supervision refresher"),
    ];

    private static RenewalReport Renew(string id, Portfolio p, int year = Year) => Evaluate.Renewal(id, p, year);

    private static RenewalReport Renew(string id, Action<PortfolioDraft> edit, int year = Year) => Renew(id, Renewing(id).With(edit), year);

    [Theory]
    [MemberData(nameof(Categories))]
    public void A_year_of_renewal_evidence_renews_every_category(string id)
    {
        var report = Renew(id, Renewing(id));

        report.Year.ShouldBe(Year);
        report.AsOf.ShouldBe(new DateOnly(Year, 12, 31));
        Expect.Eligible(report);
    }

    // ---- continuingTraining (decision 18) ----

    [Theory]
    [MemberData(nameof(Categories))]
    public void Continuing_training_fails_alone_at_14_5_hours_in_the_year(string id)
        => Expect.FailsOnly(Renew(id, d => d.Training = [.. Eligible.IecmhTraining(), Make.Training("2026-03-14", 9.5m, TrainingTag.RelationshipBased), .. YearTraining()[1..]]),
            "continuingTraining", "0.5 more clock hours");

    [Fact]
    public void Continuing_training_counts_1_January_and_31_December_of_the_year_only()
    {
        Expect.Eligible(Renew("IFS", d => d.Training = [Make.Training("2026-01-01", 11m, TrainingTag.RelationshipBased), Make.Training("2026-12-31", 4m, TrainingTag.Dei)]));

        var report = Renew("IFS", d => d.Training = [Make.Training("2025-12-31", 10m, TrainingTag.RelationshipBased), Make.Training("2027-01-01", 10m, TrainingTag.RelationshipBased), .. YearTraining()[1..]]);
        Expect.FailsOnly(report, "continuingTraining", "10 more clock hours");
        report.Ignored.ShouldNotBeEmpty();
    }

    [Fact]
    public void Continuing_training_counts_DEI_and_RSC_hours_but_not_untagged_ones()
    {
        Expect.Eligible(Renew("IMHS", d => d.Training = [Make.Training("2026-02-01", 10m, TrainingTag.AboutReflectiveSupervision), Make.Training("2026-03-01", 5m, TrainingTag.Dei)]));
        Expect.FailsOnly(Renew("IMHS", d => d.Training = [Make.Training("2026-02-01", 14m, TrainingTag.Approved), Make.Training("2026-03-01", 1m, TrainingTag.Dei)]),
            "continuingTraining", "14 more clock hours");
    }

    // ---- continuingDei ----

    [Theory]
    [MemberData(nameof(Categories))]
    public void Continuing_DEI_fails_alone_in_2023_without_an_hour_of_DEI(string id)
    {
        var p = Renewing(id, "2022-06-01").With(d => d.Training = [Make.Training("2023-03-14", 15m, TrainingTag.RelationshipBased | TrainingTag.AboutReflectiveSupervision)]);
        var report = Renew(id, p.With(d => { d.CodeOfEthicsSignatures = [D("2023-01-05")]; d.Memberships = [Make.Membership("2023-01-01", "2023-12-31")]; }), 2023);

        var dei = Expect.NotMet(report, "continuingDei", "1 more clock hour");
        report.UnmetKeys.ShouldContain("continuingDei");
        dei.Required.ShouldBeTrue();
    }

    [Fact]
    public void Continuing_DEI_in_2023_counts_one_hour()
    {
        var p = Renewing("IFS", "2022-06-01").With(d =>
        {
            d.Training = [Make.Training("2023-03-14", 14m, TrainingTag.RelationshipBased), Make.Training("2023-11-04", 1m, TrainingTag.Dei)];
            d.Sessions = [.. Make.MonthlySessions("2023-01-15", 12, 1m)];
            d.CodeOfEthicsSignatures = [D("2023-01-05")];
            d.EndorsementAgreementSigned = D("2021-06-01");
            d.Memberships = [Make.Membership("2023-01-01", "2023-12-31")];
        });

        Expect.Eligible(Renew("IFS", p, 2023));
    }

    [Fact]
    public void Continuing_DEI_in_2022_is_not_applicable_and_says_from_when()
    {
        var p = Renewing("IFS", "2021-06-01").With(d =>
        {
            d.Training = [Make.Training("2022-03-14", 15m, TrainingTag.RelationshipBased)];
            d.Sessions = [.. Make.MonthlySessions("2022-01-15", 12, 1m)];
            d.CodeOfEthicsSignatures = [D("2022-01-05")];
            d.EndorsementAgreementSigned = D("2021-06-01");
            d.Memberships = [Make.Membership("2022-01-01", "2022-12-31")];
        });

        var report = Renew("IFS", p, 2022);
        Expect.Eligible(report);
        Expect.NotApplicable(report, "continuingDei").Detail.ShouldContain("required beginning with the 2023 renewal");
    }

    // ---- continuingReflectiveTraining (decision 19) ----

    [Theory]
    [MemberData(nameof(Categories))]
    public void Continuing_reflective_training_fails_alone_for_a_provider_of_RSC_at_2_5_hours(string id)
        => Expect.FailsOnly(Renew(id, d =>
        {
            d.ProvidesReflectiveSupervision = true;
            d.Training = [.. Eligible.IecmhTraining(), .. YearTraining()[..2], Make.Training("2026-09-12", 2.5m, TrainingTag.AboutReflectiveSupervision), Make.Training("2026-10-01", 1m, TrainingTag.RelationshipBased)];
            if (id is "IMHS" or "ECMHS") d.Sessions = [.. d.Sessions.Select(s => s.Date.Year == Year ? s.EndorsedAs("IMHM-Clinical") : s)];
        }), "continuingReflectiveTraining", "0.5 more clock hours");

    [Fact]
    public void Continuing_reflective_training_is_not_applicable_to_those_who_provide_no_RSC()
    {
        var report = Renew("IFS", d => d.Training = [Make.Training("2026-03-14", 15m, TrainingTag.RelationshipBased | TrainingTag.Dei)]);

        Expect.Eligible(report);
        Expect.NotApplicable(report, "continuingReflectiveTraining");
    }

    [Fact]
    public void One_hour_may_count_both_as_DEI_and_as_RSC_training()
        => Expect.Eligible(Renew("IFRS", d => d.Training = [Make.Training("2026-03-14", 12m, TrainingTag.RelationshipBased), Make.Training("2026-05-09", 3m, TrainingTag.Dei | TrainingTag.AboutReflectiveSupervision)]));

    // ---- continuingReflectiveSupervision: 12 hours (decision 20) ----

    [Theory]
    [MemberData(nameof(TwelveHourCategories))]
    public void Continuing_RSC_fails_alone_at_11_5_hours_in_the_year(string id)
        => Expect.FailsOnly(Renew(id, d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 11, 1m), Make.Session("2026-12-15", 0.5m)]),
            "continuingReflectiveSupervision", "0.5 more clock hours");

    [Fact]
    public void Continuing_RSC_checks_no_band_window_degree_or_while_serving()
        => Expect.Eligible(Renew("ECFS", d => d.Sessions = [Make.Session("2026-02-01", 6m, bands: AgeBand.Infant, tags: SessionTag.RelationshipBased), Make.Session("2026-12-31", 6m, bands: AgeBand.Infant)]));

    [Theory]
    [InlineData(SessionKind.Peer)]
    [InlineData(SessionKind.CollaborativeConsultation)]
    public void Continuing_RSC_of_12_hours_counts_reflective_sessions_only(SessionKind kind)
        => Expect.FailsOnly(Renew("IFS", d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 12, 1m, kind: kind)]), "continuingReflectiveSupervision", "12 more clock hours");

    [Fact]
    public void Continuing_RSC_of_family_specialists_needs_an_FRS_MHS_or_MHM_C_provider()
    {
        Expect.Eligible(Renew("IFS", d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 12, 1m, endorsement: ["ECFRS"])]));
        Expect.FailsOnly(Renew("IFS", d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 12, 1m, endorsement: ["IFS"])]), "continuingReflectiveSupervision", "12 more clock hours");
    }

    [Fact]
    public void Continuing_RSC_of_a_specialist_who_provides_RSC_needs_a_Mentor_Clinical()
    {
        var byMhs = Renewing("IMHS").With(d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 12, 1m, endorsement: ["ECMHS"])]);

        Expect.Eligible(Renew("IMHS", byMhs));
        Expect.FailsOnly(Renew("IMHS", byMhs.With(d => d.ProvidesReflectiveSupervision = true)), "continuingReflectiveSupervision", "12 more clock hours");
        Expect.Eligible(Renew("IMHS", Renewing("IMHS").With(d => d.ProvidesReflectiveSupervision = true)));
    }

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ECFRS")]
    public void Continuing_RSC_of_family_reflective_supervisors_is_reported_but_does_not_block(string id)
    {
        var report = Renew(id, d => d.Sessions = [Make.Session("2026-03-01", 4m)]);

        Expect.Eligible(report);
        var rsc = Expect.NotMet(report, "continuingReflectiveSupervision", "8 more clock hours");
        rsc.Required.ShouldBeFalse();
    }

    [Theory]
    [InlineData("IFA")]
    [InlineData("ECFA")]
    [InlineData("IMHM-Policy")]
    [InlineData("ECMHM-ResearchFaculty")]
    public void Associates_and_policy_and_research_faculty_mentors_renew_without_RSC(string id)
        => Expect.Eligible(Renew(id, d => d.Sessions = []));

    // ---- the reduced Mentor-Clinical rule (decision 21) ----

    [Theory]
    [InlineData("IMHM-Clinical")]
    [InlineData("ECMHM-Clinical")]
    public void Mentor_clinical_held_3_years_on_31_December_needs_10_hours_of_any_kind_with_mentors_clinical(string id)
    {
        var report = Renew(id, Renewing(id, "2023-12-31").With(d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 10, 1m, endorsement: ["ECMHM-Clinical"], kind: SessionKind.Peer, tags: default)]));

        Expect.Eligible(report);
        Expect.Met(report, "continuingReflectiveSupervision").Detail.ShouldContain("held since 2023-12-31, 3 years on 2026-12-31");
    }

    [Theory]
    [InlineData("IMHM-Clinical")]
    [InlineData("ECMHM-Clinical")]
    public void Mentor_clinical_held_one_day_short_of_3_years_keeps_the_12_hour_rule(string id)
    {
        var report = Renew(id, Renewing(id, "2024-01-01").With(d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 10, 1m, endorsement: ["ECMHM-Clinical"], kind: SessionKind.Peer)]));

        Expect.FailsOnly(report, "continuingReflectiveSupervision", "12 more clock hours");
    }

    [Fact]
    public void The_reduced_rule_fails_at_9_5_hours()
        => Expect.FailsOnly(Renew("IMHM-Clinical", Renewing("IMHM-Clinical", "2015-06-01").With(d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 9, 1m, kind: SessionKind.CollaborativeConsultation), Make.Session("2026-12-01", 0.5m)])),
            "continuingReflectiveSupervision", "0.5 more clock hours");

    [Fact]
    public void The_reduced_rule_counts_only_partners_endorsed_as_Mentor_Clinical()
        => Expect.FailsOnly(Renew("IMHM-Clinical", Renewing("IMHM-Clinical", "2015-06-01").With(d => d.Sessions = [.. Make.MonthlySessions("2026-01-15", 12, 1m, endorsement: ["IMHS"], kind: SessionKind.Peer)])),
            "continuingReflectiveSupervision", "10 more clock hours");

    [Fact]
    public void Held_for_3_years_from_29_February_is_reached_on_28_February()
    {
        // 2024-02-29 plus 3 years is 2027-02-28: in 2026 the 12-hour rule still applies, in 2027 the reduced one.
        var p = Renewing("IMHM-Clinical", "2024-02-29").With(d =>
        {
            d.Sessions = [.. Make.MonthlySessions("2026-01-15", 10, 1m, kind: SessionKind.Peer), .. Make.MonthlySessions("2027-01-15", 10, 1m, kind: SessionKind.Peer)];
            d.Training = [.. d.Training, Make.Training("2027-03-14", 12m, TrainingTag.InfantMentalHealth), Make.Training("2027-05-09", 3m, TrainingTag.Dei | TrainingTag.AboutReflectiveSupervision)];
            d.CodeOfEthicsSignatures = [D("2026-01-05"), D("2027-01-05")];
            d.Memberships = [Make.Membership("2026-01-01", "2027-12-31")];
        });

        Expect.FailsOnly(Renew("IMHM-Clinical", p, 2026), "continuingReflectiveSupervision", "12 more clock hours");
        Expect.Met(Renew("IMHM-Clinical", p, 2027), "continuingReflectiveSupervision").Detail.ShouldContain("3 years on 2027-02-28");
    }

    // ---- membership and code of ethics ----

    [Theory]
    [MemberData(nameof(Categories))]
    public void Membership_renewal_fails_alone_when_it_ends_on_30_December(string id)
        => Expect.FailsOnly(Renew(id, d => d.Memberships = [Make.Membership("2026-01-01", "2026-12-30")]), "membershipRenewal", "covering 2026-12-31");

    [Theory]
    [MemberData(nameof(Categories))]
    public void Code_of_ethics_renewal_fails_alone_when_last_signed_on_31_December_of_the_year_before(string id)
        => Expect.FailsOnly(Renew(id, d => d.CodeOfEthicsSignatures = [D("2025-12-31")]), "codeOfEthicsRenewal", "code of ethics");

    [Fact]
    public void Code_of_ethics_renewal_counts_a_signature_on_31_December_of_the_year()
        => Expect.Eligible(Renew("IFA", d => d.CodeOfEthicsSignatures = [D("2025-01-05"), D("2026-12-31")]));

    // ---- a new application in the year (decision 24) ----

    [Theory]
    [MemberData(nameof(Categories))]
    public void A_new_application_in_the_year_exempts_everything_but_membership(string id)
    {
        var report = Renew(id, d =>
        {
            d.ApplicationDate = D("2026-02-10");
            d.Training = [];
            d.Sessions = [];
            d.CodeOfEthicsSignatures = [];
        });

        Expect.Eligible(report);
        Expect.Met(report, "membershipRenewal");
        // An FRS held in full has no Emerging line to exempt: it is not applicable for that reason.
        foreach (var r in report.Requirements.Where(r => r.Key != "membershipRenewal" && !(r.Key == "reflectiveSupervisionExperience" && r.Detail.Contains("Emerging", StringComparison.Ordinal))))
        {
            r.Status.ShouldBe(RequirementStatus.NotApplicable, r.Key);
            r.Detail.ShouldContain("new application submitted on 2026-02-10");
        }
    }

    [Fact]
    public void A_new_application_in_the_year_does_not_exempt_membership()
        => Expect.FailsOnly(Renew("IMHS", d => { d.ApplicationDate = D("2026-12-31"); d.Memberships = []; }), "membershipRenewal", "covering 2026-12-31");

    [Fact]
    public void An_application_date_of_an_endorsement_in_the_year_exempts_too()
    {
        var report = Renew("IFS", Renewing("IFS").With(d =>
        {
            d.Endorsements = [new Held("IFS", D("2024-06-01")), new Held("IMHS", D("2026-09-01"), Applied: D("2026-01-01"))];
            d.Training = [];
        }));

        Expect.Eligible(report);
        Expect.NotApplicable(report, "continuingTraining").Detail.ShouldContain("new application submitted on 2026-01-01");
    }

    [Fact]
    public void An_application_on_31_December_of_the_year_before_exempts_nothing()
        => Expect.FailsOnly(Renew("IFS", d => { d.ApplicationDate = D("2025-12-31"); d.Training = [.. YearTraining()[1..]]; }), "continuingTraining", "10 more clock hours");

    // ---- Emerging holders ----

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ECFRS")]
    public void An_emerging_holder_s_renewal_shows_part_2_as_of_31_December_without_blocking(string id)
    {
        var p = Renewing(id).With(d =>
        {
            d.Endorsements = [new Held(id, D("2026-03-01"), Emerging: true)];
            // Providing RS/C from 2026-01-01: 365 days on 31 December.
            d.Work = [d.Work[0], Make.Work(WorkKind.PracticeLeader, "2026-02-01", null, Eligible.Band(id), WorkTag.Paid | WorkTag.ProvidingReflectiveSupervision, role: "Reflective supervisor")];
        });

        var report = Renew(id, p);
        Expect.Eligible(report);
        var part2 = Expect.NotMet(report, "reflectiveSupervisionExperience", "31 days");
        part2.Required.ShouldBeFalse();

        var fully = Renew(id, p.With(d => d.Endorsements = [new Held(id, D("2026-03-01"))]));
        Expect.NotApplicable(fully, "reflectiveSupervisionExperience").Required.ShouldBeFalse();
    }

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ECFRS")]
    public void A_new_application_in_the_year_exempts_an_emerging_holder_s_part_2_too(string id)
    {
        var report = Renew(id, Renewing(id).With(d =>
        {
            d.Endorsements = [new Held(id, D("2026-03-01"), Emerging: true, Applied: D("2026-01-20"))];
            d.Work = [d.Work[0]];
        }));

        Expect.Eligible(report);
        Expect.NotApplicable(report, "reflectiveSupervisionExperience").Detail.ShouldContain("new application submitted on 2026-01-20");
    }

    // ---- which endorsements are renewed ----

    [Fact]
    public void Every_category_held_in_the_year_is_renewed_in_catalog_order()
    {
        var p = Renewing("IMHM-Clinical").With(d => d.Endorsements =
            [new Held("IMHM-Clinical", D("2020-06-01")), new Held("IFS", D("2012-06-01")), new Held("ECMHS", D("2027-01-01"))]);

        var due = Renewals.Due(Iecmh2024Catalog.Instance, p, Year);

        due.Problem.ShouldBeNull();
        due.Due.Select(r => r.Held.Level).ShouldBe(["IFS", "IMHM-Clinical"]);
    }

    [Fact]
    public void A_category_awarded_on_31_December_is_held_that_year()
    {
        var p = Renewing("IFS").With(d => d.Endorsements = [new Held("IFS", D("2026-12-31"))]);

        Renewals.Due(Iecmh2024Catalog.Instance, p, Year).Due.ShouldHaveSingleItem();
        Renewals.Due(Iecmh2024Catalog.Instance, p, Year - 1).Problem.ShouldNotBeNull().Message.ShouldContain("2025");
    }
}
