using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Imh.CommandLine.Commands;

/// <summary>
/// Runs work items 0..n-1 on every core and hands their results to a consumer in index order, one
/// at a time, with at most a window of items started but not yet consumed: memory stays flat however
/// many items there are, and the output order does not depend on which core finished first.
/// </summary>
/// <remarks>
/// There is no consumer thread: the worker that finishes the next item in order consumes it, and
/// every later item already finished, while the others go on working. A thread sleeps only when the
/// window is full, so a run of small items costs no thread switch per item (a dedicated consumer woken
/// for every result spent more time in the kernel than in the work).
/// </remarks>
internal static class OrderedWindow
{
    /// <summary>
    /// Computes <paramref name="work"/> for every index on <paramref name="workers"/> threads (the calling
    /// thread among them) and calls <paramref name="consume"/> in index order, never twice at once. The
    /// first exception of either stops the rest and is rethrown here.
    /// </summary>
    public static void Run<T>(int count, int window, int workers, Func<int, T> work, Action<int, T> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (count <= 0) return;
        var slots = new T[window];
        var ready = new bool[window];
        var gate = new object();
        int claimed = 0, next = 0, sleeping = 0;
        bool consuming = false;
        ExceptionDispatchInfo? failure = null;

        void Worker()
        {
            while (true)
            {
                int i;
                lock (gate)
                {
                    // An item may start only while its slot is free: at most a window ahead of the consumer.
                    while (failure is null && claimed < count && claimed >= next + window)
                    {
                        sleeping++;
                        Monitor.Wait(gate);
                        sleeping--;
                    }
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
                bool consumeNow;
                lock (gate)
                {
                    slots[i % window] = result;
                    ready[i % window] = true;

                    // The item in order is consumed by whoever finished it; later ones by whoever is consuming then.
                    consumeNow = !consuming && i == next;
                    consuming |= consumeNow;
                }
                if (consumeNow && !ConsumeReady()) return;
            }
        }

        // Consumes finished items in order until the next one is not finished; false after a failure.
        bool ConsumeReady()
        {
            while (true)
            {
                int i;
                T item;
                lock (gate)
                {
                    if (failure is not null || !ready[next % window])
                    {
                        consuming = false;
                        return failure is null;
                    }
                    i = next;
                    item = slots[i % window];
                    slots[i % window] = default!;
                    ready[i % window] = false;
                }
                try
                {
                    consume(i, item);
                }
#pragma warning disable CA1031 // Handed over to the calling thread, which rethrows it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Fail(ExceptionDispatchInfo.Capture(ex));
                    return false;
                }
                lock (gate)
                {
                    next = i + 1;
                    if (sleeping > 0) Monitor.PulseAll(gate);
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

        var others = new Task[Math.Clamp(workers, 1, count) - 1];
        for (int t = 0; t < others.Length; t++) others[t] = Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Worker();
        Task.WaitAll(others);
        failure?.Throw();
    }
}
