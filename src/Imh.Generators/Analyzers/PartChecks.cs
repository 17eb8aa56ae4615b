using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Rule parts on a requirement: each finds exactly one rule of its kind and label, kinds it is
/// [NotWith] are absent, [WithinRule] values stay within the rule's, and [Numbered] parts number
/// 1 to N without a gap, N at most the rule's value, each number open to every applicant.
/// </summary>
internal static class PartChecks
{
    public static void Check(RequirementDeclaration requirement, CatalogIndex index, Action<Diagnostic> report, CancellationToken ct)
    {
        var symbols = index.Symbols;
        var attached = new List<(ConstructedUse Part, RuleKind Kind, ConstructedUse Rule)>();
        foreach (var part in requirement.Constructed.Where(u => u.Kind == LanguageAttribute.RulePart))
        {
            if (RuleKind.Of(part.Attribute, symbols) is not { RuleType: { } ruleType } kind) continue;
            var rules = requirement.Constructed.Where(u => u.Kind == LanguageAttribute.Rule
                && SymbolEqualityComparer.Default.Equals(u.Attribute.AttributeClass, ruleType) && u.Alternative == part.Alternative).ToList();
            if (rules.Count == 1)
            {
                attached.Add((part, kind, rules[0]));
                continue;
            }
            if (!part.IsOwn) continue;
            var label = part.Alternative is null ? " without an alternative label" : $" labelled \"{part.Alternative}\"";
            report(Diagnostic.Create(DiagnosticDescriptors.PartWithoutRule, ArgumentLocations.Attribute(part.Attribute, ct),
                LanguageSymbols.ShortName(part.Attribute), Short(ruleType.Name), label, requirement.Property.Name, rules.Count == 0 ? "none" : rules.Count + " of them"));
        }

        foreach (var group in attached.GroupBy(a => (a.Rule.Attribute, a.Part.Attribute.AttributeClass), Same.Instance))
        {
            var parts = group.ToList();
            var rule = parts[0].Rule;
            var kind = parts[0].Kind;
            CheckNotWith(parts, attached, report, ct);
            var ruleArguments = RuleKind.Of(rule.Attribute, symbols)?.Arguments(rule.Attribute) ?? [];
            foreach (var check in kind.Arguments(parts[0].Part.Attribute).SelectMany(a => a.Checks.Select(c => (Argument: a.Name, Check: c))).ToList())
            {
                if (AttributeArguments.String(AttributeArguments.Constructor(check.Check, 0)) is not { } ruleProperty) continue;
                var limit = ruleArguments.FirstOrDefault(a => a.Name == ruleProperty);
                if (limit.Name is null || AttributeArguments.Number(limit.Value) is not { } max) continue;
                var ruleName = LanguageSymbols.ShortName(rule.Attribute);
                switch (RuleKind.CheckName(check.Check))
                {
                    case "WithinRule":
                        Within(parts, check.Argument, AttributeArguments.Flag(check.Check, "Summed"), ruleName, ruleProperty, max, report, ct);
                        break;
                    case "Numbered":
                        Numbered(requirement, rule, parts, check.Argument, ruleName, ruleProperty, max, report, ct);
                        break;
                }
            }
        }
    }

    private static void CheckNotWith(List<(ConstructedUse Part, RuleKind Kind, ConstructedUse Rule)> parts, List<(ConstructedUse Part, RuleKind Kind, ConstructedUse Rule)> attached, Action<Diagnostic> report, CancellationToken ct)
    {
        foreach (var other in parts[0].Kind.NotWith)
        {
            bool present = attached.Any(a => a.Rule.Attribute == parts[0].Rule.Attribute && SymbolEqualityComparer.Default.Equals(a.Part.Attribute.AttributeClass, other));
            if (!present) continue;
            foreach (var (part, _, _) in parts.Where(p => p.Part.IsOwn))
                report(Diagnostic.Create(DiagnosticDescriptors.Excluded, ArgumentLocations.Attribute(part.Attribute, ct),
                    LanguageSymbols.ShortName(part.Attribute), "on one rule", $"[{Short(other.Name)}]"));
        }
    }

    private static void Within(List<(ConstructedUse Part, RuleKind Kind, ConstructedUse Rule)> parts, string argument, bool summed, string ruleName, string ruleProperty, double max, Action<Diagnostic> report, CancellationToken ct)
    {
        var values = parts.Select(p => (p.Part, Argument: p.Kind.Arguments(p.Part.Attribute).FirstOrDefault(a => a.Name == argument)))
            .Where(v => v.Argument.Name is not null && AttributeArguments.Number(v.Argument.Value) is not null).ToList();
        if (summed)
        {
            double sum = values.Sum(v => AttributeArguments.Number(v.Argument.Value)!.Value);
            var last = values.LastOrDefault(v => v.Part.IsOwn);
            if (sum > max && last.Part.Attribute is not null)
                report(Diagnostic.Create(DiagnosticDescriptors.PartLargerThanRule, ArgumentLocations.Of(last.Part.Attribute, last.Argument, ct),
                    LanguageSymbols.ShortName(last.Part.Attribute), argument, AnalyzerSupport.Format(sum), " (summed over the parts)", ruleName, ruleProperty, AnalyzerSupport.Format(max)));
            return;
        }
        foreach (var (part, value) in values.Where(v => v.Part.IsOwn))
        {
            double n = AttributeArguments.Number(value.Value)!.Value;
            if (n > max)
                report(Diagnostic.Create(DiagnosticDescriptors.PartLargerThanRule, ArgumentLocations.Of(part.Attribute, value, ct),
                    LanguageSymbols.ShortName(part.Attribute), argument, AnalyzerSupport.Format(n), "", ruleName, ruleProperty, AnalyzerSupport.Format(max)));
        }
    }

    private static void Numbered(RequirementDeclaration requirement, ConstructedUse rule, List<(ConstructedUse Part, RuleKind Kind, ConstructedUse Rule)> parts, string argument,
        string ruleName, string ruleProperty, double max, Action<Diagnostic> report, CancellationToken ct)
    {
        // Every number given, with the part and element that gives it.
        var numbers = new List<(int Number, ConstructedUse Part, CheckedArgument Argument, int Element)>();
        foreach (var (part, kind, _) in parts)
        {
            var value = kind.Arguments(part.Attribute).FirstOrDefault(a => a.Name == argument);
            if (value.Name is null) continue;
            var elements = AnalyzerSupport.Elements(value.Value).ToList();
            for (int i = 0; i < elements.Count; i++)
            {
                if (AttributeArguments.Integer(elements[i]) is { } n) numbers.Add(((int)n, part, value, value.Value.Kind == TypedConstantKind.Array ? i : -1));
            }
        }
        if (numbers.Count == 0) return;
        var partName = LanguageSymbols.ShortName(parts[0].Part.Attribute);
        var highest = numbers.OrderByDescending(n => n.Number).First();
        if (highest.Number > max && highest.Part.IsOwn)
            report(Diagnostic.Create(DiagnosticDescriptors.MoreNumbersThanRule, ArgumentLocations.Of(highest.Part.Attribute, highest.Argument, ct, highest.Element),
                partName, highest.Number, ruleName, ruleProperty, AnalyzerSupport.Format(max)));
        var where = rule.IsOwn ? ArgumentLocations.Attribute(rule.Attribute, ct) : ArgumentLocations.Attribute(parts.First(p => p.Part.IsOwn).Part.Attribute, ct);
        for (int k = 1; k < highest.Number; k++)
        {
            if (!numbers.Any(n => n.Number == k) && parts.Any(p => p.Part.IsOwn))
                report(Diagnostic.Create(DiagnosticDescriptors.NumberMissing, where, partName, k, highest.Number));
        }
        foreach (var number in numbers.Select(n => n.Number).Where(n => n >= 1).Distinct().OrderBy(n => n))
        {
            var giving = numbers.Where(n => n.Number == number).Select(n => n.Part).Distinct().ToList();
            if (giving.Any(p => Open(p, requirement))) continue;
            var conditional = giving.FirstOrDefault(p => p.IsOwn);
            if (conditional.Attribute is null) continue;
            var when = AttributeArguments.Named(conditional.Attribute, "When")!.Value;
            report(Diagnostic.Create(DiagnosticDescriptors.NumberOnlyUnderCondition, ArgumentLocations.Named(conditional.Attribute, "When", ct),
                number, AnalyzerSupport.Display(when), requirement.Property.Name));
        }
    }

    // A part without When is open to every applicant; so is one whose When the requirement's own condition already asks.
    private static bool Open(ConstructedUse part, RequirementDeclaration requirement)
    {
        if (AttributeArguments.Named(part.Attribute, "When") is not { } when || !AnalyzerSupport.IsGiven(when)) return true;
        return requirement.Constructed.Any(u => u.Kind == LanguageAttribute.Condition && u.Attribute.ConstructorArguments.Any(a => a.Kind == when.Kind && Equals(a.Value, when.Value)
            && SymbolEqualityComparer.Default.Equals(a.Type, when.Type)));
    }

    private static string Short(string name) => name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;

    private sealed class Same : IEqualityComparer<(AttributeData, INamedTypeSymbol?)>
    {
        public static readonly Same Instance = new();

        public bool Equals((AttributeData, INamedTypeSymbol?) x, (AttributeData, INamedTypeSymbol?) y)
            => ReferenceEquals(x.Item1, y.Item1) && SymbolEqualityComparer.Default.Equals(x.Item2, y.Item2);

        public int GetHashCode((AttributeData, INamedTypeSymbol?) obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1);
    }
}
