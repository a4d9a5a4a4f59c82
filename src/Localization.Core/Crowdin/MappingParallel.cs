using System.Runtime.ExceptionServices;

namespace Localization.Core.Crowdin;

/// <summary>
/// Planning's work spread over the run's threads: the languages of a plan, the sources whose translations are looked
/// for. Before the first page is checked the run has nothing else to do, and on one thread the other core idled
/// (31-36 ms mapping a 31-language site's languages, 22-31 ms looking for its languages). Each thread has its own
/// state (a <see cref="MappingSession"/>'s listings and caches are not shared between threads); the error of the first
/// failing item in the items' order is thrown once all are done, as when they were done one after another.
/// </summary>
internal static class MappingParallel
{
    /// <summary>
    /// Items from which a second thread is used: a second thread's own session lists only the directories its items
    /// read (the English sources are listed once and shared, see <see cref="MappingSession(MappingSession)"/>), so two
    /// items are enough (the planner used two languages, the search for languages sixteen sources).
    /// </summary>
    public const int MinimumItems = 2;

    /// <summary>The threads a run's <c>--jobs</c> allows (<see cref="Checking.CheckOptions.Parallelism"/>: 0 = all cores).</summary>
    public static int Threads(int parallelism) => parallelism > 0 ? parallelism : Environment.ProcessorCount;

    /// <summary>
    /// Runs <paramref name="body"/> for items 0 to <paramref name="count"/> − 1 on at most <paramref name="parallelism"/>
    /// threads (0: all cores), each thread with the state <paramref name="start"/> makes and hands to
    /// <paramref name="finish"/> when the thread is done.
    /// </summary>
    public static void For<TState>(int count, int parallelism, Func<TState> start, Action<int, TState> body, Action<TState> finish)
    {
        var threads = Threads(parallelism);
        if (count < MinimumItems || threads < 2)
        {
            var state = start();
            for (var i = 0; i < count; i++)
            {
                body(i, state);
            }

            finish(state);
            return;
        }

        var errors = new ExceptionDispatchInfo?[count];
        Parallel.For(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            start,
            (i, _, state) =>
            {
                try
                {
                    body(i, state);
                }
                catch (Exception e)
                {
                    errors[i] = ExceptionDispatchInfo.Capture(e);
                }

                return state;
            },
            finish);
        Array.Find(errors, e => e is not null)?.Throw();
    }
}
