using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>A flag of an examination's result, for a filter MI-AIMH's words do not have.</summary>
[Flags]
public enum ExamSetting
{
    Proctored = 1,
}

/// <summary>
/// The rule kinds that count single entries (an assessment passed, a number of sessions or training
/// entries, a credential): their descriptions, what they found and what they advise, in the cases
/// MI-AIMH's declarations do not reach (a filter on results, a result for this level, two results
/// that do not count for the same reason, a count met, a count of the renewal year outside one).
/// </summary>
public class EntryRuleWordsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>MI-AIMH's words and a flag for results: "proctored".</summary>
    private static readonly Vocabulary WithSettings = new(1,
        [
            .. MiAimhVocabulary.Instance.Sets,
            new WordSet(typeof(ExamSetting), WordSetKind.Tags,
                [new Word { Member = "Proctored", Json = "proctored", Display = "proctored", Bits = 1, Value = ExamSetting.Proctored }])
            { Evidence = Evidence.Assessments },
        ],
        [],
        MiAimhVocabulary.Instance.Levels);

    private static LevelDefinition Level(RuleAttribute rule, Vocabulary? words = null)
        => new("T", "Test level", words ?? MiAimhVocabulary.Instance, [new RequirementDefinition("rule", "The rule", [rule], [])], []);

    private static Explanation Explain(RuleAttribute rule, Portfolio portfolio, Vocabulary? words = null)
    {
        var level = Level(rule, words);
        return rule.Explain(rule.Evaluate(new EvaluationContext(portfolio, level, AsOf)), level.Wording);
    }

    private static RequirementResult Result(RuleAttribute rule, Portfolio portfolio, Vocabulary? words = null)
        => Advised.Result(Level(rule, words), portfolio, AsOf);

    private static Portfolio Exams(params AssessmentResult[] results) => new() { Applicant = new Applicant { Name = "Robin" }, Assessments = results };

    private static AssessmentResult Exam(string? date, bool passed = true, bool proctored = false, string? level = null) => new()
    {
        Assessment = Assessment.Exam,
        Passed = passed,
        Date = date is null ? null : D(date),
        Level = level,
        Words = proctored ? EntryWords.Of(ExamSetting.Proctored) : default,
    };

    private static PassedAttribute ProctoredExam(bool forLevel = false) => new(Assessment.Exam) { Where = [ExamSetting.Proctored], ForLevel = forLevel };

    [Fact]
    public void An_assessment_with_a_filter_and_for_this_level_is_described_with_both()
    {
        var rule = ProctoredExam(forLevel: true);

        rule.Describe(Level(rule, WithSettings).Wording).ShouldBe("the written examination passed (proctored result), taken for this level when a level is named");
    }

    [Fact]
    public void An_assessment_for_this_level_without_a_filter_says_only_that()
    {
        var rule = new PassedAttribute(Assessment.Exam) { ForLevel = true };

        rule.Describe(Level(rule).Wording).ShouldBe("the written examination passed, taken for this level when a level is named");
    }

    [Fact]
    public void Of_two_late_results_the_first_is_named()
        => Explain(new PassedAttribute(Assessment.Exam), Exams(Exam("2026-12-01"), Exam("2026-12-20")))
            .ShouldBe(new Explanation("written examination dated 2026-12-01, after the as-of date", "a passed written examination"));

    [Fact]
    public void Of_two_results_the_filter_refuses_the_first_is_named_and_the_filter_said_without_a_level()
        => Explain(ProctoredExam(), Exams(Exam("2026-01-01"), Exam("2026-02-01")), WithSettings)
            .ShouldBe(new Explanation("the written examination passed does not count here: proctored result is asked for", "a passed written examination"));

    [Fact]
    public void A_result_the_filter_accepts_counts_and_names_its_date()
        => Explain(ProctoredExam(), Exams(Exam("2026-01-01"), Exam("2026-02-01", proctored: true)), WithSettings)
            .ShouldBe(new Explanation("passed 2026-02-01", null));

    [Fact]
    public void A_result_for_another_level_that_the_filter_also_refuses_says_both()
        => Explain(ProctoredExam(forLevel: true), Exams(Exam("2026-01-01", level: "IV")), WithSettings)
            .Detail.ShouldBe("the written examination passed does not count here: proctored result for this level is asked for");

    [Fact]
    public void The_advice_for_an_assessment_names_the_filter_only_when_there_is_one()
    {
        Result(new PassedAttribute(Assessment.Exam), Exams()).Missing.ShouldBe("a passed written examination");
        Result(ProctoredExam(), Exams(Exam("2026-01-01")), WithSettings).Missing.ShouldBe("a passed written examination (proctored result)");
    }

    [Fact]
    public void The_advice_to_pass_names_the_level_only_for_a_result_for_this_level()
    {
        static string? LevelAsked(PassedAttribute rule)
            => Result(rule, Exams()).Advice.ShouldNotBeNull().Steps.OfType<Imh.Dsl.Planning.Pass>().Single().Level;

        LevelAsked(new PassedAttribute(Assessment.Exam)).ShouldBeNull();
        LevelAsked(new PassedAttribute(Assessment.Exam) { ForLevel = true }).ShouldBe("T");
    }

    private static Session Meeting(string date) => new() { Date = D(date), Hours = 1, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) };

    private static Portfolio Meetings(params string[] dates) => new() { Applicant = new Applicant { Name = "Robin" }, Sessions = [.. dates.Select(Meeting)] };

    [Fact]
    public void A_count_met_wants_nothing_more()
        => Explain(new MinEntriesAttribute(2), Meetings("2026-01-05", "2026-02-05"))
            .ShouldBe(new Explanation("2 RS/C sessions", null));

    [Fact]
    public void A_count_of_the_renewal_year_outside_a_renewal_counts_nothing_and_names_no_year()
    {
        var rule = new MinEntriesAttribute(1) { InRenewalYear = true };
        var level = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], [new RequirementDefinition("rule", "The rule", [rule], []) { IsContinuing = true }]);

        var outcome = (EntriesOutcome)rule.Evaluate(new EvaluationContext(Meetings("2026-01-05"), level, AsOf));

        outcome.ShouldBe(new EntriesOutcome(false, 0, 1, 0) { Year = null });
        rule.Explain(outcome, level.Wording).ShouldBe(new Explanation("0 RS/C sessions", "1 more RS/C session"));
    }

    [Fact]
    public void The_advice_for_more_entries_dates_them_from_the_as_of_date_or_in_the_renewal_year()
    {
        var rule = new MinEntriesAttribute(3);
        var renewal = new MinEntriesAttribute(3) { InRenewalYear = true };

        Result(rule, Meetings("2026-01-05")).Missing.ShouldBe("2 more RS/C sessions dated 2026-11-24 or later");
        Advised.Result(Advised.Level([renewal], continuing: true), Meetings("2026-01-05"), AsOf, year: 2026).Missing
            .ShouldBe("2 more RS/C sessions dated in 2026, by 2026-12-31");
    }

    [Fact]
    public void A_count_of_entries_with_a_filter_is_summarized_with_the_short_noun()
    {
        var rule = new MinEntriesAttribute(2) { Where = [SessionFormat.Individual] };

        rule.Summarize(Level(rule).Wording).ShouldBe("2 RS/C sessions of individual RS/C");
    }

    [Fact]
    public void A_membership_of_the_as_of_date_is_checked_on_that_date_even_with_a_renewal_year()
    {
        // The public context allows a renewal year with another as-of date; only "the end of the renewal year" moves the day.
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Memberships = [new Membership { Organization = "MI-AIMH", From = D("2026-01-01"), To = D("2026-07-31"), Words = EntryWords.Of(MembershipTag.ImhAssociation) }],
        };
        var asOf = new MembershipAttribute { Where = [MembershipTag.ImhAssociation] };
        var yearEnd = new MembershipAttribute { Where = [MembershipTag.ImhAssociation], Covers = MembershipDate.EndOfRenewalYear };

        MembershipOutcome Outcome(MembershipAttribute rule)
            => (MembershipOutcome)rule.Evaluate(new EvaluationContext(portfolio, Level(rule), D("2026-06-30"), renewalYear: 2026));

        Outcome(asOf).ShouldBe(new MembershipOutcome(true, portfolio.Memberships[0], D("2026-06-30")));
        Outcome(yearEnd).ShouldBe(new MembershipOutcome(false, null, D("2026-12-31")));
    }

    [Fact]
    public void A_credential_without_flags_is_summarized_by_its_types_alone()
    {
        var rule = new CredentialAttribute(CredentialType.Master);

        rule.Summarize(Level(rule).Wording).ShouldBe("master's");
    }
}
