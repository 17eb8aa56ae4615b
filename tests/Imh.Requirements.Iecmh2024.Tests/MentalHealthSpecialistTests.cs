namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// IMHS and ECMHS (iecmh-2024.md, "IMHS and ECMHS (Mental Health Specialist)"): a master's or
/// doctorate with transcript; 30 h of IECMH training; 2 years of post-graduate, supervised, paid IMH
/// services in the band, or a supervised internship and 1 year; 50 h of RS/C from MHS or MHM-C
/// providers; three numbered ratings; the band's exam.
/// </summary>
public class MentalHealthSpecialistTests
{
    public static TheoryData<string> Specialists => ["IMHS", "ECMHS"];

    private static LevelReport Check(string id, Action<PortfolioDraft> edit) => Evaluate.Level(id, Eligible.For(id).With(edit));

    private static WorkEntry Services(string id, string start, string? end, WorkTag tags = WorkTag.Paid | WorkTag.Supervised)
        => Make.Work(WorkKind.ImhServices, start, end, Eligible.Band(id), tags, role: "Infant mental health therapist");

    // ---- education ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Education_fails_alone_without_an_official_transcript_of_the_master(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW"), Make.Credential(CredentialType.Master, "2014-05-14", "MSW", transcript: false)]),
            "education", "official transcript");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Education_does_not_ask_for_coursework(string id)
        => Expect.Eligible(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Doctorate, "2014-05-14", "PsyD")]));

    // ---- training ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Training_fails_alone_at_29_5_clock_hours_of_IECMH_training(string id)
        => Expect.FailsOnly(Check(id, d => d.Training = [Make.Training("2024-03-01", 29.5m, TrainingTag.RelationshipBased), Make.Training("2024-04-01", 8m, TrainingTag.AboutReflectiveSupervision)]),
            "training", "0.5 more clock hours");

    // ---- specialized work ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_fails_alone_when_the_services_are_unpaid(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Services(id, "2014-06-01", null, WorkTag.Supervised)]), "specializedWork", "paid");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_fails_alone_when_the_services_are_not_supervised(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Services(id, "2014-06-01", null, WorkTag.Paid)]), "specializedWork", "supervised");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_does_not_count_infant_and_family_work(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Make.Work(WorkKind.InfantFamily, "2014-06-01", null, Eligible.Band(id))]), "specializedWork", "infant mental health services");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_does_not_count_services_in_the_other_band(string id)
    {
        var report = Check(id, d => d.Work = [Make.Work(WorkKind.ImhServices, "2014-06-01", null, Eligible.OtherBand(id))]);

        Expect.FailsOnly(report, "specializedWork", "infant mental health services").Detail.ShouldContain("1 not in the level's age band");
    }

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_counts_two_post_graduate_years_to_the_day(string id)
        => Expect.Eligible(Check(id, d => d.Work = [Services(id, "2024-11-25", null)]));

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_clips_services_to_the_master(string id)
        // Services since 2010, a master's two years less a day before the as-of date; no internship.
        => Expect.NotMet(Check(id, d =>
        {
            d.Credentials = [Make.Credential(CredentialType.Master, "2024-11-26", "MSW")];
            d.Work = [Services(id, "2010-01-01", null)];
        }), "specializedWork", "1 day");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_accepts_an_unclipped_internship_and_one_post_graduate_year(string id)
    {
        var report = Check(id, d => d.Work =
        [
            Make.Work(WorkKind.ImhInternship, "2013-06-01", "2014-05-31", Eligible.Band(id), WorkTag.Supervised, role: "Graduate intern"),
            Services(id, "2025-11-25", null),
        ]);

        Expect.Eligible(report);
        Expect.Met(report, "specializedWork").Alternative.ShouldBe("b");
    }

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_does_not_accept_an_internship_and_a_post_graduate_year_less_a_day(string id)
        => Expect.FailsOnly(Check(id, d => d.Work =
        [
            Make.Work(WorkKind.ImhInternship, "2013-06-01", "2014-05-31", Eligible.Band(id), WorkTag.Supervised, role: "Graduate intern"),
            Services(id, "2025-11-26", null),
        ]), "specializedWork", "1 day");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Specialized_work_does_not_accept_an_internship_of_the_other_band(string id)
        => Expect.FailsOnly(Check(id, d => d.Work =
        [
            Make.Work(WorkKind.ImhInternship, "2013-06-01", "2014-05-31", Eligible.OtherBand(id), WorkTag.Supervised, role: "Graduate intern"),
            Services(id, "2025-11-25", null),
        ]), "specializedWork", "internship");

    // ---- reflective supervision (the rule's boundaries: ReflectiveSupervisionRules) ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Reflective_supervision_fails_alone_at_49_5_clock_hours(string id)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. Make.MonthlySessions("2024-01-10", 12, 4m, bands: Eligible.Band(id)), Make.Session("2025-01-10", 1.5m, bands: Eligible.Band(id))]),
            "reflectiveSupervision", "0.5 more clock hours");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Reflective_supervision_counts_only_sessions_on_or_after_the_master(string id)
    {
        Expect.Met(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Master, "2024-01-10", "MSW")]), "reflectiveSupervision");
        Expect.NotMet(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Master, "2024-01-11", "MSW")]), "reflectiveSupervision")
            .Detail.ShouldContain("1 before the earliest master's or doctorate");
    }

    [Theory]
    [InlineData("IMHS", "IFRS")]
    [InlineData("ECMHS", "ECFRS")]
    [InlineData("IMHS", "IMHM-Policy")]
    public void Reflective_supervision_does_not_count_FRS_or_other_mentor_providers(string id, string endorsement)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. d.Sessions.Select(s => s.EndorsedAs(endorsement))]), "reflectiveSupervision", "50 more clock hours");

    [Theory]
    [InlineData("IMHS", "ECMHS")]
    [InlineData("ECMHS", "IMHS")]
    [InlineData("IMHS", "ECMHM-Clinical")]
    public void Reflective_supervision_counts_MHS_and_MHM_C_providers_of_either_band(string id, string endorsement)
        => Expect.Eligible(Check(id, d => d.Sessions = [.. d.Sessions.Select(s => s.EndorsedAs(endorsement))]));

    // ---- references ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void References_fail_alone_when_the_third_is_a_supervisee_and_the_applicant_supervises_no_one(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Chris Park", RaterRole.Supervisee)), "references", "colleague");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void References_accept_a_supervisee_as_the_third_when_the_applicant_supervises_others(string id)
        => Expect.Eligible(Check(id, d =>
        {
            d.SupervisesOthers = true;
            d.References[2] = Make.Rating("Chris Park", RaterRole.Supervisee);
        }));

    [Theory]
    [MemberData(nameof(Specialists))]
    public void References_fail_alone_without_an_endorsed_rater(string id)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision)), "references", "endorsed");

    // ---- code of ethics, exam, membership ----

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Code_of_ethics_fails_alone_without_a_signature(string id)
        => Expect.FailsOnly(Check(id, d => d.CodeOfEthicsSignatures = []), "codeOfEthics", "code of ethics");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Exam_fails_alone_without_a_passed_exam(string id)
        => Expect.FailsOnly(Check(id, d => d.Exams = [new ExamResult(false, D("2026-03-02"), Eligible.Version(id))]), "exam", "written examination");

    [Theory]
    [MemberData(nameof(Specialists))]
    public void Membership_fails_alone_without_a_membership(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = []), "membership", "membership");
}
