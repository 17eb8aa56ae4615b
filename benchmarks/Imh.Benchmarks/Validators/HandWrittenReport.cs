using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Reports;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// What <see cref="HandWrittenLevelIII.Validate"/> returns: the data of a <see cref="LevelReport"/>
/// (whose constructor takes the Dsl's evaluation, which only the Dsl builds), field for field.
/// </summary>
public sealed record HandWrittenReport(
    string LevelId,
    string LevelName,
    string Applicant,
    DateOnly AsOf,
    LevelOutcome Outcome,
    ImmutableArray<string> NeedsReview,
    ImmutableArray<RequirementResult> Requirements,
    ImmutableArray<string> Ignored)
{
    /// <summary>The outcome counts as eligible.</summary>
    public bool Eligible => Outcome.Eligible;

    /// <summary>Keys of the required requirements that are not met.</summary>
    public IEnumerable<string> UnmetKeys => Requirements.Where(r => r.Required && r.Status == RequirementStatus.NotMet).Select(r => r.Key);
}
