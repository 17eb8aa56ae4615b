using System.Collections.Immutable;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// A requirement as declared: key, title, obligation, condition, source quotes and rules. Rules
/// without an alternative label must all be met; labelled rules form alternatives of which one
/// must be met in full.
/// </summary>
public sealed class RequirementDefinition
{
    /// <summary>Stable key.</summary>
    public required string Key { get; init; }
    /// <summary>One-line title.</summary>
    public required string Title { get; init; }
    /// <summary>Required, recommended, optional or not required.</summary>
    public Obligation Obligation { get; init; }
    /// <summary>The applicant condition under which it applies.</summary>
    public ApplicantCondition When { get; init; }
    /// <summary>Quoted source sentences.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];
    /// <summary>The rules.</summary>
    public ImmutableArray<Rule> Rules { get; init; } = [];

    /// <summary>The source quotes joined for a report.</summary>
    public string Source => string.Join(" ", Sources);

    /// <summary>Alternative labels in declaration order.</summary>
    public IReadOnlyList<string> AlternativeLabels
    {
        get
        {
            var labels = new List<string>();
            foreach (var rule in Rules)
            {
                if (rule.Alternative is { } label && !labels.Contains(label)) labels.Add(label);
            }
            return labels;
        }
    }

    /// <summary>The requirement in plain words, with its numbers.</summary>
    public string Describe()
    {
        var always = Rules.Where(r => r.Alternative is null).Select(r => r.Describe()).ToList();
        var labels = AlternativeLabels;
        string text = string.Join("; and ", always);
        if (labels.Count > 0)
        {
            var alternatives = labels.Select(l => $"({l}) " + string.Join(" and ", Rules.Where(r => r.Alternative == l).Select(r => r.Describe())));
            var anyOf = "any of: " + string.Join("; or ", alternatives);
            text = text.Length == 0 ? anyOf : $"{text}; and {anyOf}";
        }
        if (When != ApplicantCondition.None) text = $"{ConditionWords(When)}: {text}";
        return text;
    }

    /// <summary>The requirement in a few words, for a comparison table.</summary>
    public string Summarize()
    {
        var parts = Rules.Where(r => r.Alternative is null).Select(r => r.Summarize()).ToList();
        var labels = AlternativeLabels;
        if (labels.Count > 0)
        {
            parts.Add("any of " + string.Join(" / ", labels.Select(l => $"({l}) " + string.Join(" + ", Rules.Where(r => r.Alternative == l).Select(r => r.Summarize())))));
        }
        var text = string.Join(" + ", parts);
        return When == ApplicantCondition.None ? text : $"{text} (if {ConditionShort(When)})";
    }

    private static string ConditionShort(ApplicantCondition condition) => condition switch
    {
        ApplicantCondition.ProvidesReflectiveSupervision => "providing RS/C",
        ApplicantCondition.SupervisesOthers => "supervising others",
        _ => "",
    };

    /// <summary>Evaluates the requirement.</summary>
    public RequirementResult Evaluate(EvaluationContext context)
    {
        if (!context.Holds(When))
        {
            return new RequirementResult
            {
                Key = Key, Title = Title, Obligation = Obligation, Status = RequirementStatus.NotApplicable,
                Detail = $"applies only {ConditionWords(When)}", Source = Source,
            };
        }
        var findings = ImmutableArray.CreateBuilder<Finding>(Rules.Length);
        foreach (var rule in Rules) findings.Add(rule.Evaluate(context));
        var all = findings.MoveToImmutable();

        bool alwaysMet = true;
        var details = new List<string>();
        var missing = new List<string>();
        foreach (var f in all)
        {
            if (f.Alternative is not null) continue;
            details.Add(f.Detail);
            if (!f.Met) { alwaysMet = false; missing.Add(f.Missing!); }
        }
        string? taken = null;
        var labels = AlternativeLabels;
        if (labels.Count > 0)
        {
            foreach (var label in labels)
            {
                if (all.Where(f => f.Alternative == label).All(f => f.Met)) { taken = label; break; }
            }
            if (taken is not null)
            {
                details.Add($"({taken}) " + string.Join("; ", all.Where(f => f.Alternative == taken).Select(f => f.Detail)));
            }
            else
            {
                foreach (var label in labels) details.Add($"({label}) " + string.Join("; ", all.Where(f => f.Alternative == label).Select(f => f.Detail)));
                missing.Add("one of: " + string.Join("; or ", labels.Select(l => $"({l}) " + string.Join(" and ", all.Where(f => f.Alternative == l && !f.Met).Select(f => f.Missing)))));
            }
        }
        bool met = alwaysMet && (labels.Count == 0 || taken is not null);
        return new RequirementResult
        {
            Key = Key, Title = Title, Obligation = Obligation,
            Status = met ? RequirementStatus.Met : RequirementStatus.NotMet,
            Detail = string.Join("; ", details),
            Missing = met ? null : string.Join("; ", missing),
            Source = Source, Alternative = taken, Findings = all,
        };
    }

    /// <summary>Only the verdict: met or not applicable.</summary>
    public bool IsSatisfied(EvaluationContext context)
    {
        if (!context.Holds(When)) return true;
        bool hasAlternatives = false;
        foreach (var rule in Rules)
        {
            if (rule.Alternative is null) { if (!rule.IsMet(context)) return false; }
            else hasAlternatives = true;
        }
        if (!hasAlternatives) return true;
        foreach (var label in AlternativeLabels)
        {
            bool all = true;
            foreach (var rule in Rules)
            {
                if (rule.Alternative == label && !rule.IsMet(context)) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    private static string ConditionWords(ApplicantCondition condition) => condition switch
    {
        ApplicantCondition.ProvidesReflectiveSupervision => "when the applicant provides reflective supervision/consultation to others",
        ApplicantCondition.SupervisesOthers => "when the applicant supervises others",
        _ => "always",
    };
}

/// <summary>A level or track as declared, with its initial and continuing requirements. The generated documentation model.</summary>
public sealed class LevelDefinition
{
    /// <summary>Level id, e.g. <c>IV-Clinical</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Display name.</summary>
    public required string Name { get; init; }
    /// <summary>Seniority rank.</summary>
    public int Rank { get; init; }
    /// <summary>For a track: the id of its level (<c>IV</c>).</summary>
    public string? LevelId { get; init; }
    /// <summary>For a track: the track's id within its level (<c>Clinical</c>).</summary>
    public string? TrackId { get; init; }
    /// <summary>Initial requirements in declaration order, including those not required.</summary>
    public ImmutableArray<RequirementDefinition> Requirements { get; init; } = [];
    /// <summary>Continuing-endorsement rules in declaration order.</summary>
    public ImmutableArray<RequirementDefinition> Continuing { get; init; } = [];
}
