using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Imh.Generators.Diagnostics;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Alternatives that offer a choice, and conditions some portfolio can meet: evidence filters the
/// counted entries can carry (training and RS/C sessions carry different flags), kinds and types
/// that name something, "at least one" roles among the accepted ones, and no renewal-year filter
/// on an initial requirement (it has no renewal year).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogicAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] TrainingOnly = ["InfantMentalHealth", "AboutReflectiveSupervision", "Approved", "InServiceCoursework"];
    private static readonly string[] SessionOnly = ["WhileServing", "ProviderApproved"];
    private static readonly string[] Shared = ["RelationshipBased"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SingleAlternative, DiagnosticDescriptors.NeverHolds);

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
        if (attributes.IsEmpty) return;
        var requirement = RequirementDeclaration.Read(property, attributes);
        if (requirement is not null) CheckAlternatives(context, property, index.Symbols);

        AttributeData? ratings = attributes.FirstOrDefault(a => a.Kind == LanguageAttribute.Ratings).Attribute;
        bool numbered = attributes.Any(a => a.Kind == LanguageAttribute.RatingItem);
        foreach (var (attribute, kind) in attributes)
        {
            switch (kind)
            {
                case LanguageAttribute.MinHours:
                    CheckEvidence(context, property, attribute);
                    CheckRenewalYear(context, property, attribute, requirement);
                    break;
                case LanguageAttribute.MinSessions:
                    CheckFlags(context, property, attribute, "Where", TrainingOnly, "RS/C sessions");
                    CheckRenewalYear(context, property, attribute, requirement);
                    break;
                case LanguageAttribute.Experience:
                    CheckNamesSomething(context, property, AttributeArguments.Named(attribute, "Kinds"), ArgumentLocations.Named(attribute, "Kinds", context.CancellationToken), "Kinds names no kind of work");
                    break;
                case LanguageAttribute.Credential:
                    CheckNamesSomething(context, property, AttributeArguments.Constructor(attribute, 0), ArgumentLocations.Constructor(attribute, 0, context.CancellationToken), "the credential types name no type");
                    break;
                case LanguageAttribute.AtLeastOneRating when ratings is not null && !numbered:
                    CheckRolesOverlap(context, property, ratings, attribute);
                    break;
            }
        }
    }

    private static void CheckAlternatives(SymbolAnalysisContext context, IPropertySymbol property, LanguageSymbols symbols)
    {
        var rules = EffectiveRules.Of(property, symbols);
        var labels = rules.Select(r => r.Alternative).Where(l => l is not null).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count != 1) return;
        // A label that only [SameAs] brings in is reported on the property that declares it.
        var own = rules.FirstOrDefault(r => r.IsOwn && r.Alternative == labels[0]);
        if (own.Attribute is null) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SingleAlternative, ArgumentLocations.Named(own.Attribute, "Alternative", context.CancellationToken), property.Name, labels[0]));
    }

    private static void CheckEvidence(SymbolAnalysisContext context, IPropertySymbol property, AttributeData attribute)
    {
        bool sessions = AttributeArguments.Named(attribute, "Evidence") is { } evidence && Literals.EnumMemberName(evidence) == "ReflectiveSupervision";
        var what = sessions ? "RS/C sessions" : "training entries";
        CheckFlags(context, property, attribute, "Where", sessions ? TrainingOnly : SessionOnly, what);

        // WhereAny: at least one of the flags must be one these entries can carry.
        if (AttributeArguments.Named(attribute, "WhereAny") is not { } any || AttributeArguments.Integer(any) is not { } value || value == 0) return;
        long possible = Flags(any.Type, Shared) | Flags(any.Type, sessions ? SessionOnly : TrainingOnly);
        if ((value & possible) == 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Named(attribute, "WhereAny", context.CancellationToken),
                $"{Capital(what)} never carry {Either(any.Type, value)}", property.Name));
    }

    private static void CheckFlags(SymbolAnalysisContext context, IPropertySymbol property, AttributeData attribute, string name, string[] impossibleNames, string what)
    {
        if (AttributeArguments.Named(attribute, name) is not { } where || AttributeArguments.Integer(where) is not { } value) return;
        long impossible = value & Flags(where.Type, impossibleNames);
        if (impossible != 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Named(attribute, name, context.CancellationToken),
                $"{Capital(what)} never carry {AttributeArguments.FlagNames(where.Type, impossible)}", property.Name));
    }

    private static void CheckRenewalYear(SymbolAnalysisContext context, IPropertySymbol property, AttributeData attribute, RequirementDeclaration? requirement)
    {
        if (requirement is not { IsContinuing: false } || !AttributeArguments.Flag(attribute, "InRenewalYear")) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Named(attribute, "InRenewalYear", context.CancellationToken),
            "InRenewalYear counts entries of the renewal year, and an initial [Requirement] is evaluated without one", property.Name));
    }

    private static void CheckNamesSomething(SymbolAnalysisContext context, IPropertySymbol property, TypedConstant? flags, Location location, string problem)
    {
        if (flags is not { } constant || AttributeArguments.Integer(constant) is not { } value) return;
        if ((value & Defined(constant.Type)) == 0)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, location, Capital(problem), property.Name));
    }

    private static void CheckRolesOverlap(SymbolAnalysisContext context, IPropertySymbol property, AttributeData ratings, AttributeData atLeastOne)
    {
        long accepted = AttributeArguments.Integer(AttributeArguments.Named(ratings, "Roles")) ?? 0;
        if (AttributeArguments.Named(atLeastOne, "Roles") is not { } roles || AttributeArguments.Integer(roles) is not { } wanted) return;
        if (accepted == 0 || wanted == 0 || (accepted & wanted) != 0) return;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Named(atLeastOne, "Roles", context.CancellationToken),
            $"[AtLeastOneRating] asks for {Either(roles.Type, wanted)}, which [Ratings] does not accept ({AttributeArguments.FlagNames(roles.Type, accepted)})", property.Name));
    }

    /// <summary>"Approved", or "any of Approved, InfantMentalHealth".</summary>
    private static string Either(ITypeSymbol? enumType, long value)
    {
        var names = AttributeArguments.FlagNames(enumType, value);
        return names.Contains(",") ? "any of " + names : names;
    }

    private static long Flags(ITypeSymbol? enumType, string[] names)
    {
        long mask = 0;
        if (enumType is null) return 0;
        foreach (var name in names)
        {
            foreach (var member in enumType.GetMembers(name))
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } field) mask |= Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
            }
        }
        return mask;
    }

    private static long Defined(ITypeSymbol? enumType)
    {
        if (enumType is null) return ~0L;
        long mask = 0;
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } field) mask |= Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
        }
        return mask;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
