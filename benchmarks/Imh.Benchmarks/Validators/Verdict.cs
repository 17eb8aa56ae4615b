using FluentValidation.Results;
using Imh.Dsl.Reports;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// What every variant must agree on for every input: eligible or not, and the keys of the
/// required requirements that are not met (in declaration order).
/// </summary>
public sealed record Verdict(bool Eligible, IReadOnlyList<string> Unmet)
{
    /// <summary>The verdict of eligibility: nothing unmet.</summary>
    public static readonly Verdict Pass = new(true, []);

    /// <summary>The verdict a generated report carries.</summary>
    public static Verdict Of(LevelReport report) => new(report.Eligible, report.UnmetKeys.ToArray());

    /// <summary>The verdict the hand-written report carries.</summary>
    public static Verdict Of(HandWrittenReport report) => new(report.Eligible, report.UnmetKeys.ToArray());

    /// <summary>The verdict of a FluentValidation result: one error code per unmet requirement key.</summary>
    public static Verdict Of(ValidationResult result) => new(result.IsValid, result.Errors.Select(e => e.ErrorCode).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>Same verdict and the same unmet keys (as a set: variants may list them in another order).</summary>
    public bool SameAs(Verdict other)
        => Eligible == other.Eligible && Unmet.Order(StringComparer.Ordinal).SequenceEqual(other.Unmet.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Eligible ? "eligible" : $"not eligible, unmet: {string.Join(", ", Unmet)}";
}
