using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl;

/// <summary>
/// A part of a <see cref="MinHoursAttribute"/> minimum ("48 clock hours, <em>of which</em> at least
/// 30 relationship-based"): at least <c>hours</c> of the counted hours come from entries that pass
/// this part's filter. Each hour counts in one part at most and an entry's hours may be divided
/// between the parts its words allow (the assignment is optimal, see <see cref="HourParts"/>). When
/// the parts add up to less than the minimum, the rest may be any counted hours. With a window the
/// parts are counted inside the same window.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class HoursPartAttribute(double hours) : RulePartAttribute<MinHoursAttribute>
{
    /// <summary>The part's minimum in clock hours (exact to 0.01).</summary>
    [Positive, WithinRule(nameof(MinHoursAttribute.Hours), Summed = true)]
    public double Hours { get; } = hours;

    /// <summary>Conditions every entry of the part meets (flags all set; enumerated values one of those named).</summary>
    [Words]
    public object[]? Where { get; set; }

    /// <summary>Flags of which an entry of the part carries at least one.</summary>
    [Words(TagsOnly = true)]
    public object? WhereAny { get; set; }
}
