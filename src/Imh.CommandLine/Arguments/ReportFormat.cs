namespace Imh.CommandLine.Arguments;

/// <summary>The output formats of <c>--format</c>.</summary>
internal enum ReportFormat
{
    /// <summary>For a person reading a terminal.</summary>
    Text,
    /// <summary>For programs: cli.md's shape.</summary>
    Json,
    /// <summary>A Markdown table per level.</summary>
    Markdown,
    /// <summary>One row per portfolio and level; folders only.</summary>
    Csv,
    /// <summary>One JSON report object per line, per portfolio; folders only.</summary>
    Jsonl,
}
