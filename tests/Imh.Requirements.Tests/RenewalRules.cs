namespace Imh.Requirements.Tests;

/// <summary>
/// Continuing endorsement for a calendar year Y: 15 clock hours dated in Y (I/II relationship-based
/// and approved; III/IV approved and IMH or about RS/C); 3 of them about RS/C for those who provide
/// RS/C (required at III, recommended at IV-Clinical); membership covering 31 December of Y; RS/C
/// during the year recommended, never blocking.
/// </summary>
public class RenewalRules
{
    private const int Year = 2026;

    private static TrainingEntry Approved(string date, decimal hours, bool relationshipBased = true, bool infantMentalHealth = true, bool aboutReflectiveSupervision = false)
        => Make.Training(date, hours, relationshipBased: relationshipBased, infantMentalHealth: infantMentalHealth, aboutReflectiveSupervision: aboutReflectiveSupervision, approved: true);

    private static Portfolio WithTraining(Portfolio p, params TrainingEntry[] training) => p.WithTraining(training);

    // ---- continuingTraining: the year ----

    [Fact]
    public void Renewal_counts_training_dated_on_1_January_and_31_December_of_the_year()
    {
        var report = LevelIRenewalValidator.Validate(WithTraining(Eligible.LevelI(), Approved("2026-01-01", 7.5m), Approved("2026-12-31", 7.5m)), Year);

        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
        report.ContinuingTraining.Findings.Single().Hours.ShouldBe(15m);
        report.Year.ShouldBe(Year);
    }

    [Fact]
    public void Renewal_does_not_count_training_dated_31_December_of_the_year_before()
    {
        var report = LevelIRenewalValidator.Validate(WithTraining(Eligible.LevelI(), Approved("2025-12-31", 7.5m), Approved("2026-06-01", 7.5m)), Year);

        report.Eligible.ShouldBeFalse();
        report.UnmetKeys.ShouldBe(["continuingTraining"]);
        report.ContinuingTraining.Missing.ShouldNotBeNull().ShouldContain("7.5 more clock hours");
    }

    [Fact]
    public void Renewal_does_not_count_training_dated_1_January_of_the_year_after()
    {
        var report = LevelIIRenewalValidator.Validate(WithTraining(Eligible.LevelII(), Approved("2027-01-01", 7.5m), Approved("2026-06-01", 7.5m)), Year);

        report.UnmetKeys.ShouldBe(["continuingTraining"]);
        report.ContinuingTraining.Missing.ShouldNotBeNull().ShouldContain("7.5 more clock hours");
        report.Ignored.ShouldBe(["1 training entry dated after 31 December 2026"]);
    }

    [Fact]
    public void Renewal_at_I_and_II_needs_relationship_based_and_approved_training()
    {
        var approvedRelationshipBased = Approved("2026-03-01", 15m, infantMentalHealth: false);
        var notApproved = Make.Training("2026-03-01", 15m, relationshipBased: true, infantMentalHealth: true, approved: false);
        var notRelationshipBased = Approved("2026-03-01", 15m, relationshipBased: false, infantMentalHealth: true);

        LevelIRenewalValidator.Validate(WithTraining(Eligible.LevelI(), approvedRelationshipBased), Year).Eligible.ShouldBeTrue();
        LevelIIRenewalValidator.Validate(WithTraining(Eligible.LevelII(), approvedRelationshipBased), Year).Eligible.ShouldBeTrue();
        LevelIRenewalValidator.Validate(WithTraining(Eligible.LevelI(), notApproved), Year).UnmetKeys.ShouldBe(["continuingTraining"]);
        LevelIIRenewalValidator.Validate(WithTraining(Eligible.LevelII(), notApproved), Year).UnmetKeys.ShouldBe(["continuingTraining"]);
        LevelIRenewalValidator.Validate(WithTraining(Eligible.LevelI(), notRelationshipBased), Year).UnmetKeys.ShouldBe(["continuingTraining"]);
        LevelIIRenewalValidator.Validate(WithTraining(Eligible.LevelII(), notRelationshipBased), Year).UnmetKeys.ShouldBe(["continuingTraining"]);
    }

    [Fact]
    public void Renewal_at_III_and_IV_counts_approved_infant_mental_health_training()
    {
        var imh = Approved("2026-03-01", 15m, relationshipBased: false, infantMentalHealth: true);

        LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), imh), Year).ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
        LevelIVPolicyRenewalValidator.Validate(WithTraining(Eligible.LevelIVPolicy(), imh), Year).ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
    }

    [Fact]
    public void Renewal_at_III_and_IV_counts_approved_training_about_RSC_as_specialized_training()
    {
        var aboutRsc = Approved("2026-03-01", 15m, relationshipBased: false, infantMentalHealth: false, aboutReflectiveSupervision: true);

        LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), aboutRsc), Year).ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
        LevelIVResearchFacultyRenewalValidator.Validate(WithTraining(Eligible.LevelIVResearchFaculty(), aboutRsc), Year).ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
    }

    [Fact]
    public void Renewal_at_III_and_IV_does_not_count_training_that_is_only_relationship_based()
    {
        var onlyRelationshipBased = Approved("2026-03-01", 15m, relationshipBased: true, infantMentalHealth: false);

        var iii = LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), onlyRelationshipBased), Year);
        var clinical = LevelIVClinicalRenewalValidator.Validate(WithTraining(Eligible.LevelIVClinical(), onlyRelationshipBased), Year);

        iii.UnmetKeys.ShouldContain("continuingTraining");
        iii.ContinuingTraining.Missing.ShouldNotBeNull().ShouldContain("15 more clock hours");
        clinical.UnmetKeys.ShouldBe(["continuingTraining"]);
    }

    [Fact]
    public void Renewal_at_III_and_IV_counts_specialized_training_without_approval()
    {
        // The text asks for approval by the organization only at Levels I and II.
        var notApproved = Make.Training("2026-03-01", 15m, relationshipBased: false, infantMentalHealth: true, approved: false);

        LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), notApproved), Year).ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
        LevelIVPolicyRenewalValidator.Validate(WithTraining(Eligible.LevelIVPolicy(), notApproved), Year).UnmetKeys.ShouldBeEmpty();
        LevelIIRenewalValidator.Validate(WithTraining(Eligible.LevelII(), Make.Training("2026-03-01", 15m, approved: false)), Year).UnmetKeys.ShouldBe(["continuingTraining"]);
    }

    // ---- continuingReflectiveTraining ----

    private static Portfolio Provider(Portfolio p, decimal imhHours, decimal aboutRscHours) => p
        .WithTraining(
            Approved("2026-03-01", imhHours, relationshipBased: false),
            Approved("2026-09-01", aboutRscHours, relationshipBased: false, infantMentalHealth: false, aboutReflectiveSupervision: true))
        .With(d => d.ProvidesReflectiveSupervision = true);

    [Fact]
    public void Renewal_at_III_for_an_RSC_provider_needs_3_hours_about_RSC_so_2_5_hours_fail()
    {
        var report = LevelIIIRenewalValidator.Validate(Provider(Eligible.LevelIII(), 12.5m, 2.5m), Year);

        report.ContinuingTraining.Status.ShouldBe(RequirementStatus.Met);
        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.NotMet);
        report.ContinuingReflectiveTraining.Required.ShouldBeTrue();
        report.ContinuingReflectiveTraining.Missing.ShouldNotBeNull().ShouldContain("0.5 more clock hours");
        report.Eligible.ShouldBeFalse();
        report.UnmetKeys.ShouldBe(["continuingReflectiveTraining"]);
    }

    [Fact]
    public void Renewal_at_III_for_an_RSC_provider_with_3_hours_about_RSC_passes()
    {
        var report = LevelIIIRenewalValidator.Validate(Provider(Eligible.LevelIII(), 12m, 3m), Year);

        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.Met);
    }

    [Fact]
    public void Renewal_at_III_RSC_training_counts_without_approval()
    {
        var p = Eligible.LevelIII().With(d => d.ProvidesReflectiveSupervision = true).WithTraining(
            Approved("2026-03-01", 12m, relationshipBased: false),
            Make.Training("2026-10-01", 3m, relationshipBased: false, aboutReflectiveSupervision: true, approved: false));

        var report = LevelIIIRenewalValidator.Validate(p, Year);

        report.UnmetKeys.ShouldBeEmpty(Expect.Summary(report));
        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.Met);
    }

    [Fact]
    public void Renewal_at_III_RSC_training_must_be_about_RSC()
    {
        var p = Eligible.LevelIII().With(d => d.ProvidesReflectiveSupervision = true).WithTraining(
            Approved("2026-03-01", 15m, relationshipBased: false));

        var report = LevelIIIRenewalValidator.Validate(p, Year);

        report.UnmetKeys.ShouldBe(["continuingReflectiveTraining"]);
        report.ContinuingReflectiveTraining.Missing.ShouldNotBeNull().ShouldContain("3 more clock hours of training about reflective supervision/consultation");
    }

    [Fact]
    public void Renewal_at_III_without_providing_RSC_the_RSC_training_rule_is_not_applicable()
    {
        var report = LevelIIIRenewalValidator.Validate(Provider(Eligible.LevelIII(), 15m, 0.5m).With(d => d.ProvidesReflectiveSupervision = false), Year);

        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.NotApplicable);
        report.ContinuingReflectiveTraining.Missing.ShouldBeNull();
        report.Eligible.ShouldBeTrue(Expect.Summary(report));
    }

    [Fact]
    public void Renewal_at_IV_Clinical_the_RSC_training_rule_is_recommended_so_2_5_hours_do_not_block()
    {
        var report = LevelIVClinicalRenewalValidator.Validate(Provider(Eligible.LevelIVClinical(), 12.5m, 2.5m), Year);

        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.NotMet);
        report.ContinuingReflectiveTraining.Required.ShouldBeFalse();
        report.ContinuingReflectiveTraining.Obligation.ShouldBe(Imh.Dsl.Obligation.Recommended);
        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.UnmetKeys.ShouldBeEmpty();
    }

    [Fact]
    public void Renewal_at_IV_Clinical_with_3_hours_about_RSC_meets_the_recommendation()
    {
        var report = LevelIVClinicalRenewalValidator.Validate(Provider(Eligible.LevelIVClinical(), 12m, 3m), Year);

        report.ContinuingReflectiveTraining.Status.ShouldBe(RequirementStatus.Met);
    }

    [Fact]
    public void Renewal_at_IV_Policy_and_ResearchFaculty_has_no_RSC_training_rule()
    {
        var policy = LevelIVPolicyRenewalValidator.Validate(Provider(Eligible.LevelIVPolicy(), 12.5m, 2.5m), Year);
        var research = LevelIVResearchFacultyRenewalValidator.Validate(Provider(Eligible.LevelIVResearchFaculty(), 12.5m, 2.5m), Year);

        policy.Requirements.Select(r => r.Key).ShouldBe(
            ["continuingTraining", "membershipRenewal", "reflectiveSupervisionRecommended", "reflectiveExperienceRecommended"], ignoreOrder: true);
        research.Requirements.Select(r => r.Key).ShouldNotContain("continuingReflectiveTraining");
        policy.Eligible.ShouldBeTrue(Expect.Summary(policy));
    }

    [Fact]
    public void Renewal_at_I_and_II_has_only_training_and_membership()
    {
        LevelIRenewalValidator.Validate(Eligible.LevelI(), Year).Requirements.Select(r => r.Key).ShouldBe(["continuingTraining", "membershipRenewal"], ignoreOrder: true);
        LevelIIRenewalValidator.Validate(Eligible.LevelII(), Year).Requirements.Select(r => r.Key).ShouldBe(["continuingTraining", "membershipRenewal"], ignoreOrder: true);
    }

    // ---- membershipRenewal ----

    [Fact]
    public void Renewal_membership_must_cover_31_December_of_the_year()
    {
        var training = Approved("2026-03-01", 15m);

        var coversIt = LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), training).WithMemberships(Make.Membership("2026-01-01", "2026-12-31")), Year);
        var startsThatDay = LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), training).WithMemberships(Make.Membership("2026-12-31", "2027-12-30")), Year);
        var endsTheDayBefore = LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), training).WithMemberships(Make.Membership("2026-01-01", "2026-12-30")), Year);

        coversIt.MembershipRenewal.Status.ShouldBe(RequirementStatus.Met);
        startsThatDay.MembershipRenewal.Status.ShouldBe(RequirementStatus.Met);
        endsTheDayBefore.MembershipRenewal.Status.ShouldBe(RequirementStatus.NotMet);
        endsTheDayBefore.MembershipRenewal.Missing.ShouldNotBeNull().ShouldContain("2026-12-31");
        endsTheDayBefore.UnmetKeys.ShouldBe(["membershipRenewal"]);
    }

    [Fact]
    public void Renewal_membership_must_be_of_an_infant_mental_health_association()
    {
        var report = LevelIRenewalValidator.Validate(
            WithTraining(Eligible.LevelI(), Approved("2026-03-01", 15m)).WithMemberships(Make.Membership("2026-01-01", "2026-12-31", imhAssociation: false)), Year);

        report.UnmetKeys.ShouldBe(["membershipRenewal"]);
    }

    // ---- reflectiveSupervisionRecommended ----

    [Fact]
    public void Renewal_RSC_during_the_year_is_recommended_and_never_blocks()
    {
        // The eligible Level III portfolio's sessions end in January 2025.
        var report = LevelIIIRenewalValidator.Validate(WithTraining(Eligible.LevelIII(), Approved("2026-03-01", 15m)), Year);

        report.ReflectiveSupervisionRecommended.Status.ShouldBe(RequirementStatus.NotMet);
        report.ReflectiveSupervisionRecommended.Required.ShouldBeFalse();
        report.Eligible.ShouldBeTrue(Expect.Summary(report));
        report.UnmetKeys.ShouldBeEmpty();
    }

    [Fact]
    public void Renewal_one_RSC_session_in_the_year_meets_the_recommendation()
    {
        var report = LevelIVPolicyRenewalValidator.Validate(
            WithTraining(Eligible.LevelIVPolicy(), Approved("2026-03-01", 15m)).With(d => d.Sessions.Add(Make.Session("2026-05-05", 1m))), Year);

        report.ReflectiveSupervisionRecommended.Status.ShouldBe(RequirementStatus.Met);
        report.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Renewal_an_RSC_session_in_the_year_before_does_not_meet_the_recommendation()
    {
        var report = LevelIVClinicalRenewalValidator.Validate(
            WithTraining(Eligible.LevelIVClinical(), Approved("2026-03-01", 12m), Approved("2026-04-01", 3m, infantMentalHealth: false, aboutReflectiveSupervision: true))
                .WithSessions(Make.Session("2025-12-31", 1m)), Year);

        report.ReflectiveSupervisionRecommended.Status.ShouldBe(RequirementStatus.NotMet);
        report.Eligible.ShouldBeTrue(Expect.Summary(report));
    }
}
