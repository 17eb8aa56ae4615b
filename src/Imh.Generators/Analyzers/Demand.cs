using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imh.Generators.Parsing;

namespace Imh.Generators.Analyzers;

/// <summary>
/// A kind of number a requirement asks for, to compare levels: clock hours of one evidence (whole
/// or part), years of work, or RS/C sessions. <see cref="Of"/> is the least an applicant can
/// meet the requirement with: over the alternatives, the smallest; within one, the largest
/// hours or sessions rule (they count the same entries) and the sum of years (different work).
/// </summary>
internal sealed record Demand(LanguageAttribute Rule, long Evidence, bool IsPart)
{
    public bool Counts(DeclaredRule rule) => rule.Kind == Rule
        && (Rule != LanguageAttribute.MinHours || (EvidenceOf(rule) == Evidence && IsPartRule(rule) == IsPart));

    public static IEnumerable<Demand> KindsOf(ImmutableArray<DeclaredRule> rules)
        => rules.Where(r => r.Kind is LanguageAttribute.MinHours or LanguageAttribute.Experience or LanguageAttribute.MinSessions)
            .Select(r => r.Kind == LanguageAttribute.MinHours ? new Demand(r.Kind, EvidenceOf(r), IsPartRule(r)) : new Demand(r.Kind, 0, false))
            .Distinct();

    public static double? Of(ImmutableArray<DeclaredRule> rules, Demand kind)
    {
        var counted = rules.Where(kind.Counts).ToList();
        if (counted.Count == 0) return null;
        var labels = rules.Select(r => r.Alternative).Where(l => l is not null).Distinct().ToList();
        if (labels.Count == 0) return kind.Aggregate(counted.Where(r => r.Alternative is null));
        return labels.Min(label => kind.Aggregate(counted.Where(r => r.Alternative is null || r.Alternative == label)));
    }

    public string Describe(double amount)
    {
        var n = NumbersAnalyzer.Format(amount);
        return Rule switch
        {
            LanguageAttribute.MinHours => $"{n} clock {Plural(amount, "hour")} of {(Evidence == 0 ? "training" : "RS/C")}{(IsPart ? " as part of other hours" : "")}",
            LanguageAttribute.Experience => $"{n} {Plural(amount, "year")} of work experience",
            _ => $"{n} RS/C {Plural(amount, "session")}",
        };
    }

    private static string Plural(double amount, string noun) => amount == 1 ? noun : noun + "s";

    private double Aggregate(IEnumerable<DeclaredRule> rules)
    {
        var amounts = rules.Select(r => AttributeArguments.Number(AttributeArguments.Constructor(r.Attribute, 0)) ?? 0).ToList();
        if (amounts.Count == 0) return 0;
        return Rule == LanguageAttribute.Experience ? amounts.Sum() : amounts.Max();
    }

    private static long EvidenceOf(DeclaredRule rule) => AttributeArguments.Integer(AttributeArguments.Named(rule.Attribute, "Evidence")) ?? 0;

    private static bool IsPartRule(DeclaredRule rule) => AttributeArguments.HasNamed(rule.Attribute, "PartOf");
}
