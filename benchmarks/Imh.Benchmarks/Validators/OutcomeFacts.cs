using System.Collections;
using System.Reflection;
using Imh.Dsl;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// Compares rule outcomes by what they found: their properties, lists element by element (an
/// outcome's lists are immutable arrays, which compare by reference), entries of the portfolio by identity.
/// </summary>
public static class OutcomeFacts
{
    /// <summary>Same outcome type and the same values.</summary>
    public static bool Same(RuleOutcome a, RuleOutcome b)
        => a.GetType() == b.GetType() && Values(a).SequenceEqual(Values(b));

    /// <summary>The outcome's type and values, for a message.</summary>
    public static string Describe(RuleOutcome outcome)
        => $"{outcome.GetType().Name} {{ {string.Join(", ", Values(outcome).Select(v => v?.ToString() ?? "null"))} }}";

    private static IEnumerable<object?> Values(RuleOutcome outcome)
    {
        foreach (var property in outcome.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var value = property.GetValue(outcome);
            if (value is IEnumerable list and not string)
            {
                yield return $"{property.Name}[";
                foreach (var item in list) yield return item;
                yield return "]";
            }
            else
            {
                yield return value;
            }
        }
    }
}
