using System.Threading.Tasks;
using Imh.Dsl.Portfolios;

namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// Levels that share rules (declared once on a base record) are evaluated on several threads at once, as
/// folder mode does: every report equals the one made alone.
/// </summary>
public class ParallelEvaluationRules
{
    [Fact]
    public void Every_category_evaluated_on_many_threads_at_once_reports_what_it_reports_alone()
    {
        var asOf = new DateOnly(2026, 11, 24);
        var portfolios = Eligible.Ids.Select(Eligible.For).ToArray();
        var levels = Iecmh2024Catalog.Instance.Levels;
        string Words(int p, int l) => string.Join("|", levels[l].Validate(portfolios[p], asOf).Requirements.Select(r => $"{r.Key}:{r.Status}:{r.Detail}:{r.Missing}"));
        var alone = new string[portfolios.Length, levels.Length];
        for (int p = 0; p < portfolios.Length; p++)
        {
            for (int l = 0; l < levels.Length; l++) alone[p, l] = Words(p, l);
        }

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 20 * portfolios.Length * levels.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int p = i % portfolios.Length, l = i / portfolios.Length % levels.Length;
            if (Words(p, l) != alone[p, l]) mismatches.Add($"{Eligible.Ids[p]} at {levels[l].Definition.Id}");
        });

        mismatches.ShouldBeEmpty();
    }
}
