using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Imh.Benchmarks;

/// <summary>
/// The job every benchmark runs with: one process, 3 warm-up and 10 measured iterations, which
/// keeps the whole suite under half an hour on two cores. Median and minimum are shown beside the
/// mean because the benchmarks run on shared build machines, where other processes inflate some
/// iterations. GitHub-flavoured Markdown tables land in <c>BenchmarkDotNet.Artifacts/results</c>.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The default configuration with that job, the memory diagnoser and the extra statistics.</summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Imh").AsDefault())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
        .WithOptions(ConfigOptions.DisableLogFile)
        // The generated project builds the whole solution graph; on a busy shared machine that outlasts the default 2 minutes.
        .WithBuildTimeout(TimeSpan.FromMinutes(15));
}

/// <summary>
/// Mean time divided by a size of the benchmark case: nanoseconds per entry (the <c>N</c>
/// parameter), per byte of input, and so on.
/// </summary>
/// <param name="name">Column name and id, e.g. <c>ns/entry</c>.</param>
/// <param name="legend">What the column means.</param>
/// <param name="units">The size of a case; null when the column does not apply to it.</param>
public sealed class PerUnitColumn(string name, string legend, Func<BenchmarkCase, double?> units) : IColumn
{
    /// <summary>Mean / N: nanoseconds per entry.</summary>
    public static PerUnitColumn PerEntry { get; } = new("ns/entry", "Mean time per entry (Mean / N), in nanoseconds",
        c => c.Parameters["N"] is int n && n > 0 ? n : null);

    /// <inheritdoc />
    public string Id => name;

    /// <inheritdoc />
    public string ColumnName => name;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => legend;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || units(benchmarkCase) is not { } size) return "-";
        return (statistics.Mean / size).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
