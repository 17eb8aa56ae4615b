using System.Collections.Generic;
using System.Linq;
using Imh.Generators.Model;

namespace Imh.Generators.Emitting;

/// <summary>
/// Emits, for one level or track: the requirement definitions (every rule, part and condition
/// constructed as written), the validator, its typed report, and the renewal validator and report.
/// </summary>
internal static class LevelEmitter
{
    private const string Portfolio = "global::Imh.Dsl.Portfolios.Portfolio";
    private const string Evaluation = "global::Imh.Dsl.Evaluation.";
    private const string Reports = "global::Imh.Dsl.Reports.";

    public static string Emit(LevelModel level, CatalogModel catalog)
    {
        var w = new SourceWriter();
        GeneratedHeader.Write(w, level.Target.Namespace);
        bool renews = level.Continuing.Any(r => !r.IsNotRequired);
        if (level.Target.IsPartial && !level.Target.IsNested)
        {
            EmitDeclarationPart(w, level, renews);
            w.Line();
        }
        EmitValidator(w, level, catalog);
        w.Line();
        EmitReport(w, level, level.ReportName, "LevelReport", $"level {level.Id}", level.Requirements);
        if (renews)
        {
            w.Line();
            EmitRenewalValidator(w, level);
            w.Line();
            EmitReport(w, level, level.RenewalReportName, "RenewalReport", $"continuing endorsement at {level.Id}", level.Continuing);
        }
        return w.ToString();
    }

    private static void EmitDeclarationPart(SourceWriter w, LevelModel level, bool renews)
    {
        w.Open($"partial {level.Target.Keyword} {level.Target.Name}");
        w.Line($"/// <summary>Evaluates a portfolio against {Xml(level.Name)} ({Xml(level.Id)}) as of a date.</summary>");
        Signature(w, $"public static {level.ReportName} Validate(", $"{Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line($"    => {level.ValidatorName}.Validate(portfolio, asOf);");
        if (renews)
        {
            w.Line();
            w.Line($"/// <summary>Checks continuing endorsement at {Xml(level.Id)} for a calendar year.</summary>");
            Signature(w, $"public static {level.RenewalReportName} ValidateRenewal(", $"{Portfolio} portfolio, int year)");
            w.Line($"    => {level.RenewalValidatorName}.Validate(portfolio, year);");
        }
        w.Close();
    }

    private static void EmitValidator(SourceWriter w, LevelModel level, CatalogModel catalog)
    {
        w.Line($"/// <summary>Validator for {Xml(level.Name)} ({Xml(level.Id)}), generated from <see cref=\"{level.Target.Name}\"/>.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"{level.Target.Accessibility} sealed class {level.ValidatorName} : {Reports}ILevelValidator");
        w.Line("/// <summary>The single instance, for generic consumers.</summary>");
        w.Line($"public static {level.ValidatorName} Instance {{ get; }} = new();");
        w.Line();
        w.Line($"private {level.ValidatorName}() {{ }}");
        w.Line();
        w.Line("/// <summary>The level as declared: requirements, rules and sources (the documentation model).</summary>");
        w.Line($"public static {Evaluation}LevelDefinition Definition {{ get; }} = new(");
        w.Indent();
        w.Line(Literal(level.Id) + ",");
        w.String("", level.Name, ",");
        w.Line($"{CatalogEmitter.VocabularyType(catalog)}.Instance,");
        w.Value("", List(level.Requirements.Select(r => "Declared." + r.FieldName)), ",");
        w.Value("", List(level.Continuing.Select(r => "Declared." + r.FieldName)), ")");
        w.Outdent();
        w.Line("{");
        w.Indent();
        if (level.Rank != 0) w.Line($"Rank = {level.Rank},");
        if (level.LevelId is not null) w.Line($"LevelId = {Literal(level.LevelId)},");
        if (level.TrackId is not null) w.Line($"TrackId = {Literal(level.TrackId)},");
        if (level.Aliases.Count > 0) w.Value("Aliases = ", List(level.Aliases.Select(Literal)), ",");
        if (level.Facets.Count > 0) w.Value("Facets = ", List(level.Facets), ",");
        if (level.From is not null || level.Until is not null) w.Line($"Period = {Period(level.From, level.Until)},");
        if (level.Provisional is { } p)
        {
            w.Line($"Provisional = new {Evaluation}ProvisionalOutcome(");
            w.Indent();
            w.Line(Literal(p.Id) + ",");
            w.Line(Literal(p.Name) + ",");
            w.Value("", List(p.Waives.Select(Literal)), ",");
            if (p.Says is null) w.Line("null),");
            else w.String("", p.Says, "),");
            w.Outdent();
        }
        w.Outdent();
        w.Line("};");
        w.Line();
        w.Line($"{Evaluation}LevelDefinition {Reports}ILevelValidator.Definition => Definition;");
        w.Line();
        w.Line("/// <summary>Evaluates a portfolio as of a date; evidence dated after it is left out.</summary>");
        Signature(w, $"public static {level.ReportName} Validate(", $"{Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line("    => new(Definition.Evaluate(portfolio, asOf));");
        w.Line();
        w.Line("/// <summary>Only the verdict: the outcome counts as eligible.</summary>");
        Signature(w, "public static bool IsEligible(", $"{Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line("    => Definition.IsEligible(portfolio, asOf);");
        w.Line();
        Signature(w, $"{Reports}LevelReport {Reports}ILevelValidator.Validate(", $"{Portfolio} portfolio, global::System.DateOnly asOf)");
        w.Line("    => Validate(portfolio, asOf);");
        w.Line();
        w.Line("/// <summary>The requirements as declared, each rule constructed as written.</summary>");
        w.Open("private static class Declared");
        bool first = true;
        foreach (var r in level.Requirements.Concat(level.Continuing))
        {
            if (!first) w.Line();
            first = false;
            EmitRequirement(w, r);
        }
        w.Close();
        w.Close();
    }

    private static void EmitRequirement(SourceWriter w, RequirementModel r)
    {
        w.Line($"/// <summary>{Xml(r.Title)} (<c>{Xml(r.Key)}</c>).</summary>");
        w.Line($"public static readonly {Evaluation}RequirementDefinition {r.FieldName} = new(");
        w.Indent();
        w.Line(Literal(r.Key) + ",");
        w.String("", r.Title, ",");
        EmitConstructed(w, r.Rules, r.Parts.Count == 0 ? ")" : ",");
        if (r.Parts.Count > 0) EmitConstructed(w, r.Parts, ")");
        w.Outdent();
        w.Line("{");
        w.Indent();
        w.Line($"Obligation = global::Imh.Dsl.Obligation.{r.Obligation},");
        if (r.IsContinuing) w.Line("IsContinuing = true,");
        if (r.HasPeriod) w.Line($"Period = {Period(r.From, r.Until)},");
        if (r.Conditions.Count > 0)
        {
            w.Line("Conditions =");
            EmitConstructed(w, r.Conditions, ",");
        }
        w.Line("Sources =");
        w.Line("[");
        w.Indent();
        foreach (var s in r.Sources) w.String("", s, ",");
        w.Outdent();
        w.Line("],");
        if (r.Notes.Count > 0)
        {
            w.Line("Notes =");
            w.Line("[");
            w.Indent();
            foreach (var n in r.Notes)
            {
                w.Line($"new {Evaluation}SourceNote(");
                w.Indent();
                w.String("", n.Quote, ",");
                if (n.Says is null) w.Line("null),");
                else w.String("", n.Says, "),");
                w.Outdent();
            }
            w.Outdent();
            w.Line("],");
        }
        if (r.Reviews.Count > 0)
        {
            w.Line("Reviews =");
            w.Line("[");
            w.Indent();
            foreach (var v in r.Reviews)
            {
                w.Line($"new {Evaluation}ReviewNote(");
                w.Indent();
                w.Line(Literal(v.Alternative) + ",");
                w.String("", v.Decide, ",");
                w.String("", v.Quote, "),");
                w.Outdent();
            }
            w.Outdent();
            w.Line("],");
        }
        w.Outdent();
        w.Line("};");
    }

    /// <summary>A list of attributes constructed as written: <c>new T(args) { Named = value, }</c>.</summary>
    private static void EmitConstructed(SourceWriter w, EquatableArray<ConstructedModel> attributes, string suffix)
    {
        if (attributes.Count == 0)
        {
            w.Line("[]" + suffix);
            return;
        }
        w.Line("[");
        w.Indent();
        foreach (var a in attributes)
        {
            string head = $"new {a.TypeName}({string.Join(", ", a.Arguments)})";
            if (a.Named.Count == 0)
            {
                w.Value("", head, ",");
                continue;
            }
            w.Value("", head, "");
            w.Line("{");
            w.Indent();
            foreach (var named in a.Named) w.Value(named.Name + " = ", named.Value, ",");
            w.Outdent();
            w.Line("},");
        }
        w.Outdent();
        w.Line("]" + suffix);
    }

    private static void EmitRenewalValidator(SourceWriter w, LevelModel level)
    {
        w.Line($"/// <summary>Continuing-endorsement validator for {Xml(level.Name)} ({Xml(level.Id)}).</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"{level.Target.Accessibility} sealed class {level.RenewalValidatorName} : {Reports}IRenewalValidator");
        w.Line("/// <summary>The single instance, for generic consumers.</summary>");
        w.Line($"public static {level.RenewalValidatorName} Instance {{ get; }} = new();");
        w.Line();
        w.Line($"private {level.RenewalValidatorName}() {{ }}");
        w.Line();
        w.Line($"{Evaluation}LevelDefinition {Reports}IRenewalValidator.Definition");
        w.Line($"    => {level.ValidatorName}.Definition;");
        w.Line();
        w.Line("/// <summary>Checks the continuing-endorsement rules for calendar year <paramref name=\"year\"/>.</summary>");
        Signature(w, $"public static {level.RenewalReportName} Validate(", $"{Portfolio} portfolio, int year)");
        w.Line($"    => new({level.ValidatorName}.Definition.Renew(portfolio, year));");
        w.Line();
        Signature(w, $"{Reports}RenewalReport {Reports}IRenewalValidator.Validate(", $"{Portfolio} portfolio, int year)");
        w.Line("    => Validate(portfolio, year);");
        w.Close();
    }

    /// <summary>A report with one property per key, each set once from the result of that key.</summary>
    private static void EmitReport(SourceWriter w, LevelModel level, string name, string baseType, string what, EquatableArray<RequirementModel> requirements)
    {
        var keys = new List<(string Key, string Property, string Title, bool Nullable)>();
        foreach (var group in requirements.Where(r => !r.IsNotRequired).GroupBy(r => r.Key))
        {
            var first = group.First();
            bool sometimes = level.From is not null || level.Until is not null || group.Any(r => r.HasPeriod);
            keys.Add((group.Key, first.FieldName, first.Title, sometimes));
        }
        w.Line($"/// <summary>Report of {Xml(what)}: one typed property per requirement.</summary>");
        w.Line(GeneratedHeader.GeneratedCode);
        w.Open($"public sealed class {name} : {Reports}{baseType}");
        w.Line($"internal {name}({Evaluation}LevelEvaluation evaluation)");
        w.Line("    : base(evaluation)");
        w.Line("{");
        w.Indent();
        foreach (var k in keys) w.Line($"{k.Property} = Result({Literal(k.Key)}){(k.Nullable ? "" : "!")};");
        w.Outdent();
        w.Line("}");
        foreach (var k in keys)
        {
            w.Line();
            w.Line($"/// <summary>{Xml(k.Title)} (<c>{Xml(k.Key)}</c>){(k.Nullable ? "; null when not in force on the date evaluated" : "")}.</summary>");
            w.Line($"public {Reports}RequirementResult{(k.Nullable ? "?" : "")} {k.Property} {{ get; }}");
        }
        w.Close();
    }

    /// <summary>A member's head and parameters on one line when they fit, else the parameters on the next.</summary>
    private static void Signature(SourceWriter w, string head, string parameters)
    {
        if (w.Fits(head + parameters)) w.Line(head + parameters);
        else w.Line(head).Line("    " + parameters);
    }

    private static string Period(string? from, string? until) => $"{Evaluation}Period.Parse({Literals(from)}, {Literals(until)})";

    private static string Literals(string? value) => value is null ? "null" : Literal(value);

    private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    internal static string Xml(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
