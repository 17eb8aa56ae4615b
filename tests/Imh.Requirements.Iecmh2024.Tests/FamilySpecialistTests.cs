namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// IFS and ECFS (iecmh-2024.md, "IFS and ECFS (Family Specialist)"): a bachelor's or higher with
/// transcript; 30 h of IECMH training; 2 years of post-bachelor's paid family work in the band with
/// 10 families of the band; 24 h of qualifying RS/C; three numbered ratings; no exam.
/// </summary>
public class FamilySpecialistTests
{
    public static TheoryData<string> FamilySpecialists => ["IFS", "ECFS"];

    private static LevelReport Check(string id, Action<PortfolioDraft> edit, DateOnly? asOf = null) => Evaluate.Level(id, Eligible.For(id).With(edit), asOf);

    private static WorkEntry HomeVisiting(string id, string start, string? end, int families, WorkTag tags = WorkTag.Paid | WorkTag.Supervised)
        => Make.Work(WorkKind.InfantFamily, start, end, Eligible.Band(id), tags, families: [(Eligible.Band(id), families)], role: "Home visitor");

    // ---- education ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Education_fails_alone_without_an_official_transcript(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2016-05-14", "BS", transcript: false)]), "education", "official transcript");

    [Theory]
    [InlineData("IFS", CredentialType.Master)]
    [InlineData("ECFS", CredentialType.Doctorate)]
    public void Education_accepts_a_higher_degree_in_place_of_the_bachelor(string id, CredentialType degree)
        => Expect.Eligible(Check(id, d => d.Credentials = [Make.Credential(degree, "2016-05-14")]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Education_does_not_accept_an_associate_degree(string id)
    {
        var report = Check(id, d => d.Credentials = [Make.Credential(CredentialType.Associate, "2016-05-14", "AAS", relatedField: true)]);

        Expect.NotMet(report, "education", "bachelor's");
    }

    // ---- training ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Training_fails_alone_at_29_5_clock_hours_of_IECMH_training(string id)
        => Expect.FailsOnly(Check(id, d => d.Training = [Make.Training("2024-03-01", 29.5m, TrainingTag.InfantMentalHealth), Make.Training("2024-04-01", 6m, TrainingTag.Dei)]),
            "training", "0.5 more clock hours");

    // ---- work experience ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_fails_alone_when_the_work_is_unpaid(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, "2016-08-22", null, 14, WorkTag.Supervised)]), "workExperience", "paid");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_counts_two_years_to_the_day(string id)
        => Expect.Eligible(Check(id, d => d.Work = [HomeVisiting(id, "2024-11-25", null, 14)]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_fails_alone_one_day_short_of_two_years(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, "2024-11-26", null, 14)]), "workExperience", "1 day");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_does_not_count_early_childhood_promotion_work(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Make.Work(WorkKind.EarlyChildhood, "2016-08-22", null, Eligible.Band(id), families: [(Eligible.Band(id), 14)])]),
            "workExperience", "infant and family");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_counts_infant_mental_health_services(string id)
        => Expect.Eligible(Check(id, d => d.Work = [Make.Work(WorkKind.ImhServices, "2016-08-22", null, Eligible.Band(id), families: [(Eligible.Band(id), 10)])]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_fails_alone_with_9_families_of_the_band(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, "2016-08-22", null, 9)]), "workExperience", "1 more famil");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_adds_the_families_of_every_entry_that_credits_a_day(string id)
        => Expect.Eligible(Check(id, d => d.Work = [HomeVisiting(id, "2016-08-22", "2020-12-31", 4), HomeVisiting(id, "2021-01-01", null, 6)]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_counts_the_families_of_an_entry_whose_days_another_entry_already_credits(string id)
        // The second entry runs inside the first, so it adds no credited day, but it credits days that pass the filter.
        => Expect.Eligible(Check(id, d => d.Work = [HomeVisiting(id, "2016-08-22", null, 7), HomeVisiting(id, "2022-01-01", "2022-12-31", 3)]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_does_not_count_families_of_the_other_band(string id)
        => Expect.FailsOnly(Check(id, d => d.Work =
            [Make.Work(WorkKind.InfantFamily, "2016-08-22", null, AgeBand.Infant | AgeBand.EarlyChildhood, families: [(Eligible.Band(id), 9), (Eligible.OtherBand(id), 30)])]),
            "workExperience", "1 more famil");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_does_not_count_families_of_the_band_on_an_entry_of_the_other_band(string id)
        // Families of a band count only where the entry counts for that band.
        => Expect.FailsOnly(Check(id, d => d.Work =
        [
            HomeVisiting(id, "2016-08-22", null, 9),
            Make.Work(WorkKind.InfantFamily, "2018-01-01", "2019-12-31", Eligible.OtherBand(id), families: [(Eligible.Band(id), 5)]),
        ]), "workExperience", "1 more famil");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_does_not_count_families_of_an_entry_that_ended_before_the_bachelor(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [HomeVisiting(id, "2012-01-01", "2016-05-13", 20), HomeVisiting(id, "2016-08-22", null, 9)]),
            "workExperience", "1 more famil");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_counts_families_of_an_entry_that_ends_on_the_day_of_the_bachelor(string id)
        => Expect.Eligible(Check(id, d => d.Work = [HomeVisiting(id, "2012-01-01", "2016-05-14", 1), HomeVisiting(id, "2016-08-22", null, 9)]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Work_experience_is_clipped_to_the_bachelor(string id)
    {
        // Work since 2012; a bachelor's awarded two years less a day before the as-of date.
        var report = Check(id, d =>
        {
            d.Credentials = [Make.Credential(CredentialType.Bachelor, "2024-11-26", "BS")];
            d.Work = [HomeVisiting(id, "2012-01-01", null, 14)];
        });

        Expect.NotMet(report, "workExperience", "1 day");
    }

    // ---- reflective supervision (the rule's boundaries: ReflectiveSupervisionRules) ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Reflective_supervision_fails_alone_at_23_5_clock_hours(string id)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. Make.MonthlySessions("2024-01-10", 11, 2m, bands: Eligible.Band(id)), Make.Session("2025-01-10", 1.5m, bands: Eligible.Band(id))]),
            "reflectiveSupervision", "0.5 more clock hours");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Reflective_supervision_counts_only_sessions_on_or_after_the_bachelor(string id)
    {
        // The bachelor's on the first session's date: all 13 count. A day later the first is left out
        // and the other twelve (24 h, 2024-02-10..2025-01-10) span less than a year.
        var report = Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2024-01-10", "BS")]);
        Expect.Met(report, "reflectiveSupervision");

        var later = Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2024-01-11", "BS")]);
        Expect.NotMet(later, "reflectiveSupervision", "spanning at least 1 year").Detail.ShouldContain("1 before the earliest bachelor's");
    }

    // ---- references ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void References_fail_alone_without_a_rating_from_the_RSC_provider(string id)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, endorsed: [Make.ProviderEndorsement])),
            "references", "reflective supervision/consultation");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void References_fail_alone_without_a_current_supervisor_teacher_trainer_or_consultant(string id)
        => Expect.FailsOnly(Check(id, d => d.References[0] = Make.Rating("Sam Lee", RaterRole.Supervisor)), "references", "current");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void References_do_not_accept_a_supervisee_as_the_third_rating(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Chris Park", RaterRole.Supervisee)), "references", "colleague");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void References_need_three_different_raters(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating(" sam lee ", RaterRole.Colleague)), "references", "colleague");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void References_fail_alone_without_an_endorsed_rater(string id)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision)),
            "references", "endorsed");

    [Theory]
    [InlineData("IFS", "ECFRS")]
    [InlineData("ECFS", "IFRS")]
    [InlineData("IFS", "ECFS")]
    [InlineData("ECFS", "IMHS")]
    [InlineData("IFS", "ECMHM-Policy")]
    public void References_count_a_rater_endorsed_in_FS_FRS_MHS_or_MHM_of_either_band(string id, string endorsement)
        => Expect.Eligible(Check(id, d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision, endorsed: [endorsement])));

    // ---- code of ethics, exam, membership ----

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Code_of_ethics_fails_alone_when_signed_after_the_as_of_date(string id)
    {
        var report = Check(id, d => d.CodeOfEthicsSignatures = [D("2026-11-25")]);

        Expect.FailsOnly(report, "codeOfEthics", "code of ethics");
    }

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Code_of_ethics_counts_a_signature_on_the_as_of_date(string id)
        => Expect.Eligible(Check(id, d => d.CodeOfEthicsSignatures = [AsOf]));

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void The_exam_is_not_required(string id)
        => Expect.Unchecked(Check(id, d => d.Exams = []), "exam", Obligation.NotRequired);

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Membership_fails_alone_without_a_membership(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = []), "membership", "membership");

    [Theory]
    [MemberData(nameof(FamilySpecialists))]
    public void Membership_counts_when_it_starts_on_the_as_of_date(string id)
        => Expect.Eligible(Check(id, d => d.Memberships = [Make.Membership("2026-11-24", "2027-11-23")]));
}
