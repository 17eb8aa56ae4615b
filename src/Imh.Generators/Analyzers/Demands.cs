using System.Collections.Generic;
using System.Linq;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>What rules of one kind are compared by: the attribute class, the entries counted, the property.</summary>
internal readonly record struct DemandKind(string Attribute, string? Evidence, string Property);

/// <summary>
/// What a requirement asks, to compare levels: for each rule kind's [Amount], the least an applicant
/// can meet the requirement with (over the alternatives, the smallest; within one, the largest rule
/// of the kind, since rules of one kind count the same entries); for each [LevelIds(Seniority = true)]
/// property, the least senior id accepted.
/// </summary>
internal sealed class Demands
{
    private readonly List<(DemandKind Kind, ConstructedUse Use, CheckedArgument Argument, string Unit, double Value)> _amounts = new();
    private readonly List<(DemandKind Kind, ConstructedUse Use, CheckedArgument Argument)> _levelIds = new();
    private readonly List<string?> _labels;

    private Demands(RequirementDeclaration requirement, LanguageSymbols symbols)
    {
        var uses = requirement.Constructed.Where(u => u.Kind is LanguageAttribute.Rule or LanguageAttribute.RulePart).ToList();
        _labels = uses.Where(u => u.Kind == LanguageAttribute.Rule).Select(u => u.Alternative).Where(l => l is not null).Distinct().ToList();
        foreach (var use in uses)
        {
            if (RuleKind.Of(use.Attribute, symbols) is not { } kind) continue;
            var evidence = kind.Kind == LanguageAttribute.Rule ? kind.CountedEvidence(use.Attribute) : null;
            foreach (var argument in kind.Arguments(use.Attribute))
            {
                var demandKind = new DemandKind(LanguageSymbols.ShortName(use.Attribute), evidence, argument.Name);
                if (argument.Check("Amount").FirstOrDefault() is { } amount && AttributeArguments.Number(argument.Value) is { } value)
                    _amounts.Add((demandKind, use, argument, AttributeArguments.String(AttributeArguments.Constructor(amount, 0)) ?? "", value));
                if (argument.Check("LevelIds").Any(c => AttributeArguments.Flag(c, "Seniority")))
                    _levelIds.Add((demandKind, use, argument));
            }
        }
    }

    public static Demands Of(RequirementDeclaration requirement, LanguageSymbols symbols) => new(requirement, symbols);

    /// <summary>Each kind of amount asked, with the least asked and the first own use that asks it.</summary>
    public IEnumerable<(DemandKind Kind, double Amount, string Unit, ConstructedUse Use, CheckedArgument Argument)> Amounts
        => _amounts.GroupBy(a => a.Kind).Select(g =>
        {
            var first = g.OrderByDescending(a => a.Use.IsOwn).First();
            return (g.Key, AmountOf(g.Key)!.Value, first.Unit, first.Use, first.Argument);
        });

    /// <summary>The least of the amount an applicant can meet the requirement with, or null when no rule asks it.</summary>
    public double? AmountOf(DemandKind kind)
    {
        var counted = _amounts.Where(a => a.Kind == kind).ToList();
        if (counted.Count == 0) return null;
        if (_labels.Count == 0) return counted.Max(a => a.Value);
        return _labels.Min(label => counted.Where(a => a.Use.Alternative is null || a.Use.Alternative == label).Select(a => a.Value).DefaultIfEmpty(0).Max());
    }

    /// <summary>For each seniority-checked property, the least senior id accepted (by the rank of its level).</summary>
    public IEnumerable<(DemandKind Kind, ConstructedUse Use, CheckedArgument Argument, int Element, string? Id, int Rank)> LeastSenior(CatalogIndex index)
    {
        foreach (var (kind, use, argument) in _levelIds.OrderByDescending(l => l.Use.IsOwn))
        {
            var ids = AnalyzerSupport.Elements(argument.Value).ToList();
            (int Element, string Id, int Rank)? least = null;
            for (int i = 0; i < ids.Count; i++)
            {
                if (AttributeArguments.String(ids[i]) is not { } id || index.ById(id) is not { } level) continue;
                if (least is null || level.Rank < least.Value.Rank) least = (argument.Value.Kind == TypedConstantKind.Array ? i : -1, id, level.Rank);
            }
            if (least is { } l) yield return (kind, use, argument, l.Element, l.Id, l.Rank);
        }
    }
}
