namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// IFRS and ECFRS (iecmh-2024.md, "IFRS and ECFRS (Family Reflective Supervisor)"): no degree;
/// 48 h of training in parts; PART 1 work as FS without the degree clip; PART 2 a year providing
/// RS/C, waived for Emerging; 24 h of RS/C received from FRS, MHS or MHM-C providers with no degree
/// milestone; a year of leadership; the FS ratings with a supervisee or consultee as the third.
/// </summary>
public class ReflectiveSupervisorTests
{
    public static TheoryData<string> Supervisors => ["IFRS", "ECFRS"];

    private static LevelReport Check(string id, Action<PortfolioDraft> edit) => Evaluate.Level(id, Eligible.For(id).With(edit));

    // The reflective supervisor entry of the eligible portfolio (practice leadership, providing RS/C since 2019).
    private static WorkEntry Supervising(string id, string start, WorkTag tags = WorkTag.Paid | WorkTag.ProvidingReflectiveSupervision, WorkKind kind = WorkKind.PracticeLeader)
        => Make.Work(kind, start, null, Eligible.Band(id), tags, role: "Reflective supervisor");

    // Reflective consultation provided on the side of early childhood work, unpaid.
    private static WorkEntry Providing(string id, string start)
        => Make.Work(WorkKind.EarlyChildhood, start, null, Eligible.Band(id), WorkTag.ProvidingReflectiveSupervision, role: "Reflective consultant (volunteer)");

    private static WorkEntry HomeVisiting(string id, int families = 22, WorkTag tags = WorkTag.Paid | WorkTag.Supervised)
        => Make.Work(WorkKind.InfantFamily, "2012-09-01", "2019-08-31", Eligible.Band(id), tags, families: [(Eligible.Band(id), families)], role: "Home visitor");

    // ---- education: no degree required ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Education_is_not_required(string id)
    {
        var report = Check(id, d => d.Credentials = []);

        Expect.Eligible(report);
        Expect.Unchecked(report, "education", Obligation.NotRequired);
    }

    // ---- training in parts (the formula's boundaries: TrainingPartsRules) ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Training_fails_alone_without_the_DEI_part(string id)
        => Expect.FailsOnly(Check(id, d => d.Training = [.. Eligible.IecmhTraining(), .. Eligible.ReflectiveTraining()]), "training", "at least 3 of them on diversity, equity and inclusion");

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Training_fails_alone_at_14_5_hours_about_RSC(string id)
        => Expect.FailsOnly(Check(id, d => d.Training = [.. Eligible.IecmhTraining(), Make.Training("2025-04-12", 14.5m, TrainingTag.AboutReflectiveSupervision), .. Eligible.DeiTraining()]),
            "training", "at least 0.5 of them about reflective supervision/consultation");

    // ---- work experience, PART 1 ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_1_fails_alone_when_the_family_work_is_unpaid(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, tags: WorkTag.Supervised), Supervising(id, "2019-09-01")]), "workExperience", "paid");

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_1_fails_alone_with_9_families_of_the_band(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, families: 9), Supervising(id, "2019-09-01")]), "workExperience", "1 more famil");

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_1_is_not_clipped_to_a_degree(string id)
        => Expect.Eligible(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2025-05-10", "BA")]));

    // ---- PART 2: waived for Emerging ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Without_part_2_and_nothing_else_missing_the_outcome_is_emerging(string id)
    {
        // Practice leadership without providing RS/C: leadership is still met, PART 2 is not.
        var report = Check(id, d => d.Work = [HomeVisiting(id), Supervising(id, "2019-09-01", WorkTag.Paid)]);

        Expect.Outcome(report, "emerging");
        report.Outcome.Name.ShouldBe("Emerging");
        report.Waived.ShouldBe(["reflectiveSupervisionExperience"]);
        report.UnmetKeys.ShouldBe(["reflectiveSupervisionExperience"]);
        var part2 = Expect.NotMet(report, "reflectiveSupervisionExperience", "1 year");
        part2.Required.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void With_part_2_the_outcome_is_eligible_not_emerging(string id)
    {
        var report = Check(id, _ => { });

        Expect.Outcome(report, "eligible");
        report.Waived.ShouldBeEmpty();
        Expect.Met(report, "reflectiveSupervisionExperience");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_2_is_met_by_a_year_of_providing_RSC_to_the_day(string id)
        => Expect.Eligible(Check(id, d => d.Work = [HomeVisiting(id), Supervising(id, "2019-09-01", WorkTag.Paid), Providing(id, "2025-11-25")]));

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_2_one_day_short_gives_emerging_with_one_day_missing(string id)
    {
        var report = Check(id, d => d.Work = [HomeVisiting(id), Supervising(id, "2019-09-01", WorkTag.Paid), Providing(id, "2025-11-26")]);

        Expect.Outcome(report, "emerging");
        Expect.NotMet(report, "reflectiveSupervisionExperience", "1 day");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_2_counts_unpaid_RSC_provided_in_any_kind_of_work(string id)
        => Expect.Eligible(Check(id, d => d.Work =
        [
            HomeVisiting(id),
            Supervising(id, "2019-09-01", WorkTag.Paid),
            Make.Work(WorkKind.InfantFamily, "2024-01-01", null, Eligible.Band(id), WorkTag.ProvidingReflectiveSupervision, role: "Volunteer reflective consultant"),
        ]));

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Part_2_does_not_count_RSC_provided_in_the_other_band(string id)
    {
        var report = Check(id, d => d.Work =
        [
            HomeVisiting(id),
            Supervising(id, "2019-09-01", WorkTag.Paid),
            Make.Work(WorkKind.PracticeLeader, "2019-09-01", null, Eligible.OtherBand(id), WorkTag.ProvidingReflectiveSupervision, role: "Reflective consultant"),
        ]);

        Expect.Outcome(report, "emerging");
        Expect.NotMet(report, "reflectiveSupervisionExperience").Detail.ShouldContain("1 not in the level's age band");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Emerging_waives_nothing_but_part_2(string id)
    {
        var report = Check(id, d =>
        {
            d.Work = [HomeVisiting(id), Supervising(id, "2019-09-01", WorkTag.Paid)];
            d.Memberships = [];
        });

        Expect.Outcome(report, "notYet");
        report.Waived.ShouldBeEmpty();
        report.UnmetKeys.ShouldBe(["reflectiveSupervisionExperience", "membership"]);
    }

    // ---- leadership: implied by PART 2 (providing RS/C counts as leadership, decision 17) ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Leadership_unmet_with_part_2_unmet_is_not_yet_not_emerging(string id)
    {
        var report = Check(id, d => d.Work = [HomeVisiting(id), Supervising(id, "2019-09-01", WorkTag.Paid, WorkKind.InfantFamily)]);

        Expect.Outcome(report, "notYet");
        report.UnmetKeys.ShouldBe(["reflectiveSupervisionExperience", "leadership"]);
        Expect.NotMet(report, "leadership", "1 year");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Leadership_counts_a_year_of_unpaid_leadership_activities_in_the_band_to_the_day(string id)
    {
        var report = Check(id, d => d.Work =
        [
            HomeVisiting(id),
            Make.Work(WorkKind.LeadershipActivity, "2025-11-25", null, Eligible.Band(id), default, role: "Regional committee chair"),
        ]);

        // No RS/C provided: PART 2 is missing, so the outcome is Emerging.
        Expect.Outcome(report, "emerging");
        Expect.Met(report, "leadership");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Leadership_one_day_short_of_a_year_is_not_met(string id)
    {
        var report = Check(id, d => d.Work =
        [
            HomeVisiting(id),
            Make.Work(WorkKind.LeadershipActivity, "2025-11-26", null, Eligible.Band(id), default, role: "Regional committee chair"),
        ]);

        Expect.Outcome(report, "notYet");
        Expect.NotMet(report, "leadership", "1 day");
    }

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Leadership_does_not_count_leadership_in_the_other_band(string id)
    {
        var report = Check(id, d => d.Work =
        [
            HomeVisiting(id),
            Make.Work(WorkKind.LeadershipActivity, "2020-01-01", null, Eligible.OtherBand(id), default, role: "Regional committee chair"),
        ]);

        Expect.Outcome(report, "notYet");
        Expect.NotMet(report, "leadership");
    }

    // ---- reflective supervision received (the rule's boundaries: ReflectiveSupervisionRules) ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Reflective_supervision_fails_alone_at_23_5_clock_hours(string id)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. Make.MonthlySessions("2024-01-10", 11, 2m, bands: Eligible.Band(id)), Make.Session("2025-01-10", 1.5m, bands: Eligible.Band(id))]),
            "reflectiveSupervision", "0.5 more clock hours");

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Reflective_supervision_has_no_degree_milestone(string id)
        => Expect.Eligible(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Master, "2026-06-01", "MSW")]));

    // ---- references ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void References_fail_alone_when_the_third_rating_is_a_student(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Taylor Reed", RaterRole.Student)), "references", "supervisee");

    [Theory]
    [InlineData("IFRS", RaterRole.Consultee)]
    [InlineData("ECFRS", RaterRole.Colleague)]
    [InlineData("IFRS", RaterRole.Trainer)]
    public void References_accept_a_consultee_colleague_or_trainer_as_the_third_rating(string id, RaterRole role)
        => Expect.Eligible(Check(id, d => d.References[2] = Make.Rating("Taylor Reed", role)));

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void References_fail_alone_without_an_endorsed_rater(string id)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision, endorsed: ["ECFA"])),
            "references", "endorsed");

    // ---- code of ethics, exam, membership ----

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Code_of_ethics_fails_alone_without_the_endorsement_agreement(string id)
        => Expect.FailsOnly(Check(id, d => d.EndorsementAgreementSigned = null), "codeOfEthics", "endorsement agreement");

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void The_exam_is_not_required(string id)
        => Expect.Unchecked(Check(id, d => d.Exams = []), "exam", Obligation.NotRequired);

    [Theory]
    [MemberData(nameof(Supervisors))]
    public void Membership_fails_alone_when_it_starts_the_day_after_the_as_of_date(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = [Make.Membership("2026-11-25", "2027-11-24")]), "membership", "membership");
}
