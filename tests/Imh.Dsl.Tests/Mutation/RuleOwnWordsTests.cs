using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// Each rule kind's own sentences (<see cref="RuleAttribute.Explain"/>), before any advice takes the
/// place of what is missing: a report shows them where a rule kind does not advise, and advice is
/// built on them. Quantities and dates are asserted in full.
/// </summary>
public class RuleOwnWordsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Explanation Explain(RuleAttribute rule, Portfolio portfolio, IEnumerable<RulePartAttribute>? parts = null, int? year = null)
    {
        var level = Advised.Level([rule], parts, continuing: year is not null);
        var outcome = rule.Evaluate(new EvaluationContext(portfolio, level, year is { } y ? new DateOnly(y, 12, 31) : AsOf, year));
        return rule.Explain(outcome, level.Wording);
    }

    private static Portfolio Training(params (string Date, decimal Hours)[] entries) => new()
    {
        Applicant = new Applicant { Name = "Robin" },
        Training = [.. entries.Select(e => new TrainingEntry { Date = D(e.Date), Hours = e.Hours, Title = "Course" })],
    };

    [Fact]
    public void Hours_without_a_window_want_the_shortfall()
        => Explain(new MinHoursAttribute(10), Training(("2025-02-01", 3m), ("2026-03-01", 2.5m)))
            .ShouldBe(new Explanation("5.5 clock hours of training", "4.5 more clock hours of training"));

    [Fact]
    public void Hours_in_a_window_short_of_the_minimum_want_the_shortfall_within_one_window()
        => Explain(new MinHoursAttribute(10) { WithinMonths = 12 }, Training(("2025-01-01", 4m), ("2025-06-01", 4m)))
            .ShouldBe(new Explanation("8 clock hours in the best window (2025-01-01 to 2025-06-01), 2 clock hours short", "2 more clock hours within one window of less than 12 months"));

    [Fact]
    public void Hours_over_too_short_a_span_want_the_span()
        => Explain(new MinHoursAttribute(8) { WithinMonths = 24, MinSpanMonths = 12 }, Training(("2026-01-01", 4m), ("2026-02-01", 4m)))
            .Missing.ShouldBe("training entries spanning 12 to 24 months (the hours are there, the span is too short)");

    [Fact]
    public void Hours_short_over_too_short_a_span_want_both()
        => Explain(new MinHoursAttribute(10) { WithinMonths = 24, MinSpanMonths = 12 }, Training(("2026-01-01", 4m), ("2026-02-01", 4m)))
            .Missing.ShouldBe("2 more clock hours, in training entries spanning 12 to 24 months");

    [Fact]
    public void A_window_rule_with_nothing_counted_wants_the_whole_minimum_within_the_window()
        => Explain(new MinHoursAttribute(10) { WithinMonths = 12 }, Training())
            .ShouldBe(new Explanation("no training counted", "10 clock hours of training within less than 12 months"));

    [Fact]
    public void Hours_after_a_degree_not_yet_awarded_want_the_degree_first()
        => Explain(new MinHoursAttribute(10) { After = CredentialType.PostGraduate }, Training(("2026-01-01", 40m)))
            .ShouldBe(new Explanation("no master's or doctorate, so no training counts yet", "a master's or doctorate (training counts from its award date)"));

    [Fact]
    public void Work_after_a_degree_not_yet_awarded_wants_the_degree_then_the_years()
        => Explain(new ExperienceAttribute(2) { After = CredentialType.PostGraduate }, new Portfolio { Applicant = new Applicant { Name = "Robin" } })
            .ShouldBe(new Explanation("no master's or doctorate, so no post-graduate work counts yet", "a master's or doctorate, then 2 years of post-graduate work"));

    [Fact]
    public void Work_short_of_the_years_wants_the_days_rounded_up()
    {
        // 100 days at 0.3: 30 credited days; 365 - 30 = 335 more.
        var work = new WorkEntry { Role = "Clinician", Start = AsOf.AddDays(-99), Fte = 0.3m, Words = EntryWords.Of(WorkKind.ImhServices) };

        Explain(new ExperienceAttribute(1), new Portfolio { Applicant = new Applicant { Name = "Robin" }, Work = [work] })
            .ShouldBe(new Explanation("30 days credited of work", "335 days more work"));
    }

    [Fact]
    public void Work_met_wants_nothing()
    {
        var work = new WorkEntry { Role = "Clinician", Start = AsOf.AddDays(-729), Words = EntryWords.Of(WorkKind.ImhServices) };

        Explain(new ExperienceAttribute(2), new Portfolio { Applicant = new Applicant { Name = "Robin" }, Work = [work] })
            .ShouldBe(new Explanation("2 years credited of work", null)); // met: nothing missing, as Explanation says
    }

    private static ReferenceRating Rating(string rater, RaterRole role, params string[] endorsements)
        => new() { Rater = rater, Words = EntryWords.Of(role), RaterEndorsements = [.. endorsements] };

    private static Portfolio Ratings(params ReferenceRating[] ratings) => new() { Applicant = new Applicant { Name = "Robin" }, References = ratings };

    [Fact]
    public void Ratings_short_want_that_many_more_from_different_raters()
        => Explain(new RatingsAttribute(3), Ratings(Rating("Ann", RaterRole.Teacher)))
            .ShouldBe(new Explanation("1 rating from accepted raters", "2 more ratings from a different rater"));

    [Fact]
    public void Ratings_by_one_person_are_one_rater_beyond_sixteen_ratings_too()
    {
        // More than sixteen ratings are grouped through a dictionary rather than by comparing each with
        // the earlier ones: names trimmed and compared without case all the same.
        var ratings = Enumerable.Range(0, 17).Select(i => Rating(i % 2 == 0 ? "Ann" : " ANN ", RaterRole.Teacher)).ToArray();
        Explain(new RatingsAttribute(2), Ratings(ratings)).ShouldBe(new Explanation("1 rating from accepted raters", "1 more rating from a different rater"));
    }

    [Fact]
    public void Ratings_one_short_want_one_more_in_the_singular()
        => Explain(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher)))
            .Missing.ShouldBe("1 more rating from a different rater");

    [Fact]
    public void Ratings_met_want_nothing()
        => Explain(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Teacher)))
            .ShouldBe(new Explanation("1 rating from accepted raters", ""));

    [Fact]
    public void Ratings_without_an_endorsed_rater_want_one_and_name_none()
        => Explain(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Teacher, "I")), [new EndorsedRaterAttribute("III")])
            .ShouldBe(new Explanation("1 rating from accepted raters", "a rating from a rater endorsed at III"));

    [Fact]
    public void Numbered_items_left_open_and_no_endorsed_rater_want_both()
        => Explain(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher)),
                [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }, new RatingItemAttribute(2) { Where = [RaterRole.Instructor] }, new EndorsedRaterAttribute("II")])
            .ShouldBe(new Explanation("1: Ann (teacher); no endorsed rater among them", "a rating for item 2: an instructor; one of the ratings from a rater endorsed at II"));

    [Fact]
    public void Numbered_items_none_filled_say_so()
        => Explain(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Instructor)), [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }])
            .ShouldBe(new Explanation("no rating fills a numbered item", "a rating for item 1: a teacher"));

    private static Session Meeting(string date, decimal hours = 1) => new() { Date = D(date), Hours = hours, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) };

    [Fact]
    public void Sessions_counted_want_how_many_more()
        => Explain(new MinEntriesAttribute(3) { Evidence = Evidence.Sessions }, new Portfolio { Applicant = new Applicant { Name = "Robin" }, Sessions = [Meeting("2026-01-05"), Meeting("2026-02-05")] })
            .ShouldBe(new Explanation("2 RS/C sessions", "1 more RS/C session"));

    [Fact]
    public void A_session_count_with_a_filter_names_it_and_sums_the_hours_of_the_sessions_it_accepts()
    {
        var group = new Session { Date = D("2026-03-05"), Hours = 2, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Group) };

        Explain(new MinEntriesAttribute(3) { Evidence = Evidence.Sessions, Where = [SessionFormat.Individual] },
                new Portfolio { Applicant = new Applicant { Name = "Robin" }, Sessions = [Meeting("2026-01-05", 1.5m), Meeting("2026-02-05", 1m), group] })
            .ShouldBe(new Explanation("2 RS/C sessions of individual reflective supervision/consultation (2.5 clock hours)", "1 more RS/C session of individual reflective supervision/consultation"));
    }

    [Fact]
    public void Sessions_in_the_renewal_year_count_only_that_year()
        => Explain(new MinEntriesAttribute(2) { Evidence = Evidence.Sessions, InRenewalYear = true },
                new Portfolio { Applicant = new Applicant { Name = "Robin" }, Sessions = [Meeting("2025-12-31"), Meeting("2026-01-01")] }, year: 2026)
            .ShouldBe(new Explanation("1 RS/C session in 2026", "1 more RS/C session in 2026"));

    [Fact]
    public void Training_entries_counted_with_a_filter_name_it()
        => Explain(new MinEntriesAttribute(1) { Evidence = Evidence.Training, Where = [TrainingTag.Approved] },
                new Portfolio { Applicant = new Applicant { Name = "Robin" }, Training = [new TrainingEntry { Date = D("2026-01-01"), Hours = 3, Title = "Course", Words = EntryWords.Of(TrainingTag.Approved) }] })
            .Detail.ShouldBe("1 training entry of approved training (3 clock hours)");

    [Fact]
    public void Nothing_signed_in_the_renewal_year_says_the_year()
        => Explain(new SignedAttribute(Document.CodeOfEthics | Document.EndorsementAgreement) { InRenewalYear = true },
                new Portfolio { Applicant = new Applicant { Name = "Robin" }, Signatures = [new Signature(Document.CodeOfEthics, D("2025-06-01"))] }, year: 2026)
            .ShouldBe(new Explanation("nothing signed in 2026", "a signed code of ethics statement and endorsement agreement dated in 2026"));

    [Fact]
    public void The_latest_signature_of_each_document_is_named()
        => Explain(new SignedAttribute(Document.CodeOfEthics | Document.EndorsementAgreement),
                new Portfolio
                {
                    Applicant = new Applicant { Name = "Robin" },
                    Signatures = [new Signature(Document.CodeOfEthics, D("2025-06-01")), new Signature(Document.CodeOfEthics, D("2026-02-01")), new Signature(Document.CodeOfEthics, D("2025-09-01"))],
                })
            .ShouldBe(new Explanation("code of ethics statement signed 2026-02-01", "a signed endorsement agreement"));

    private static Portfolio Exams(params AssessmentResult[] results) => new() { Applicant = new Applicant { Name = "Robin" }, Assessments = results };

    [Fact]
    public void An_exam_not_passed_says_so_and_a_passed_one_is_wanted()
        => Explain(new PassedAttribute(Assessment.Exam), Exams(new AssessmentResult { Assessment = Assessment.Exam, Passed = false, Date = D("2026-01-01") }))
            .ShouldBe(new Explanation("written examination not passed", "a passed written examination"));

    [Fact]
    public void No_exam_recorded_says_so()
        => Explain(new PassedAttribute(Assessment.Exam), Exams(new AssessmentResult { Assessment = Assessment.PortfolioReview, Passed = true }))
            .ShouldBe(new Explanation("no written examination recorded", "a passed written examination"));

    [Fact]
    public void A_failed_exam_is_more_telling_than_a_late_one_and_a_pass_counts_whatever_comes_first()
    {
        var late = new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = AsOf.AddDays(3) };
        var failed = new AssessmentResult { Assessment = Assessment.Exam, Passed = false, Date = D("2026-01-01") };
        var passed = new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = D("2026-05-01") };

        Explain(new PassedAttribute(Assessment.Exam), Exams(late, failed)).Detail.ShouldBe("written examination not passed");
        Explain(new PassedAttribute(Assessment.Exam), Exams(failed, late)).Detail.ShouldBe("written examination not passed");
        Explain(new PassedAttribute(Assessment.Exam), Exams(late, failed, passed)).Detail.ShouldBe("passed 2026-05-01");
    }

    [Fact]
    public void An_exam_passed_for_another_level_does_not_count_for_this_one()
    {
        var elsewhere = new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = D("2026-01-01"), Level = "IV" };
        var here = new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = D("2026-02-01"), Level = "T" };

        Explain(new PassedAttribute(Assessment.Exam) { ForLevel = true }, Exams(elsewhere)).ShouldBe(new Explanation("the written examination passed does not count here: result for this level is asked for", "a passed written examination"));
        Explain(new PassedAttribute(Assessment.Exam) { ForLevel = true }, Exams(elsewhere, here)).Detail.ShouldBe("passed 2026-02-01");
        Explain(new PassedAttribute(Assessment.Exam), Exams(elsewhere)).Detail.ShouldBe("passed 2026-01-01");
    }

    [Fact]
    public void A_review_without_a_date_is_passed_without_one()
        => Explain(new PassedAttribute(Assessment.PortfolioReview), Exams(new AssessmentResult { Assessment = Assessment.PortfolioReview, Passed = true }))
            .ShouldBe(new Explanation("passed", null));

    [Fact]
    public void No_credential_of_the_type_wants_one()
        => Explain(new CredentialAttribute(CredentialType.Bachelor), new Portfolio { Applicant = new Applicant { Name = "Robin" } })
            .ShouldBe(new Explanation("no bachelor's", "a bachelor's"));

    [Fact]
    public void A_credential_of_another_type_is_no_near_miss()
        => Explain(new CredentialAttribute(CredentialType.Master) { Where = [CredentialTag.OfficialTranscript] },
                new Portfolio { Applicant = new Applicant { Name = "Robin" }, Credentials = [new Credential { Title = "BA", Awarded = D("2010-01-01"), Words = EntryWords.Of(CredentialType.Bachelor) }] })
            .ShouldBe(new Explanation("no master's with an official transcript", "a master's with an official transcript"));

    [Fact]
    public void The_credential_met_names_itself_and_its_flags()
        => Explain(new CredentialAttribute(CredentialType.Master) { Where = [CredentialTag.OfficialTranscript] },
                new Portfolio
                {
                    Applicant = new Applicant { Name = "Robin" },
                    Credentials = [new Credential { Title = "MSW", Awarded = D("2014-05-14"), Words = EntryWords.Of(CredentialType.Master).With(typeof(CredentialTag), 2) }],
                })
            .ShouldBe(new Explanation("MSW (master's, 2014-05-14) with an official transcript", null));

    [Fact]
    public void A_credential_without_a_title_is_named_by_its_type()
        => Explain(new CredentialAttribute(CredentialType.Master), new Portfolio
            {
                Applicant = new Applicant { Name = "Robin" },
                Credentials = [new Credential { Awarded = D("2014-05-14"), Words = EntryWords.Of(CredentialType.Master) }],
            })
            .Detail.ShouldBe("master's (master's, 2014-05-14)");
}
