using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Documentation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>
/// A requirement that changes on a date says which rule applied and why (iecmh-2024.md, "Rule in
/// force"): the rule that ends is named by the day the next begins ("rule before 2024-01-01"), the
/// new one by its first day.
/// </summary>
public class RuleInForceWordingTests
{
    private static string HoursDetail(string asOf)
    {
        var associate = SampleCatalog.Unranked.FindLevel("A").ShouldNotBeNull();
        var report = associate.Validate(new Portfolio { Applicant = new Applicant { Name = "A" } }, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        return report.Requirements.Single(r => r.Key == "hours").Detail;
    }

    [Fact]
    public void The_rule_that_ends_on_31_December_2023_is_the_rule_before_2024_01_01()
        => HoursDetail("2023-12-31").ShouldStartWith("rule before 2024-01-01 (as-of date 2023-12-31): ");

    [Fact]
    public void The_rule_that_starts_on_1_January_2024_is_the_rule_from_2024_01_01()
        => HoursDetail("2024-01-01").ShouldStartWith("rule from 2024-01-01 (as-of date 2024-01-01): ");
}
