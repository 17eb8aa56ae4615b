namespace Imh.Requirements.Tests;

/// <summary>
/// The as-of date: evidence dated after it is not counted and the report says how many entries
/// were left out and why; documents count when signed on or before it; a membership is current
/// when it covers it (<c>from &lt;= asOf &lt;= to</c>).
/// </summary>
public class AsOfDateRules
{
    [Fact]
    public void RSC_sessions_dated_after_the_as_of_date_are_left_out_and_the_report_says_so()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().With(d => d.Sessions.AddRange([Make.Session("2026-12-01", 4m), Make.Session("2026-12-15", 4m)])));

        report.Eligible.ShouldBeTrue();
        report.Ignored.ShouldBe(["2 reflectiveSupervision entries dated after the as-of date"]);
        report.ReflectiveSupervision.Findings.Single().Hours.ShouldBe(52m);
    }

    [Fact]
    public void RSC_sessions_dated_after_the_as_of_date_do_not_make_up_a_shortfall()
    {
        // 48 h over 2025-01-10..2026-01-10 by the as-of date; the two later sessions would bring 56 h
        // within the window that starts 2025-01-10.
        var sessions = Make.MonthlySessions("2025-01-10", 11, 4m);
        sessions.AddRange([Make.Session("2026-01-10", 4m), Make.Session("2026-11-25", 4m), Make.Session("2026-12-01", 4m)]);

        var report = Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions));

        Expect.FailsOnlyLacking(report, "reflectiveSupervision", ", 2 clock hours short");
        report.Ignored.ShouldContain("2 reflectiveSupervision entries dated after the as-of date");
    }

    [Fact]
    public void A_session_on_the_as_of_date_counts()
    {
        var sessions = Make.MonthlySessions("2025-11-24", 12, 4m);
        sessions.Add(Make.Session("2026-11-24", 4m));

        var report = Evaluate.LevelIII(Eligible.LevelIII().WithSessions(sessions));

        Expect.EveryRequirementMet(report);
        report.ReflectiveSupervision.Findings.Single().WindowEnd.ShouldBe(D("2026-11-24"));
    }

    [Fact]
    public void Training_dated_after_the_as_of_date_is_left_out_and_the_report_says_so()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().WithTraining(Make.Training("2026-01-10", 29.5m), Make.Training("2026-11-25", 10m)));

        Expect.FailsOnly(report, "training", "0.5 more clock hours");
        report.Ignored.ShouldBe(["1 training entry dated after the as-of date"]);
    }

    [Fact]
    public void A_credential_awarded_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().WithCredentials(Make.Credential(CredentialType.Bachelor, "2026-12-15", "BSW")));

        Expect.NotMet(report, "education");
        report.Ignored.ShouldContain(s => s.Contains("credential", StringComparison.Ordinal) && s.Contains("after the as-of date", StringComparison.Ordinal));
    }

    [Fact]
    public void Work_starting_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().WithWork(Make.Work(WorkKind.InfantFamily, "2025-01-01", null), Make.Work(WorkKind.InfantFamily, "2026-12-01", "2028-12-31")));

        Expect.FailsOnly(report, "workExperience", "37 days more");
        report.Ignored.ShouldContain(s => s.Contains("work entr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_of_ethics_signed_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().With(d => d.CodeOfEthicsSigned = D("2026-11-25")));

        Expect.FailsOnly(report, "codeOfEthics", "a signed code of ethics statement");
        report.Ignored.ShouldContain("codeOfEthicsSigned dated after the as-of date");
    }

    [Fact]
    public void An_endorsement_agreement_signed_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().With(d => d.EndorsementAgreementSigned = D("2026-11-25")));

        Expect.FailsOnly(report, "codeOfEthics", "a signed endorsement agreement");
    }

    [Fact]
    public void Documents_signed_on_the_as_of_date_count()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().With(d =>
        {
            d.CodeOfEthicsSigned = AsOf;
            d.EndorsementAgreementSigned = AsOf;
        }));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void An_exam_dated_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.LevelIVClinical(Eligible.LevelIVClinical().With(d => d.Exam = new Exam { Passed = true, Date = D("2026-12-02") }));

        Expect.FailsOnly(report, "exam", "a passed written examination");
        report.Ignored.ShouldContain("exam dated after the as-of date");
    }

    [Fact]
    public void The_same_portfolio_judged_earlier_leaves_out_what_came_later()
    {
        // As of 2025-06-30 the exam (2026-03-02), the signatures (2026-01-05), the membership (2026) and
        // 20 of the 32 training hours are all in the future.
        var report = Evaluate.LevelIII(Eligible.LevelIII(), asOf: D("2025-06-30"));

        report.UnmetKeys.ShouldBe(["training", "codeOfEthics", "exam", "membership"], ignoreOrder: true);
        report.Ignored.ShouldContain("2 training entries dated after the as-of date");
        report.AsOf.ShouldBe(D("2025-06-30"));
    }

    [Fact]
    public void A_membership_covers_the_as_of_date_on_its_first_day()
    {
        Expect.EveryRequirementMet(Evaluate.LevelIII(Eligible.LevelIII().WithMemberships(Make.Membership("2026-11-24", "2027-11-23"))));
    }

    [Fact]
    public void A_membership_covers_the_as_of_date_on_its_last_day()
    {
        Expect.EveryRequirementMet(Evaluate.LevelIII(Eligible.LevelIII().WithMemberships(Make.Membership("2025-11-25", "2026-11-24"))));
    }

    [Fact]
    public void A_membership_that_ended_the_day_before_the_as_of_date_is_not_current()
    {
        Expect.FailsOnly(Evaluate.LevelIII(Eligible.LevelIII().WithMemberships(Make.Membership("2025-11-24", "2026-11-23"))), "membership", "covering 2026-11-24");
    }

    [Fact]
    public void A_membership_starting_the_day_after_the_as_of_date_is_not_current()
    {
        Expect.FailsOnly(Evaluate.LevelIII(Eligible.LevelIII().WithMemberships(Make.Membership("2026-11-25", "2027-11-24"))), "membership", "covering 2026-11-24");
    }

    [Fact]
    public void A_current_membership_must_be_of_an_infant_mental_health_association()
    {
        var report = Evaluate.LevelIII(Eligible.LevelIII().WithMemberships(
            Make.Membership("2026-01-01", "2026-12-31", imhAssociation: false, organization: "NASW"),
            Make.Membership("2024-01-01", "2024-12-31")));

        Expect.FailsOnly(report, "membership", "infant mental health association");
    }
}
