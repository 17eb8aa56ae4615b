using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The wording layer's numbers, dates and lists (<see cref="Prose"/>), and the notes on evidence left
/// out: counted per list, in the singular and plural, with the cut-off of an initial evaluation and of
/// a renewal (31 December of the year).
/// </summary>
public class ProseAndLeftOutTests
{
    [Theory]
    [InlineData(0, "0 days")]
    [InlineData(1, "1 day")]
    [InlineData(200, "200 days")]
    [InlineData(365, "1 year")]
    [InlineData(366, "1 year 1 day")]
    [InlineData(405, "1 year 40 days")]
    [InlineData(732, "2 years 2 days")]
    [InlineData(1095, "3 years")]
    public void Days_are_written_as_years_of_365_days_and_days(int days, string words)
        => Prose.YearsAndDays(days).ShouldBe(words);

    [Theory]
    [InlineData("1", "1 clock hour")]
    [InlineData("0.5", "0.5 clock hours")]
    [InlineData("2", "2 clock hours")]
    [InlineData("23.250", "23.25 clock hours")]
    public void Clock_hours_are_written_without_trailing_zeros_and_one_in_the_singular(string hours, string words)
        => Prose.ClockHours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(words);

    [Theory]
    [InlineData("MSW", "an MSW")]
    [InlineData("CDA", "a CDA")]
    [InlineData("RS/C session", "an RS/C session")]
    [InlineData("official transcript", "an official transcript")]
    [InlineData("bachelor's", "a bachelor's")]
    [InlineData("Infant course", "an Infant course")]
    [InlineData("Master's", "a Master's")]
    [InlineData("X", "a X")]
    [InlineData("", "a ")]
    public void The_article_follows_the_sound_an_initialism_is_read_by_its_letters(string noun, string withArticle)
        => Prose.WithArticle(noun).ShouldBe(withArticle);

    [Fact]
    public void Lists_join_with_commas_and_the_last_conjunction()
    {
        Prose.OrList([]).ShouldBe("");
        Prose.OrList(["a"]).ShouldBe("a");
        Prose.OrList(["a", "b"]).ShouldBe("a or b");
        Prose.AndList(["a", "b", "c"]).ShouldBe("a, b and c");
        Prose.OrList(["a", "b", "c", "d"]).ShouldBe("a, b, c or d");
    }

    [Fact]
    public void Counts_years_months_and_names_are_written_as_people_read_them()
    {
        Prose.Years(1).ShouldBe("1 year");
        Prose.Years(2).ShouldBe("2 years");
        Prose.Months(1).ShouldBe("1 month");
        Prose.Months(18).ShouldBe("18 months");
        Prose.Count(1, "rating", "ratings").ShouldBe("1 rating");
        Prose.Count(0, "rating", "ratings").ShouldBe("0 ratings");
        Prose.WordsOf("ageBands").ShouldBe("age bands");
        Prose.WordsOf("WorkKind").ShouldBe("work kind");
        Prose.Capitalize("level").ShouldBe("Level");
        Prose.Capitalize("").ShouldBe("");
        Prose.Camel("WorkKind").ShouldBe("workKind");
        Prose.Camel("").ShouldBe("");
        Prose.Date(new DateOnly(2026, 1, 5)).ShouldBe("2026-01-05");
    }

    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static IReadOnlyList<string> Ignored(Portfolio portfolio, int? year = null)
    {
        var level = Advised.Level([new MinHoursAttribute(1)], continuing: year is not null);
        return new EvaluationContext(portfolio, level, year is { } y ? new DateOnly(y, 12, 31) : AsOf, year).Ignored;
    }

    [Fact]
    public void Every_list_with_entries_after_the_as_of_date_is_noted_with_its_count()
    {
        var late = AsOf.AddDays(1);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = late, Hours = 1, Title = "A" }, new TrainingEntry { Date = late, Hours = 1, Title = "B" }, new TrainingEntry { Date = AsOf, Hours = 1, Title = "C" }],
            Sessions = [new Session { Date = late, Hours = 1, Provider = "Pat" }, new Session { Date = late.AddDays(5), Hours = 1, Provider = "Pat" }],
            Work = [new WorkEntry { Role = "R", Start = late }, new WorkEntry { Role = "S", Start = late }],
            Credentials = [new Credential { Awarded = late }, new Credential { Awarded = late }, new Credential { Awarded = AsOf }],
            Signatures = [new Signature(Document.CodeOfEthics, AsOf), new Signature(Document.EndorsementAgreement, late)],
            Assessments = [new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = late }],
        };

        Ignored(portfolio).ShouldBe(
        [
            "2 training entries dated after the as-of date",
            "2 reflectiveSupervision entries dated after the as-of date",
            "2 work entries starting after the as-of date",
            "2 credentials awarded after the as-of date",
            "endorsementAgreementSigned dated after the as-of date",
            "exam dated after the as-of date",
        ]);
    }

    [Fact]
    public void Nothing_after_the_as_of_date_leaves_no_notes()
    {
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = AsOf, Hours = 1, Title = "A" }],
            Signatures = [new Signature(Document.CodeOfEthics, AsOf)],
            Assessments = [new AssessmentResult { Assessment = Assessment.Exam, Passed = true, Date = AsOf }, new AssessmentResult { Assessment = Assessment.PortfolioReview, Passed = true }],
        };

        Ignored(portfolio).ShouldBeEmpty();
    }

    [Fact]
    public void A_renewal_leaves_out_what_is_dated_after_the_31st_of_december_and_says_so()
    {
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Robin" },
            Training = [new TrainingEntry { Date = new DateOnly(2026, 12, 31), Hours = 1, Title = "In" }, new TrainingEntry { Date = new DateOnly(2027, 1, 1), Hours = 1, Title = "Out" }],
            Credentials = [new Credential { Awarded = new DateOnly(2027, 1, 1) }],
        };

        Ignored(portfolio, year: 2026).ShouldBe(["1 training entry dated after 31 December 2026", "1 credential awarded after 31 December 2026"]);
    }

    [Fact]
    public void Sessions_summed_without_a_window_say_the_total_and_what_is_missing()
    {
        var sessions = new[] { 1.5m, 1m }.Select((h, i) => new Session { Date = new DateOnly(2026, 2, 1).AddDays(i), Hours = h, Provider = "Pat", Words = EntryWords.Of(SessionFormat.Individual) });
        var rule = new MinHoursAttribute(3) { Evidence = Evidence.Sessions };
        var level = Advised.Level([rule]);

        var explanation = rule.Explain(rule.Evaluate(new EvaluationContext(new Portfolio { Applicant = new Applicant { Name = "Robin" }, Sessions = [.. sessions] }, level, AsOf)), level.Wording);

        explanation.Detail.ShouldStartWith("2.5 clock hours of ");
        explanation.Missing.ShouldStartWith("0.5 more clock hours of ");
    }
}
