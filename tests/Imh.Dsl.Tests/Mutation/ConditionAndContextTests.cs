using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The conditions a requirement applies under (an endorsement held for some years, held as the
/// provisional outcome, no new application in the renewal year), the evaluation context's left-out
/// notes and earliest award, a signature rule's words, and a period's words and format. MI-AIMH's
/// declarations do not reach most of them; the second catalog's tests are not in the mutation run.
/// </summary>
public class ConditionAndContextTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static LevelDefinition Level(ProvisionalOutcome? provisional = null)
        => new("T", "Test level", MiAimhVocabulary.Instance, [], []) { Provisional = provisional };

    private static Portfolio Holding(params HeldEndorsement[] held) => new() { Applicant = new Applicant { Name = "Robin" }, Endorsements = held };

    private static EvaluationContext Renewal(Portfolio portfolio, int year = 2026, LevelDefinition? level = null)
        => new(portfolio, level ?? Level(), new DateOnly(year, 12, 31), year);

    [Fact]
    public void Held_for_some_years_is_described_summarized_and_explained_before_and_after_the_years()
    {
        var rule = new HeldForAttribute(3);
        var wording = Level().Wording;
        var context = Renewal(Holding(new HeldEndorsement { Level = "T", Since = D("2024-03-01") }));

        rule.Describe(wording).ShouldBe("when the endorsement has been held for at least 3 years on 31 December of the renewal year");
        rule.Summarize(wording).ShouldBe("if held 3 years");
        rule.Holds(context).ShouldBeFalse();
        rule.Explain(context, wording).ShouldBe("applies after 3 years held: held since 2024-03-01, 3 years on 2027-03-01");
        rule.Explain(Renewal(Holding()), wording).ShouldBe("applies only to an endorsement held for 3 years");
        rule.Applied(Renewal(Holding()), wording).ShouldBeNull();
    }

    [Fact]
    public void Held_for_some_years_counts_from_the_earliest_endorsement_of_the_level()
    {
        var rule = new HeldForAttribute(3);
        var context = Renewal(Holding(
            new HeldEndorsement { Level = "T", Since = D("2024-03-01") },
            new HeldEndorsement { Level = "T", Since = D("2022-06-01") },
            new HeldEndorsement { Level = "T", Since = D("2023-01-01") }));

        rule.Holds(context).ShouldBeTrue();
        rule.Applied(context, Level().Wording).ShouldBe("held since 2022-06-01, 3 years on 2025-06-01");
    }

    [Fact]
    public void Held_as_the_provisional_outcome_is_named_by_the_level_or_in_general()
    {
        var rule = new WhenProvisionalAttribute();
        var emerging = Level(new ProvisionalOutcome("E", "Emerging", [], null));

        rule.Describe(emerging.Wording).ShouldBe("when the endorsement is held as Emerging");
        rule.Summarize(emerging.Wording).ShouldBe("if Emerging");
        rule.Describe(Level().Wording).ShouldBe("when the endorsement is held as provisional");
        rule.Summarize(Level().Wording).ShouldBe("if provisional");
        rule.Holds(Renewal(Holding(new HeldEndorsement { Level = "T", Since = D("2024-03-01"), Provisional = "E" }))).ShouldBeTrue();
        rule.Holds(Renewal(Holding(new HeldEndorsement { Level = "T", Since = D("2024-03-01") }))).ShouldBeFalse();
    }

    [Fact]
    public void A_new_application_in_the_renewal_year_is_the_earliest_named()
    {
        var rule = new UnlessNewApplicationAttribute();
        var wording = Level().Wording;
        var context = Renewal(Holding(
            new HeldEndorsement { Level = "T", Since = D("2020-01-01"), Applied = D("2026-09-01") },
            new HeldEndorsement { Level = "T", Since = D("2021-01-01"), Applied = D("2026-04-01") },
            new HeldEndorsement { Level = "T", Since = D("2022-01-01"), Applied = D("2026-06-01") }));

        rule.Describe(wording).ShouldBe("unless a new application was submitted in the renewal year");
        rule.Summarize(wording).ShouldBe("unless a new application that year");
        rule.Holds(context).ShouldBeFalse();
        rule.Explain(context, wording).ShouldBe("new application submitted on 2026-04-01");
        rule.Explain(Renewal(Holding()), wording).ShouldBe("applies unless a new application was submitted in the renewal year");
        rule.Holds(Renewal(Holding())).ShouldBeTrue();
    }

    private static ImmutableArray<string> Ignored(Portfolio portfolio, Vocabulary? words = null)
        => new EvaluationContext(portfolio, new LevelDefinition("T", "Test level", words ?? MiAimhVocabulary.Instance, [], []), AsOf).Ignored;

    [Fact]
    public void Evidence_dated_or_starting_on_the_as_of_date_is_not_left_out_and_the_day_after_is()
    {
        static Portfolio On(DateOnly day, bool lateTraining = false) => new()
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = lateTraining ? [new TrainingEntry { Date = AsOf.AddDays(1), Hours = 1, Title = "Course" }] : [],
            Work = [new WorkEntry { Role = "Clinician", Start = day, Words = EntryWords.Of(WorkKind.ImhServices) }],
            Assessments = [new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = day }],
            Signatures = [new Signature(Document.CodeOfEthics, day)],
        };

        Ignored(On(AsOf)).ShouldBeEmpty();
        // With something else late, the notes are written: still none for what is dated on the as-of date.
        Ignored(On(AsOf, lateTraining: true)).ShouldBe(["1 training entry dated after the as-of date"]);
        Ignored(On(AsOf.AddDays(1))).ShouldBe(["1 work entry starting after the as-of date", "codeOfEthicsSigned dated after the as-of date", "exam dated after the as-of date"]);
    }

    [Fact]
    public void Late_entries_of_several_lists_are_all_noted()
    {
        var late = AsOf.AddDays(1);
        Portfolio With(bool sessions, bool work = true) => new()
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = late, Hours = 1, Title = "Course" }],
            Sessions = sessions ? [new Session { Date = late, Hours = 1, Provider = "Pat" }] : [],
            Work = work ? [new WorkEntry { Role = "Clinician", Start = late }] : [],
        };

        Ignored(With(sessions: true)).ShouldBe(["1 training entry dated after the as-of date", "1 reflectiveSupervision entry dated after the as-of date", "1 work entry starting after the as-of date"]);
        Ignored(With(sessions: false)).ShouldBe(["1 training entry dated after the as-of date", "1 work entry starting after the as-of date"]);
        Ignored(With(sessions: true, work: false)).ShouldBe(["1 training entry dated after the as-of date", "1 reflectiveSupervision entry dated after the as-of date"]);
    }

    [Fact]
    public void Two_late_signatures_or_two_late_results_alone_are_noted()
    {
        var late = AsOf.AddDays(1);
        var signatures = new Portfolio { Applicant = new Applicant { Name = "Robin" }, Signatures = [new Signature(Document.CodeOfEthics, late), new Signature(Document.CodeOfEthics, late.AddDays(1))] };
        var results = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Assessments = [new AssessmentResult { Assessment = Assessment.Exam, Date = late }, new AssessmentResult { Assessment = Assessment.Exam, Date = late.AddDays(1) }],
        };

        Ignored(signatures).ShouldBe(["codeOfEthicsSigned dated after the as-of date"]);
        Ignored(results).ShouldBe(["exam dated after the as-of date"]);
    }

    [Fact]
    public void A_catalog_without_documents_or_assessments_notes_late_entries()
    {
        var words = new Vocabulary(1, [], [], []);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = AsOf.AddDays(1), Hours = 1, Title = "Course" }],
        };

        Ignored(portfolio, words).ShouldBe(["1 training entry dated after the as-of date"]);
    }

    [Fact]
    public void The_earliest_award_is_kept_for_each_type_asked()
    {
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Credentials =
            [
                new Credential { Title = "MSW", Awarded = D("2014-05-14"), Words = EntryWords.Of(CredentialType.Master) },
                new Credential { Title = "BA", Awarded = D("2010-06-01"), Words = EntryWords.Of(CredentialType.Bachelor) },
            ],
        };
        var context = new EvaluationContext(portfolio, Level(), AsOf);

        context.EarliestAward(CredentialType.Master).ShouldBe(D("2014-05-14"));
        context.EarliestAward(CredentialType.Bachelor).ShouldBe(D("2010-06-01"));
        context.EarliestAward(CredentialType.Master | CredentialType.Bachelor).ShouldBe(D("2010-06-01"));
        // The same bits of another enum are another question, which no credential answers.
        context.EarliestAward((TrainingTag)(int)CredentialType.Master).ShouldBeNull();
        context.EarliestAward(CredentialType.Master).ShouldBe(D("2014-05-14"));
    }

    [Fact]
    public void Documents_signed_each_year_are_described_summarized_and_each_signature_named()
    {
        var rule = new SignedAttribute(Document.CodeOfEthics | Document.EndorsementAgreement) { InRenewalYear = true };
        var plain = new SignedAttribute(Document.CodeOfEthics);
        var level = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], [new RequirementDefinition("rule", "The rule", [rule], []) { IsContinuing = true }]);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Signatures = [new Signature(Document.CodeOfEthics, D("2026-02-01")), new Signature(Document.EndorsementAgreement, D("2026-03-01"))],
        };

        rule.Describe(level.Wording).ShouldBe("code of ethics statement and endorsement agreement signed in the renewal year");
        rule.Summarize(level.Wording).ShouldBe("signed each year");
        plain.Describe(level.Wording).ShouldBe("code of ethics statement signed");
        plain.Summarize(level.Wording).ShouldBe("signed");
        rule.Explain(rule.Evaluate(Renewal(portfolio, level: level)), level.Wording)
            .ShouldBe(new Explanation("code of ethics statement signed 2026-02-01; endorsement agreement signed 2026-03-01", null));
    }

    [Fact]
    public void Documents_signed_in_the_renewal_year_outside_a_renewal_count_nothing_and_name_no_year()
    {
        var rule = new SignedAttribute(Document.CodeOfEthics) { InRenewalYear = true };
        var level = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], [new RequirementDefinition("rule", "The rule", [rule], []) { IsContinuing = true }]);
        var portfolio = new Portfolio { Applicant = new Applicant { Name = "Robin" }, Signatures = [new Signature(Document.CodeOfEthics, D("2026-02-01"))] };

        rule.Explain(rule.Evaluate(new EvaluationContext(portfolio, level, AsOf)), level.Wording)
            .ShouldBe(new Explanation("nothing signed", "a signed code of ethics statement"));
    }

    [Fact]
    public void A_period_is_worded_from_its_bounds_and_a_date_not_written_yyyy_mm_dd_is_refused()
    {
        Period.Always.ToString().ShouldBe("");
        Period.Parse("2024-01-01", null).ToString().ShouldBe("from 2024-01-01");
        Period.Parse(null, "2023-12-31").ToString().ShouldBe("until 2023-12-31");
        Period.Parse("2024-01-01", "2025-12-31").ToString().ShouldBe("2024-01-01 to 2025-12-31");
        Should.Throw<FormatException>(() => Period.Parse("2024-1-1", null)).Message.ShouldBe("'2024-1-1' is not a date written YYYY-MM-DD.");
    }
}
