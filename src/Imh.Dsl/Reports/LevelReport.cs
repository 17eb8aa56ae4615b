using System.Collections.Immutable;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Reports;

/// <summary>
/// The evaluation of a portfolio against one level or track, worded for people. Generated reports
/// derive from it with one typed property per requirement.
/// </summary>
public class LevelReport
{
    /// <summary>Words an evaluation.</summary>
    public LevelReport(LevelEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var context = evaluation.Context;
        Definition = evaluation.Level;
        Applicant = context.Portfolio.Applicant.Name;
        AsOf = context.AsOf;
        RuleDate = context.RuleDate;
        Outcome = evaluation.Outcome;
        Waived = evaluation.Waived;
        NeedsReview = evaluation.NeedsReview;
        Requirements = evaluation.Results();
        Ignored = context.Ignored;
    }

    /// <summary>The level as declared.</summary>
    public LevelDefinition Definition { get; }

    /// <summary>Level id, e.g. <c>IV-Clinical</c>.</summary>
    public string LevelId => Definition.Id;

    /// <summary>Level name.</summary>
    public string LevelName => Definition.Name;

    /// <summary>Applicant's name.</summary>
    public string Applicant { get; }

    /// <summary>The date the evidence was evaluated at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The date whose rules applied (the application date, or the as-of date).</summary>
    public DateOnly RuleDate { get; }

    /// <summary>Eligible, a provisional outcome, or not yet.</summary>
    public LevelOutcome Outcome { get; }

    /// <summary>The outcome counts as eligible: every required requirement is met or not applicable, or a provisional outcome waives the rest.</summary>
    public bool Eligible => Outcome.Eligible;

    /// <summary>Keys a provisional outcome waives.</summary>
    public ImmutableArray<string> Waived { get; }

    /// <summary>Keys met only subject to the association's review.</summary>
    public ImmutableArray<string> NeedsReview { get; }

    /// <summary>Results in declaration order.</summary>
    public ImmutableArray<RequirementResult> Requirements { get; }

    /// <summary>Evidence left out, and why ("2 training entries dated after the as-of date").</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Keys of the required requirements that are not met.</summary>
    public IEnumerable<string> UnmetKeys => Requirements.Where(r => r.Required && r.Status == RequirementStatus.NotMet).Select(r => r.Key);

    /// <summary>The result of a requirement by key; null when the level has none that applied.</summary>
    public RequirementResult? Result(string key)
    {
        foreach (var r in Requirements)
        {
            if (r.Key == key) return r;
        }
        return null;
    }
}

/// <summary>The continuing-endorsement check of a portfolio for one calendar year.</summary>
public class RenewalReport : LevelReport
{
    /// <summary>Words an evaluation made for a renewal year.</summary>
    public RenewalReport(LevelEvaluation evaluation) : base(evaluation)
    {
        Year = evaluation.Context.RenewalYear ?? throw new ArgumentException("The evaluation is not a renewal.", nameof(evaluation));
    }

    /// <summary>The calendar year checked.</summary>
    public int Year { get; }
}
