using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Dsl.Tests.Documentation;

namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// What a report says a minimum in parts lacks (iecmh-2024.md, "Training parts"): the hours the
/// total still needs and, for every part whose own hours fall short of its minimum, how many of
/// them in that part; never a statement about a set of several parts. That is the evidence
/// (the detail); what to add is the advice.
/// </summary>
public class HourPartsReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    // 48 = 30 approved + 15 in-service + 3 reflective-practice, in the sample catalog's words.
    private static RequirementResult Training(params (decimal Hours, SampleTrainingTag Tags)[] entries)
    {
        var requirement = new RequirementDefinition("training", "Training",
            [new MinHoursAttribute(48)],
            [
                new HoursPartAttribute(30) { Where = [SampleTrainingTag.Approved] },
                new HoursPartAttribute(15) { Where = [SampleTrainingTag.InService] },
                new HoursPartAttribute(3) { Where = [SampleTrainingTag.Reflective] },
            ]) { Sources = ["Forty-eight hours in three parts."] };
        var level = new LevelDefinition("P", "Parts", SampleCatalog.Vocabulary, [requirement], []);
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "A" },
            Training = [.. entries.Select(e => new TrainingEntry { Date = new DateOnly(2025, 3, 1), Hours = e.Hours, Title = "t", Words = EntryWords.Of(e.Tags) })],
        };
        return new LevelReport(level.Evaluate(portfolio, AsOf)).Requirements.Single();
    }

    [Fact]
    public void The_spec_example_asks_18_more_hours_3_of_them_in_the_one_part_short_on_its_own()
    {
        // 30 h that may count as approved or in-service, 18 h in no part: C = 30.
        var result = Training((30m, SampleTrainingTag.Approved | SampleTrainingTag.InService), (18m, default));

        result.Status.ShouldBe(RequirementStatus.NotMet);
        result.Detail.ShouldEndWith("; it lacks 18 more clock hours of training, at least 3 of them reflective-practice");
        // What to add is the advice: hours that count in every part short, which the parts rule cannot refuse.
        result.Missing.ShouldBe("18 more clock hours of training dated 2026-11-24 or later (18 approved by the board, in-service and reflective-practice)");
    }

    [Fact]
    public void Every_part_short_on_its_own_is_named_with_its_own_shortfall()
    {
        var result = Training((40m, SampleTrainingTag.Approved), (5m, SampleTrainingTag.InService));

        result.Detail.ShouldEndWith("; it lacks 13 more clock hours of training, at least 10 of them in-service and at least 3 of them reflective-practice");
    }
}
