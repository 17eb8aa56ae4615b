namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// The six Mentor tracks (iecmh-2024.md, "IMHM and ECMHM (Mentor), all tracks" and the track
/// table): a master's or doctorate with transcript; training by the rule date (RuleDateRules);
/// 3 years of leadership in the band; the track's specialized work and ratings; RS/C for Clinical
/// only; the band's exam with the track's vignettes.
/// </summary>
public class MentorTests
{
    public static TheoryData<string> Mentors => ["IMHM-Clinical", "IMHM-Policy", "IMHM-ResearchFaculty", "ECMHM-Clinical", "ECMHM-Policy", "ECMHM-ResearchFaculty"];

    public static TheoryData<string> Clinical => ["IMHM-Clinical", "ECMHM-Clinical"];

    public static TheoryData<string> Policy => ["IMHM-Policy", "ECMHM-Policy"];

    public static TheoryData<string> ResearchFaculty => ["IMHM-ResearchFaculty", "ECMHM-ResearchFaculty"];

    public static TheoryData<string> PolicyAndResearchFaculty => ["IMHM-Policy", "ECMHM-Policy", "IMHM-ResearchFaculty", "ECMHM-ResearchFaculty"];

    private static LevelReport Check(string id, Action<PortfolioDraft> edit) => Evaluate.Level(id, Eligible.For(id).With(edit));

    private static WorkEntry Track(string id, string start, WorkTag tags = WorkTag.Paid)
        => Make.Work(id.EndsWith("-Policy", StringComparison.Ordinal) ? WorkKind.PolicyLeader : WorkKind.ResearchFacultyLeader, start, null, Eligible.Band(id), tags, role: "Leader");

    private static WorkEntry Board(string id, string start)
        => Make.Work(WorkKind.LeadershipActivity, start, null, Eligible.Band(id), default, fte: 0.1m, role: "State association board member");

    // ---- every track ----

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Education_fails_alone_without_an_official_transcript(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = [.. d.Credentials.Select(c => c.Words(w => w.Without(CredentialTag.OfficialTranscript)))]), "education", "official transcript");

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Training_fails_alone_without_the_DEI_part_from_2024(string id)
        => Expect.FailsOnly(Check(id, d => d.Training = [.. d.Training.Where(t => !t.Words.Has(TrainingTag.Dei))]), "training", "at least 3 of them on diversity, equity and inclusion");

    [Theory]
    [MemberData(nameof(PolicyAndResearchFaculty))]
    public void Training_of_policy_and_research_faculty_has_no_RSC_part(string id)
        => Expect.Eligible(Check(id, d => d.Training = [Make.Training("2025-01-10", 30m, TrainingTag.InfantMentalHealth), Make.Training("2025-02-10", 3m, TrainingTag.Dei)]));

    [Theory]
    [MemberData(nameof(Policy))]
    public void Leadership_below_three_years_fails_with_the_policy_work_it_includes(string id)
    {
        // Policy leadership is leadership: 3 x 365 days less one of it fails both.
        var report = Check(id, d => d.Work = [Track(id, "2023-11-27")]);

        report.UnmetKeys.ShouldBe(["leadership", "specializedWork"]);
        Expect.NotMet(report, "leadership", "1 day");
        Expect.NotMet(report, "specializedWork", "1 day");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Leadership_is_not_clipped_to_the_degree(string id)
    {
        var report = Check(id, d => d.Credentials = [Make.Credential(CredentialType.Master, "2025-06-01", "MSW")]);

        Expect.Met(report, "leadership");
        Expect.NotMet(report, "specializedWork");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Leadership_counts_3_x_365_days_of_leadership_activities_across_a_leap_day(string id)
    {
        // 2023-11-26..2026-11-24 holds 29 February 2024: 1095 days, three years of 365 days.
        PortfolioDraft Only(PortfolioDraft d, string start)
        {
            d.Work = [Make.Work(WorkKind.LeadershipActivity, start, null, Eligible.Band(id), default, role: "Board chair")];
            return d;
        }

        Expect.Met(Check(id, d => Only(d, "2023-11-26")), "leadership").Detail.ShouldStartWith("3 years credited");
        Expect.NotMet(Check(id, d => Only(d, "2023-11-27")), "leadership", "1 day");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Exam_fails_alone_without_a_passed_exam(string id)
        => Expect.FailsOnly(Check(id, d => d.Exams = []), "exam", "written examination");

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Exam_fails_alone_when_it_is_the_other_band_s_version(string id)
        => Expect.FailsOnly(Check(id, d => d.Exams = [new ExamResult(true, D("2026-03-02"), Eligible.Version(EligiblePortfolioTests.Twin(id)))]), "exam", "written examination");

    [Theory]
    [InlineData("IMHM-Clinical", "IMHM-Policy")]
    [InlineData("ECMHM-Policy", "ECMHM-ResearchFaculty")]
    [InlineData("IMHM-ResearchFaculty", "IMHS")]
    public void Exam_fails_alone_when_it_names_another_track(string id, string category)
        => Expect.FailsOnly(Check(id, d => d.Exams = [new ExamResult(true, D("2026-03-02"), Eligible.Version(id), category)]), "exam", "written examination");

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Exam_without_a_category_counts_for_every_track_of_the_band(string id)
        => Expect.Eligible(Check(id, d => d.Exams = [new ExamResult(true, D("2026-03-02"), Eligible.Version(id))]));

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Exam_counts_when_passed_on_the_as_of_date_and_not_the_day_after(string id)
    {
        Expect.Eligible(Check(id, d => d.Exams = [new ExamResult(true, AsOf, Eligible.Version(id), id)]));
        Expect.NotMet(Check(id, d => d.Exams = [new ExamResult(true, AsOf.AddDays(1), Eligible.Version(id), id)]), "exam");
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Code_of_ethics_fails_alone_without_a_signature(string id)
        => Expect.FailsOnly(Check(id, d => d.CodeOfEthicsSignatures = []), "codeOfEthics", "code of ethics");

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Membership_fails_alone_without_a_membership(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = []), "membership", "membership");

    // ---- Clinical ----

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_specialized_work_fails_alone_without_three_years_providing_RSC(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [.. d.Work.Select(w => w.Words(x => x.Without(WorkTag.ProvidingReflectiveSupervision)))]),
            "specializedWork", "reflective supervision/consultation");

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_specialized_work_fails_alone_without_the_specialist_s_paid_services(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [.. d.Work.Select(w => w.Words(x => x.Has(WorkKind.ImhServices) ? x.Without(WorkTag.Paid) : x))]),
            "specializedWork", "paid");

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_specialized_work_counts_concurrent_services_and_RSC_provided(string id)
        => Expect.Eligible(Check(id, d => d.Work =
            [Make.Work(WorkKind.ImhServices, "2009-06-01", null, Eligible.Band(id), WorkTag.Paid | WorkTag.Supervised | WorkTag.ProvidingReflectiveSupervision, role: "Clinical supervisor and therapist")]));

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_reflective_supervision_fails_alone_with_24_hours_about_own_provision(string id)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. Make.MonthlySessions("2024-01-10", 13, 4m, bands: Eligible.Band(id))
            .Select((s, i) => i < 6 ? s.Words(w => w.With(SessionTag.AboutOwnProvision)) : s)]),
            "reflectiveSupervision", "1 more clock hour");

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_reflective_supervision_needs_a_Mentor_Clinical_provider(string id)
        => Expect.FailsOnly(Check(id, d => d.Sessions = [.. d.Sessions.Select(s => s.EndorsedAs("IMHS"))]), "reflectiveSupervision", "50 more clock hours");

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_references_fail_alone_without_a_supervisee_or_consultee(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Taylor Reed", RaterRole.Colleague)), "references", "supervisee or consultee");

    [Theory]
    [MemberData(nameof(Clinical))]
    public void Clinical_references_accept_a_current_colleague_first(string id)
        => Expect.Eligible(Check(id, d => d.References[0] = Make.Rating("Sam Lee", RaterRole.Colleague, ReferenceTag.Current)));

    // ---- Policy ----

    [Theory]
    [MemberData(nameof(Policy))]
    public void Policy_specialized_work_fails_alone_one_day_short_of_3_x_365_days(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Track(id, "2023-11-27"), Board(id, "2015-01-01"), Make.Work(WorkKind.PracticeLeader, "2015-01-01", "2023-11-26", Eligible.Band(id), role: "Trainer")]),
            "specializedWork", "1 day");

    [Theory]
    [MemberData(nameof(Policy))]
    public void Policy_specialized_work_counts_3_x_365_days_across_a_leap_day(string id)
        => Expect.Eligible(Check(id, d => d.Work = [Track(id, "2023-11-26")]));

    [Theory]
    [MemberData(nameof(PolicyAndResearchFaculty))]
    public void Reflective_supervision_is_not_required_of_policy_and_research_faculty(string id)
        => Expect.Unchecked(Check(id, d => d.Sessions = []), "reflectiveSupervision", Obligation.NotRequired);

    [Theory]
    [MemberData(nameof(Policy))]
    public void Policy_references_fail_alone_when_one_is_a_student(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Chris Park", RaterRole.Student)), "references", "colleague");

    [Theory]
    [MemberData(nameof(Policy))]
    public void Policy_references_accept_three_colleagues_one_endorsed(string id)
        => Expect.Eligible(Check(id, d => d.References =
        [
            Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Robin Hale", RaterRole.Colleague, endorsed: ["ECMHS"]),
            Make.Rating("Lee Ortiz", RaterRole.Colleague),
        ]));

    [Theory]
    [MemberData(nameof(Policy))]
    public void Policy_references_do_not_accept_a_former_supervisor(string id)
        => Expect.FailsOnly(Check(id, d => d.References[0] = Make.Rating("Sam Lee", RaterRole.Supervisor)), "references", "current");

    // ---- Research/Faculty ----

    [Theory]
    [MemberData(nameof(ResearchFaculty))]
    public void Research_faculty_specialized_work_fails_alone_one_day_short_of_3_x_365_days(string id)
        => Expect.FailsOnly(Check(id, d => d.Work = [Track(id, "2023-11-27"), Board(id, "2015-01-01"), Make.Work(WorkKind.PracticeLeader, "2015-01-01", "2023-11-26", Eligible.Band(id), role: "Trainer")]),
            "specializedWork", "1 day");

    [Theory]
    [MemberData(nameof(ResearchFaculty))]
    public void Research_faculty_references_fail_alone_without_a_student(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Riley Stone", RaterRole.Colleague)), "references", "student");

    [Theory]
    [MemberData(nameof(ResearchFaculty))]
    public void Research_faculty_references_do_not_accept_a_chair_unfamiliar_with_IMH_first(string id)
        => Expect.FailsOnly(Check(id, d => d.References[0] = Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, ReferenceTag.Current)), "references", "department supervisor or chair");

    [Theory]
    [MemberData(nameof(ResearchFaculty))]
    public void Research_faculty_references_accept_colleagues_for_the_first_two(string id)
        => Expect.Eligible(Check(id, d =>
        {
            d.References[0] = Make.Rating("Chris Park", RaterRole.Colleague);
            d.References[1] = Make.Rating("Robin Hale", RaterRole.Colleague, endorsed: ["IMHS"]);
        }));
}
