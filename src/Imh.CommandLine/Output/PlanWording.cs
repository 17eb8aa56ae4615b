using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

/// <summary>The words the text and Markdown plans share, so the two say the same thing.</summary>
internal static class PlanWording
{
    /// <summary>What the plan assumes, in one sentence: work goes on, hours come at the average or at the pace set.</summary>
    public static string Assumes(Catalog catalog, Pace pace)
    {
        var lists = new[] { Evidence.Training, Evidence.Sessions };
        var set = lists.Where(pace.HoursPerMonth.ContainsKey).Select(e => $"{catalog.Vocabulary.Name(e).Short} at {Prose.ClockHours(pace.HoursPerMonth[e])} a month (--pace)").ToList();
        var own = lists.Where(e => !pace.HoursPerMonth.ContainsKey(e)).Select(e => catalog.Vocabulary.Name(e).Short).ToList();
        var parts = new List<string> { "work going on continues at its FTE" };
        parts.AddRange(set);
        if (own.Count > 0) parts.Add($"{Prose.AndList(own)} at your average clock hours a month of the last 12 months (--pace sets another)");
        return Prose.Capitalize(string.Join("; ", parts)) + ".";
    }

    /// <summary>The level's verdict: eligible now, on a day at the pace, or on a day once the actions are done.</summary>
    public static string Verdict(LevelPlan plan)
    {
        if (plan.Now.Eligible) return "eligible now";
        int actions = plan.Actions.Count();
        string on = $"eligible on {Prose.Date(plan.On)}";
        return actions == 0 ? $"{on} at your pace" : $"{on} at the earliest, once {Prose.Count(actions, "action is", "actions are")} done";
    }

    /// <summary>The summary line of a level: "Level 2 (Practitioner): eligible on 2028-05-24 at your pace."</summary>
    public static string Summary(Catalog catalog, LevelPlan plan)
        => $"{ReportWording.Level(catalog, plan.Level.Id, plan.Level.Name)}: {Verdict(plan)}.";

    /// <summary>A requirement's state in a word or two.</summary>
    public static string State(RequirementPlan r) => r.Status switch
    {
        PlanStatus.Met => "met",
        PlanStatus.NotApplicable => "not applicable",
        PlanStatus.ByPace => $"on {Prose.Date(r.On!.Value)}",
        _ => "action",
    };

    /// <summary>The requirement's title, marked when it cannot block eligibility.</summary>
    public static string Title(RequirementPlan r) => ReportWording.Title(r.Title, r.Obligation);
}
