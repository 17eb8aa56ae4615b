using System.Collections.Immutable;
using System.Globalization;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Planning;

/// <summary>
/// How fast an applicant adds clock hours, per kind of entry (training, sessions): the hours a
/// month a plan projects. A kind not set here goes on at the applicant's own average: the hours of
/// the entries a rule counts, dated in the 12 months up to the as-of date, divided by 12.
/// </summary>
public sealed record Pace
{
    /// <summary>Every kind of entry at the applicant's own average.</summary>
    public static Pace Observed { get; } = new();

    /// <summary>Clock hours a month set for some kinds of entry.</summary>
    public ImmutableDictionary<Evidence, decimal> HoursPerMonth { get; init; } = ImmutableDictionary<Evidence, decimal>.Empty;

    /// <summary>
    /// Reads paces as people write them: <c>HOURS</c> for training and sessions alike, or
    /// <c>LIST=HOURS</c> for one list, named as in the portfolio (<c>reflectiveSupervision=3</c>), hours a
    /// month from 0 to 1000. Later values win. Null with <paramref name="error"/> naming the value when one is wrong.
    /// </summary>
    public static Pace? Parse(Vocabulary vocabulary, IEnumerable<string> values, out string? error)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(values);
        error = null;
        var pace = Observed;
        Evidence[] lists = [Evidence.Training, Evidence.Sessions];
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            string list = equals < 0 ? "" : value[..equals].Trim();
            string number = value[(equals + 1)..].Trim();
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal hours) || hours > 1000)
            {
                error = $"'{Printable.Escape(value)}': the hours a month must be a number from 0 to 1000, e.g. 3 or 1.5";
                return null;
            }
            var named = lists.Where(e => list.Length == 0 || string.Equals(vocabulary.Name(e).Json, list, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 0)
            {
                error = $"'{Printable.Escape(value)}': unknown list '{Printable.Escape(list)}'; the lists are {string.Join(" and ", lists.Select(e => vocabulary.Name(e).Json))}";
                return null;
            }
            foreach (var evidence in named) pace = pace.With(evidence, hours);
        }
        return pace;
    }

    /// <summary>This pace with <paramref name="evidence"/> set to <paramref name="hours"/> a month.</summary>
    public Pace With(Evidence evidence, decimal hours) => this with { HoursPerMonth = HoursPerMonth.SetItem(evidence, hours) };

    /// <summary>
    /// The hours a month of entries of <paramref name="evidence"/> that pass <paramref name="accepts"/>:
    /// as set, or the average of the last 12 months (whole cents, rounded down). The second value
    /// says whether it is the applicant's own average.
    /// </summary>
    public (decimal Hours, bool Observed) For(Evidence evidence, IReadOnlyList<EntryFilter> accepts, Portfolio portfolio, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(accepts);
        ArgumentNullException.ThrowIfNull(portfolio);
        if (HoursPerMonth.TryGetValue(evidence, out decimal set)) return (set, false);
        var since = asOf.AddMonths(-12);
        decimal sum = 0;
        IEnumerable<(DateOnly Date, decimal Hours, Entry Entry)> entries = evidence == Evidence.Sessions
            ? portfolio.Sessions.Select(s => (s.Date, s.Hours, (Entry)s))
            : portfolio.Training.Select(t => (t.Date, t.Hours, (Entry)t));
        foreach (var (date, hours, entry) in entries)
        {
            if (date > since && date <= asOf && accepts.All(f => f.Accepts(entry))) sum += hours;
        }
        return (decimal.Floor(sum / 12 * 100) / 100, true);
    }
}
