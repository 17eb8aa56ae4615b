namespace Imh.Dsl.Tests.Rules;

/// <summary>
/// Brute force for parts of a minimum: the most hours that can be assigned to parts (each entry's
/// hours split among the parts its mask allows, each part taking at most its minimum), by
/// augmenting paths on the source → entries → parts → sink network in hundredths of an hour.
/// Independent of the cut formula the library uses.
/// </summary>
internal static class FlowOracle
{
    public static decimal MaxAssigned(IReadOnlyList<(int Mask, decimal Hours)> entries, IReadOnlyList<decimal> minimums)
    {
        int n = entries.Count, k = minimums.Count;
        int source = 0, sink = 1 + n + k, size = sink + 1;
        var capacity = new long[size, size];
        for (int e = 0; e < n; e++)
        {
            capacity[source, 1 + e] = Cents(entries[e].Hours);
            for (int p = 0; p < k; p++)
            {
                if ((entries[e].Mask & (1 << p)) != 0) capacity[1 + e, 1 + n + p] = long.MaxValue / 4;
            }
        }
        for (int p = 0; p < k; p++) capacity[1 + n + p, sink] = Cents(minimums[p]);

        long flow = 0;
        while (true)
        {
            var previous = new int[size];
            Array.Fill(previous, -1);
            previous[source] = source;
            var queue = new Queue<int>([source]);
            while (queue.Count > 0 && previous[sink] < 0)
            {
                int u = queue.Dequeue();
                for (int v = 0; v < size; v++)
                {
                    if (previous[v] < 0 && capacity[u, v] > 0)
                    {
                        previous[v] = u;
                        queue.Enqueue(v);
                    }
                }
            }
            if (previous[sink] < 0) return flow / 100m;
            long push = long.MaxValue;
            for (int v = sink; v != source; v = previous[v]) push = Math.Min(push, capacity[previous[v], v]);
            for (int v = sink; v != source; v = previous[v])
            {
                capacity[previous[v], v] -= push;
                capacity[v, previous[v]] += push;
            }
            flow += push;
        }
    }

    private static long Cents(decimal hours) => (long)decimal.Round(hours * 100m);
}
