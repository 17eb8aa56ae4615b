using System.Collections.Immutable;
using Imh.Dsl.Evaluation;

namespace Imh.Generators.Tests.SampleCatalog;

/// <summary>
/// A rule kind the catalog declares itself, beside the language's (issue 12 item 2): the training
/// dated by the as-of date covers at least <see cref="Count"/> different courses (titles compared
/// without case). The generator constructs it as written, like a built-in one.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class DifferentCoursesAttribute(int count) : RuleAttribute<DifferentCoursesOutcome>
{
    /// <summary>How many different courses.</summary>
    public int Count { get; } = count;

    /// <inheritdoc />
    public override string Describe(Wording wording) => $"training in at least {Count} different courses";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => $"{Count} different courses";

    /// <inheritdoc />
    protected override DifferentCoursesOutcome Assess(EvaluationContext context)
    {
        ImmutableArray<string> titles = [.. context.Portfolio.Training.Where(t => t.Date <= context.AsOf).Select(t => t.Title.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
        return new DifferentCoursesOutcome(titles.Length >= Count, titles, Count);
    }

    /// <inheritdoc />
    protected override Explanation Explain(DifferentCoursesOutcome outcome, Wording wording)
    {
        int lacking = outcome.Count - outcome.Titles.Length;
        string detail = $"{outcome.Titles.Length} different {(outcome.Titles.Length == 1 ? "course" : "courses")}"
            + (outcome.Titles.IsEmpty ? "" : $" ({string.Join(", ", outcome.Titles)})");
        return new(detail, outcome.Met ? null : $"{lacking} more different {(lacking == 1 ? "course" : "courses")}");
    }
}

/// <summary>What <see cref="DifferentCoursesAttribute"/> found.</summary>
/// <param name="Met">Enough different courses.</param>
/// <param name="Titles">The different titles, in order.</param>
/// <param name="Count">How many were asked.</param>
public sealed record DifferentCoursesOutcome(bool Met, ImmutableArray<string> Titles, int Count) : RuleOutcome(Met);
