using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

// The plan for a person: what it assumes, then per level its verdict and each requirement's state
// and plan, then one line per level.
internal sealed partial class TextReport
{
    /// <summary>The plans of one or more levels.</summary>
    public string Plan(Catalog catalog, string applicant, DateOnly asOf, Pace pace, IReadOnlyList<LevelPlan> plans)
    {
        _text.Append(Bold($"{Printable.Escape(applicant)}: plan as of {Prose.Date(asOf)}")).Append('\n');
        AppendWrapped(PlanWording.Assumes(catalog, pace), "", "  ");
        foreach (LevelPlan plan in plans)
        {
            string verdict = PlanWording.Verdict(plan);
            _text.Append('\n').Append(Bold($"{catalog.Named(plan.Level.Id)}: {plan.Level.Name}")).Append(" — ")
                .Append(plan.Now.Eligible ? Green(verdict) : plan.Actions.Any() ? Red(verdict) : Yellow(verdict)).Append('\n');
            foreach (RequirementPlan r in plan.Requirements)
            {
                _text.Append("  ").Append(PlanMark(r)).Append(' ').Append(PlanWording.Title(r)).Append(": ").Append(PlanWording.State(r)).Append('\n');
                if (r.Status is PlanStatus.ByPace or PlanStatus.Action) AppendWrapped(r.Text, "");
            }
        }

        _text.Append('\n');
        foreach (LevelPlan plan in plans) AppendWrapped(PlanWording.Summary(catalog, plan), "", "");
        return _text.ToString();
    }

    private string PlanMark(RequirementPlan r) => r.Status switch
    {
        PlanStatus.Met => Green("✓"),
        PlanStatus.ByPace => Yellow("→"),
        PlanStatus.Action when r.Obligation == Obligation.Required => Red("✗"),
        PlanStatus.Action => Yellow("✗"),
        _ => Dim("–"),
    };
}
