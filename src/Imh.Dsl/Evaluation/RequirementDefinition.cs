using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Imh.Dsl.Planning;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>A sentence of the source shown on the documentation without being checked.</summary>
/// <param name="Quote">The sentence as printed.</param>
/// <param name="Says">Why it is not checked, or the decision taken about it.</param>
public sealed record SourceNote(string Quote, string? Says);

/// <summary>An alternative whose evidence the association decides on (<see cref="ReviewAttribute"/>).</summary>
/// <param name="Alternative">The alternative label.</param>
/// <param name="Decide">What the association decides.</param>
/// <param name="Quote">The sentence that leaves it to the association.</param>
public sealed record ReviewNote(string Alternative, string Decide, string Quote)
{
    /// <summary>The note a report carries: what must be decided, quoting the sentence.</summary>
    public string Text => $"The association decides {Decide}: “{Quote}”";
}

/// <summary>
/// A requirement as declared: key, title, obligation, conditions, source quotes and rules. Rules
/// without an alternative label must all be met; labelled rules form alternatives of which one
/// must be met in full. Immutable once built.
/// </summary>
public sealed class RequirementDefinition
{
    private readonly Period[] _rulePeriods;
    private readonly string[] _labels;
    private readonly string?[] _descriptions;
    private string? _source;
    private LevelDefinition? _level;

    /// <summary>Creates a requirement from its rules and the parts that belong to them.</summary>
    public RequirementDefinition(string key, string title, ImmutableArray<RuleAttribute> rules, ImmutableArray<RulePartAttribute> parts = default)
    {
        Key = key;
        Title = title;
        Rules = rules.IsDefault ? [] : rules;
        Parts = parts.IsDefault ? [] : parts;
        foreach (var part in Parts)
        {
            var owner = Rules.FirstOrDefault(r => part.RuleType.IsInstanceOfType(r) && r.Alternative == part.Alternative)
                ?? throw new InvalidOperationException($"[{part.GetType().Name}] on '{key}' has no [{part.RuleType.Name}] with the same alternative to belong to.");
            owner.Attach(part);
        }
        _rulePeriods = [.. Rules.Select(r => Period.Parse(r.From, r.Until))];
        _labels = [.. Rules.Select(r => r.Alternative).OfType<string>().Distinct(StringComparer.Ordinal)];
        _descriptions = new string?[Rules.Length];
    }

    /// <summary>Stable key.</summary>
    public string Key { get; }

    /// <summary>One-line title.</summary>
    public string Title { get; }

    /// <summary>Required, recommended, optional or not required.</summary>
    public Obligation Obligation { get; init; }

    /// <summary>A continuing-endorsement (renewal) rule.</summary>
    public bool IsContinuing { get; init; }

    /// <summary>When the requirement is in force.</summary>
    public Period Period { get; init; }

    /// <summary>Conditions under which it applies; all must hold.</summary>
    public ImmutableArray<ConditionAttribute> Conditions { get; init; } = [];

    /// <summary>Quoted source sentences.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Sentences of the source shown but not checked.</summary>
    public ImmutableArray<SourceNote> Notes { get; init; } = [];

    /// <summary>Alternatives met only subject to the association's review.</summary>
    public ImmutableArray<ReviewNote> Reviews { get; init; } = [];

    /// <summary>The rules, in declaration order.</summary>
    public ImmutableArray<RuleAttribute> Rules { get; }

    /// <summary>The parts of the rules, in declaration order.</summary>
    public ImmutableArray<RulePartAttribute> Parts { get; }

    /// <summary>The level or track this requirement belongs to.</summary>
    public LevelDefinition Level => _level ?? throw new InvalidOperationException($"'{Key}' is not part of a level yet.");

    /// <summary>Words for the requirement's level.</summary>
    public Wording Wording => Level.Wording;

    /// <summary>The source quotes joined for a report.</summary>
    public string Source => _source ??= string.Join(" ", Sources);

    /// <summary>Alternative labels in declaration order.</summary>
    public IReadOnlyList<string> AlternativeLabels => _labels;

    /// <summary>When each rule is in force, in the order of <see cref="Rules"/>.</summary>
    public Period RulePeriod(int index) => _rulePeriods[index];

    internal void BelongTo(LevelDefinition level)
    {
        if (_level is not null && _level != level) throw new InvalidOperationException($"'{Key}' already belongs to {_level.Id}.");
        _level = level;
    }

    /// <summary>Evaluates the requirement: the data that decides it, with no sentences.</summary>
    public RequirementAssessment Assess(EvaluationContext context)
    {
        if (!Period.Contains(context.RuleDate)) return new RequirementAssessment(this, RequirementStatus.NotApplicable, [], null, null) { NotYet = true };
        foreach (var condition in Conditions)
        {
            if (!condition.Holds(context)) return new RequirementAssessment(this, RequirementStatus.NotApplicable, [], null, condition);
        }
        var outcomes = new RuleOutcome?[Rules.Length];
        bool always = true;
        for (int i = 0; i < outcomes.Length; i++)
        {
            if (!_rulePeriods[i].Contains(context.RuleDate)) continue;
            outcomes[i] = Rules[i].Evaluate(context);
            if (Rules[i].Alternative is null) always &= outcomes[i]!.Met;
        }
        string? taken = null;
        foreach (var label in _labels)
        {
            if (AlternativeMet(outcomes, label)) { taken = label; break; }
        }
        bool met = always && (_labels.Length == 0 || taken is not null);
        // The array is the assessment's own from here on: handed over without a copy.
        return new RequirementAssessment(this, met ? RequirementStatus.Met : RequirementStatus.NotMet, ImmutableCollectionsMarshal.AsImmutableArray(outcomes), taken, null);
    }

    /// <summary>Evaluates the requirement and words the result for a report.</summary>
    public RequirementResult Evaluate(EvaluationContext context) => Report(Assess(context), context);

    /// <summary>Words an assessment for a report.</summary>
    public RequirementResult Report(RequirementAssessment assessment, EvaluationContext context)
    {
        if (assessment.Inapplicable is not null || assessment.NotYet)
        {
            return new RequirementResult
            {
                Key = Key, Title = Title, Obligation = Obligation, Status = RequirementStatus.NotApplicable,
                Detail = assessment.Inapplicable?.Explain(context, Wording) ?? NotYet(context), Source = Source,
            };
        }
        var wording = Wording;
        // One finding per rule in force, filled by index and handed over without a copy.
        int inForce = 0;
        for (int i = 0; i < Rules.Length; i++) inForce += assessment.Outcomes[i] is null ? 0 : 1;
        var findings = new Finding[inForce];
        int n = 0;
        for (int i = 0; i < Rules.Length; i++)
        {
            var outcome = assessment.Outcomes[i];
            if (outcome is null) continue;
            var explanation = Rules[i].Explain(outcome, wording);
            // Where the rule kind advises, what is missing is its plan; otherwise its own words.
            var advice = outcome.Met ? null : Rules[i].Advise(outcome, context);
            findings[n++] = new Finding
            {
                Rule = Description(i), Met = outcome.Met, Detail = explanation.Detail,
                Missing = outcome.Met ? null : advice?.Text ?? explanation.Missing ?? "", Alternative = Rules[i].Alternative, Outcome = outcome,
                Advice = advice,
            };
        }
        var all = ImmutableCollectionsMarshal.AsImmutableArray(findings);
        bool met = assessment.Status == RequirementStatus.Met;
        var review = met && assessment.Alternative is not null ? ReviewOf(assessment.Alternative) : null;
        var (detail, missing) = Join(all, assessment.Alternative);
        var why = Why(assessment, context);
        if (why is not null) detail = $"{why}: {detail}";
        return new RequirementResult
        {
            Key = Key, Title = Title, Obligation = Obligation,
            Status = assessment.Status, Detail = detail, Missing = met ? null : missing,
            Source = Source, Alternative = assessment.Alternative, Findings = all, Review = review?.Text,
            Advice = met ? null : Advise(all),
        };
    }

    // A loop, not a query: a lambda capturing the label would cost a closure on every report.
    private ReviewNote? ReviewOf(string label)
    {
        foreach (var r in Reviews)
        {
            if (r.Alternative == label) return r;
        }
        return null;
    }

    /// <summary>
    /// The steps of the unmet rules outside alternatives and, when no alternative is met, those of
    /// each alternative whose unmet rules all advise; null when a needed rule declines to advise
    /// or no alternative can be advised.
    /// </summary>
    private RequirementAdvice? Advise(ImmutableArray<Finding> findings)
    {
        var steps = ImmutableArray.CreateBuilder<Step>();
        foreach (var f in findings)
        {
            if (f.Alternative is not null || f.Met) continue;
            if (f.Advice is null) return null;
            steps.AddRange(f.Advice.Steps);
        }
        var alternatives = ImmutableArray.CreateBuilder<AlternativeAdvice>();
        bool taken = _labels.Any(l => findings.Where(f => f.Alternative == l).All(f => f.Met) && findings.Any(f => f.Alternative == l));
        if (!taken)
        {
            foreach (var label in _labels)
            {
                var own = findings.Where(f => f.Alternative == label && !f.Met).ToList();
                if (own.Any(f => f.Advice is null)) continue;
                alternatives.Add(new AlternativeAdvice(label, [.. own.SelectMany(f => f.Advice!.Steps)]));
            }
            if (_labels.Length > 0 && alternatives.Count == 0) return null;
        }
        return new RequirementAdvice(steps.ToImmutable(), alternatives.ToImmutable());
    }

    // A variant that starts later than the rule date: when it will apply.
    private string NotYet(EvaluationContext context)
        => Period.From is null ? "not in force"
        : context.RenewalYear is not null ? $"required beginning with the {Period.From.Value.Year} renewal"
        : $"required from {Prose.Date(Period.From.Value)} ({RuleDateWords(context)})";

    /// <summary>
    /// What chose the rules reported, said before the details: the period of a dated variant or
    /// rule and the date that put it in force ("rule from 2024-01-01 (application date
    /// 2024-02-10)"), and the conditions that chose this variant ("held since ..."); null when the
    /// requirement has one undated form.
    /// </summary>
    private string? Why(RequirementAssessment assessment, EvaluationContext context)
    {
        // Most requirements have one undated form: no list is made for them.
        List<string>? reasons = null;
        var period = Period;
        if (period.IsAlways)
        {
            for (int i = 0; i < Rules.Length; i++)
            {
                if (assessment.Outcomes.Length > i && assessment.Outcomes[i] is not null && !_rulePeriods[i].IsAlways) { period = _rulePeriods[i]; break; }
            }
        }
        if (!period.IsAlways) reasons = [$"rule {InForce(period)} ({RuleDateWords(context)})"];
        foreach (var condition in Conditions)
        {
            var applied = condition.Applied(context, Wording);
            if (applied is not null) (reasons ??= []).Add(applied);
        }
        return reasons is null ? null : string.Join("; ", reasons);
    }

    // A rule that gave way to another is said by the day the other took over: "rule before 2024-01-01".
    private static string InForce(Period period)
    {
        var until = period.Until;
        return period.From is null && until is not null && until.Value < DateOnly.MaxValue ? "before " + Prose.Date(until.Value.AddDays(1)) : period.ToString();
    }

    private static string RuleDateWords(EvaluationContext context)
        => context.RenewalYear is not null ? $"renewal year {context.RenewalYear}"
        : context.Portfolio.ApplicationDate == context.RuleDate ? $"application date {Prose.Date(context.RuleDate)}"
        : $"as-of date {Prose.Date(context.RuleDate)}";
    // A rule's words never change once its level is built, and every report of every portfolio shows them:
    // worded once (two threads may both word it; they write the same string).
    private string Description(int rule) => _descriptions[rule] ??= Rules[rule].Describe(Wording);

    /// <summary>The details of the findings and, when unmet, what is missing, as one line each.</summary>
    private (string Detail, string Missing) Join(ImmutableArray<Finding> findings, string? taken)
    {
        if (findings.Length == 1 && _labels.Length == 0) return (findings[0].Detail, findings[0].Missing ?? "");
        var details = new List<string>();
        var missing = new List<string>();
        foreach (var f in findings)
        {
            if (f.Alternative is not null) continue;
            details.Add(f.Detail);
            // Report gives every unmet finding its missing text, empty when the rule says nothing.
            if (!f.Met) missing.Add(f.Missing!);
        }
        if (taken is not null)
        {
            details.Add($"({taken}) " + JoinOf(findings, taken, "; ", unmetOnly: false));
        }
        else if (_labels.Length > 0)
        {
            var ways = new List<string>();
            foreach (var label in _labels)
            {
                details.Add($"({label}) " + JoinOf(findings, label, "; ", unmetOnly: false));
                ways.Add($"({label}) " + JoinOf(findings, label, " and ", unmetOnly: true));
            }
            missing.Add("one of: " + string.Join("; or ", ways));
        }
        return (string.Join("; ", details), string.Join("; ", missing));
    }

    // The details of an alternative's findings, or what its unmet ones miss, joined: a loop rather than
    // queries whose lambdas would capture the label (a closure on every call, even one that returns early).
    private static string JoinOf(ImmutableArray<Finding> findings, string label, string separator, bool unmetOnly)
    {
        var parts = new List<string?>(findings.Length);
        foreach (var f in findings)
        {
            if (f.Alternative != label || (unmetOnly && f.Met)) continue;
            parts.Add(unmetOnly ? f.Missing : f.Detail);
        }
        return string.Join(separator, parts);
    }

    private bool AlternativeMet(RuleOutcome?[] outcomes, string label)
    {
        bool any = false;
        for (int i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i];
            if (Rules[i].Alternative != label || outcome is null) continue;
            if (!outcome.Met) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The requirement in plain words, with its numbers; a rule with a period says when it is in force.</summary>
    public string Describe() => Words(asOf: null);

    /// <summary>The requirement in plain words as it stood on <paramref name="asOf"/>: only the rules in force that day.</summary>
    public string Describe(DateOnly asOf) => Words(asOf);

    /// <summary>The requirement in a few words, for a comparison table; a rule with a period says when it is in force.</summary>
    public string Summarize() => Brief(asOf: null);

    /// <summary>The requirement in a few words as it stood on <paramref name="asOf"/>: only the rules in force that day.</summary>
    public string Summarize(DateOnly asOf) => Brief(asOf);

    private string Words(DateOnly? asOf)
    {
        var wording = Wording;
        string Rule(int i) => Dated(Rules[i].Describe(wording), i, asOf);
        var shown = Shown(asOf);
        var always = shown.Where(i => Rules[i].Alternative is null).Select(Rule).ToList();
        string text = string.Join("; and ", always);
        var alternatives = Labels(shown).Select(l => $"({l}) " + string.Join(" and ", shown.Where(i => Rules[i].Alternative == l).Select(Rule))).ToList();
        if (alternatives.Count > 0)
        {
            var anyOf = "any of: " + string.Join("; or ", alternatives);
            text = text.Length == 0 ? anyOf : $"{text}; and {anyOf}";
        }
        foreach (var condition in Conditions) text = $"{condition.Describe(wording)}: {text}";
        return text;
    }

    private string Brief(DateOnly? asOf)
    {
        var wording = Wording;
        string Rule(int i) => Dated(Rules[i].Summarize(wording), i, asOf);
        var shown = Shown(asOf);
        var parts = shown.Where(i => Rules[i].Alternative is null).Select(Rule).ToList();
        var labels = Labels(shown);
        if (labels.Count > 0)
        {
            parts.Add("any of " + string.Join(" / ", labels.Select(l => $"({l}) " + string.Join(" + ", shown.Where(i => Rules[i].Alternative == l).Select(Rule)))));
        }
        var text = string.Join(" + ", parts);
        foreach (var condition in Conditions) text = $"{text} ({condition.Summarize(wording)})";
        return text;
    }

    // The indexes of the rules in force on the day, or of every rule.
    private List<int> Shown(DateOnly? asOf)
        => [.. Enumerable.Range(0, Rules.Length).Where(i => asOf is null || _rulePeriods[i].Contains(asOf.Value))];

    private List<string> Labels(List<int> shown) => [.. _labels.Where(l => shown.Any(i => Rules[i].Alternative == l))];

    // Every rule is shown with its period, unless the text is for one day.
    private string Dated(string text, int rule, DateOnly? asOf)
    {
        var period = _rulePeriods[rule];
        return asOf is not null || period.IsAlways ? text : $"{text} ({period})";
    }
}

/// <summary>What evaluating one requirement found, before any sentence is written.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Status">Met, not met or not applicable.</param>
/// <param name="Outcomes">Each rule's outcome, in the order of the rules; null for a rule not in force (or not evaluated).</param>
/// <param name="Alternative">The alternative taken, if any.</param>
/// <param name="Inapplicable">The condition that does not hold, when not applicable.</param>
public sealed record RequirementAssessment(
    RequirementDefinition Requirement, RequirementStatus Status, ImmutableArray<RuleOutcome?> Outcomes, string? Alternative, ConditionAttribute? Inapplicable)
{
    /// <summary>The requirement blocks eligibility: required and not met.</summary>
    public bool Blocks => Requirement.Obligation == Obligation.Required && Status == RequirementStatus.NotMet;

    /// <summary>Not applicable because the requirement is not in force yet on the rule date.</summary>
    public bool NotYet { get; init; }
}
