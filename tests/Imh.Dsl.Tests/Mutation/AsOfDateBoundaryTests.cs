using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The as-of date itself is a day of the evaluation: evidence dated on it counts, evidence dated the
/// day after is left out and the report says so. Each rule kind is held to both days directly, with
/// one requirement on a level built by hand (mutation testing found <c>&gt;</c> could become
/// <c>&gt;=</c> unnoticed in every one of them).
/// </summary>
public class AsOfDateBoundaryTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);
    private static readonly DateOnly DayAfter = AsOf.AddDays(1);

    private static Portfolio Empty() => new() { Applicant = new Applicant { Name = "Robin" } };

    private static RequirementResult Result(RuleAttribute rule, Portfolio portfolio) => Advised.Result(Advised.Level([rule]), portfolio, AsOf);

    private static IReadOnlyList<string> Ignored(RuleAttribute rule, Portfolio portfolio) => Advised.Level([rule]).Evaluate(portfolio, AsOf).Context.Ignored;

    private static Credential Degree(DateOnly awarded) => new() { Title = "BSW", Awarded = awarded, Words = EntryWords.Of(CredentialType.Bachelor) };

    [Fact]
    public void A_credential_awarded_on_the_as_of_date_counts()
    {
        var result = Result(new CredentialAttribute(CredentialType.Bachelor), new Portfolio { Applicant = Empty().Applicant, Credentials = [Degree(AsOf)] });

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("BSW (bachelor's, 2026-11-24)");
    }

    [Fact]
    public void A_credential_awarded_the_day_after_the_as_of_date_is_left_out_and_counted_in_the_notes()
    {
        var portfolio = new Portfolio { Applicant = Empty().Applicant, Credentials = [Degree(DayAfter)] };
        var rule = new CredentialAttribute(CredentialType.Bachelor);

        Result(rule, portfolio).Status.ShouldBe(RequirementStatus.NotMet);
        Result(rule, portfolio).Missing.ShouldBe("a bachelor's");
        Ignored(rule, portfolio).ShouldBe(["1 credential awarded after the as-of date"]);
    }

    [Fact]
    public void A_degree_awarded_on_the_as_of_date_starts_the_work_after_it_that_day()
    {
        var work = new WorkEntry { Role = "Clinician", Start = AsOf.AddDays(-400), Words = EntryWords.Of(WorkKind.ImhServices) };
        var rule = new ExperienceAttribute(1) { After = CredentialType.PostGraduate };

        var on = Result(rule, new Portfolio { Applicant = Empty().Applicant, Work = [work], Credentials = [Master(AsOf)] });
        var after = Result(rule, new Portfolio { Applicant = Empty().Applicant, Work = [work], Credentials = [Master(DayAfter)] });

        on.Detail.ShouldStartWith("1 day credited of ");
        on.Missing.ShouldStartWith("364 days more ");
        after.Detail.ShouldStartWith("no master's or doctorate, so no ");
    }

    private static Credential Master(DateOnly awarded) => new() { Title = "MSW", Awarded = awarded, Words = EntryWords.Of(CredentialType.Master) };

    [Fact]
    public void Work_starting_on_the_as_of_date_credits_that_one_day_and_work_starting_after_it_is_left_out()
    {
        var rule = new ExperienceAttribute(1);
        WorkEntry Job(DateOnly start) => new() { Role = "Clinician", Start = start, Words = EntryWords.Of(WorkKind.ImhServices) };

        var on = Result(rule, new Portfolio { Applicant = Empty().Applicant, Work = [Job(AsOf)] });
        var after = new Portfolio { Applicant = Empty().Applicant, Work = [Job(DayAfter)] };

        on.Detail.ShouldStartWith("1 day credited of ");
        Result(rule, after).Detail.ShouldStartWith("0 days credited of ");
        Ignored(rule, after).ShouldBe(["1 work entry starting after the as-of date"]);
    }

    [Fact]
    public void Training_dated_on_the_as_of_date_counts_and_training_the_day_after_is_left_out()
    {
        var rule = new MinHoursAttribute(2);
        TrainingEntry Course(DateOnly on) => new() { Date = on, Hours = 2, Title = "Course" };

        Result(rule, new Portfolio { Applicant = Empty().Applicant, Training = [Course(AsOf)] }).Status.ShouldBe(RequirementStatus.Met);
        var after = new Portfolio { Applicant = Empty().Applicant, Training = [Course(DayAfter)] };
        Result(rule, after).Missing.ShouldBe("2 more clock hours of training dated 2026-11-24 or later");
        Ignored(rule, after).ShouldBe(["1 training entry dated after the as-of date"]);
    }

    [Fact]
    public void A_session_dated_on_the_as_of_date_counts_for_a_count_of_sessions_and_one_the_day_after_does_not()
    {
        var rule = new MinEntriesAttribute(1) { Evidence = Evidence.Sessions };
        Session Meeting(DateOnly on) => new() { Date = on, Hours = 1, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) };

        Result(rule, new Portfolio { Applicant = Empty().Applicant, Sessions = [Meeting(AsOf)] }).Status.ShouldBe(RequirementStatus.Met);
        var after = new Portfolio { Applicant = Empty().Applicant, Sessions = [Meeting(DayAfter)] };
        Result(rule, after).Status.ShouldBe(RequirementStatus.NotMet);
        Ignored(rule, after).ShouldBe(["1 reflectiveSupervision entry dated after the as-of date"]);
    }

    [Fact]
    public void A_document_signed_on_the_as_of_date_counts_and_one_signed_the_day_after_does_not()
    {
        var rule = new SignedAttribute(Document.CodeOfEthics);

        var on = Result(rule, new Portfolio { Applicant = Empty().Applicant, Signatures = [new Signature(Document.CodeOfEthics, AsOf)] });
        var after = new Portfolio { Applicant = Empty().Applicant, Signatures = [new Signature(Document.CodeOfEthics, DayAfter)] };

        on.Status.ShouldBe(RequirementStatus.Met);
        on.Detail.ShouldBe("code of ethics statement signed 2026-11-24");
        Result(rule, after).Status.ShouldBe(RequirementStatus.NotMet);
        Ignored(rule, after).ShouldBe(["codeOfEthicsSigned dated after the as-of date"]);
    }

    [Fact]
    public void An_exam_passed_on_the_as_of_date_counts_and_one_dated_the_day_after_is_named_late()
    {
        var rule = new PassedAttribute(Assessment.Exam);
        AssessmentResult Exam(DateOnly on) => new() { Assessment = Assessment.Exam, Passed = true, Date = on };

        var on = Result(rule, new Portfolio { Applicant = Empty().Applicant, Assessments = [Exam(AsOf)] });
        var after = new Portfolio { Applicant = Empty().Applicant, Assessments = [Exam(DayAfter)] };

        on.Status.ShouldBe(RequirementStatus.Met);
        on.Detail.ShouldBe("passed 2026-11-24");
        Result(rule, after).Status.ShouldBe(RequirementStatus.NotMet);
        Result(rule, after).Detail.ShouldBe("written examination dated 2026-11-25, after the as-of date");
        Ignored(rule, after).ShouldBe(["exam dated after the as-of date"]);
    }

    [Fact]
    public void A_membership_ending_on_the_as_of_date_is_current_and_one_ending_the_day_before_is_not()
    {
        var rule = new MembershipAttribute();
        Membership Member(DateOnly from, DateOnly to) => new() { Organization = "MI-AIMH", From = from, To = to };

        var ending = Result(rule, new Portfolio { Applicant = Empty().Applicant, Memberships = [Member(AsOf.AddYears(-1), AsOf)] });
        var starting = Result(rule, new Portfolio { Applicant = Empty().Applicant, Memberships = [Member(AsOf, AsOf.AddYears(1))] });
        var ended = Result(rule, new Portfolio { Applicant = Empty().Applicant, Memberships = [Member(AsOf.AddYears(-1), AsOf.AddDays(-1))] });
        var later = Result(rule, new Portfolio { Applicant = Empty().Applicant, Memberships = [Member(DayAfter, AsOf.AddYears(1))] });

        ending.Status.ShouldBe(RequirementStatus.Met);
        ending.Detail.ShouldBe("MI-AIMH member 2025-11-24 to 2026-11-24");
        starting.Status.ShouldBe(RequirementStatus.Met);
        ended.Status.ShouldBe(RequirementStatus.NotMet);
        ended.Detail.ShouldBe("no membership covering 2026-11-24");
        ended.Missing.ShouldBe("a membership covering 2026-11-24");
        later.Status.ShouldBe(RequirementStatus.NotMet);
    }
}
