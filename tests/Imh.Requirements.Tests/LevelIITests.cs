namespace Imh.Requirements.Tests;

/// <summary>Level II (Infant Family Specialist): the eligible portfolio, and each requirement failed alone.</summary>
public class LevelIITests
{
    private static readonly Portfolio Base = Eligible.LevelII();

    [Fact]
    public void Level_II_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelII(Eligible.LevelII());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("II");
        report.Requirements.Select(r => r.Key).ShouldBe(["education", "training", "workExperience", "reflectiveSupervision", "references", "codeOfEthics", "membership"]);
        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2024-01-10"), D("2025-01-10"), 26m));
    }

    [Fact]
    public void Level_II_with_a_bachelors_without_official_transcript_fails_only_education()
    {
        var report = Evaluate.LevelII(Base.WithCredentials(Make.Credential(CredentialType.Bachelor, "2018-05-12", "BSW", transcript: false)));

        Expect.FailsOnly(report, "education", "an official transcript");
    }

    [Fact]
    public void Level_II_without_a_bachelors_degree_fails_education_and_RSC_which_counts_only_after_one()
    {
        var report = Evaluate.LevelII(Base.WithCredentials(Make.Credential(CredentialType.Associate, "2016-05-12", "AA", relatedField: true)));

        report.UnmetKeys.ShouldBe(["education", "reflectiveSupervision"]);
        Expect.NotMet(report, "education", "a bachelor's, master's or doctorate");
        Expect.NotMet(report, "reflectiveSupervision", "a bachelor's, master's or doctorate awarded by 2026-11-24, then 24 more clock hours");
    }

    [Fact]
    public void Level_II_RSC_without_a_bachelors_degree_is_explained_in_plain_words()
    {
        var report = Evaluate.LevelII(Base.WithCredentials(Make.Credential(CredentialType.Associate, "2016-05-12", "AA", relatedField: true)));

        report.ReflectiveSupervision.Detail.ShouldBe("no bachelor's, master's or doctorate, so no RS/C counts yet");
    }

    [Fact]
    public void Level_II_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelII(Base.WithTraining(Make.Training("2025-03-06", 29.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_II_with_693_days_of_work_fails_only_workExperience_by_37_days()
    {
        // 2025-01-01..2026-11-24 inclusive is 365 + 328 = 693 days; two years are 730.
        var report = Evaluate.LevelII(Base.WithWork(Make.Work(WorkKind.InfantFamily, "2025-01-01", null)));

        var work = Expect.FailsOnly(report, "workExperience", "37 days more");
        work.Findings.Single().CreditedDays.ShouldBe(693m);
    }

    [Fact]
    public void Level_II_work_experience_may_be_unpaid()
    {
        var report = Evaluate.LevelII(Base.WithWork(Make.Work(WorkKind.EarlyChildhood, "2019-06-01", null, paid: false)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_II_an_imh_internship_is_not_work_experience()
    {
        var report = Evaluate.LevelII(Base.WithWork(Make.Work(WorkKind.ImhInternship, "2019-06-01", null)));

        Expect.FailsOnly(report, "workExperience", "2 years more");
    }

    [Fact]
    public void Level_II_with_22_hours_of_RSC_fails_only_reflectiveSupervision()
    {
        // 11 monthly sessions of 2 h from 2024-01-10: 22 h; add a 13th month to keep the one-year span.
        var sessions = Make.MonthlySessions("2024-01-10", 11, 2m);
        sessions.Add(Make.Session("2025-01-10", 0.5m));
        var report = Evaluate.LevelII(Base.WithSessions(sessions));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 1.5 clock hours short");
    }

    [Fact]
    public void Level_II_without_a_rating_from_the_RSC_provider_fails_only_references()
    {
        var report = Evaluate.LevelII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating from a rater providing the applicant's reflective supervision/consultation");
    }

    [Fact]
    public void Level_II_without_a_current_teacher_supervisor_instructor_or_consultant_fails_only_references()
    {
        var report = Evaluate.LevelII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: false),
            Make.Rating(Make.Provider, RaterRole.Consultant, current: false, providesReflectiveSupervision: true, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague, current: true)));

        Expect.FailsOnly(report, "references", "a rating from a current teacher, instructor, supervisor or consultant");
    }

    [Fact]
    public void Level_II_a_CDA_mentor_is_not_an_accepted_rater()
    {
        var report = Evaluate.LevelII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.CdaMentor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, current: true, providesReflectiveSupervision: true, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "1 more rating from a different");
    }

    [Fact]
    public void Level_II_without_a_rater_endorsed_at_III_or_IV_fails_only_references()
    {
        var report = Evaluate.LevelII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rater endorsed at III or IV");
    }

    [Fact]
    public void Level_II_without_a_signed_code_of_ethics_statement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelII(Base.With(d => d.CodeOfEthicsSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed code of ethics statement");
    }

    [Fact]
    public void Level_II_with_a_membership_of_an_association_that_is_not_IMH_fails_only_membership()
    {
        var report = Evaluate.LevelII(Base.WithMemberships(Make.Membership("2026-01-01", "2026-12-31", imhAssociation: false, organization: "NASW")));

        Expect.FailsOnly(report, "membership", "a membership of an infant mental health association covering 2026-11-24");
    }

    [Fact]
    public void Level_II_exam_is_not_required_so_the_report_has_no_exam_but_the_definition_lists_it()
    {
        var report = Evaluate.LevelII(Base.With(d => d.Exam = new Exam { Passed = false, Date = D("2026-01-01") }));

        report.Eligible.ShouldBeTrue();
        report.Requirements.Select(r => r.Key).ShouldNotContain("exam");
        var exam = LevelIIValidator.Definition.Requirements.Single(r => r.Key == "exam");
        exam.Obligation.ShouldBe(Imh.Dsl.Obligation.NotRequired);
        exam.Rules.ShouldBeEmpty();
    }
}
