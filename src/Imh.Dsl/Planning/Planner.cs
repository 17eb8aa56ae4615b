using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Planning;

/// <summary>
/// The earliest day an applicant becomes eligible at a level if they keep their pace. Each
/// requirement not met is taken from its advice: when every step of a way to meet it is something
/// time brings (work going on, hours of training or sessions at the pace), the portfolio is
/// projected (one entry a month at the pace) and the first day it is met is searched; otherwise it
/// is an action, done by the day its steps need. The plan's day is the latest of these; on that
/// day the projected portfolio is checked again, and what has lapsed by then (a membership) is an
/// action for that day.
/// </summary>
public static class Planner
{
    /// <summary>How far a plan looks ahead: a requirement not met by then at the pace needs an action.</summary>
    public const int HorizonYears = 30;

    /// <summary>The plan of a portfolio at a level, from a day, at a pace.</summary>
    public static LevelPlan Plan(LevelDefinition level, Portfolio portfolio, DateOnly asOf, Pace? pace = null)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(portfolio);
        pace ??= Planning.Pace.Observed;
        var now = level.Evaluate(portfolio, asOf);
        var plans = new List<RequirementPlan>();
        foreach (var result in now.Results()) plans.Add(Plan(level, portfolio, asOf, pace, result));

        var on = plans.Where(p => p.Obligation == Obligation.Required && p.On is not null).Select(p => p.On!.Value).Append(asOf).Max();
        var projected = Projection.Apply(portfolio, plans.SelectMany(p => p.Projections).Select(p => p.Until(on)));
        var then = level.Evaluate(projected, on).Results().ToDictionary(r => r.Key, StringComparer.Ordinal);
        for (int i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (!then.TryGetValue(plan.Key, out var later) || later.Status != RequirementStatus.NotMet) continue;
            // An action that takes time starts on the as-of date (its advice still meets the rule later);
            // one done at once (a rating, a result, a membership for the day) is advised for the plan's day.
            if (plan.Status == PlanStatus.Action && plan.Steps.Any(TakesTime)) continue;
            plans[i] = Action(later, later.Advice is { } advice ? Cheapest(advice, s => Advice.Latest(s) ?? on) : null, on);
        }
        return new LevelPlan
        {
            Level = level, AsOf = asOf, Now = now.Outcome, On = on,
            Requirements = [.. plans.Select(p => p.Projections.IsEmpty ? p : p with { Projections = [.. p.Projections.Select(x => x.Until(p.On ?? on))] })],
        };
    }

    private static RequirementPlan Plan(LevelDefinition level, Portfolio portfolio, DateOnly asOf, Pace pace, RequirementResult result)
    {
        if (result.Status == RequirementStatus.NotApplicable) return Done(result, PlanStatus.NotApplicable, null, "not applicable");
        if (result.Status == RequirementStatus.Met) return Done(result, PlanStatus.Met, asOf, "met");
        if (result.Advice is not { } advice) return Action(result, null, asOf);

        // Each way to meet it: the day time brings it at the pace, or the day its steps are done by.
        RequirementPlan? best = null;
        var notes = new List<string>();
        foreach (var (label, steps) in Ways(advice))
        {
            var candidate = ByPace(level, portfolio, asOf, pace, result, steps, notes) is { } paced
                ? paced with { Alternative = label }
                : Action(result, (label, steps), Advice.Latest(steps) is { } d && d > asOf ? d : asOf);
            if (best is null || candidate.On < best.On || (candidate.On == best.On && best.Status == PlanStatus.Action && candidate.Status == PlanStatus.ByPace)) best = candidate;
        }
        if (best!.Status == PlanStatus.Action && notes.Count > 0) best = best with { Text = $"{best.Text}; {string.Join("; ", notes.Distinct())}" };
        return best;
    }

    // Met at the pace: every step is work going on or hours that come at a pace above zero.
    private static RequirementPlan? ByPace(LevelDefinition level, Portfolio portfolio, DateOnly asOf, Pace pace, RequirementResult result,
        IReadOnlyList<Step> steps, List<string> notes)
    {
        var projections = new List<Projection>();
        var paces = new List<string>();
        foreach (var step in steps)
        {
            switch (step)
            {
                case ContinueWork:
                    paces.Add("if the work going on continues");
                    break;
                case AddHours or AddEntries when step is EntryStep entries && entries.Evidence is Evidence.Training or Evidence.Sessions:
                    var (hours, observed) = pace.For(entries.Evidence, entries.Accepts, portfolio, asOf);
                    string words = PaceWords(level, entries.Evidence, hours, observed);
                    if (hours <= 0)
                    {
                        notes.Add($"at {words}, time alone does not meet it");
                        return null;
                    }
                    paces.Add("at " + words);
                    projections.Add(new Projection
                    {
                        Evidence = entries.Evidence, Words = entries.Example, HoursPerMonth = hours, Observed = observed,
                        First = asOf.AddMonths(1), Last = asOf.AddYears(HorizonYears),
                        Provider = (step as AddHours)?.Provider ?? (step as AddEntries)?.Provider,
                        ProviderEndorsedIn = (step as AddHours)?.ProviderEndorsedIn ?? (step as AddEntries)?.ProviderEndorsedIn ?? [],
                    });
                    break;
                default:
                    return null;
            }
        }
        var projected = Projection.Apply(portfolio, projections);
        bool Met(DateOnly day) => level.Evaluate(projected, day).Results().FirstOrDefault(r => r.Key == result.Key)?.Status != RequirementStatus.NotMet;
        int low = asOf.DayNumber, high = asOf.AddYears(HorizonYears).DayNumber;
        if (!Met(DateOnly.FromDayNumber(high)))
        {
            notes.Add($"{string.Join(" and ", paces)}, time alone does not meet it within {HorizonYears} years");
            return null;
        }
        while (low < high)
        {
            int mid = low + (high - low) / 2;
            if (Met(DateOnly.FromDayNumber(mid))) high = mid;
            else low = mid + 1;
        }
        var on = DateOnly.FromDayNumber(low);
        return new RequirementPlan
        {
            Key = result.Key, Title = result.Title, Obligation = result.Obligation, Status = PlanStatus.ByPace, On = on,
            Text = $"on {Prose.Date(on)} {string.Join(" and ", paces)}", Projections = [.. projections],
        };
    }

    private static bool TakesTime(Step step) => step is AddHours or AddEntries or AddWork or ContinueWork;

    // "3.5 clock hours of RS/C a month (your average of the last 12 months)".
    private static string PaceWords(LevelDefinition level, Evidence evidence, decimal hours, bool observed)
        => $"{Prose.ClockHours(hours)} of {level.Vocabulary.Name(evidence).Short} a month, {(observed ? "your average of the last 12 months" : "the pace set")}";

    private static IEnumerable<(string? Label, IReadOnlyList<Step> Steps)> Ways(RequirementAdvice advice)
        => advice.Alternatives.IsEmpty
            ? [(null, [.. advice.Steps])]
            : advice.Alternatives.Select(a => ((string?)a.Alternative, (IReadOnlyList<Step>)[.. advice.Way(a.Alternative)]));

    // The way whose steps are done earliest.
    private static (string? Label, IReadOnlyList<Step> Steps) Cheapest(RequirementAdvice advice, Func<IReadOnlyList<Step>, DateOnly> done)
        => Ways(advice).MinBy(w => done(w.Steps));

    private static RequirementPlan Done(RequirementResult result, PlanStatus status, DateOnly? on, string text) => new()
    {
        Key = result.Key, Title = result.Title, Obligation = result.Obligation, Status = status, On = on, Text = text,
    };

    private static RequirementPlan Action(RequirementResult result, (string? Label, IReadOnlyList<Step> Steps)? way, DateOnly on) => new()
    {
        Key = result.Key, Title = result.Title, Obligation = result.Obligation, Status = PlanStatus.Action, On = on,
        Text = result.Missing ?? result.Detail,
        Alternative = way?.Label, Steps = way is { } w ? [.. w.Steps] : [],
    };
}
