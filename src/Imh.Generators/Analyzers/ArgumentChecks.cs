using System;
using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The checks a rule, part or condition kind puts on its own arguments (Imh.Dsl.Checks), applied to
/// one use as written. Nothing here knows a rule kind: a catalog's own kinds are checked the same way.
/// </summary>
internal static class ArgumentChecks
{
    public static void Check(AttributeData use, RuleKind kind, IPropertySymbol owner, RequirementDeclaration? requirement, CatalogIndex index, Action<Diagnostic> report, CancellationToken ct)
    {
        var arguments = kind.Arguments(use);
        var name = LanguageSymbols.ShortName(use);
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            if (value.Kind == TypedConstantKind.Error) continue;
            foreach (var check in argument.Checks)
            {
                switch (RuleKind.CheckName(check))
                {
                    case "Positive":
                        if (NotPositive(value) is { } problem)
                            report(Diagnostic.Create(DiagnosticDescriptors.NotPositive, ArgumentLocations.Of(use, argument, ct), name, argument.Name, problem.Is, problem.Must));
                        break;
                    case "Range":
                        CheckRange(use, argument, check, name, report, ct);
                        break;
                    case "NotAbove":
                        CheckNotAbove(use, arguments, argument, check, name, report, ct);
                        break;
                    case "Needs":
                        if (AttributeArguments.String(AttributeArguments.Constructor(check, 0)) is { } needed && AnalyzerSupport.IsGiven(value)
                            && !arguments.Any(a => a.Name == needed && AnalyzerSupport.IsGiven(a.Value)))
                            report(Diagnostic.Create(DiagnosticDescriptors.NeedsOther, ArgumentLocations.Of(use, argument, ct), name, argument.Name, needed));
                        break;
                    case "Excludes":
                        if (AttributeArguments.String(AttributeArguments.Constructor(check, 0)) is { } excluded && AnalyzerSupport.IsGiven(value)
                            && arguments.Any(a => a.Name == excluded && AnalyzerSupport.IsGiven(a.Value)))
                            report(Diagnostic.Create(DiagnosticDescriptors.Excluded, ArgumentLocations.Of(use, argument, ct), name, argument.Name, excluded));
                        break;
                    case "Words":
                        WordChecks.Check(use, kind, argument, check, owner, index, report, ct);
                        break;
                    case "LevelIds":
                        CheckLevelIds(use, argument, name, index, report, ct);
                        break;
                    case "RenewalOnly":
                        if (requirement is { IsContinuing: false } && AnalyzerSupport.IsGiven(value))
                            report(Diagnostic.Create(DiagnosticDescriptors.NeverHolds, ArgumentLocations.Of(use, argument, ct), name, argument.Name,
                                "it only counts in a continuing rule (a renewal year), and this is an initial [Requirement]", owner.Name));
                        break;
                    case "Date":
                        if (AttributeArguments.String(value) is { } date && LevelDeclaration.Day(date) is null)
                            report(Diagnostic.Create(DiagnosticDescriptors.NotADate, ArgumentLocations.Of(use, argument, ct), argument.Name, date));
                        break;
                }
            }
        }
        // Every rule has a period of its own (RuleAttribute.From and Until).
        if (kind.Kind == LanguageAttribute.Rule) Periods.Check(use, owner.Name, report, ct);
    }

    private static (string Is, string Must)? NotPositive(TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Array)
            return value.IsNull || value.Values.IsEmpty ? ("empty", "a list of at least one value") : null;
        if (value.Value is string s || (value.Kind == TypedConstantKind.Primitive && value.Value is null && value.Type?.SpecialType == SpecialType.System_String))
            return string.IsNullOrWhiteSpace(value.Value as string) ? ("empty", "a text that is not empty") : null;
        return AttributeArguments.Number(value) is { } n && n <= 0 ? (AnalyzerSupport.Format(n), "greater than 0") : null;
    }

    private static void CheckRange(AttributeData use, CheckedArgument argument, AttributeData check, string name, Action<Diagnostic> report, CancellationToken ct)
    {
        if (AttributeArguments.Number(AttributeArguments.Constructor(check, 0)) is not { } min || AttributeArguments.Number(AttributeArguments.Constructor(check, 1)) is not { } max) return;
        var elements = AnalyzerSupport.Elements(argument.Value).ToList();
        for (int i = 0; i < elements.Count; i++)
        {
            if (AttributeArguments.Number(elements[i]) is { } n && (n < min || n > max))
                report(Diagnostic.Create(DiagnosticDescriptors.OutOfRange, ArgumentLocations.Of(use, argument, ct, argument.Value.Kind == TypedConstantKind.Array ? i : -1),
                    name, argument.Name, AnalyzerSupport.Format(n), AnalyzerSupport.Format(min), AnalyzerSupport.Format(max)));
        }
    }

    private static void CheckNotAbove(AttributeData use, System.Collections.Immutable.ImmutableArray<CheckedArgument> arguments, CheckedArgument argument, AttributeData check,
        string name, Action<Diagnostic> report, CancellationToken ct)
    {
        if (AttributeArguments.String(AttributeArguments.Constructor(check, 0)) is not { } otherName) return;
        double scale = AttributeArguments.Number(AttributeArguments.Named(check, "Scale")) ?? 1;
        var other = arguments.FirstOrDefault(a => a.Name == otherName);
        if (other.Name is null || AttributeArguments.Number(argument.Value) is not { } value || AttributeArguments.Number(other.Value) is not { } limit) return;
        if (value == 0 || limit == 0 || value <= limit * scale) return;
        // The other value travels with the diagnostic, so that the code fix can swap the two.
        report(Diagnostic.Create(DiagnosticDescriptors.AboveOther, ArgumentLocations.Of(use, argument, ct), [ArgumentLocations.Of(use, other, ct)],
            name, argument.Name, AnalyzerSupport.Format(value), otherName, AnalyzerSupport.Format(limit), scale == 1 ? "" : $" (× {AnalyzerSupport.Format(scale)})"));
    }

    private static void CheckLevelIds(AttributeData use, CheckedArgument argument, string name, CatalogIndex index, Action<Diagnostic> report, CancellationToken ct)
    {
        var elements = AnalyzerSupport.Elements(argument.Value).ToList();
        for (int i = 0; i < elements.Count; i++)
        {
            if (AttributeArguments.String(elements[i]) is not { } id || index.ById(id) is not null) continue;
            var declared = string.Join(", ", index.Ids.Select(d => "'" + d + "'"));
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownLevelId, ArgumentLocations.Of(use, argument, ct, argument.Value.Kind == TypedConstantKind.Array ? i : -1),
                name, argument.Name, id, declared.Length == 0 ? "no level" : declared));
        }
    }
}
