using System.Diagnostics;

namespace Localization.Core.Checking;

/// <summary>
/// Runs one job per item on the thread pool, a bounded number at a time, and gives up on a job that runs
/// longer than its budget: its item gets the timeout result, its cancellation token is cancelled so that
/// it stops at its next check (parser, aligner, rules) instead of taking the CPU from the other jobs, and
/// the run goes on. A job's time is its own: the clock starts when the job starts running, not when it is
/// queued. A crafted file that sends a parser into a pathological case therefore costs the run one budget,
/// never the whole CI job, and never another page's result.
/// </summary>
internal static class BoundedRunner
{
    /// <param name="count">Number of items; the results come back in their order.</param>
    /// <param name="parallelism">Jobs running at once.</param>
    /// <param name="budget">Longest time one job may take; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="job">The work for one item; it should honour the token.</param>
    /// <param name="tryAbandon">
    /// Called when a job ran out of time: true when the item may be given up; false when the job has just
    /// finished and is handing its result on (the runner then waits for it).
    /// </param>
    /// <param name="onTimeout">The result of an item whose job was given up.</param>
    /// <param name="onDone">Called on the calling thread after each item, with the number of items done.</param>
    public static T[] Run<T>(int count, int parallelism, TimeSpan budget, Func<int, CancellationToken, T> job, Func<int, bool> tryAbandon, Func<int, T> onTimeout, Action<int>? onDone = null)
    {
        var results = new T[count];
        var started = new long[count]; // 0 until the job runs
        var running = new List<Running<T>>(parallelism);
        var next = 0;
        var done = 0;
        while (next < count || running.Count > 0)
        {
            while (running.Count < parallelism && next < count)
            {
                var index = next++;
                var cancellation = new CancellationTokenSource();
                var token = cancellation.Token;
                var task = Task.Run(
                    () =>
                    {
                        Volatile.Write(ref started[index], Stopwatch.GetTimestamp());
                        return job(index, token);
                    },
                    CancellationToken.None);
                running.Add(new Running<T>(task, index, cancellation));
            }

            Task.WaitAny([.. running.Select(r => r.Task)], WaitTime(running, started, budget));
            for (var k = running.Count - 1; k >= 0; k--)
            {
                var (task, index, cancellation) = running[k];
                if (task.IsCompleted)
                {
                    results[index] = task.GetAwaiter().GetResult();
                    cancellation.Dispose();
                }
                else if (OverBudget(Volatile.Read(ref started[index]), budget) && tryAbandon(index))
                {
                    cancellation.Cancel();
                    results[index] = onTimeout(index);
                    // Not disposed: the abandoned job may still read its token until it stops.
                }
                else
                {
                    continue;
                }

                running.RemoveAt(k);
                onDone?.Invoke(++done);
            }
        }

        return results;
    }

    private static bool OverBudget(long started, TimeSpan budget) =>
        budget != Timeout.InfiniteTimeSpan && started != 0 && Stopwatch.GetElapsedTime(started) > budget;

    /// <summary>Until the first running job would exceed its budget (at least 1 ms; 10 ms while a job has not started).</summary>
    private static TimeSpan WaitTime<T>(List<Running<T>> running, long[] started, TimeSpan budget)
    {
        if (budget == Timeout.InfiniteTimeSpan)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var soonest = TimeSpan.MaxValue;
        foreach (var job in running)
        {
            var at = Volatile.Read(ref started[job.Index]);
            var left = at == 0 ? TimeSpan.FromMilliseconds(10) : budget - Stopwatch.GetElapsedTime(at);
            soonest = left < soonest ? left : soonest;
        }

        return soonest < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : soonest;
    }

    private readonly record struct Running<T>(Task<T> Task, int Index, CancellationTokenSource Cancellation);
}
