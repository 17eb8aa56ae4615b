using BenchmarkDotNet.Attributes;
using Imh.Dsl.Evaluation;

namespace Imh.Benchmarks;

/// <summary>The order entries arrive in.</summary>
public enum EntryOrder
{
    /// <summary>In date order, as a logbook is kept.</summary>
    Chronological,
    /// <summary>Seeded shuffle: the primitive has to order them itself.</summary>
    Shuffled,
}

/// <summary>
/// The two primitives every experience and RS/C requirement rests on, from 10 to 1,000,000
/// entries: the window search (Level III's 50 hours in 1 to 2 years) and credited days. Entries
/// are spread over as many days as there are entries (at least two years). The ns/entry column
/// is the mean divided by N: flat or growing like log n means O(n log n) or better.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class ScalingBenchmarks
{
    private static readonly DateOnly Origin = new(1900, 1, 1);
    private DatedHours[] sessions = [];
    private WorkSpan[] spans = [];
    private DateOnly last;

    /// <summary>Entries.</summary>
    [Params(10, 1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Input order.</summary>
    [Params(EntryOrder.Chronological, EntryOrder.Shuffled)]
    public EntryOrder Order { get; set; }

    /// <summary>Builds the entries and checks both primitives against simple reference implementations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int days = Math.Max(N, 730);
        last = Origin.AddDays(days);
        var random = new Random(N);
        sessions = new DatedHours[N];
        spans = new WorkSpan[N];
        for (int i = 0; i < N; i++)
        {
            sessions[i] = new DatedHours(Origin.AddDays(random.Next(days)), 0.25m * random.Next(1, 9));
            var start = Origin.AddDays(random.Next(days));
            spans[i] = new WorkSpan(start, start.AddDays(random.Next(0, 730)), 0.25m * random.Next(1, 5));
        }

        Array.Sort(sessions, (a, b) => a.Date.CompareTo(b.Date));
        Array.Sort(spans, (a, b) => a.Start.CompareTo(b.Start));
        if (Order == EntryOrder.Shuffled)
        {
            random.Shuffle(sessions);
            random.Shuffle(spans);
        }

        Reference.AssertWindow(sessions, 50m, 24, 12);
        Reference.AssertCreditedDays(spans, last);
    }

    /// <summary>Best window of 50 hours in 1 to 2 years.</summary>
    [Benchmark]
    public WindowSearchResult WindowSearch() => HoursWindows.FindBest(sessions, 50m, 24, 12);

    /// <summary>Credited days of overlapping work spans.</summary>
    [Benchmark]
    public decimal CreditedDaysOf() => CreditedDays.Compute(spans, null, last);

    private sealed class ScalingConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public ScalingConfig() => AddColumn(PerUnitColumn.PerEntry);
    }
}
