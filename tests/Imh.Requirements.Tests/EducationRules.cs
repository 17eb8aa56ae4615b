namespace Imh.Requirements.Tests;

/// <summary>
/// Education: Level I's alternatives (a) CDA, (b) related associate's degree, (c) two years of
/// paid work, each enough alone and named in the report; Level III/IV coursework evidence by a
/// credential with IMH coursework (the degree, another degree or a certificate), or in-service
/// training subject to the association's review.
/// </summary>
public class EducationRules
{
    private static Portfolio LevelIWith(params Credential[] credentials) => Eligible.LevelI().WithCredentials(credentials);

    [Fact]
    public void Level_I_education_alternative_a_a_CDA_with_official_transcript_is_enough_alone()
    {
        var report = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Cda, "2021-06-01", "CDA")));

        Expect.EveryRequirementMet(report);
        report.Education.Alternative.ShouldBe("a");
    }

    [Fact]
    public void Level_I_education_alternative_b_a_related_associates_degree_with_official_transcript_is_enough_alone()
    {
        var report = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Associate, "2022-05-20", "AAS Early Childhood", relatedField: true)));

        Expect.EveryRequirementMet(report);
        report.Education.Alternative.ShouldBe("b");
    }

    [Fact]
    public void Level_I_education_names_each_portfolios_own_credential_however_often_the_phrase_is_made()
    {
        // The phrase around a credential's name is made once per declaration; the name is each portfolio's.
        var first = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Cda, "2021-06-01", "CDA Infant")));
        var second = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Cda, "2020-03-02", "CDA Toddler")));

        first.Education.Detail.ShouldContain("CDA Infant (");
        first.Education.Detail.ShouldNotContain("Toddler");
        second.Education.Detail.ShouldContain("CDA Toddler (");
        second.Education.Detail.ShouldNotContain("Infant (");
    }

    [Fact]
    public void Level_I_education_an_associates_degree_in_an_unrelated_area_does_not_count()
    {
        var report = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Associate, "2022-05-20", "AAS Accounting")));

        Expect.FailsOnly(report, "education", "a related area of study");
    }

    [Fact]
    public void Level_I_education_names_the_first_alternative_met_when_several_are()
    {
        var report = Evaluate.LevelI(LevelIWith(
            Make.Credential(CredentialType.Associate, "2022-05-20", "AAS Early Childhood", relatedField: true),
            Make.Credential(CredentialType.Cda, "2021-06-01", "CDA")));

        report.Education.Alternative.ShouldBe("a");
    }

    [Fact]
    public void Level_I_education_a_bachelors_degree_is_none_of_the_alternatives()
    {
        var report = Evaluate.LevelI(LevelIWith(Make.Credential(CredentialType.Bachelor, "2022-05-20", "BA", relatedField: true)));

        Expect.FailsOnly(report, "education", "one of:");
    }

    [Fact]
    public void Level_III_education_coursework_via_imhCoursework_on_the_degree()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII());

        var education = Expect.Met(report, "education");
        education.Detail.ShouldContain("MSW (master's, 2014-05-14) with infant mental health coursework");
        education.Review.ShouldBeNull();
        report.NeedsReview.ShouldBeEmpty();
    }

    [Fact]
    public void Level_III_education_a_certificate_with_imh_coursework_is_coursework_evidence()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW"),
            Make.Credential(CredentialType.Certificate, "2015-12-15", "Graduate Certificate in Infant Mental Health", transcript: false, imhCoursework: true)));

        Expect.EveryRequirementMet(report);
        report.Education.Detail.ShouldContain("Graduate Certificate in Infant Mental Health (certificate, 2015-12-15) with infant mental health coursework");
    }

    [Fact]
    public void Level_III_education_a_certificate_in_another_subject_is_not_coursework_evidence()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW"),
            Make.Credential(CredentialType.Certificate, "2015-12-15", "Certificate in Nonprofit Management", transcript: false)));

        Expect.FailsOnly(report, "education", "a credential with infant mental health coursework");
    }

    [Fact]
    public void Level_III_education_in_service_training_stands_in_for_coursework_subject_to_review()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII()
            .WithCredentials(Make.Credential(CredentialType.Master, "2014-05-14", "MSW"))
            .With(d => d.Training.Add(Make.Training("2015-03-01", 40m, relationshipBased: false, inServiceCoursework: true, title: "Intensive in-service training"))));

        Expect.EveryRequirementMet(report);
        report.Education.Alternative.ShouldBe("b");
        report.Education.Detail.ShouldContain("1 training entry of intensive in-service training (40 clock hours)");
        report.Education.Review.ShouldBe("The association decides whether intensive in-service training may stand in for the coursework: "
            + "“Applicants may ask to use intensive in-service training to fulfill some of the recommended coursework.”");
        report.NeedsReview.ShouldBe(["education"]);
    }

    [Fact]
    public void Level_III_education_coursework_on_a_credential_wins_over_in_service_training_so_no_review_is_needed()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII()
            .With(d => d.Training.Add(Make.Training("2015-03-01", 40m, relationshipBased: false, inServiceCoursework: true))));

        report.Education.Alternative.ShouldBe("a");
        report.Education.Review.ShouldBeNull();
        report.NeedsReview.ShouldBeEmpty();
    }

    [Fact]
    public void Level_III_education_in_service_training_dated_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII()
            .WithCredentials(Make.Credential(CredentialType.Master, "2014-05-14", "MSW"))
            .With(d => d.Training.Add(Make.Training("2026-11-25", 40m, inServiceCoursework: true))));

        Expect.FailsOnly(report, "education", "(b) 1 more training entry of intensive in-service training");
    }

    [Fact]
    public void Level_III_education_coursework_on_another_credential_counts()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(
            Make.Credential(CredentialType.Bachelor, "2010-05-15", "BS Child Development", imhCoursework: true),
            Make.Credential(CredentialType.Master, "2014-05-14", "MSW")));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_III_education_a_doctorate_is_accepted()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(Make.Credential(CredentialType.Doctorate, "2014-05-14", "PsyD", imhCoursework: true)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_III_education_a_bachelors_with_coursework_is_not_enough()
    {
        // Without a graduate degree no work is post-graduate either, so specializedWork fails too.
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithCredentials(Make.Credential(CredentialType.Bachelor, "2010-05-15", "BSW", imhCoursework: true)));

        Expect.NotMet(report, "education", "a master's or doctorate with an official transcript");
        report.UnmetKeys.ShouldBe(["education", "specializedWork"], ignoreOrder: true);
    }

    [Fact]
    public void Level_IV_education_is_Level_IIIs_so_a_certificate_program_with_imh_coursework_is_coursework_evidence()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy().WithCredentials(
            Make.Credential(CredentialType.Master, "2009-05-16", "MPA"),
            Make.Credential(CredentialType.Certificate, "2011-05-16", "University certificate in infant mental health", imhCoursework: true)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_education_in_service_training_is_coursework_evidence_subject_to_review_quoting_level_IV()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty()
            .WithCredentials(Make.Credential(CredentialType.Doctorate, "2009-05-16", "PhD"))
            .With(d => d.Training.Add(Make.Training("2010-03-01", 40m, inServiceCoursework: true))));

        Expect.EveryRequirementMet(report);
        report.NeedsReview.ShouldBe(["education"]);
        report.Education.Review.ShouldNotBeNull().ShouldEndWith("“Applicants may ask to use intensive in-service training to fulfill some of the recommended course work.”");
    }
}
