using Imh.Dsl.Portfolios;
using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// The evidence of a minimum of hours with a window, rules about its sources and parts, on rules built
/// fresh in each test: the window's dates, the hours of each source, the hours counted once across
/// the parts, what a set lacks; and a part attached once however often its requirement is built.
/// Its description and summary are in <see cref="RuleDescriptionTests"/>.
/// </summary>
public class HoursRuleWordsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static MinHoursAttribute Sessions(double hours) => new(hours) { Evidence = Evidence.Sessions };

    private static Session S(string date, decimal hours, string provider, params Enum[] words)
        => new() { Date = D(date), Hours = hours, Provider = provider, Words = words.Length == 0 ? EntryWords.None : EntryWords.Of(words) };

    private static Portfolio With(params Session[] sessions) => new() { Applicant = new Applicant { Name = "Robin" }, Sessions = sessions };

    [Fact]
    public void A_set_short_of_hours_of_span_and_of_a_majority_says_each_in_its_own_words()
    {
        var rule = Sessions(10);
        rule.WithinYears = 2;
        rule.MinSpanYears = 1;
        rule.MajorityFromOne = true;
        var part = new HoursPartAttribute(4) { Where = [SessionTag.ProviderApproved] };
        var level = Advised.Level([rule], [part]);
        var portfolio = With(S("2026-01-05", 3, "Pat", SessionTag.ProviderApproved), S("2026-03-01", 3, "Sam"));

        var explanation = rule.Explain(rule.Evaluate(new global::Imh.Dsl.Evaluation.EvaluationContext(portfolio, level, AsOf)), level.Wording);

        explanation.Detail.ShouldBe("6 clock hours of reflective supervision/consultation from 2026-01-05 to 2026-03-01 from Pat (3 clock hours) and Sam (3 clock hours); counted once across the parts: 6 of 10 (3 with an approved provider (at least 4)); it lacks 4 more clock hours of reflective supervision/consultation, at least 1 of them with an approved provider; RS/C sessions spanning at least 1 year; more than 5 clock hours from one provider");
        explanation.Missing.ShouldBe("4 more clock hours of reflective supervision/consultation, at least 1 of them with an approved provider; RS/C sessions spanning at least 1 year; more than 5 clock hours from one provider");
    }

    [Fact]
    public void A_part_is_counted_once_when_a_second_requirement_is_built_from_the_same_rule()
    {
        var rule = Sessions(4);
        var part = new HoursPartAttribute(3) { Where = [SessionTag.ProviderApproved] };
        var portfolio = With(S("2026-03-01", 3, "Pat", SessionTag.ProviderApproved), S("2026-04-01", 1, "Sam"));

        var first = Advised.Level([rule], [part]);
        var second = Advised.Level([rule], [part]);

        Advised.Result(second, portfolio, AsOf).Status.ShouldBe(Reports.RequirementStatus.Met);
        Advised.Result(first, portfolio, AsOf).Status.ShouldBe(Reports.RequirementStatus.Met);
        rule.Describe(second.Wording).ShouldBe("at least 4 clock hours of reflective supervision/consultation, of which at least 3 with an approved provider (each hour counted once)");
    }

    [Fact]
    public void The_evidence_names_the_window_the_sources_and_the_hours_counted_across_the_parts()
    {
        var rule = Sessions(10);
        rule.WithinYears = 2;
        rule.MaxProviders = 2;
        var part = new HoursPartAttribute(4) { Where = [SessionTag.ProviderApproved] };
        var level = Advised.Level([rule], [part]);
        var portfolio = With(
            S("2025-03-01", 3, "Pat", SessionTag.ProviderApproved),
            S("2025-09-01", 5, "Sam"),
            S("2026-02-01", 1, "Pat"));

        var met = Advised.Result(level, portfolio, AsOf);
        met.Detail.ShouldBe("9 clock hours of reflective supervision/consultation from 2025-03-01 to 2026-02-01 from Pat (4 clock hours) and Sam (5 clock hours); counted once across the parts: 9 of 10 (3 with an approved provider (at least 4)); it lacks 1 more clock hour of reflective supervision/consultation, at least 1 of them with an approved provider");
        met.Missing.ShouldBe("1 more clock hour of RS/C from Sam dated 2026-11-24 to 2027-02-28 (1 with an approved provider), with the 9 clock hours since 2025-03-01 (one window of less than 2 years); or 10 clock hours in a new window, 2026-11-24 to 2028-11-23");
    }

    [Fact]
    public void Sessions_count_only_from_a_provider_endorsed_as_asked_and_every_sentence_names_the_endorsement()
    {
        var rule = Sessions(4);
        rule.ProviderEndorsedIn = ["III", "IV"];
        var level = Advised.Level([rule]);
        var endorsed = new Session { Date = D("2026-03-01"), Hours = 2, Provider = "Pat", ProviderEndorsements = ["IV-Clinical"] };
        var portfolio = With(endorsed, S("2026-04-01", 5, "Sam"));

        var result = Advised.Result(level, portfolio, AsOf);

        rule.Describe(level.Wording).ShouldBe("at least 4 clock hours of reflective supervision/consultation with a provider endorsed as III or IV");
        rule.Summarize(level.Wording).ShouldBe("4 h RS/C, provider III or IV");
        result.Detail.ShouldBe("2 clock hours of reflective supervision/consultation");
        result.Missing.ShouldBe("2 more clock hours of RS/C from a provider endorsed as III or IV dated 2026-11-24 or later");
        result.Advice!.Steps.OfType<Planning.AddHours>().Single().ProviderEndorsedIn.ShouldBe(["III", "IV"]);
    }

    [Fact]
    public void Advice_that_names_its_provider_adds_the_endorsement_to_the_name()
    {
        // Sources matter (at most one provider): the advice names the provider of the hours so far.
        var rule = Sessions(4);
        rule.ProviderEndorsedIn = ["III", "IV"];
        rule.MaxProviders = 1;
        var level = Advised.Level([rule]);
        var endorsed = new Session { Date = D("2026-03-01"), Hours = 2, Provider = "Pat", ProviderEndorsements = ["IV-Clinical"] };

        var result = Advised.Result(level, With(endorsed), AsOf);

        result.Missing.ShouldBe("2 more clock hours of RS/C from Pat endorsed as III or IV dated 2026-11-24 or later");
    }

    [Fact]
    public void An_empty_list_of_endorsements_asks_nothing_of_the_provider()
    {
        // The analyzers refuse an empty list in a declaration; built in code, it reads as none given.
        var rule = Sessions(4);
        rule.ProviderEndorsedIn = [];
        var level = Advised.Level([rule]);
        var portfolio = With(S("2026-04-01", 3, "Sam"));

        var result = Advised.Result(level, portfolio, AsOf);

        rule.Describe(level.Wording).ShouldBe("at least 4 clock hours of reflective supervision/consultation");
        rule.Summarize(level.Wording).ShouldBe("4 h RS/C");
        result.Missing.ShouldBe("1 more clock hour of RS/C dated 2026-11-24 or later");
        result.Advice!.Steps.OfType<Planning.AddHours>().Single().ProviderEndorsedIn.ShouldBeEmpty();
    }
}
