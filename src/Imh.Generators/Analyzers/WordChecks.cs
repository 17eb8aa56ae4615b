using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>
/// [Words]: the values must be words the entries can carry. The kind of entry is fixed by the check
/// ([Words(Evidence.References)]) or is the one the rule counts ([Counts], or the use's Evidence).
/// </summary>
internal static class WordChecks
{
    public static void Check(AttributeData use, RuleKind kind, CheckedArgument argument, AttributeData check, IPropertySymbol owner, CatalogIndex index, Action<Diagnostic> report, CancellationToken ct)
    {
        string? evidence = check.ConstructorArguments.Length == 1
            ? AttributeArguments.Constructor(check, 0) is { } e ? AttributeArguments.EnumMemberName(e) : null
            : Counted(use, kind, owner, index);
        var accepts = new Accepts(
            evidence,
            AttributeArguments.Flag(check, "TagsOnly"), AttributeArguments.Flag(check, "ChoicesOnly"),
            AttributeArguments.Flag(check, "Documents"), AttributeArguments.Flag(check, "Assessments"), AttributeArguments.Flag(check, "Numbers"));
        if (accepts.Evidence is null && !accepts.Documents && !accepts.Assessments) return;
        var elements = AnalyzerSupport.Elements(argument.Value).ToList();
        bool list = argument.Value.Kind == TypedConstantKind.Array;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].IsNull && !list) continue;
            if (Problem(elements[i], accepts, index.Symbols) is not { } problem) continue;
            report(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Of(use, argument, ct, list ? i : -1),
                LanguageSymbols.ShortName(use), argument.Name, problem, owner.Name));
        }
    }

    private sealed record Accepts(string? Evidence, bool TagsOnly, bool ChoicesOnly, bool Documents, bool Assessments, bool Numbers)
    {
        public bool Takes(WordSetDeclaration set) => set.Kind switch
        {
            LanguageAttribute.Documents => Documents,
            LanguageAttribute.Assessments => Assessments,
            LanguageAttribute.Numbers => Numbers && set.Evidence == Evidence,
            LanguageAttribute.Tags => !Documents && !Assessments && !Numbers && !ChoicesOnly && set.Evidence == Evidence,
            LanguageAttribute.Choice => !Documents && !Assessments && !Numbers && !TagsOnly && set.Evidence == Evidence,
            _ => false,
        };

        public string Describe()
        {
            if (Documents) return "a document of the catalog's [Documents] enum";
            if (Assessments) return "an assessment of the catalog's [Assessments] enum";
            var what = Numbers ? "a number" : TagsOnly ? "a tag" : ChoicesOnly ? "a choice value" : "a tag or choice value";
            return $"{what} of {Entries(Evidence)}";
        }
    }

    private static string? Problem(TypedConstant value, Accepts accepts, LanguageSymbols symbols)
    {
        var shown = AnalyzerSupport.Display(value);
        if (value.Kind == TypedConstantKind.Type)
        {
            if (value.Value is not INamedTypeSymbol type) return null;
            bool isChoice = WordSetDeclaration.Read(type, symbols).Any(s => s.Kind == LanguageAttribute.Choice && s.Evidence == accepts.Evidence);
            return isChoice ? null : $"{shown} is not a choice ([Choice]) of {Entries(accepts.Evidence)}";
        }
        if (value.Kind != TypedConstantKind.Enum || value.Type is not INamedTypeSymbol @enum)
            return $"{shown} is not a word of the catalog; it must be {accepts.Describe()}";
        var sets = WordSetDeclaration.Read(@enum, symbols);
        var set = sets.FirstOrDefault(accepts.Takes);
        if (set is null) return $"{shown} is not {accepts.Describe()}";
        long bits = AttributeArguments.Integer(value) ?? 0;
        long words = AnalyzerSupport.WordBits(set);
        if (bits == 0 || (bits & ~words) != 0) return $"{shown} names no word of '{@enum.Name}'";
        return null;
    }

    /// <summary>The entries a part's rule or a rule counts.</summary>
    private static string? Counted(AttributeData use, RuleKind kind, IPropertySymbol owner, CatalogIndex index)
    {
        if (kind.Kind == LanguageAttribute.Rule) return kind.CountedEvidence(use);
        if (kind.RuleType is not { } rule || RuleKind.ForType(rule, index.Symbols) is not { } ruleKind) return null;
        // A part's entries are those of the rule it belongs to on the same requirement (its Evidence as written there);
        // without one (IMH041 reports it) the kind's default stands in.
        string? alternative = AttributeArguments.String(AttributeArguments.Named(use, "Alternative"));
        var owning = RequirementDeclaration.Read(owner, index.Symbols)?.Constructed.FirstOrDefault(u =>
            u.Kind == LanguageAttribute.Rule && Derives(u.Attribute.AttributeClass, rule)
            && AttributeArguments.String(AttributeArguments.Named(u.Attribute, "Alternative")) == alternative);
        return ruleKind.CountedEvidence(owning?.Attribute ?? use);
    }

    private static bool Derives(INamedTypeSymbol? type, INamedTypeSymbol rule)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, rule)) return true;
        }
        return false;
    }

    private static string Entries(string? evidence) => evidence switch
    {
        null => "the counted entries",
        "Applicant" => "the applicant",
        _ => char.ToLowerInvariant(evidence[0]) + evidence.Substring(1) + " entries",
    };
}
