using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Imh.CommandLine.Commands;

/// <summary>
/// Runs work items 0..n-1 on every core and hands their results to one consumer in index order,
/// with at most a window of items started but not yet consumed: memory stays flat however many
/// items there are, and the output order does not depend on which core finished first.
/// </summary>
internal static class OrderedWindow
{
    /// <summary>
    /// Computes <paramref name="work"/> for every index on <paramref name="workers"/> threads and calls
    /// <paramref name="consume"/> on the calling thread in index order. The first exception of either
    /// stops the rest and is rethrown here.
    /// </summary>
    public static void Run<T>(int count, int window, int workers, Func<int, T> work, Action<int, T> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var slots = new T[window];
        var ready = new bool[window];
        var gate = new object();
        int claimed = 0, consumed = 0;
        ExceptionDispatchInfo? failure = null;

        void Worker()
        {
            while (true)
            {
                int i;
                lock (gate)
                {
                    // An item may start only while its slot is free: at most a window ahead of the consumer.
                    while (failure is null && claimed < count && claimed >= consumed + window) Monitor.Wait(gate);
                    if (failure is not null || claimed >= count) return;
                    i = claimed++;
                }
                T result;
                try
                {
                    result = work(i);
                }
#pragma warning disable CA1031 // Handed over to the calling thread, which rethrows it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Fail(ExceptionDispatchInfo.Capture(ex));
                    return;
                }
                lock (gate)
                {
                    slots[i % window] = result;
                    ready[i % window] = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        void Fail(ExceptionDispatchInfo error)
        {
            lock (gate)
            {
                failure ??= error;
                Monitor.PulseAll(gate);
            }
        }

        var threads = new Task[Math.Clamp(workers, 1, Math.Max(count, 1))];
        for (int t = 0; t < threads.Length; t++) threads[t] = Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            for (int i = 0; i < count; i++)
            {
                T item;
                lock (gate)
                {
                    while (failure is null && !ready[i % window]) Monitor.Wait(gate);
                    if (failure is not null) break;
                    item = slots[i % window];
                    slots[i % window] = default!;
                    ready[i % window] = false;
                }
                consume(i, item);
                lock (gate)
                {
                    consumed = i + 1;
                    Monitor.PulseAll(gate);
                }
            }
        }
#pragma warning disable CA1031 // Stops the workers before it is rethrown below.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(ExceptionDispatchInfo.Capture(ex));
        }
        Task.WaitAll(threads);
        failure?.Throw();
    }
}
