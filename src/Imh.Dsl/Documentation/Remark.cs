using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Documentation;

/// <summary>
/// A sentence of the source shown beside a rule without being checked: a note (with what it says
/// about it) or an alternative the association decides on.
/// </summary>
/// <param name="Label">"Note" or "Subject to review (b)".</param>
/// <param name="Lead">Words before the quote; empty for a note.</param>
/// <param name="Quote">The sentence as the catalog quotes it.</param>
/// <param name="Says">Why it is not checked, or the decision taken; null when the catalog says nothing.</param>
/// <param name="Review">An alternative the association decides on, rather than a note.</param>
internal sealed record Remark(string Label, string Lead, string Quote, string? Says, bool Review = false)
{
    /// <summary>The notes of a requirement, then its reviews, in declaration order.</summary>
    public static IReadOnlyList<Remark> Of(RequirementDefinition requirement)
        => [.. requirement.Notes.Select(n => new Remark("Note", "", n.Quote, n.Says)),
            .. requirement.Reviews.Select(r => new Remark($"Subject to review ({r.Alternative})", $"the association decides {r.Decide}:", r.Quote, null, Review: true))];

    /// <summary>The remark in plain text after its label: <c>the association decides …: “…”</c>, <c>“…” (not checked: …)</c>.</summary>
    public string Text => (Lead.Length == 0 ? "" : Lead + " ") + "“" + Quote + "”" + (Says is null ? "" : $" ({Says})");
}
