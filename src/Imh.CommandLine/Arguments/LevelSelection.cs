using System.Collections.Immutable;
using Imh.Dsl.Reports;

namespace Imh.CommandLine.Arguments;

/// <summary>The levels <c>--level</c> asks for: one level or track, or all of them in rank order.</summary>
/// <param name="Levels">The validators, in rank order.</param>
/// <param name="IsAll">The user asked for <c>all</c>.</param>
internal sealed record LevelSelection(ImmutableArray<ILevelValidator> Levels, bool IsAll);
