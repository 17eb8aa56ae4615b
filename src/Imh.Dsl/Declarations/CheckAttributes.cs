namespace Imh.Dsl.Checks;

// Checks on the arguments of rule attributes. A rule kind states them on its own properties (and
// constructor parameters); the analyzers read them from the rule's type and check every use of the
// rule at compile time, so a catalog's own rule kinds are checked exactly like the language's.

/// <summary>The value must be greater than 0 (a number) or not empty (a list or a string).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class PositiveAttribute : Attribute;

/// <summary>The value must lie between <paramref name="min"/> and <paramref name="max"/> (every element of a list).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class RangeAttribute(double min, double max) : Attribute
{
    /// <summary>The least value.</summary>
    public double Min { get; } = min;

    /// <summary>The largest value.</summary>
    public double Max { get; } = max;
}

/// <summary>When both are given (not 0), the value must not exceed the property named <paramref name="other"/>, converted as <see cref="Scale"/> says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true)]
public sealed class NotAboveAttribute(string other) : Attribute
{
    /// <summary>The property compared with.</summary>
    public string Other { get; } = other;

    /// <summary>How many of this value's units make one of the other's (12 for months against years).</summary>
    public double Scale { get; set; } = 1;
}

/// <summary>When this value is given (not its default), the property named <paramref name="other"/> must be given too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true)]
public sealed class NeedsAttribute(string other) : Attribute
{
    /// <summary>The property that must be given too.</summary>
    public string Other { get; } = other;
}

/// <summary>At most one of this property and <paramref name="other"/> may be given.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true)]
public sealed class ExcludesAttribute(string other) : Attribute
{
    /// <summary>The property that must not be given with this one.</summary>
    public string Other { get; } = other;
}

/// <summary>
/// On a rule kind: the kind of entry it counts, fixed (<c>[Counts(Evidence.Work)]</c>) or chosen
/// by the author through the rule's <c>Evidence</c> property (<c>[Counts(Default = Evidence.Training)]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CountsAttribute : Attribute
{
    /// <summary>The author chooses the kind of entry with the rule's <c>Evidence</c> property.</summary>
    public CountsAttribute() => Chosen = true;

    /// <summary>The rule always counts entries of <paramref name="evidence"/>.</summary>
    public CountsAttribute(Evidence evidence) => Evidence = evidence;

    /// <summary>The fixed kind of entry.</summary>
    public Evidence Evidence { get; }

    /// <summary>The kind of entry comes from the rule's <c>Evidence</c> property.</summary>
    public bool Chosen { get; }

    /// <summary>When chosen: the kind counted when the author does not say.</summary>
    public Evidence Default { get; set; }
}

/// <summary>
/// The values (catalog enum values; enum types for <c>Matching</c>) must be words the entries
/// the rule counts (<see cref="CountsAttribute"/>) can carry, or words of a fixed kind.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class WordsAttribute : Attribute
{
    /// <summary>Words of the entries the rule counts.</summary>
    public WordsAttribute() => Counted = true;

    /// <summary>Words of a fixed kind of entry.</summary>
    public WordsAttribute(Evidence evidence) => Evidence = evidence;

    /// <summary>The kind of entry, when fixed.</summary>
    public Evidence Evidence { get; }

    /// <summary>Words of the entries the rule counts.</summary>
    public bool Counted { get; }

    /// <summary>Only flags (tags), not enumerated values.</summary>
    public bool TagsOnly { get; set; }

    /// <summary>Only enumerated values (choices); for <c>Matching</c>, choice enum types.</summary>
    public bool ChoicesOnly { get; set; }

    /// <summary>The catalog's documents enum.</summary>
    public bool Documents { get; set; }

    /// <summary>The catalog's assessments enum.</summary>
    public bool Assessments { get; set; }

    /// <summary>The catalog's numbers enum of the kind of entry.</summary>
    public bool Numbers { get; set; }
}

/// <summary>The strings must be level or track ids (or aliases) the catalog declares.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class LevelIdsAttribute : Attribute
{
    /// <summary>
    /// In a ranked catalog, a more senior level must not accept a less senior id than a less senior
    /// level does for the same requirement (the least senior id accepted is compared).
    /// </summary>
    public bool Seniority { get; set; }
}

/// <summary>
/// The quantity the rule asks for (hours, years, ratings...). In a ranked catalog, a more senior
/// level must not ask for less of it than a less senior level for the same requirement and rule kind.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class AmountAttribute(string unit) : Attribute
{
    /// <summary>The unit in messages, e.g. <c>clock hours</c>.</summary>
    public string Unit { get; } = unit;
}

/// <summary>The property only makes sense in a continuing-endorsement rule (evaluated for a renewal year).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class RenewalOnlyAttribute : Attribute;

/// <summary>The string must be a date that exists, written <c>YYYY-MM-DD</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class DateAttribute : Attribute;

/// <summary>
/// On a rule part: the value must not exceed the rule's property <paramref name="ruleProperty"/>;
/// with <see cref="Summed"/>, the values of all the rule's parts of this kind together must not.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class WithinRuleAttribute(string ruleProperty) : Attribute
{
    /// <summary>The rule's property compared with.</summary>
    public string RuleProperty { get; } = ruleProperty;

    /// <summary>The parts' values are summed first.</summary>
    public bool Summed { get; set; }
}

/// <summary>
/// On a rule part: the numbers its parts give run from 1 to the rule's property
/// <paramref name="ruleProperty"/> with no gap, and each number has a part open to every applicant.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class NumberedAttribute(string ruleProperty) : Attribute
{
    /// <summary>The rule's property holding how many numbers there are.</summary>
    public string RuleProperty { get; } = ruleProperty;
}

/// <summary>On a rule part: the part cannot be used together with parts of <paramref name="other"/> on one rule.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class NotWithAttribute(Type other) : Attribute
{
    /// <summary>The other part kind.</summary>
    public Type Other { get; } = other;
}
