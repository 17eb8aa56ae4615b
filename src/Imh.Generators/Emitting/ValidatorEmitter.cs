using System.Linq;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Emitting;

/// <summary>Emits, for one level or track: the validator, its typed report, and the renewal validator and report.</summary>
internal static class ValidatorEmitter
{
    private const string Portfolio = "global::Imh.Dsl.Portfolios.Portfolio";
    private const string Context = "global::Imh.Dsl.Evaluation.EvaluationContext";
    private const string Result = "global::Imh.Dsl.Reports.RequirementResult";
    private const string Definition = "global::Imh.Dsl.Evaluation.RequirementDefinition";

    public static string Emit(LevelModel level)
    {
        var w = new SourceWriter();
        GeneratedHeader.Write(w, level.Target.Namespace);
        var checkedRequirements = level.Requirements.Where(r => !r.IsNotRequired).ToList();
        var checkedContinuing = level.Continuing.Where(r => !r.IsNotRequired).ToList();

        if (level.Target.IsPartial && !level.Target.IsNested)
        {
            EmitDeclarationPart(w, level, checkedContinuing.Count > 0);
            w.Line();
        }

        EmitValidator(w, level, checkedRequirements);
        w.Line();
        EmitReport(w, level.ReportName, "LevelReport", $"level {level.Id}", checkedRequirements,
            $"{Context} context, global::System.Collections.Immutable.ImmutableArray<{Result}> requirements",
            $"base({Str(level.Id)}, {Str(level.Name)}, context.Portfolio.Applicant.Name, context.AsOf, requirements, context.Ignored)");

        if (checkedContinuing.Count > 0)
        {
            w.Line();
            EmitRenewalValidator(w, level, checkedContinuing);
            w.Line();
            EmitReport(w, level.RenewalReportName, "RenewalReport", $"continuing endorsement at {level.Id}", checkedContinuing,
                $"{Context} context, global::System.Collections.Immutable.ImmutableArray<{Result}> requirements",
                $"base({Str(level.Id)}, {Str(level.Name)}, context.Portfolio.Applicant.Name, context.RenewalYear ?? context.AsOf.Year, requirements, context.Ignored)");
        }
        return w.ToString();
    }

    private static void EmitDeclarationPart(SourceWriter w, LevelModel level, bool hasRenewal)
    {
        w.Open($"partial {level.Target.Keyword} {level.Target.Name}");
        w.Line($"/// <summary>Evaluates a portfolio against {Xml(level.Name)} ({Xml(level.Id)}) as of a date.</summary>");
        w.Line($"public static {level.ReportName} Validate({Portfolio} portfolio, global::System.DateOnly asOf) => {level.ValidatorName}.Validate(portfolio, asOf);");
        if (hasRenewal)
        {
            w.Line();
            w.Line($"/// <summary>Checks continuing endorsement at {Xml(level.Id)} for a calendar year.</summary>");
            w.Line($"public static {level.RenewalReportName} ValidateRenewal({Portfolio} portfolio, int year) => {level.RenewalValidatorName}.Validate(portfolio, year);");
        }
        w.Close();
    }

    private static void EmitValidator(SourceWriter w, LevelModel level, System.Collections.Generic.List<RequirementModel> checkedRequirements)
    {
        w.Line($"/// <summary>Validator for {Xml(level.Name)} ({Xml(level.Id)}), generated from <see cref=\"{level.Target.Name}\"/>.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"{level.Target.Accessibility} sealed class {level.ValidatorName} : global::Imh.Dsl.Reports.ILevelValidator");
        w.Line("/// <summary>The single instance, for generic consumers.</summary>");
        w.Line($"public static {level.ValidatorName} Instance {{ get; }} = new();");
        w.Line();
        w.Line($"private {level.ValidatorName}() {{ }}");
        foreach (var r in level.Requirements.Concat(level.Continuing))
        {
            w.Line();
            EmitRequirementField(w, r);
        }
        w.Line();
        w.Line("/// <summary>The level as declared: the documentation model.</summary>");
        w.Line("public static global::Imh.Dsl.Evaluation.LevelDefinition Definition { get; } = new()");
        w.Line("{");
        w.Line($"    Id = {Str(level.Id)},");
        w.Line($"    Name = {Str(level.Name)},");
        w.Line($"    Rank = {level.Rank},");
        if (level.LevelId is not null) w.Line($"    LevelId = {Str(level.LevelId)},");
        if (level.TrackId is not null) w.Line($"    TrackId = {Str(level.TrackId)},");
        w.Line($"    Requirements = [{string.Join(", ", level.Requirements.Select(r => r.MemberName))}],");
        w.Line($"    Continuing = [{string.Join(", ", level.Continuing.Select(r => r.MemberName))}],");
        w.Line("};");
        w.Line();
        w.Line($"global::Imh.Dsl.Evaluation.LevelDefinition global::Imh.Dsl.Reports.ILevelValidator.Definition => Definition;");
        w.Line();
        w.Line($"/// <summary>Evaluates a portfolio as of a date; evidence dated after it is left out.</summary>");
        w.Open($"public static {level.ReportName} Validate({Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(portfolio);");
        w.Line($"var context = {Context}.AsOfDate(portfolio, asOf);");
        w.Line($"return new {level.ReportName}(context, [{string.Join(", ", checkedRequirements.Select(r => r.MemberName + ".Evaluate(context)"))}]);");
        w.Close();
        w.Line();
        w.Line("/// <summary>Only the verdict: every required requirement met or not applicable.</summary>");
        w.Open($"public static bool IsEligible({Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(portfolio);");
        w.Line($"var context = {Context}.AsOfDate(portfolio, asOf);");
        var required = checkedRequirements.Where(r => r.IsRequired).Select(r => r.MemberName + ".IsSatisfied(context)").ToList();
        w.Line($"return {(required.Count == 0 ? "true" : string.Join("\n            && ", required))};");
        w.Close();
        w.Line();
        w.Line($"global::Imh.Dsl.Reports.LevelReport global::Imh.Dsl.Reports.ILevelValidator.Validate({Portfolio} portfolio, global::System.DateOnly asOf) => Validate(portfolio, asOf);");
        w.Close();
    }

    private static void EmitRenewalValidator(SourceWriter w, LevelModel level, System.Collections.Generic.List<RequirementModel> checkedContinuing)
    {
        w.Line($"/// <summary>Continuing-endorsement validator for {Xml(level.Name)} ({Xml(level.Id)}).</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"{level.Target.Accessibility} sealed class {level.RenewalValidatorName} : global::Imh.Dsl.Reports.IRenewalValidator");
        w.Line("/// <summary>The single instance, for generic consumers.</summary>");
        w.Line($"public static {level.RenewalValidatorName} Instance {{ get; }} = new();");
        w.Line();
        w.Line($"private {level.RenewalValidatorName}() {{ }}");
        w.Line();
        w.Line($"global::Imh.Dsl.Evaluation.LevelDefinition global::Imh.Dsl.Reports.IRenewalValidator.Definition => {level.ValidatorName}.Definition;");
        w.Line();
        w.Line("/// <summary>Checks the continuing-endorsement rules for calendar year <paramref name=\"year\"/>.</summary>");
        w.Open($"public static {level.RenewalReportName} Validate({Portfolio} portfolio, int year)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(portfolio);");
        w.Line($"var context = {Context}.ForRenewal(portfolio, year);");
        w.Line($"return new {level.RenewalReportName}(context, [{string.Join(", ", checkedContinuing.Select(r => $"{level.ValidatorName}.{r.MemberName}.Evaluate(context)"))}]);");
        w.Close();
        w.Line();
        w.Line($"global::Imh.Dsl.Reports.RenewalReport global::Imh.Dsl.Reports.IRenewalValidator.Validate({Portfolio} portfolio, int year) => Validate(portfolio, year);");
        w.Close();
    }

    private static void EmitRequirementField(SourceWriter w, RequirementModel r)
    {
        var field = r.MemberName;
        w.Line($"/// <summary>{Xml(r.Title)} (<c>{Xml(r.Key)}</c>).</summary>");
        w.Line($"public static readonly {Definition} {field} = new()");
        w.Line("{");
        w.Line($"    Key = {Str(r.Key)},");
        w.Line($"    Title = {Str(r.Title)},");
        w.Line($"    Obligation = {r.Obligation},");
        if (r.When != "global::Imh.Dsl.ApplicantCondition.None") w.Line($"    When = {r.When},");
        w.Line("    Sources =");
        w.Line("    [");
        foreach (var s in r.Sources) w.Line($"        {Str(s)},");
        w.Line("    ],");
        w.Line("    Rules =");
        w.Line("    [");
        foreach (var rule in r.Rules)
        {
            if (rule.Initializers.Count == 0)
            {
                w.Line($"        new {rule.TypeName}(),");
                continue;
            }
            w.Line($"        new {rule.TypeName}");
            w.Line("        {");
            foreach (var i in rule.Initializers)
            {
                if (i.Elements.Count == 0)
                {
                    w.Line($"            {i.Name} = {i.Expression},");
                    continue;
                }
                w.Line($"            {i.Name} =");
                w.Line("            [");
                foreach (var element in i.Elements) w.Line($"                {element},");
                w.Line("            ],");
            }
            w.Line("        },");
        }
        w.Line("    ],");
        w.Line("};");
    }

    private static void EmitReport(SourceWriter w, string name, string baseType, string what, System.Collections.Generic.List<RequirementModel> requirements, string parameters, string baseCall)
    {
        w.Line($"/// <summary>Report of {Xml(what)}: one typed property per requirement.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"public sealed class {name} : global::Imh.Dsl.Reports.{baseType}");
        w.Line($"internal {name}({parameters})");
        w.Line($"    : {baseCall}");
        w.Line("{");
        w.Line("}");
        for (int i = 0; i < requirements.Count; i++)
        {
            w.Line();
            w.Line($"/// <summary>{Xml(requirements[i].Title)} (<c>{Xml(requirements[i].Key)}</c>).</summary>");
            w.Line($"public {Result} {requirements[i].MemberName} => Requirements[{i}];");
        }
        w.Close();
    }

    private static string Str(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string Xml(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
