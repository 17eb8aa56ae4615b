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

    // A definition is immutable once initialized, so the texts every report repeats are built once.
    private string? source;
    private string[]? labels;
    private IReadOnlyList<string>? alternativeLabels;
    private string? notApplicableDetail;

    /// <summary>The source quotes joined for a report.</summary>
    public string Source => source ??= string.Join(" ", Sources);

    /// <summary>Alternative labels in declaration order.</summary>
    public IReadOnlyList<string> AlternativeLabels => alternativeLabels ??= Array.AsReadOnly(Labels);

    private string[] Labels
    {
        get
        {
            if (labels is not null) return labels;
            var found = new List<string>();
            foreach (var rule in Rules)
            {
                if (rule.Alternative is { } label && !found.Contains(label)) found.Add(label);
            }
            return labels = [.. found];
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
                Detail = notApplicableDetail ??= $"applies only {ConditionWords(When)}", Source = Source,
            };
        }
        var rules = Rules;
        var findings = new Finding[rules.Length];
        for (int i = 0; i < findings.Length; i++) findings[i] = rules[i].Evaluate(context);
        var all = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(findings);
        var alternatives = Labels;

        // Most requirements have one rule and no alternatives: its finding is the whole story.
        if (findings.Length == 1 && alternatives.Length == 0 && findings[0].Alternative is null)
        {
            var only = findings[0];
            return new RequirementResult
            {
                Key = Key, Title = Title, Obligation = Obligation,
                Status = only.Met ? RequirementStatus.Met : RequirementStatus.NotMet,
                Detail = only.Detail,
                Missing = only.Met ? null : only.Missing ?? "",
                Source = Source, Findings = all,
            };
        }

        bool alwaysMet = true;
        var details = new List<string>(findings.Length + alternatives.Length);
        var missing = new List<string?>(2);
        foreach (var f in findings)
        {
            if (f.Alternative is not null) continue;
            details.Add(f.Detail);
            if (!f.Met) { alwaysMet = false; missing.Add(f.Missing); }
        }
        string? taken = null;
        if (alternatives.Length > 0)
        {
            foreach (var label in alternatives)
            {
                if (AllMet(findings, label)) { taken = label; break; }
            }
            if (taken is not null)
            {
                details.Add($"({taken}) " + JoinOf(findings, taken, "; ", unmetOnly: false));
            }
            else
            {
                var ways = new string[alternatives.Length];
                for (int i = 0; i < alternatives.Length; i++)
                {
                    details.Add($"({alternatives[i]}) " + JoinOf(findings, alternatives[i], "; ", unmetOnly: false));
                    ways[i] = $"({alternatives[i]}) " + JoinOf(findings, alternatives[i], " and ", unmetOnly: true);
                }
                missing.Add("one of: " + string.Join("; or ", ways));
            }
        }
        bool met = alwaysMet && (alternatives.Length == 0 || taken is not null);
        return new RequirementResult
        {
            Key = Key, Title = Title, Obligation = Obligation,
            Status = met ? RequirementStatus.Met : RequirementStatus.NotMet,
            Detail = string.Join("; ", details),
            Missing = met ? null : string.Join("; ", missing),
            Source = Source, Alternative = taken, Findings = all,
        };
    }

    private static bool AllMet(Finding[] findings, string label)
    {
        foreach (var f in findings)
        {
            if (f.Alternative == label && !f.Met) return false;
        }
        return true;
    }

    /// <summary>The details (or, with <paramref name="unmetOnly"/>, the missing texts of unmet findings) of one alternative, joined.</summary>
    private static string JoinOf(Finding[] findings, string label, string separator, bool unmetOnly)
    {
        var parts = new List<string?>(findings.Length);
        foreach (var f in findings)
        {
            if (f.Alternative != label) continue;
            if (!unmetOnly) parts.Add(f.Detail);
            else if (!f.Met) parts.Add(f.Missing);
        }
        return string.Join(separator, parts);
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
        foreach (var label in Labels)
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
