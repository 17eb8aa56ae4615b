namespace Imh.Requirements.Tests;

/// <summary>Level III (Infant Mental Health Specialist): the eligible portfolio, and each requirement failed alone.</summary>
public class LevelIIITests
{
    private static readonly Portfolio Base = Eligible.LevelIII();

    [Fact]
    public void Level_III_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("III");
        report.Requirements.Select(r => r.Key).ShouldBe(
            ["education", "training", "reflectiveSupervision", "specializedWork", "references", "codeOfEthics", "portfolioReview", "exam", "membership"]);
    }

    [Fact]
    public void Level_III_report_names_the_best_window_the_alternative_taken_and_who_filled_each_item()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII());

        var window = report.ReflectiveSupervision.Findings.Single();
        (window.WindowStart, window.WindowEnd, window.Hours).ShouldBe((D("2024-01-10"), D("2025-01-10"), 52m));
        report.SpecializedWork.Alternative.ShouldBe("a");
        report.References.Findings.Single().Ratings.Select(a => (a.Item, a.Rater)).ShouldBe(
            [("1", "Sam Lee"), ("2", Make.Provider), ("3", "Chris Park")]);
    }

    [Fact]
    public void Level_III_with_a_masters_without_official_transcript_fails_only_education()
    {
        var report = Evaluate.LevelIII(Base.WithCredentials(
            Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW"),
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW", transcript: false, imhCoursework: true)));

        Expect.FailsOnly(report, "education", "an official transcript");
    }

    [Fact]
    public void Level_III_without_coursework_evidence_fails_only_education()
    {
        var report = Evaluate.LevelIII(Base.WithCredentials(
            Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW"),
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW")));

        Expect.FailsOnly(report, "education", "a credential with infant mental health coursework");
    }

    [Fact]
    public void Level_III_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelIII(Base.WithTraining(Make.Training("2025-03-06", 29.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_III_with_48_hours_of_RSC_fails_only_reflectiveSupervision()
    {
        var report = Evaluate.LevelIII(Base.WithSessions(Make.MonthlySessions("2024-01-10", 12, 4m).Append(Make.Session("2025-01-10", 0.5m))));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 1.5 clock hours short");
    }

    [Fact]
    public void Level_III_with_188_days_too_little_post_graduate_imh_services_fails_only_specializedWork()
    {
        // 2025-06-01..2026-11-24 is 214 + 328 = 542 days; two years are 730.
        var report = Evaluate.LevelIII(Base.WithWork(Make.Work(WorkKind.ImhServices, "2025-06-01", null)));

        Expect.FailsOnly(report, "specializedWork", "188 days more post-graduate supervised infant mental health services work");
    }

    [Fact]
    public void Level_III_unsupervised_imh_services_fail_only_specializedWork()
    {
        var report = Evaluate.LevelIII(Base.WithWork(Make.Work(WorkKind.ImhServices, "2014-06-01", null, supervised: false)));

        Expect.FailsOnly(report, "specializedWork", "2 years more post-graduate supervised infant mental health services work");
    }

    [Fact]
    public void Level_III_without_a_rating_from_the_RSC_provider_fails_only_references_item_2()
    {
        var report = Evaluate.LevelIII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true, endorsed: "III"),
            Make.Rating("Alex Kim", RaterRole.Colleague),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating for item 2");
    }

    [Fact]
    public void Level_III_without_a_current_supervisor_teacher_trainer_or_consultant_fails_only_references_item_1()
    {
        var report = Evaluate.LevelIII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: false),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Chris Park", RaterRole.Colleague, current: true)));

        Expect.FailsOnly(report, "references", "a rating for item 1");
    }

    [Fact]
    public void Level_III_without_an_endorsed_rater_fails_only_references()
    {
        var report = Evaluate.LevelIII(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "endorsed at II, III or IV");
    }

    [Fact]
    public void Level_III_without_a_signed_endorsement_agreement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelIII(Base.With(d => d.EndorsementAgreementSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed endorsement agreement");
    }

    [Fact]
    public void Level_III_without_the_portfolio_review_fails_only_portfolioReview()
    {
        var report = Evaluate.LevelIII(Base.With(d => d.PortfolioReview = null));

        Expect.FailsOnly(report, "portfolioReview", "a passed two-level portfolio review");
    }

    [Fact]
    public void Level_III_with_a_portfolio_review_not_passed_fails_only_portfolioReview()
    {
        var report = Evaluate.LevelIII(Base.With(d => d.PortfolioReview = new PortfolioReview { Passed = false }));

        Expect.FailsOnly(report, "portfolioReview", "a passed two-level portfolio review");
    }

    [Fact]
    public void Level_III_without_the_exam_fails_only_exam()
    {
        var report = Evaluate.LevelIII(Base.With(d => d.Exam = null));

        Expect.FailsOnly(report, "exam", "a passed written examination");
    }

    [Fact]
    public void Level_III_with_an_exam_not_passed_fails_only_exam()
    {
        var report = Evaluate.LevelIII(Base.With(d => d.Exam = new Exam { Passed = false, Date = D("2026-03-02") }));

        Expect.FailsOnly(report, "exam", "a passed written examination");
    }

    [Fact]
    public void Level_III_without_a_current_membership_fails_only_membership()
    {
        var report = Evaluate.LevelIII(Base.WithMemberships());

        Expect.FailsOnly(report, "membership", "covering 2026-11-24");
    }
}
