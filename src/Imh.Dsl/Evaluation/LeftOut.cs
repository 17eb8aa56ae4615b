using System.Collections.Immutable;

namespace Imh.Dsl.Evaluation;

/// <summary>How many entries a rule left out for one reason.</summary>
/// <param name="Reason">Why, in words ("not relationship-based").</param>
/// <param name="Count">How many entries.</param>
public readonly record struct LeftOutCount(string Reason, int Count);

/// <summary>Counts the entries a rule leaves out by reason, in the order the reasons first occur (the portfolio's order).</summary>
public sealed class LeftOutCounter
{
    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one entry left out for <paramref name="reason"/>.</summary>
    public void Add(string reason)
    {
        int n;
        if (_counts.TryGetValue(reason, out n))
        {
            _counts[reason] = n + 1;
            return;
        }
        _reasons.Add(reason);
        _counts[reason] = 1;
    }

    /// <summary>The counts, in order.</summary>
    public ImmutableArray<LeftOutCount> ToImmutable() => [.. _reasons.Select(r => new LeftOutCount(r, _counts[r]))];

    /// <summary>"; sessions left out: 2 not relationship-based, 1 not in the level's age band", or empty.</summary>
    public static string Words(ImmutableArray<LeftOutCount> counts, string plural)
        => counts.IsDefaultOrEmpty ? "" : $"; {plural} left out: " + string.Join(", ", counts.Select(c => $"{c.Count} {c.Reason}"));
}
