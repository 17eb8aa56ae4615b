namespace Imh.Requirements.Tests;

/// <summary>Level IV (Infant Mental Health Mentor), Clinical track: the eligible portfolio, and each requirement failed alone.</summary>
public class LevelIVClinicalTests
{
    private static readonly Portfolio Base = Eligible.LevelIVClinical();

    [Fact]
    public void Level_IV_Clinical_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelIVClinical(Eligible.LevelIVClinical());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("IV-Clinical");
        report.Requirements.Select(r => r.Key).ShouldBe(
            ["education", "training", "reflectiveSupervision", "codeOfEthics", "portfolioReview", "exam", "membership", "specializedWork", "references"],
            ignoreOrder: true);
        report.ReflectiveSupervision.Required.ShouldBeTrue();
        report.SpecializedWork.Alternative.ShouldBe("a");
    }

    [Fact]
    public void Level_IV_Clinical_with_a_doctorate_without_coursework_evidence_fails_only_education()
    {
        var report = Evaluate.LevelIVClinical(Base.WithCredentials(Make.Credential(CredentialType.Doctorate, "2009-05-16", "PhD")));

        Expect.FailsOnly(report, "education", "a credential with infant mental health coursework");
    }

    [Fact]
    public void Level_IV_Clinical_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelIVClinical(Base.WithTraining(Make.Training("2025-03-06", 29.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_IV_Clinical_with_48_hours_of_RSC_fails_only_reflectiveSupervision()
    {
        var report = Evaluate.LevelIVClinical(Base.WithSessions(Make.MonthlySessions("2024-01-10", 12, 4m)));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 2 clock hours short");
    }

    [Fact]
    public void Level_IV_Clinical_without_any_RSC_fails_only_reflectiveSupervision_which_is_required()
    {
        var report = Evaluate.LevelIVClinical(Base.WithSessions());

        var rsc = Expect.FailsOnly(report, "reflectiveSupervision", "50 more clock hours");
        rsc.Obligation.ShouldBe(Imh.Dsl.Obligation.Required);
    }

    [Fact]
    public void Level_IV_Clinical_without_a_signed_code_of_ethics_statement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelIVClinical(Base.With(d => d.CodeOfEthicsSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed code of ethics statement");
    }

    [Fact]
    public void Level_IV_Clinical_without_the_portfolio_review_fails_only_portfolioReview()
    {
        var report = Evaluate.LevelIVClinical(Base.With(d => d.PortfolioReview = null));

        Expect.FailsOnly(report, "portfolioReview", "a passed two-level portfolio review");
    }

    [Fact]
    public void Level_IV_Clinical_without_the_exam_fails_only_exam()
    {
        var report = Evaluate.LevelIVClinical(Base.With(d => d.Exam = null));

        Expect.FailsOnly(report, "exam", "a passed written examination");
    }

    [Fact]
    public void Level_IV_Clinical_without_a_current_membership_fails_only_membership()
    {
        var report = Evaluate.LevelIVClinical(Base.WithMemberships(Make.Membership("2025-11-01", "2026-10-31")));

        Expect.FailsOnly(report, "membership", "covering 2026-11-24");
    }

    [Fact]
    public void Level_IV_Clinical_with_188_days_too_little_practice_leadership_fails_only_specializedWork()
    {
        // 2024-06-01..2026-11-24 is 214 + 365 + 328 = 907 days; three years are 1095.
        var report = Evaluate.LevelIVClinical(Base.WithWork(
            Make.Work(WorkKind.ImhServices, "2009-06-01", "2016-05-31"),
            Make.Work(WorkKind.PracticeLeader, "2024-06-01", null)));

        Expect.FailsOnly(report, "specializedWork", "188 days more post-graduate practice leadership work");
    }

    [Fact]
    public void Level_IV_Clinical_without_Level_III_specialized_work_fails_only_specializedWork()
    {
        var report = Evaluate.LevelIVClinical(Base.WithWork(Make.Work(WorkKind.PracticeLeader, "2009-06-01", null)));

        Expect.FailsOnly(report, "specializedWork", "2 years more post-graduate supervised infant mental health services work");
    }

    [Fact]
    public void Level_IV_Clinical_without_a_supervisee_or_consultee_fails_only_references_item_3()
    {
        var report = Evaluate.LevelIVClinical(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating for item 3");
    }

    [Fact]
    public void Level_IV_Clinical_a_consultee_fills_item_3_and_a_current_colleague_fills_item_1()
    {
        var report = Evaluate.LevelIVClinical(Base.WithReferences(
            Make.Rating("Chris Park", RaterRole.Colleague, current: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Morgan Ellis", RaterRole.Consultee)));

        Expect.EveryRequirementMet(report);
    }
}

/// <summary>Level IV, Policy track.</summary>
public class LevelIVPolicyTests
{
    private static readonly Portfolio Base = Eligible.LevelIVPolicy();

    [Fact]
    public void Level_IV_Policy_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("IV-Policy");
        report.ReflectiveSupervision.Obligation.ShouldBe(Imh.Dsl.Obligation.Optional);
    }

    [Fact]
    public void Level_IV_Policy_with_a_masters_without_official_transcript_fails_only_education()
    {
        var report = Evaluate.LevelIVPolicy(Base.WithCredentials(Make.Credential(CredentialType.Master, "2009-05-16", "MSW", transcript: false, imhCoursework: true)));

        Expect.FailsOnly(report, "education", "an official transcript");
    }

    [Fact]
    public void Level_IV_Policy_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelIVPolicy(Base.WithTraining(Make.Training("2025-03-06", 29.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_IV_Policy_without_a_signed_endorsement_agreement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelIVPolicy(Base.With(d => d.EndorsementAgreementSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed endorsement agreement");
    }

    [Fact]
    public void Level_IV_Policy_without_the_portfolio_review_fails_only_portfolioReview()
    {
        var report = Evaluate.LevelIVPolicy(Base.With(d => d.PortfolioReview = new PortfolioReview { Passed = false }));

        Expect.FailsOnly(report, "portfolioReview", "a passed two-level portfolio review");
    }

    [Fact]
    public void Level_IV_Policy_without_the_exam_fails_only_exam()
    {
        var report = Evaluate.LevelIVPolicy(Base.With(d => d.Exam = null));

        Expect.FailsOnly(report, "exam", "a passed written examination");
    }

    [Fact]
    public void Level_IV_Policy_without_a_current_membership_fails_only_membership()
    {
        var report = Evaluate.LevelIVPolicy(Base.WithMemberships());

        Expect.FailsOnly(report, "membership", "covering 2026-11-24");
    }

    [Fact]
    public void Level_IV_Policy_with_two_years_of_policy_leadership_fails_only_specializedWork()
    {
        // 2024-11-25..2026-11-24 is 730 days; three years are 1095.
        var report = Evaluate.LevelIVPolicy(Base.WithWork(Make.Work(WorkKind.PolicyLeader, "2024-11-25", null)));

        Expect.FailsOnly(report, "specializedWork", "1 year more post-graduate policy leadership work");
    }

    [Fact]
    public void Level_IV_Policy_with_a_rater_who_is_neither_current_supervisor_RSC_provider_nor_colleague_fails_only_references()
    {
        var report = Evaluate.LevelIVPolicy(Base.WithReferences(
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: false),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating for item");
    }
}

/// <summary>Level IV, Research/Faculty track.</summary>
public class LevelIVResearchFacultyTests
{
    private static readonly Portfolio Base = Eligible.LevelIVResearchFaculty();

    [Fact]
    public void Level_IV_ResearchFaculty_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("IV-ResearchFaculty");
        report.ReflectiveSupervision.Obligation.ShouldBe(Imh.Dsl.Obligation.Optional);
    }

    [Fact]
    public void Level_IV_ResearchFaculty_with_a_masters_without_official_transcript_fails_only_education()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.WithCredentials(Make.Credential(CredentialType.Master, "2009-05-16", "MA", transcript: false, imhCoursework: true)));

        Expect.FailsOnly(report, "education", "an official transcript");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.WithTraining(Make.Training("2025-03-06", 29.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_a_signed_code_of_ethics_statement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.With(d => d.CodeOfEthicsSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed code of ethics statement");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_the_portfolio_review_fails_only_portfolioReview()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.With(d => d.PortfolioReview = null));

        Expect.FailsOnly(report, "portfolioReview", "a passed two-level portfolio review");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_the_exam_fails_only_exam()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.With(d => d.Exam = new Exam { Passed = false }));

        Expect.FailsOnly(report, "exam", "a passed written examination");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_a_current_membership_fails_only_membership()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.WithMemberships(Make.Membership("2026-11-25", "2027-11-24")));

        Expect.FailsOnly(report, "membership", "covering 2026-11-24");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_with_university_teaching_only_before_the_masters_fails_only_specializedWork()
    {
        // Teaching 2006-2009 ended before the 2009-05-16 master's: none of it is post-graduate.
        var report = Evaluate.LevelIVResearchFaculty(Base.WithWork(Make.Work(WorkKind.ResearchFacultyLeader, "2006-01-01", "2009-05-15")));

        Expect.FailsOnly(report, "specializedWork", "3 years more post-graduate research/faculty leadership work");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_without_a_student_rating_fails_only_references_item_3()
    {
        var report = Evaluate.LevelIVResearchFaculty(Base.WithReferences(
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: true, familiarWithImh: true),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating for item 3");
    }
}
