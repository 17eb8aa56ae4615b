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
        .WithOptions(ConfigOptions.DisableLogFile);
}

/// <summary>Mean time divided by the <c>N</c> parameter: nanoseconds per entry.</summary>
public sealed class PerEntryColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "ns/entry";

    /// <inheritdoc />
    public string ColumnName => "ns/entry";

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
    public string Legend => "Mean time per entry (Mean / N), in nanoseconds";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["N"] is not int n || n == 0) return "-";
        return (statistics.Mean / n).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
