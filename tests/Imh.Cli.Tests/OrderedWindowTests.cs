using Imh.CommandLine.Commands;

namespace Imh.Cli.Tests;

/// <summary>The folder check's pipeline: every core, results in index order, a bounded window.</summary>
public class OrderedWindowTests
{
    [Fact]
    public void Results_are_consumed_in_index_order_even_when_later_items_finish_first()
    {
        var consumed = new List<(int Index, int Value)>();

        // Early items take longest, so later ones finish first on the other workers.
        OrderedWindow.Run(200, window: 8, workers: 4, i =>
        {
            Thread.SpinWait((200 - i) * 200);
            return i * i;
        }, (i, value) => consumed.Add((i, value)));

        consumed.ShouldBe(Enumerable.Range(0, 200).Select(i => (i, i * i)));
    }

    [Fact]
    public void Results_are_consumed_one_at_a_time_whichever_worker_finishes_them()
    {
        int inside = 0, mostInside = 0, consumed = 0;

        // Workers consume what they finish in order, so consumption moves between threads: never two at once.
        OrderedWindow.Run(2_000, window: 16, workers: 4, i =>
        {
            Thread.SpinWait((i % 7) * 300);
            return i;
        }, (i, _) =>
        {
            InterlockedMax(ref mostInside, Interlocked.Increment(ref inside));
            Thread.SpinWait(50);
            consumed++;
            Interlocked.Decrement(ref inside);
        });

        mostInside.ShouldBe(1);
        consumed.ShouldBe(2_000);
    }

    [Fact]
    public void No_more_than_the_window_is_started_ahead_of_the_consumer()
    {
        const int window = 5;
        int started = 0, consumed = 0, mostAhead = 0;

        OrderedWindow.Run(300, window, workers: 4, i =>
        {
            int ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
            InterlockedMax(ref mostAhead, ahead);
            return i;
        }, (i, _) =>
        {
            // A slow consumer: the workers must wait for it rather than pile up results.
            Thread.SpinWait(2_000);
            Interlocked.Increment(ref consumed);
        });

        consumed.ShouldBe(300);
        mostAhead.ShouldBeLessThanOrEqualTo(window);
    }

    [Fact]
    public void A_failing_item_stops_the_run_and_its_exception_reaches_the_caller()
    {
        var consumed = new List<int>();

        var thrown = Should.Throw<InvalidOperationException>(() => OrderedWindow.Run(1_000, window: 4, workers: 2, i =>
            i == 10 ? throw new InvalidOperationException("item 10") : i, (i, _) => consumed.Add(i)));

        thrown.Message.ShouldBe("item 10");
        consumed.ShouldAllBe(i => i < 10);
    }

    [Fact]
    public void A_failing_consumer_stops_the_workers_and_its_exception_reaches_the_caller()
    {
        int worked = 0;

        var thrown = Should.Throw<IOException>(() => OrderedWindow.Run(1_000, window: 4, workers: 2, i =>
        {
            Interlocked.Increment(ref worked);
            return i;
        }, (i, _) =>
        {
            if (i == 3) throw new IOException("disk full");
        }));

        thrown.Message.ShouldBe("disk full");
        worked.ShouldBeLessThanOrEqualTo(4 + 4, "no more than the window past the failed item");
    }

    [Fact]
    public void Nothing_to_do_runs_nothing()
    {
        bool called = false;
        OrderedWindow.Run<int>(0, window: 4, workers: 2, _ => { called = true; return 0; }, (_, _) => called = true);
        called.ShouldBeFalse();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (int seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }
}
