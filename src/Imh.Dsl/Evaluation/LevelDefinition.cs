using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>A provisional outcome a level declares (<see cref="ProvisionalAttribute"/>).</summary>
/// <param name="Id">Its id in reports, e.g. <c>emerging</c>.</param>
/// <param name="Name">How people read it.</param>
/// <param name="Waives">Keys of the requirements it waives.</param>
/// <param name="Says">What the report tells the applicant (<c>{level}</c> and <c>{waived}</c> filled in).</param>
public sealed record ProvisionalOutcome(string Id, string Name, ImmutableArray<string> Waives, string? Says);

/// <summary>
/// A level or track as declared, with its initial and continuing requirements: the model the
/// validators evaluate and the documentation renders. Generated from the declarations.
/// </summary>
public sealed class LevelDefinition
{
    // Whether a key has several members (periods, conditions): only then does the choice of InForce matter.
    private readonly bool _requirementVariants;
    private readonly bool _continuingVariants;

    /// <summary>Creates a level; the requirements become part of it.</summary>
    public LevelDefinition(string id, string name, Vocabulary vocabulary,
        ImmutableArray<RequirementDefinition> requirements, ImmutableArray<RequirementDefinition> continuing)
    {
        Id = id;
        Name = name;
        Vocabulary = vocabulary;
        Requirements = requirements.IsDefault ? [] : requirements;
        Continuing = continuing.IsDefault ? [] : continuing;
        foreach (var r in Requirements) r.BelongTo(this);
        _requirementVariants = Repeats(Requirements);
        _continuingVariants = Repeats(Continuing);
        foreach (var r in Continuing) r.BelongTo(this);
        Wording = new Wording(vocabulary, this);
    }

    /// <summary>Level id, e.g. <c>IV-Clinical</c>.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>
    /// The name with the display words of the level's facets, as page and report titles show it:
    /// "Early Childhood Family Specialist, 3 up to 6 years"; the name alone when it has no facets.
    /// </summary>
    public string Title
    {
        get
        {
            var named = Facets.IsDefaultOrEmpty ? [] : Facets.Where(f => Vocabulary.Find(f.GetType())?.InTitle != false).ToList();
            return named.Count == 0 ? Name : Name + ", " + string.Join(", ", named.Select(f => Vocabulary.WordOf(f)?.Display ?? f.ToString()));
        }
    }

    /// <summary>Seniority rank from 1; 0 when the catalog's levels are not a ladder.</summary>
    public int Rank { get; init; }

    /// <summary>For a track: the id of its level (<c>IV</c>).</summary>
    public string? LevelId { get; init; }

    /// <summary>For a track: the track's id within its level (<c>Clinical</c>).</summary>
    public string? TrackId { get; init; }

    /// <summary>Other spellings of the id.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Values of the catalog's choice enums that characterize the level (its age band).</summary>
    public ImmutableArray<Enum> Facets { get; init; } = [];

    /// <summary>When the level is in force.</summary>
    public Period Period { get; init; }

    /// <summary>The provisional outcome the level declares, if any.</summary>
    public ProvisionalOutcome? Provisional { get; init; }

    /// <summary>The catalog's vocabulary.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The catalog's words for this level.</summary>
    public Wording Wording { get; }

    /// <summary>Initial requirements in declaration order, every period and variant, including those not required.</summary>
    public ImmutableArray<RequirementDefinition> Requirements { get; }

    /// <summary>Continuing-endorsement rules in declaration order, every period and variant.</summary>
    public ImmutableArray<RequirementDefinition> Continuing { get; }

    /// <summary>The level's facet values of one catalog enum, as bits (0 when it has none).</summary>
    public ulong Facet(Type set)
    {
        ulong bits = 0;
        foreach (var f in Facets)
        {
            if (f.GetType() == set) bits |= WordBits.Of(f);
        }
        return bits;
    }

    /// <summary>Evaluates a portfolio for initial endorsement as of a date.</summary>
    public LevelEvaluation Evaluate(Portfolio portfolio, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return Run(new EvaluationContext(portfolio, this, asOf), Requirements);
    }

    /// <summary>Evaluates a portfolio for continuing endorsement in a calendar year (evidence up to 31 December).</summary>
    public LevelEvaluation Renew(Portfolio portfolio, int year)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return Run(new EvaluationContext(portfolio, this, new DateOnly(year, 12, 31), year), Continuing);
    }

    /// <summary>
    /// The earliest day the portfolio meets this level if the applicant keeps their pace (work goes
    /// on at its FTE, hours come at <paramref name="pace"/>, by default their average of the last
    /// 12 months), requirement by requirement, with the actions time alone does not bring.
    /// </summary>
    public Planning.LevelPlan Plan(Portfolio portfolio, DateOnly asOf, Planning.Pace? pace = null) => Planning.Planner.Plan(this, portfolio, asOf, pace);

    /// <summary>Only the verdict: the outcome counts as eligible.</summary>
    public bool IsEligible(Portfolio portfolio, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var context = new EvaluationContext(portfolio, this, asOf);
        ImmutableArray<string> waived = Provisional is null ? [] : Provisional.Waives;

        // The outcome is eligible unless a required requirement that no provisional outcome waives is unmet:
        // the first such one decides, and the rest need not be evaluated.
        if (_requirementVariants)
        {
            foreach (var r in InForce(Requirements, context))
            {
                if (Blocks(r, context, waived)) return false;
            }
            return true;
        }
        // One member per key: a loop, as in Run (a query would capture the context in a closure on every check).
        foreach (var r in Requirements)
        {
            if (Shown(r, context.RuleDate) && Blocks(r, context, waived)) return false;
        }
        return true;
    }

    private static bool Blocks(RequirementDefinition r, EvaluationContext context, ImmutableArray<string> waived)
        => r.Obligation == Obligation.Required && !waived.Contains(r.Key) && r.Assess(context).Blocks;

    /// <summary>
    /// The requirements that apply on the context's rule date, one per key, in declaration order:
    /// of the variants in force, the first whose conditions hold (the first in force when none does).
    /// A key none of whose variants is in force yet is given by its earliest later variant, which
    /// the report shows as not applicable until its first day ("required beginning with the 2023
    /// renewal"); a key whose variants have all ended is left out.
    /// </summary>
    public static IEnumerable<RequirementDefinition> InForce(ImmutableArray<RequirementDefinition> requirements, EvaluationContext context)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in requirements)
        {
            if (Documented(r) || done.Contains(r.Key)) continue;
            RequirementDefinition? chosen = null, first = null, later = null;
            foreach (var variant in requirements)
            {
                if (variant.Key != r.Key || Documented(variant)) continue;
                if (!variant.Period.Contains(context.RuleDate))
                {
                    if (variant.Period.From > context.RuleDate && (later is null || variant.Period.From < later.Period.From)) later = variant;
                    continue;
                }
                first ??= variant;
                if (variant.Conditions.All(c => c.Holds(context))) { chosen = variant; break; }
            }
            var shown = chosen ?? first ?? later;
            if (shown is null) continue;
            done.Add(r.Key);
            yield return shown;
        }
    }

    // The only member of its key is reported when in force, whatever its conditions say, or before
    // its first day (not applicable until then); once ended it is left out.
    private static bool Shown(RequirementDefinition r, DateOnly ruleDate)
        => !Documented(r) && (r.Period.Contains(ruleDate) || r.Period.From > ruleDate);

    // Not required, or optional with no rule: shown in the documentation, never evaluated.
    private static bool Documented(RequirementDefinition r)
        => r.Obligation == Obligation.NotRequired || (r.Obligation == Obligation.Optional && r.Rules.IsEmpty);

    private LevelEvaluation Run(EvaluationContext context, ImmutableArray<RequirementDefinition> requirements)
    {
        var assessments = ImmutableArray.CreateBuilder<RequirementAssessment>(requirements.Length);
        if (HasVariants(requirements))
        {
            foreach (var r in InForce(requirements, context)) assessments.Add(r.Assess(context));
        }
        else
        {
            // One member per key: InForce's rule without its bookkeeping.
            foreach (var r in requirements)
            {
                if (Shown(r, context.RuleDate)) assessments.Add(r.Assess(context));
            }
        }
        return new LevelEvaluation(context, assessments.DrainToImmutable());
    }

    private bool HasVariants(ImmutableArray<RequirementDefinition> requirements)
        => requirements == Requirements ? _requirementVariants : _continuingVariants;

    private static bool Repeats(ImmutableArray<RequirementDefinition> requirements)
        => requirements.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count() != requirements.Length;
}

/// <summary>The outcome of a level: eligible, a provisional outcome the level declares, or not yet.</summary>
/// <param name="Id"><c>eligible</c>, <c>notYet</c> or the provisional outcome's id.</param>
/// <param name="Name">How people read it.</param>
/// <param name="Eligible">The outcome counts as eligible (a provisional outcome does).</param>
public readonly record struct LevelOutcome(string Id, string Name, bool Eligible)
{
    /// <summary>Every required requirement is met or not applicable.</summary>
    public static LevelOutcome Met { get; } = new("eligible", "Meets requirements", true);

    /// <summary>Some required requirement is not met.</summary>
    public static LevelOutcome NotYet { get; } = new("notYet", "Not yet", false);
}

/// <summary>What evaluating a portfolio against one level found, before any sentence is written.</summary>
public sealed class LevelEvaluation
{
    internal LevelEvaluation(EvaluationContext context, ImmutableArray<RequirementAssessment> assessments)
    {
        Context = context;
        Assessments = assessments;
        // Loops rather than queries: a folder check builds one of these per portfolio and level.
        var provisional = context.Level.Provisional;
        int blocking = 0;
        bool allWaived = provisional is not null, review = false;
        foreach (var a in assessments)
        {
            review |= a.Alternative is not null;
            if (!a.Blocks) continue;
            blocking++;
            if (allWaived) allWaived = provisional!.Waives.Contains(a.Requirement.Key);
        }
        if (blocking == 0) Outcome = LevelOutcome.Met;
        else if (allWaived)
        {
            Outcome = new LevelOutcome(provisional!.Id, provisional.Name, true);
            Waived = [.. assessments.Where(a => a.Blocks).Select(a => a.Requirement.Key)];
        }
        else Outcome = LevelOutcome.NotYet;
        NeedsReview = review ? Reviewed(assessments) : [];
    }

    // The met requirements whose alternative taken the association reviews: a loop, as the lambdas would
    // capture each label in a closure.
    private static ImmutableArray<string> Reviewed(ImmutableArray<RequirementAssessment> assessments)
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var a in assessments)
        {
            var label = a.Alternative;
            if (a.Status != RequirementStatus.Met || label is null) continue;
            foreach (var r in a.Requirement.Reviews)
            {
                if (r.Alternative == label) { keys.Add(a.Requirement.Key); break; }
            }
        }
        return keys.DrainToImmutable();
    }

    /// <summary>The evaluation's context: portfolio, dates, level.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The level evaluated.</summary>
    public LevelDefinition Level => Context.Level;

    /// <summary>One assessment per requirement that applies, in declaration order.</summary>
    public ImmutableArray<RequirementAssessment> Assessments { get; }

    /// <summary>The outcome.</summary>
    public LevelOutcome Outcome { get; }

    /// <summary>Keys the provisional outcome waives (empty otherwise).</summary>
    public ImmutableArray<string> Waived { get; } = [];

    /// <summary>Keys met only subject to the association's review.</summary>
    public ImmutableArray<string> NeedsReview { get; }

    /// <summary>The reports' results: each assessment worded.</summary>
    public ImmutableArray<RequirementResult> Results()
    {
        // Filled by index: every report words every assessment, and a query's iterator and copies cost more than the array.
        var results = new RequirementResult[Assessments.Length];
        for (int i = 0; i < results.Length; i++) results[i] = Assessments[i].Requirement.Report(Assessments[i], Context);
        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }
}
