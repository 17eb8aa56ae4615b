namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// IFA and ECFA (iecmh-2024.md, "IFA and ECFA (Associate)"): education any of a CDA, a related
/// associate's degree or 2 years of work in the band (paid, or supervised volunteer work with
/// specialized training); 30 h of IECMH training; RS/C optional; 3 ratings; no exam.
/// </summary>
public class AssociateTests
{
    public static TheoryData<string> Associates => ["IFA", "ECFA"];

    private static LevelReport Check(string id, Action<PortfolioDraft> edit) => Evaluate.Level(id, Eligible.For(id).With(edit));

    // ---- education ----

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_fails_alone_without_a_CDA_a_related_associate_degree_or_two_years_of_work(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = []), "education", "CDA");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_accepts_an_associate_degree_in_a_related_area_without_a_transcript(string id)
    {
        var report = Check(id, d => d.Credentials = [Make.Credential(CredentialType.Associate, "2020-05-15", "AAS", transcript: false, relatedField: true)]);

        Expect.Eligible(report);
        Expect.Met(report, "education").Alternative.ShouldBe("b");
    }

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_does_not_accept_an_associate_degree_in_an_unrelated_area(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Associate, "2020-05-15", "AA")]), "education", "associate's degree");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_does_not_take_a_bachelor_in_place_of_the_associate_degree(string id)
        => Expect.FailsOnly(Check(id, d => d.Credentials = [Make.Credential(CredentialType.Bachelor, "2020-05-15", "BA", relatedField: true)]), "education", "associate's degree");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_accepts_two_years_of_paid_work_in_the_band_to_the_day(string id)
    {
        // 2024-11-25..2026-11-24 inclusive: 730 days, 2 x 365.
        var report = Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.EarlyChildhood, "2024-11-25", null, Eligible.Band(id), WorkTag.Paid)];
        });

        Expect.Eligible(report);
        Expect.Met(report, "education").Alternative.ShouldBe("c");
    }

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_does_not_accept_two_years_of_paid_work_less_a_day(string id)
        => Expect.FailsOnly(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.EarlyChildhood, "2024-11-26", null, Eligible.Band(id), WorkTag.Paid)];
        }), "education", "1 day");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_does_not_count_work_in_the_other_band(string id)
        => Expect.FailsOnly(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.EarlyChildhood, "2020-01-01", null, Eligible.OtherBand(id), WorkTag.Paid)];
        }), "education", "CDA");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_counts_work_that_served_both_bands(string id)
        => Expect.Eligible(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.InfantFamily, "2020-01-01", null, AgeBand.Infant | AgeBand.EarlyChildhood, WorkTag.Paid)];
        }));

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_accepts_supervised_volunteer_work_that_included_specialized_training(string id)
        => Expect.Eligible(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.InfantFamily, "2020-01-01", null, Eligible.Band(id), WorkTag.Supervised | WorkTag.IncludedSpecializedTraining, role: "CASA volunteer")];
        }));

    [Theory]
    [InlineData("IFA", WorkTag.Supervised)]
    [InlineData("ECFA", WorkTag.Supervised)]
    [InlineData("IFA", WorkTag.IncludedSpecializedTraining)]
    [InlineData("ECFA", WorkTag.IncludedSpecializedTraining)]
    public void Education_does_not_accept_volunteer_work_without_both_supervision_and_specialized_training(string id, WorkTag tags)
        => Expect.FailsOnly(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.InfantFamily, "2020-01-01", null, Eligible.Band(id), tags, role: "Volunteer")];
        }), "education", "CDA");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Education_does_not_count_a_graduate_internship_as_work(string id)
        => Expect.FailsOnly(Check(id, d =>
        {
            d.Credentials = [];
            d.Work = [Make.Work(WorkKind.ImhInternship, "2020-01-01", null, Eligible.Band(id))];
        }), "education", "CDA");

    // ---- training ----

    [Theory]
    [MemberData(nameof(Associates))]
    public void Training_fails_alone_at_29_5_clock_hours_of_IECMH_training(string id)
        => Expect.FailsOnly(Check(id, d => d.Training =
        [
            Make.Training("2024-03-01", 29.5m, TrainingTag.RelationshipBased),
            Make.Training("2024-04-01", 10m, TrainingTag.Dei | TrainingTag.AboutReflectiveSupervision | TrainingTag.Approved),
        ]), "training", "0.5 more clock hours");

    [Theory]
    [InlineData("IFA", TrainingTag.RelationshipBased)]
    [InlineData("ECFA", TrainingTag.InfantMentalHealth)]
    public void Training_counts_relationship_based_or_infant_mental_health_entries(string id, TrainingTag tag)
        => Expect.Eligible(Check(id, d => d.Training = [Make.Training("2024-03-01", 30m, tag)]));

    // ---- reflective supervision: optional, nothing checked ----

    [Theory]
    [MemberData(nameof(Associates))]
    public void Reflective_supervision_is_optional_and_checks_nothing(string id)
    {
        var report = Check(id, d => d.Sessions = []);

        Expect.Eligible(report);
        Expect.Unchecked(report, "reflectiveSupervision", Obligation.Optional);
    }

    // ---- references ----

    [Theory]
    [MemberData(nameof(Associates))]
    public void References_fail_alone_with_two_ratings(string id)
        => Expect.FailsOnly(Check(id, d => d.References.RemoveAt(2)), "references", "1 more");

    [Theory]
    [MemberData(nameof(Associates))]
    public void References_fail_alone_without_a_current_teacher_cda_mentor_instructor_or_supervisor(string id)
        => Expect.FailsOnly(Check(id, d => d.References[0] = Make.Rating("Pat Quinn", RaterRole.Teacher)), "references", "current");

    [Theory]
    [InlineData("IFA", RaterRole.CdaMentor)]
    [InlineData("ECFA", RaterRole.Instructor)]
    [InlineData("IFA", RaterRole.Supervisor)]
    public void References_accept_a_current_cda_mentor_instructor_or_supervisor(string id, RaterRole role)
        => Expect.Eligible(Check(id, d => d.References[0] = Make.Rating("Pat Quinn", role, ReferenceTag.Current)));

    [Theory]
    [MemberData(nameof(Associates))]
    public void References_do_not_count_a_student(string id)
        => Expect.FailsOnly(Check(id, d => d.References[2] = Make.Rating("Jamie Fox", RaterRole.Student)), "references", "1 more");

    [Theory]
    [MemberData(nameof(Associates))]
    public void References_fail_alone_without_an_endorsed_rater(string id)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating("Alex Kim", RaterRole.Colleague)), "references", "IFS");

    [Theory]
    [InlineData("IFA", "IFA")]
    [InlineData("ECFA", "ECFA")]
    [InlineData("IFA", "ECFA")]
    public void References_do_not_count_an_associate_as_an_endorsed_rater(string id, string raterEndorsement)
        => Expect.FailsOnly(Check(id, d => d.References[1] = Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: [raterEndorsement])), "references", "IFS");

    // ---- code of ethics, exam, membership ----

    [Theory]
    [MemberData(nameof(Associates))]
    public void Code_of_ethics_fails_alone_without_a_signature(string id)
        => Expect.FailsOnly(Check(id, d => d.CodeOfEthicsSignatures = []), "codeOfEthics", "code of ethics");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Code_of_ethics_fails_alone_without_the_endorsement_agreement(string id)
        => Expect.FailsOnly(Check(id, d => d.EndorsementAgreementSigned = null), "codeOfEthics", "endorsement agreement");

    [Theory]
    [MemberData(nameof(Associates))]
    public void The_exam_is_not_required(string id)
    {
        var report = Check(id, d => d.Exams = []);

        Expect.Eligible(report);
        Expect.Unchecked(report, "exam", Obligation.NotRequired);
    }

    [Theory]
    [MemberData(nameof(Associates))]
    public void Membership_fails_alone_when_it_ended_the_day_before_the_as_of_date(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = [Make.Membership("2025-11-24", "2026-11-23")]), "membership", "membership");

    [Theory]
    [MemberData(nameof(Associates))]
    public void Membership_fails_alone_when_the_association_is_not_an_infant_mental_health_association(string id)
        => Expect.FailsOnly(Check(id, d => d.Memberships = [Make.Membership("2026-01-01", "2026-12-31", imhAssociation: false, organization: "NAEYC")]), "membership", "membership");
}
