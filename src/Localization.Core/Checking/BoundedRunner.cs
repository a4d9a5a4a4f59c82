using System.Diagnostics;

namespace Localization.Core.Checking;

/// <summary>
/// Runs one job per item on the thread pool, a bounded number at a time, and gives up on a job that runs
/// longer than its budget: its item gets the timeout result and the run goes on with the others, while
/// the abandoned job finishes (or not) in the background. A crafted file that sends a parser into a
/// pathological case therefore costs the run one budget, never the whole CI job.
/// </summary>
internal static class BoundedRunner
{
    /// <param name="count">Number of items; the results come back in their order.</param>
    /// <param name="parallelism">Jobs running at once.</param>
    /// <param name="budget">Longest time one job may take; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="job">The work for one item.</param>
    /// <param name="onTimeout">The result of an item whose job ran out of time.</param>
    /// <param name="onDone">Called on the calling thread after each item, with the number of items done.</param>
    public static T[] Run<T>(int count, int parallelism, TimeSpan budget, Func<int, T> job, Func<int, T> onTimeout, Action<int>? onDone = null)
    {
        var results = new T[count];
        var running = new List<(Task<T> Task, int Index, long Started)>(parallelism);
        var next = 0;
        var done = 0;
        while (next < count || running.Count > 0)
        {
            while (running.Count < parallelism && next < count)
            {
                var index = next++;
                running.Add((Task.Run(() => job(index)), index, Stopwatch.GetTimestamp()));
            }

            Task.WaitAny([.. running.Select(r => r.Task)], WaitTime(running, budget));
            for (var k = running.Count - 1; k >= 0; k--)
            {
                var (task, index, started) = running[k];
                if (task.IsCompleted)
                {
                    results[index] = task.GetAwaiter().GetResult();
                }
                else if (budget != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(started) > budget)
                {
                    results[index] = onTimeout(index);
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

    /// <summary>Until the first running job would exceed its budget (at least 1 ms).</summary>
    private static TimeSpan WaitTime<T>(List<(Task<T> Task, int Index, long Started)> running, TimeSpan budget)
    {
        if (budget == Timeout.InfiniteTimeSpan)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var soonest = running.Min(r => budget - Stopwatch.GetElapsedTime(r.Started));
        return soonest < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : soonest;
    }
}
