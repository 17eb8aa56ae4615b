using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The words people read: each rule kind's evidence (Detail) and what is missing (Missing), with
/// their quantities and dates, on one requirement of a level built by hand with MI-AIMH's words.
/// A wrong number or date in a sentence fails here, not only in a catalog's snapshot.
/// </summary>
public class RuleSentenceTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static RequirementResult Result(RuleAttribute rule, Portfolio portfolio, IEnumerable<RulePartAttribute>? parts = null)
        => Advised.Result(Advised.Level([rule], parts), portfolio, AsOf);

    private static Portfolio Training(params (string Date, decimal Hours)[] entries) => new()
    {
        Applicant = new Applicant { Name = "Robin" },
        Training = [.. entries.Select(e => new TrainingEntry { Date = D(e.Date), Hours = e.Hours, Title = "Course" })],
    };

    [Fact]
    public void Hours_without_a_window_say_the_total_and_the_hours_still_needed()
    {
        var result = Result(new MinHoursAttribute(10), Training(("2025-02-01", 3m), ("2026-03-01", 2.5m)));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("5.5 clock hours of training");
        result.Missing.ShouldBe("4.5 more clock hours of training dated 2026-11-24 or later");
    }

    [Fact]
    public void One_hour_is_written_in_the_singular_and_a_met_minimum_has_nothing_missing()
    {
        var result = Result(new MinHoursAttribute(1), Training(("2025-02-01", 1m)));

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("1 clock hour of training");
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void A_window_short_of_hours_names_its_first_and_last_dates_and_the_shortfall()
    {
        // Windows under 12 months: 2025-01-01..2025-06-01 (8 h) ties 2025-06-01..2026-03-01 (8 h); the earlier wins.
        var result = Result(new MinHoursAttribute(10) { WithinMonths = 12 }, Training(("2025-01-01", 4m), ("2025-06-01", 4m), ("2026-03-01", 4m)));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("8 clock hours in the best window (2025-01-01 to 2025-06-01), 2 clock hours short");
        result.Missing.ShouldBe("6 more clock hours of training dated 2026-11-24 to 2027-02-28, with the 4 clock hours since 2026-03-01 (one window of less than 12 months); or 10 clock hours in a new window, 2026-11-24 to 2027-11-23");
    }

    [Fact]
    public void A_window_meeting_the_minimum_names_its_dates_and_nothing_is_missing()
    {
        var result = Result(new MinHoursAttribute(8) { WithinMonths = 12 }, Training(("2025-01-01", 4m), ("2025-12-31", 4m), ("2026-03-01", 1m)));

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("8 clock hours in the best window (2025-01-01 to 2025-12-31)");
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void Hours_enough_over_too_short_a_span_say_the_span_is_what_is_missing()
    {
        var result = Result(new MinHoursAttribute(8) { WithinMonths = 24, MinSpanMonths = 12 }, Training(("2026-01-01", 4m), ("2026-02-01", 4m)));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("8 clock hours in the best window (2026-01-01 to 2026-02-01), training entries spanning 12 to 24 months needed (the hours are there, the span is too short)");
        result.Missing.ShouldBe("one more training entry of training dated 2026-12-31 to 2027-12-31, so that the 8 clock hours since 2026-01-01 span at least 12 months; or 8 clock hours in a new window, 2026-11-24 to 2028-11-23");
    }

    [Fact]
    public void Hours_short_over_too_short_a_span_say_both()
    {
        var result = Result(new MinHoursAttribute(10) { WithinMonths = 24, MinSpanMonths = 12 }, Training(("2026-01-01", 4m), ("2026-02-01", 4m)));

        result.Detail.ShouldBe("8 clock hours in the best window (2026-01-01 to 2026-02-01), 2 clock hours short, in training entries spanning 12 to 24 months");
        result.Missing.ShouldBe("2 more clock hours of training dated 2026-11-24 to 2027-12-31, one of them on or after 2026-12-31, with the 8 clock hours since 2026-01-01 (one window of 12 to 24 months); or 10 clock hours in a new window, 2026-11-24 to 2028-11-23");
    }

    [Fact]
    public void A_window_rule_with_no_entries_says_none_counted_and_asks_for_the_whole_minimum()
    {
        var result = Result(new MinHoursAttribute(10) { WithinMonths = 12 }, Training());

        result.Detail.ShouldBe("no training counted");
        result.Missing.ShouldBe("10 more clock hours of training dated 2026-11-24 to 2027-11-23, in a new window of less than 12 months");
    }

    [Fact]
    public void Experience_says_the_credited_days_as_years_and_days_and_the_days_still_needed()
    {
        // 400 days at half time: 200 credited days of 730.
        var work = new WorkEntry { Role = "Clinician", Start = AsOf.AddDays(-399), Fte = 0.5m, Words = EntryWords.Of(WorkKind.ImhServices) };

        var result = Result(new ExperienceAttribute(2), new Portfolio { Applicant = new Applicant { Name = "Robin" }, Work = [work] });

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("200 days credited of work");
        result.Missing.ShouldBe("1 year 165 days more work, reached on 2029-10-19 if the work going on continues");
    }

    [Fact]
    public void Experience_of_more_than_a_year_is_met_and_says_years_and_days()
    {
        var work = new WorkEntry { Role = "Clinician", Start = AsOf.AddDays(-400), Words = EntryWords.Of(WorkKind.ImhServices) };

        var result = Result(new ExperienceAttribute(1), new Portfolio { Applicant = new Applicant { Name = "Robin" }, Work = [work] });

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("1 year 36 days credited of work");
        result.Missing.ShouldBeNull();
    }

    private static ReferenceRating Rating(string rater, RaterRole role, params string[] endorsements)
        => new() { Rater = rater, Words = EntryWords.Of(role), RaterEndorsements = [.. endorsements] };

    private static Portfolio Ratings(params ReferenceRating[] ratings) => new() { Applicant = new Applicant { Name = "Robin" }, References = ratings };

    [Fact]
    public void Ratings_short_of_the_count_say_how_many_more_and_count_a_rater_once_whatever_the_case_of_the_name()
    {
        var result = Result(new RatingsAttribute(3), Ratings(Rating("Ann", RaterRole.Teacher), Rating(" ann", RaterRole.Instructor), Rating("Bo", RaterRole.Teacher)));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("2 ratings from accepted raters");
        result.Missing.ShouldBe("1 more rating from a different rater (1 new rater can give them all)");
    }

    [Fact]
    public void Ratings_two_short_say_ratings_in_the_plural()
    {
        var result = Result(new RatingsAttribute(3), Ratings(Rating("Ann", RaterRole.Teacher)));

        result.Detail.ShouldBe("1 rating from accepted raters");
        result.Missing.ShouldBe("2 more ratings from a different rater (2 new raters can give them all)");
    }

    [Fact]
    public void The_endorsed_rater_named_is_the_one_endorsed()
    {
        var result = Result(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher), Rating("Bo", RaterRole.Teacher, "III")),
            [new EndorsedRaterAttribute("III")]);

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("2 ratings from accepted raters: a rater endorsed at III: Bo");
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void Without_an_endorsed_rater_the_rating_from_one_is_missing()
    {
        var result = Result(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher), Rating("Bo", RaterRole.Teacher, "I")),
            [new EndorsedRaterAttribute("III")]);

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Missing.ShouldBe("a rating from a rater endorsed at III (1 new rater can give them all)");
    }

    [Fact]
    public void A_condition_met_names_its_rater_and_one_unmet_is_missing()
    {
        var result = Result(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher), Rating("Bo", RaterRole.Instructor)),
            [new AtLeastOneRatingAttribute { Where = [RaterRole.Instructor] }, new AtLeastOneRatingAttribute { Where = [RaterRole.CdaMentor] }]);

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("2 ratings from accepted raters: an instructor: Bo");
        result.Missing.ShouldBe("a rating from a CDA mentor (1 new rater can give them all)");
    }

    [Fact]
    public void A_rater_giving_two_ratings_that_fill_the_same_item_still_fills_it()
    {
        // Both of Ann's ratings fill item 1: her ways of filling add up, they do not cancel out.
        var result = Result(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Teacher), Rating("Ann", RaterRole.Teacher)),
            [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }]);

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("1: Ann (teacher)");
    }

    [Fact]
    public void A_rating_meeting_two_ways_of_filling_one_item_fills_it()
    {
        var result = Result(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Teacher)),
            [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }, new RatingItemAttribute(1) { Where = [RaterRole.Teacher, RaterRole.Instructor] }]);

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldBe("1: Ann (teacher)");
    }

    [Fact]
    public void Numbered_items_name_the_endorsed_rater_filling_one_and_the_item_left_open()
    {
        var result = Result(new RatingsAttribute(2), Ratings(Rating("Ann", RaterRole.Teacher), Rating("Bo", RaterRole.Teacher, "II")),
            [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }, new RatingItemAttribute(2) { Where = [RaterRole.Instructor] }, new EndorsedRaterAttribute("II")]);

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("1: Bo (teacher); endorsed rater: Bo (II)");
        result.Missing.ShouldBe("a rating for item 2: an instructor");
    }

    [Fact]
    public void Numbered_items_without_an_endorsed_rater_say_so()
    {
        var result = Result(new RatingsAttribute(1), Ratings(Rating("Ann", RaterRole.Teacher)),
            [new RatingItemAttribute(1) { Where = [RaterRole.Teacher] }, new EndorsedRaterAttribute("II")]);

        result.Detail.ShouldBe("1: Ann (teacher); no endorsed rater among them");
        result.Missing.ShouldBe("a rating for item 1 from a rater endorsed at II: a teacher (it may take the place of Ann's)");
    }

    [Fact]
    public void Sessions_counted_say_how_many_and_how_many_more()
    {
        var sessions = new[] { "2026-01-05", "2026-02-05" }.Select(d => new Session { Date = D(d), Hours = 1, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) });

        var result = Result(new MinEntriesAttribute(3) { Evidence = Evidence.Sessions }, new Portfolio { Applicant = new Applicant { Name = "Robin" }, Sessions = [.. sessions] });

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("2 RS/C sessions");
        result.Missing.ShouldBe("1 more RS/C session dated 2026-11-24 or later");
    }

    [Fact]
    public void A_credential_lacking_a_flag_names_itself_and_the_flag()
    {
        var msw = new Credential { Title = "MSW", Awarded = D("2014-05-14"), Words = EntryWords.Of(CredentialType.Master) };

        var result = Result(new CredentialAttribute(CredentialType.Master) { Where = [CredentialTag.OfficialTranscript] },
            new Portfolio { Applicant = new Applicant { Name = "Robin" }, Credentials = [msw] });

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldBe("MSW (master's, 2014-05-14) lacks an official transcript");
        result.Missing.ShouldBe("an official transcript for a master's");
    }

    [Fact]
    public void A_renewal_signature_must_be_dated_in_the_year()
    {
        var level = Advised.Level([new SignedAttribute(Document.CodeOfEthics) { InRenewalYear = true }], continuing: true);
        var portfolio = new Portfolio { Applicant = new Applicant { Name = "Robin" }, Signatures = [new Signature(Document.CodeOfEthics, D("2025-12-31"))] };

        var lastYear = Advised.Result(level, portfolio, AsOf, year: 2026);
        var thisYear = Advised.Result(level, new Portfolio { Applicant = portfolio.Applicant, Signatures = [new Signature(Document.CodeOfEthics, D("2026-01-01"))] }, AsOf, year: 2026);

        lastYear.Status.ShouldBe(RequirementStatus.NotMet);
        lastYear.Missing.ShouldBe("a signed code of ethics statement dated in 2026, by 2026-12-31");
        thisYear.Status.ShouldBe(RequirementStatus.Met);
        thisYear.Detail.ShouldBe("code of ethics statement signed 2026-01-01");
    }
}
