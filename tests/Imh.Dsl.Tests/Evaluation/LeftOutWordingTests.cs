using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Tests.Evaluation;

[Flags]
public enum LeftOutSessionTag
{
    Focused = 1,
    Serving = 2,
}

public enum LeftOutDegree
{
    Master = 1,
}

/// <summary>
/// Why a report says an entry was left out (a catalog that reports left-out entries): a filter
/// asking for several flags names the flags the entry lacks, not every flag it asks for.
/// </summary>
public class LeftOutWordingTests
{
    private static readonly Vocabulary Words = new(1,
    [
        new WordSet(typeof(LeftOutSessionTag), WordSetKind.Tags,
        [
            new Word { Member = "Focused", Json = "focused", Display = "relationship-focused", Bits = 1, Value = LeftOutSessionTag.Focused },
            new Word { Member = "Serving", Json = "serving", Display = "while serving", Bits = 2, Value = LeftOutSessionTag.Serving },
        ])
        { Evidence = Evidence.Sessions },
    ],
    [EvidenceName.Of(Evidence.Sessions, "sessions", "session", "sessions", "supervision", null)],
    []) { ReportsLeftOut = true };

    [Fact]
    public void A_session_lacking_one_of_two_flags_is_left_out_for_that_flag_alone()
    {
        var requirement = new RequirementDefinition("supervision", "Supervision",
            [new MinHoursAttribute(10) { Evidence = Evidence.Sessions, Where = [LeftOutSessionTag.Focused | LeftOutSessionTag.Serving] }]) { Sources = ["Ten hours."] };
        var level = new LevelDefinition("L", "Level", Words, [requirement], []);
        Session S(LeftOutSessionTag tags) => new() { Date = new DateOnly(2025, 1, 1), Hours = 1, Provider = "P", Words = EntryWords.Of(tags) };
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "A" },
            Sessions = [S(LeftOutSessionTag.Focused), S(LeftOutSessionTag.Focused), S(LeftOutSessionTag.Serving), S(default)],
        };

        var detail = new LevelReport(level.Evaluate(portfolio, new DateOnly(2026, 1, 1))).Requirements.Single().Detail;

        detail.ShouldContain("sessions left out: 2 not while serving, 1 not relationship-focused, 1 not relationship-focused or while serving");
    }

    [Fact]
    public void Hours_from_a_provider_not_endorsed_as_asked_are_left_out_as_such()
    {
        var words = new Vocabulary(1, [],
            [EvidenceName.Of(Evidence.Sessions, "sessions", "session", "sessions", "supervision", null)],
            [new LevelName("S", "Specialist", null, [], true)]) { ReportsLeftOut = true };
        var requirement = new RequirementDefinition("supervision", "Supervision",
            [new MinHoursAttribute(2) { Evidence = Evidence.Sessions, ProviderEndorsedIn = ["S"] }]) { Sources = ["Two hours with a specialist."] };
        var level = new LevelDefinition("L", "Level", words, [requirement], []);
        Session S(params string[] endorsements) => new() { Date = new DateOnly(2025, 1, 1), Hours = 1, Provider = "P", ProviderEndorsements = [.. endorsements] };
        var portfolio = new Portfolio { Applicant = new Applicant { Name = "A" }, Sessions = [S("S"), S(), S()] };

        var result = new LevelReport(level.Evaluate(portfolio, new DateOnly(2026, 1, 1))).Requirements.Single();

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldContain("sessions left out: 2 provider not endorsed as S");
    }

    [Fact]
    public void Hours_dated_before_the_milestone_are_left_out_as_before_the_earliest_credential()
    {
        var words = new Vocabulary(1,
        [
            new WordSet(typeof(LeftOutDegree), WordSetKind.Choice,
            [
                new Word { Member = "Master", Json = "master", Display = "master's", Bits = 1, Value = LeftOutDegree.Master },
            ])
            { Evidence = Evidence.Credentials },
        ],
        [EvidenceName.Of(Evidence.Sessions, "sessions", "session", "sessions", "supervision", null)],
        []) { ReportsLeftOut = true };
        var requirement = new RequirementDefinition("supervision", "Supervision",
            [new MinHoursAttribute(2) { Evidence = Evidence.Sessions, After = LeftOutDegree.Master }]) { Sources = ["Two hours after the degree."] };
        var level = new LevelDefinition("L", "Level", words, [requirement], []);
        Session S(DateOnly date) => new() { Date = date, Hours = 1, Provider = "P" };
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "A" },
            Credentials = [new Credential { Title = "MA", Awarded = new DateOnly(2020, 6, 1), Words = EntryWords.Of(LeftOutDegree.Master) }],
            // The day before the award is left out; the award day and after count.
            Sessions = [S(new DateOnly(2020, 5, 31)), S(new DateOnly(2020, 6, 1)), S(new DateOnly(2021, 1, 1))],
        };

        var result = new LevelReport(level.Evaluate(portfolio, new DateOnly(2026, 1, 1))).Requirements.Single();

        result.Status.ShouldBe(RequirementStatus.Met);
        result.Detail.ShouldContain("sessions left out: 1 before the earliest master's");
    }
}
