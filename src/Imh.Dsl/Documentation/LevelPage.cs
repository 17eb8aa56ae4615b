using System.Text;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Documentation;

/// <summary>The Markdown page of one level or track.</summary>
internal static class LevelPage
{
    public static string Render(LevelDefinition level, DocsScope scope)
    {
        var period = DocsScope.InForce(level.Period) is { } p ? Prose.Capitalize(p) + "." : null;
        var md = Markdown.Page($"{level.Title} (`{level.Id}`)", scope.AsOfLine, period);
        md.Append("## Initial endorsement\n\n");
        AppendTable(md, scope, scope.Rows(level.Requirements));
        if (level.Provisional is { } provisional)
        {
            var outcome = Provisional.Of(level, provisional, scope);
            md.Append("\n## Provisional outcome: ").Append(outcome.Name).Append("\n\n").Append(outcome.Sentence).Append('\n');
            if (outcome.Says is { } says) md.Append("\n> ").Append(says).Append('\n');
        }
        var continuing = scope.Rows(level.Continuing);
        if (continuing.Count > 0)
        {
            md.Append("\n## Continuing endorsement (each calendar year)\n\n");
            AppendTable(md, scope, continuing);
        }
        return md.ToString();
    }

    private static void AppendTable(StringBuilder md, DocsScope scope, IReadOnlyList<RequirementDefinition> rows)
    {
        Markdown.Header(md, ["key", "requirement", "rule", "status", "source"]);
        foreach (var r in rows)
        {
            md.Append("| `").Append(r.Key).Append("` | ").Append(Markdown.Cell(DocsScope.Title(r))).Append(" | ")
              .Append(Markdown.Cell(scope.Rule(r)));
            foreach (var remark in Remark.Of(r)) md.Append(Markdown.Break).Append(Markdown.Remark(remark));
            md.Append(" | ").Append(DocsScope.ObligationWords(r.Obligation)).Append(" | ")
              .Append(Markdown.Cell(string.Join(" ", r.Sources.Select(s => "“" + s + "”")))).Append(" |\n");
        }
    }
}

/// <summary>A level's provisional outcome in words: what it waives and what the report tells the applicant.</summary>
internal sealed record Provisional(string Name, string Sentence, string? Says)
{
    public static Provisional Of(LevelDefinition level, ProvisionalOutcome outcome, DocsScope scope)
    {
        var waived = scope.Rows(level.Requirements).Where(r => outcome.Waives.Contains(r.Key)).ToList();
        var titles = Prose.AndList([.. waived.Select(r => r.Title).Distinct(StringComparer.Ordinal)]);
        var sentence = $"A portfolio that meets every required requirement except {titles} has the outcome “{outcome.Name}”, which counts as eligible.";
        var says = outcome.Says?.Replace("{level}", level.Id, StringComparison.Ordinal)
            .Replace("{waived}", string.Join("; ", waived.Select(scope.Words)), StringComparison.Ordinal);
        return new Provisional(outcome.Name, sentence, says);
    }
}
