using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Reference rules some set of ratings can satisfy. Numbered items run from 1 to the number of
/// ratings with no gap, each item has an option any applicant can use, and the endorsed-rater
/// rule names levels the catalog declares. The rating attributes of one member form one rule, so
/// they must agree: counted or numbered, one label, and a [Ratings] count.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RatingsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The matching keeps the items of a requirement in a 32-bit mask.</summary>
    private const int MaxItem = 32;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MoreItemsThanRatings, DiagnosticDescriptors.ItemAcceptsNoRater, DiagnosticDescriptors.ItemNumberOutOfRange,
        DiagnosticDescriptors.ItemOnlyUnderCondition, DiagnosticDescriptors.UnknownEndorsedLevel, DiagnosticDescriptors.ConflictingRatings);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the generator's own output: never analyzed.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LanguageSymbols.From(start.Compilation) is null) return;
            start.RegisterSymbolAction(Analyze, SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.GetAttributes().IsEmpty || CatalogIndex.For(context.Compilation) is not { } index) return;
        var attributes = RequirementDeclaration.LanguageAttributesOf(property, index.Symbols);
        var parts = attributes.Where(a => LanguageSymbols.IsRatingPart(a.Kind)).ToList();
        if (parts.Count == 0) return;
        var ct = context.CancellationToken;

        AttributeData? ratings = parts.FirstOrDefault(p => p.Kind == LanguageAttribute.Ratings).Attribute;
        var options = parts.Where(p => p.Kind == LanguageAttribute.RatingItem).Select(p => p.Attribute).ToList();
        CheckAgreement(context, property, parts, ratings, options.Count > 0);
        foreach (var (attribute, kind) in parts)
        {
            if (kind == LanguageAttribute.EndorsedRater) CheckEndorsedLevels(context, attribute, index);
        }
        if (options.Count == 0) return;

        // Item number -> the options that fill it.
        var items = new SortedDictionary<int, List<AttributeData>>();
        foreach (var option in options)
        {
            if (AttributeArguments.Elements(AttributeArguments.Constructor(option, 0)) is not { } numbers) continue;
            if (numbers.IsEmpty)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ItemNumberOutOfRange, ArgumentLocations.Attribute(option, ct), "names no item"));
            for (int i = 0; i < numbers.Length; i++)
            {
                if (AttributeArguments.Integer(numbers[i]) is not { } n) continue;
                if (n < 1 || n > MaxItem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ItemNumberOutOfRange, ArgumentLocations.Constructor(option, 0, ct, i), $"names item {n}"));
                    continue;
                }
                if (!items.TryGetValue((int)n, out var list)) items[(int)n] = list = new List<AttributeData>();
                if (!list.Contains(option)) list.Add(option);
            }
        }
        if (items.Count == 0) return;

        int? count = ratings is null ? null : (int?)AttributeArguments.Integer(AttributeArguments.Constructor(ratings, 0));
        var where = ratings ?? options[0];
        if (count is > 0 && items.Count > count)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MoreItemsThanRatings, ArgumentLocations.Constructor(where, 0, ct),
                items.Count, string.Join(", ", items.Keys), count));

        int last = Math.Max(items.Keys.Max(), count is > 0 and <= MaxItem ? count.Value : 0);
        for (int n = 1; n <= last; n++)
        {
            if (!items.ContainsKey(n))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ItemAcceptsNoRater, ArgumentLocations.Attribute(where, ct), n,
                    $"has no [RatingItem] option, but items run from 1 to {last}"));
        }

        var definedRoles = DefinedFlags(options[0].AttributeClass?.GetMembers("Roles").OfType<IPropertySymbol>().FirstOrDefault()?.Type);
        long applies = RequirementDeclaration.Read(property, attributes)?.When ?? 0;
        foreach (var item in items)
        {
            if (item.Value.All(o => AttributeArguments.Integer(AttributeArguments.Named(o, "Roles")) is { } roles && roles != 0 && (roles & definedRoles) == 0))
            {
                var first = item.Value[0];
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ItemAcceptsNoRater, ArgumentLocations.Named(first, "Roles", ct), item.Key,
                    "accepts no role: its Roles name no RaterRoles member"));
                continue;
            }
            var conditional = item.Value.Select(o => AttributeArguments.Named(o, "When")).ToList();
            if (conditional.All(w => w is { } c && AttributeArguments.Integer(c) is { } v && v != 0 && v != applies))
            {
                var first = item.Value[0];
                var condition = AttributeArguments.Named(first, "When")!.Value;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ItemOnlyUnderCondition, ArgumentLocations.Named(first, "When", ct), item.Key,
                    ConditionWords(condition), property.Name));
            }
        }
    }

    /// <summary>Counted ratings or numbered items, one alternative label, and a [Ratings] count.</summary>
    private static void CheckAgreement(SymbolAnalysisContext context, IPropertySymbol property, List<(AttributeData Attribute, LanguageAttribute Kind)> parts, AttributeData? ratings, bool numbered)
    {
        var ct = context.CancellationToken;
        if (ratings is null)
        {
            var first = parts[0].Attribute;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConflictingRatings, ArgumentLocations.Attribute(first, ct),
                $"[{LanguageSymbols.ShortName(first)}]", property.Name, "needs a [Ratings(n)] saying how many ratings are asked for"));
        }
        if (numbered)
        {
            if (ratings is not null && AttributeArguments.Integer(AttributeArguments.Named(ratings, "Roles")) is { } roles && roles != 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConflictingRatings, ArgumentLocations.Named(ratings, "Roles", ct),
                    "Roles of [Ratings]", property.Name, "are ignored with numbered items; give the roles on each [RatingItem]"));
            foreach (var (attribute, kind) in parts)
            {
                if (kind == LanguageAttribute.AtLeastOneRating)
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConflictingRatings, ArgumentLocations.Attribute(attribute, ct),
                        "[AtLeastOneRating]", property.Name, "is ignored with numbered items; put the condition on the [RatingItem] options"));
            }
        }
        var label = AttributeArguments.Alternative(parts[0].Attribute);
        foreach (var (attribute, _) in parts.Skip(1))
        {
            var other = AttributeArguments.Alternative(attribute);
            if (other == label) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConflictingRatings,
                other is null ? ArgumentLocations.Attribute(attribute, ct) : ArgumentLocations.Named(attribute, "Alternative", ct),
                $"[{LanguageSymbols.ShortName(attribute)}]", property.Name,
                $"has {(other is null ? "no alternative label" : $"Alternative \"{other}\"")}, but [{LanguageSymbols.ShortName(parts[0].Attribute)}] has {(label is null ? "none" : $"\"{label}\"")}; the rating attributes form one rule with one label"));
        }
    }

    private static void CheckEndorsedLevels(SymbolAnalysisContext context, AttributeData attribute, CatalogIndex index)
    {
        if (AttributeArguments.Elements(AttributeArguments.Constructor(attribute, 0)) is not { } levels) return;
        var ct = context.CancellationToken;
        var declared = index.DeclaredIds.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var declaredWords = declared.Count == 0 ? "no level" : string.Join(", ", declared);
        if (levels.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownEndorsedLevel, ArgumentLocations.Attribute(attribute, ct), "[EndorsedRater] names no level", declaredWords));
            return;
        }
        for (int i = 0; i < levels.Length; i++)
        {
            if (AttributeArguments.String(levels[i]) is not { } id || declared.Contains(id, StringComparer.OrdinalIgnoreCase)) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownEndorsedLevel, ArgumentLocations.Constructor(attribute, 0, ct, i),
                $"No level or track has the id '{id}'", declaredWords));
        }
    }

    private static long DefinedFlags(ITypeSymbol? enumType)
    {
        long mask = 0;
        if (enumType is null) return ~0L;
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } field) mask |= Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
        }
        return mask;
    }

    private static string ConditionWords(TypedConstant condition) => Literals.EnumMemberName(condition) switch
    {
        "ProvidesReflectiveSupervision" => "the applicant provides reflective supervision/consultation",
        "SupervisesOthers" => "the applicant supervises others",
        { } name => "the applicant meets " + name,
        null => "the applicant meets an undeclared condition",
    };
}
