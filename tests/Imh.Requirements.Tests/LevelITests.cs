namespace Imh.Requirements.Tests;

/// <summary>Level I (Infant Family Associate): the eligible portfolio, and each requirement failed alone.</summary>
public class LevelITests
{
    private static readonly Portfolio Base = Eligible.LevelI();

    [Fact]
    public void Level_I_eligible_portfolio_meets_every_requirement()
    {
        var report = Evaluate.LevelI(Eligible.LevelI());

        Expect.EveryRequirementMet(report);
        report.LevelId.ShouldBe("I");
        report.Requirements.Select(r => r.Key).ShouldBe(["education", "training", "references", "codeOfEthics", "membership"]);
        report.Education.Alternative.ShouldBe("a");
        report.Training.Findings.Single().Hours.ShouldBe(32m);
    }

    [Fact]
    public void Level_I_with_a_CDA_without_official_transcript_fails_only_education()
    {
        var report = Evaluate.LevelI(Base.WithCredentials(Make.Credential(CredentialType.Cda, "2021-06-01", "CDA", transcript: false)));

        var education = Expect.FailsOnly(report, "education", "an official transcript for a CDA");
        education.Alternative.ShouldBeNull();
        var missing = education.Missing.ShouldNotBeNull();
        missing.ShouldContain("(a)");
        missing.ShouldContain("(b)");
        missing.ShouldContain("(c)");
    }

    [Fact]
    public void Level_I_with_29_5_hours_of_relationship_based_training_fails_only_training()
    {
        var report = Evaluate.LevelI(Base.WithTraining(Make.Training("2025-03-06", 20m), Make.Training("2026-02-20", 9.5m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
    }

    [Fact]
    public void Level_I_training_that_is_not_relationship_based_does_not_count()
    {
        var report = Evaluate.LevelI(Base.WithTraining(Make.Training("2025-03-06", 20m), Make.Training("2026-02-20", 12m, relationshipBased: false)));

        Expect.FailsOnly(report, "training", "10 more clock hours");
    }

    [Fact]
    public void Level_I_training_hours_are_summed_exactly_to_the_hundredth()
    {
        var exactly30 = Base.WithTraining(Make.Training("2025-01-01", 10.01m), Make.Training("2025-02-01", 10.01m), Make.Training("2025-03-01", 9.98m));
        var short001 = Base.WithTraining(Make.Training("2025-01-01", 10.01m), Make.Training("2025-02-01", 10.01m), Make.Training("2025-03-01", 9.97m));

        Expect.Met(Evaluate.LevelI(exactly30), "training").Findings.Single().Hours.ShouldBe(30.00m);
        Expect.FailsOnly(Evaluate.LevelI(short001), "training", "0.01 more clock hours");
    }

    [Fact]
    public void Level_I_with_two_raters_fails_only_references()
    {
        var report = Evaluate.LevelI(Base.WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "II")));

        Expect.FailsOnly(report, "references", "1 more rating from a different");
    }

    [Fact]
    public void Level_I_rating_from_a_role_not_accepted_does_not_count()
    {
        // A student is not among teacher, CDA mentor, instructor, supervisor, consultant, colleague.
        var report = Evaluate.LevelI(Base.WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "II"),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.FailsOnly(report, "references", "1 more rating from a different");
    }

    [Fact]
    public void Level_I_without_a_current_teacher_CDA_mentor_instructor_or_supervisor_fails_only_references()
    {
        var report = Evaluate.LevelI(Base.WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: false),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "II"),
            Make.Rating("Jamie Fox", RaterRole.Consultant, current: true)));

        Expect.FailsOnly(report, "references", "a rating from a current teacher, CDA mentor, instructor or supervisor");
    }

    [Fact]
    public void Level_I_without_an_endorsed_rater_fails_only_references()
    {
        var report = Evaluate.LevelI(Base.WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague),
            Make.Rating("Jamie Fox", RaterRole.Consultant)));

        Expect.FailsOnly(report, "references", "a rater endorsed at II, III or IV");
    }

    [Fact]
    public void Level_I_without_a_signed_endorsement_agreement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelI(Base.With(d => d.EndorsementAgreementSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed endorsement agreement");
    }

    [Fact]
    public void Level_I_without_a_signed_code_of_ethics_statement_fails_only_codeOfEthics()
    {
        var report = Evaluate.LevelI(Base.With(d => d.CodeOfEthicsSigned = null));

        Expect.FailsOnly(report, "codeOfEthics", "a signed code of ethics statement");
    }

    [Fact]
    public void Level_I_without_a_current_membership_fails_only_membership()
    {
        var report = Evaluate.LevelI(Base.WithMemberships(Make.Membership("2025-01-01", "2025-12-31")));

        Expect.FailsOnly(report, "membership", "covering 2026-11-24");
    }

    [Fact]
    public void Level_I_exam_is_not_required_so_the_report_has_no_exam_but_the_definition_lists_it()
    {
        var report = Evaluate.LevelI(Base.With(d => d.Exam = null));

        report.Eligible.ShouldBeTrue();
        report.Requirements.Select(r => r.Key).ShouldNotContain("exam");
        var exam = LevelIValidator.Definition.Requirements.Single(r => r.Key == "exam");
        exam.Obligation.ShouldBe(Imh.Dsl.Obligation.NotRequired);
        exam.Rules.ShouldBeEmpty();
    }
}
