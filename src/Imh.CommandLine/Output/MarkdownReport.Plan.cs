using System.Text;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Output;

// The plan as Markdown: what it assumes, a table per level (requirement | state | plan), a summary.
internal static partial class MarkdownReport
{
    /// <summary>The plans of one or more levels.</summary>
    public static string Plan(Catalog catalog, string applicant, DateOnly asOf, Pace pace, IReadOnlyList<LevelPlan> plans)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(applicant)).Append(": plan as of ").Append(Prose.Date(asOf)).Append("\n\n");
        md.Append(Inline(PlanWording.Assumes(catalog, pace))).Append('\n');
        foreach (LevelPlan plan in plans)
        {
            md.Append("\n## ").Append(Inline($"{catalog.Named(plan.Level.Id)}: {plan.Level.Name}")).Append(" (").Append(PlanWording.Verdict(plan)).Append(")\n\n");
            md.Append("| requirement | state | plan |\n");
            md.Append("|---|---|---|\n");
            foreach (RequirementPlan r in plan.Requirements)
            {
                md.Append("| ").Append(Cell(PlanWording.Title(r)))
                    .Append(" | ").Append(PlanWording.State(r))
                    .Append(" | ").Append(r.Status is PlanStatus.ByPace or PlanStatus.Action ? Cell(r.Text) : "")
                    .Append(" |\n");
            }
        }

        md.Append("\n## Summary\n\n");
        foreach (LevelPlan plan in plans) md.Append("- ").Append(Inline(PlanWording.Summary(catalog, plan))).Append('\n');
        return md.ToString();
    }
}
