using CsCheck;
using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>CsCheck property tests of the evaluation primitives against brute-force oracles.</summary>
public class EvaluationPropertyTests
{
    private const int Iterations = 5_000;

    private static readonly DateOnly Origin = new(2019, 1, 1);

    // Leap-day neighbourhoods and their anniversaries, so 29 February boundaries come up often.
    private static readonly DateOnly[] Interesting =
    [
        new(2020, 2, 28), new(2020, 2, 29), new(2020, 3, 1), new(2021, 2, 26), new(2021, 2, 27), new(2021, 2, 28),
        new(2021, 3, 1), new(2022, 2, 27), new(2022, 2, 28), new(2022, 3, 1), new(2023, 2, 28), new(2024, 2, 28),
        new(2024, 2, 29), new(2024, 3, 1),
    ];

    /// <summary>
    /// A window: in whole years a third of the time (WithinYears, MinSpanYears), in months otherwise
    /// (WithinMonths, MinSpanMonths); the minimum span may exceed the maximum, so no window meets it.
    /// </summary>
    private static readonly Gen<(int MaximumMonths, int MinimumSpanMonths)> GenWindow =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 36], Gen.Int[0, 36], Gen.Int[1, 3], Gen.Int[0, 2])
            .Select((unit, months, spanMonths, years, spanYears) => unit == 0 ? (years * 12, spanYears * 12) : (months, spanMonths % (months + 2)));

    /// <summary>
    /// A session date: random in 2019–2024, one of the leap-day dates, or an earlier session's date moved by
    /// the window's maximum or minimum span and -2..+1 days (so span and maximum boundaries are hit exactly).
    /// </summary>
    private static readonly Gen<(int Kind, int Offset, int Delta, int Cents)> GenSessionSeed =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 6 * 366], Gen.Int[-2, 1], Gen.Int[0, 2000]);

    /// <summary>
    /// Small cases: up to 9 sessions, in date order a third of the time and shuffled otherwise; hours mostly
    /// in cents, sometimes mixed with whole hours or thousandths (other decimal scales) or with 11 decimals.
    /// </summary>
    private static readonly Gen<(DatedHours[] Sessions, decimal MinimumHours, int MaximumMonths, int MinimumSpanMonths)> GenWindowCase =
        Gen.Select(GenSessionSeed.Array[0, 9], Gen.Int[0, 6000], GenWindow, Gen.Int[0, 2], Gen.Int[0, 5])
            .Select((seeds, minimumCents, window, order, precision) =>
            {
                DatedHours[] sessions = [.. BuildSessions(seeds, window.MaximumMonths, window.MinimumSpanMonths)
                    .Select((s, i) => s with { Hours = Rescale(s.Hours, precision, i) })];

                if (order == 0)
                {
                    sessions = [.. sessions.OrderBy(s => s.Date)];
                }

                return (sessions, minimumCents / 100m, window.MaximumMonths, window.MinimumSpanMonths);
            });

    /// <summary>
    /// Hours in cents as they are (precision 3 and up), or every other one as whole hours (scale 0, precision 2),
    /// plus a thousandth (scale 3, precision 1), or plus 10^-11 (precision 0).
    /// </summary>
    private static decimal Rescale(decimal cents, int precision, int index) => precision switch
    {
        0 => cents + 0.00000000001m,
        1 => index % 2 == 0 ? cents + 0.001m : cents,
        2 => index % 2 == 0 ? decimal.Truncate(cents) : cents,
        _ => cents,
    };

    private static DatedHours[] BuildSessions((int Kind, int Offset, int Delta, int Cents)[] seeds, int maximumMonths, int minimumSpanMonths)
    {
        var sessions = new DatedHours[seeds.Length];
        for (int i = 0; i < seeds.Length; i++)
        {
            var (kind, offset, delta, cents) = seeds[i];
            DateOnly date = kind switch
            {
                <= 1 => Interesting[offset % Interesting.Length],
                <= 3 when i > 0 => sessions[offset % i].Date.AddMonths(maximumMonths).AddDays(delta),
                <= 5 when i > 0 => sessions[offset % i].Date.AddMonths(minimumSpanMonths).AddDays(delta),
                _ => Origin.AddDays(offset),
            };
            sessions[i] = new DatedHours(date, cents / 100m);
        }

        return sessions;
    }

    [Fact]
    public void Window_search_agrees_with_brute_force_over_all_pairs_of_session_dates()
    {
        GenWindowCase.Sample(
            c =>
            {
                var actual = HoursWindows.FindBest(c.Sessions, c.MinimumHours, c.MaximumMonths, c.MinimumSpanMonths);
                var expected = WindowOracle.FindBest(c.Sessions, c.MinimumHours, c.MaximumMonths, c.MinimumSpanMonths);

                actual.Met.ShouldBe(expected.Met);
                actual.SpanMet.ShouldBe(expected.SpanMet);
                actual.Shortfall.ShouldBe(expected.Shortfall);
                actual.Best.HasValue.ShouldBe(expected.Best.HasValue);
                if (expected.Best is { } best)
                {
                    actual.Best!.Value.Hours.ShouldBe(best.Hours);
                    actual.Best!.Value.First.ShouldBe(best.First);
                    actual.Best!.Value.Last.ShouldBe(best.Last);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Window_search_over_hundreds_of_sessions_agrees_with_brute_force()
    {
        // 129–400 sessions: dates over 500 days (many per date) or 60,000 days, shuffled or in date order,
        // hours of mixed decimal scales as in the small cases.
        Gen.Select(
                Gen.Select(Gen.Int[0, 60_000], Gen.Int[0, 300]).Array[129, 400],
                Gen.Int[0, 40000],
                GenWindow,
                Gen.Bool,
                Gen.Bool,
                Gen.Int[0, 5])
            .Sample(
                (seeds, minimumCents, window, dense, inOrder, precision) =>
                {
                    DatedHours[] sessions = [.. seeds.Select(s => new DatedHours(
                        Origin.AddDays(dense ? s.Item1 % 500 : s.Item1),
                        Rescale(s.Item2 / 100m, precision, s.Item1)))];
                    if (inOrder)
                    {
                        sessions = [.. sessions.OrderBy(s => s.Date)];
                    }

                    decimal minimumHours = minimumCents / 100m;

                    HoursWindows.FindBest(sessions, minimumHours, window.MaximumMonths, window.MinimumSpanMonths)
                        .ShouldBe(WindowOracle.FindBest(sessions, minimumHours, window.MaximumMonths, window.MinimumSpanMonths));
                },
                iter: 400);
    }

    private static readonly Gen<(WorkSpan[] Spans, DateOnly? NotBefore, DateOnly NotAfter)> GenCreditedCase =
        Gen.Select(
                Gen.Select(Gen.Int[0, 900], Gen.Int[-5, 500], Gen.Int[1, 13]).Array[0, 6],
                Gen.Int[-1, 900],
                Gen.Int[0, 1000])
            .Select((seeds, notBefore, notAfter) =>
            {
                // Fte in tenths 0.1..1.0 plus 0.25 (11), 0.5 (12) and 0.75 (13).
                WorkSpan[] spans = [.. seeds.Select(s => new WorkSpan(
                    Origin.AddDays(s.Item1),
                    Origin.AddDays(s.Item1 + s.Item2),
                    s.Item3 switch { 11 => 0.25m, 12 => 0.5m, 13 => 0.75m, var t => t / 10m }))];
                return (spans, notBefore < 0 ? (DateOnly?)null : Origin.AddDays(notBefore), Origin.AddDays(notAfter));
            });

    [Fact]
    public void Credited_days_agree_with_a_day_by_day_count()
    {
        GenCreditedCase.Sample(
            (spans, notBefore, notAfter) =>
            {
                DateOnly from = notBefore ?? (spans.Length == 0 ? notAfter : spans.Min(s => s.Start));
                decimal expected = 0m;
                for (DateOnly d = from; d <= notAfter; d = d.AddDays(1))
                {
                    expected += Math.Min(1m, spans.Where(s => s.Start <= d && d <= s.End).Sum(s => s.Fte));
                }

                CreditedDays.Compute(spans, notBefore, notAfter).ShouldBe(expected);
            },
            iter: Iterations);
    }

    private static readonly Gen<(uint[] CanFill, bool[] Endorsed, int ItemCount)> GenMatchCase =
        Gen.Int[0, 5].SelectMany(itemCount =>
            Gen.Select(Gen.UInt, Gen.Int[0, 3], Gen.Int[0, 3]).Array[0, 7].Select(candidates =>
            {
                // Density varies: AND-ing random words thins the edges; bits at or above itemCount are noise to ignore.
                uint[] canFill = [.. candidates.Select(c => c.Item2 switch
                {
                    0 => c.Item1 & (c.Item1 >> 7) & (c.Item1 >> 13),
                    1 => c.Item1 & (c.Item1 >> 11),
                    _ => c.Item1,
                })];
                bool[] endorsed = [.. candidates.Select(c => c.Item3 == 0)];
                return (canFill, endorsed, itemCount);
            }));

    [Fact]
    public void Matching_agrees_with_brute_force_over_all_injective_assignments()
    {
        GenMatchCase.Sample(
            (canFill, endorsed, itemCount) =>
            {
                var (maximum, someMaximumIncludesEndorsed) = BruteForceMatching(canFill, endorsed, itemCount);

                var result = RatingMatcher.Match(canFill, endorsed, itemCount);

                result.CandidateForItem.Length.ShouldBe(itemCount);
                var used = result.CandidateForItem.Where(c => c >= 0).ToArray();
                used.Length.ShouldBe(maximum);
                used.Distinct().Count().ShouldBe(used.Length);
                for (int k = 0; k < itemCount; k++)
                {
                    int c = result.CandidateForItem[k];
                    if (c >= 0)
                    {
                        (canFill[c] & (1u << k)).ShouldNotBe(0u);
                    }
                }

                result.Complete.ShouldBe(maximum == itemCount);
                result.IncludesEndorsed.ShouldBe(someMaximumIncludesEndorsed);
                result.IncludesEndorsed.ShouldBe(used.Any(c => endorsed[c]));
            },
            iter: Iterations);
    }

    /// <summary>Every partial injective assignment of items to candidates: the largest size, and whether some largest one uses an endorsed candidate.</summary>
    private static (int Maximum, bool SomeMaximumIncludesEndorsed) BruteForceMatching(uint[] canFill, bool[] endorsed, int itemCount)
    {
        int maximum = 0;
        bool includesEndorsed = false;
        var used = new bool[canFill.Length];

        void Assign(int item, int size, bool withEndorsed)
        {
            if (item == itemCount)
            {
                if (size > maximum)
                {
                    maximum = size;
                    includesEndorsed = withEndorsed;
                }
                else if (size == maximum)
                {
                    includesEndorsed |= withEndorsed;
                }

                return;
            }

            Assign(item + 1, size, withEndorsed);
            for (int c = 0; c < canFill.Length; c++)
            {
                if (!used[c] && (canFill[c] & (1u << item)) != 0)
                {
                    used[c] = true;
                    Assign(item + 1, size + 1, withEndorsed || endorsed[c]);
                    used[c] = false;
                }
            }
        }

        Assign(0, 0, false);
        return (maximum, includesEndorsed);
    }
}
