using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Localization.Core.Checking;

/// <summary>
/// Runs one job per item on a few worker threads, a bounded number at a time, and gives up on a job that
/// runs longer than its budget: its item gets the timeout result, its cancellation token is cancelled so
/// that it stops at its next check (parser, aligner, rules) instead of taking the CPU from the other jobs,
/// a fresh worker takes its place, and the run goes on. A job's time is its own: the clock starts when the
/// job starts running, not when it is queued. A crafted file that sends a parser into a pathological case
/// therefore costs the run one budget, never the whole CI job, and never another page's result.
/// Each worker takes the next item itself as soon as it is done with one: pages take milliseconds, and
/// handing every page over from the calling thread, which spun in Task.WaitAny meanwhile, took CPU from the
/// two workers for a whole site's run on 2 cores.
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
        var run = new Workers<T>(count, job);
        for (var w = 0; w < Math.Min(Math.Max(parallelism, 1), count); w++)
        {
            run.StartWorker();
        }

        var done = 0;
        var oldest = 0; // no item below it is still running
        while (done < count)
        {
            run.WaitForNews(WaitTime(run, ref oldest, budget));
            run.ThrowIfFailed();
            while (run.TryTakeFinished(out var index))
            {
                if (run.TimedOutLate(index))
                {
                    run.Results[index] = onTimeout(index);
                }

                onDone?.Invoke(++done);
            }

            if (budget == Timeout.InfiniteTimeSpan)
            {
                continue;
            }

            for (var index = oldest; index < run.Claimed; index++)
            {
                if (run.IsRunning(index) && OverBudget(run.StartedAt(index), budget) && tryAbandon(index))
                {
                    if (run.TryAbandon(index))
                    {
                        run.Results[index] = onTimeout(index);
                        onDone?.Invoke(++done);
                        run.StartWorker(); // the abandoned job keeps its thread until it notices
                    }
                    else
                    {
                        run.MarkTimedOutLate(index); // it finished in between: its result is on its way, but it was given up
                    }
                }
            }
        }

        return run.Results;
    }

    private static bool OverBudget(long started, TimeSpan budget) =>
        started != 0 && Stopwatch.GetElapsedTime(started) > budget;

    /// <summary>Until the first running job would exceed its budget (at least 1 ms; 10 ms while a job has not started).</summary>
    private static TimeSpan WaitTime<T>(Workers<T> run, ref int oldest, TimeSpan budget)
    {
        while (oldest < run.Claimed && run.IsOver(oldest))
        {
            oldest++;
        }

        if (budget == Timeout.InfiniteTimeSpan)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var soonest = TimeSpan.MaxValue;
        for (var index = oldest; index < run.Claimed; index++)
        {
            if (run.IsRunning(index))
            {
                var at = run.StartedAt(index);
                var left = at == 0 ? TimeSpan.FromMilliseconds(10) : budget - Stopwatch.GetElapsedTime(at);
                soonest = left < soonest ? left : soonest;
            }
        }

        return soonest == TimeSpan.MaxValue ? TimeSpan.FromMilliseconds(10) : soonest < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : soonest;
    }

    /// <summary>The items, their states and the worker threads of one run.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The event holds no handle; a worker still finishing after a failed run may set it.")]
    private sealed class Workers<T>(int count, Func<int, CancellationToken, T> job)
    {
        private const int Waiting = 0, Running = 1, Finished = 2, Abandoned = 3;

        private readonly int[] _states = new int[count];
        private readonly long[] _started = new long[count];
        private readonly bool[] _timedOutLate = new bool[count];
        private readonly CancellationTokenSource?[] _cancellations = new CancellationTokenSource?[count];
        private readonly ConcurrentQueue<int> _finished = new();
        // Set when an item is finished. No spinning: the calling thread waiting here would take a core from
        // the workers (a spinning wait showed as a quarter of a site's sampled thread time). Never disposed: a worker still
        // finishing after the run failed may set it (it holds no handle until one is asked for).
        private readonly ManualResetEventSlim _news = new(false, spinCount: 0);
        private ExceptionDispatchInfo? _failure;
        private int _next = -1;

        public T[] Results { get; } = new T[count];

        /// <summary>Items handed to a worker so far (every item below is running or over).</summary>
        public int Claimed => Math.Min(Volatile.Read(ref _next) + 1, count);

        public bool IsRunning(int index) => Volatile.Read(ref _states[index]) == Running;

        public bool IsOver(int index) => Volatile.Read(ref _states[index]) is Finished or Abandoned;

        public long StartedAt(int index) => Volatile.Read(ref _started[index]);

        public bool TimedOutLate(int index) => _timedOutLate[index];

        public void MarkTimedOutLate(int index) => _timedOutLate[index] = true;

        public void StartWorker() => new Thread(Work) { IsBackground = true, Name = "l10n check" }.Start();

        /// <summary>
        /// Waits until the last items finish, a job fails, the time is up or a poll interval passed; every item
        /// finished before the return is in the queue. Waking the calling thread for every page took a core's
        /// time slice from a worker each time on a 2-core machine: it looks at the queue a few dozen times a
        /// second instead, which is as often as progress is worth showing.
        /// </summary>
        public void WaitForNews(TimeSpan timeout)
        {
            _news.Wait(timeout == Timeout.InfiniteTimeSpan || timeout > PollInterval ? PollInterval : timeout);
            _news.Reset(); // a worker setting it after this finds its item taken from the queue next, or sets it again
        }

        private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

        public bool TryTakeFinished(out int index) => _finished.TryDequeue(out index);

        public void ThrowIfFailed() => Volatile.Read(ref _failure)?.Throw();

        /// <summary>Gives a running item up; false when it has just finished.</summary>
        public bool TryAbandon(int index)
        {
            if (Interlocked.CompareExchange(ref _states[index], Abandoned, Running) != Running)
            {
                return false;
            }

            _cancellations[index]?.Cancel(); // not disposed: the abandoned job may still read its token until it stops
            return true;
        }

        private void Work()
        {
            while (Volatile.Read(ref _failure) is null)
            {
                var index = Interlocked.Increment(ref _next);
                if (index >= count)
                {
                    return;
                }

                var cancellation = _cancellations[index] = new CancellationTokenSource();
                Volatile.Write(ref _states[index], Running);
                Volatile.Write(ref _started[index], Stopwatch.GetTimestamp());
                T result;
                try
                {
                    result = job(index, cancellation.Token);
                }
                catch (Exception e) when (Interlocked.CompareExchange(ref _states[index], Finished, Running) == Running)
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
                    _news.Set();
                    return;
                }
                catch (Exception)
                {
                    return; // abandoned: its item has its timeout result, and a fresh worker took this one's place
                }

                if (Interlocked.CompareExchange(ref _states[index], Finished, Running) != Running)
                {
                    return; // abandoned while finishing: as above
                }

                Results[index] = result;
                cancellation.Dispose();
                _cancellations[index] = null;
                _finished.Enqueue(index);
                if (Volatile.Read(ref _next) >= count - 1)
                {
                    _news.Set(); // every item is handed out: the run ends with these, so say so at once
                }
            }
        }
    }
}
