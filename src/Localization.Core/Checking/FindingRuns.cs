using System.Runtime.InteropServices;
using Localization.Core.Findings;

namespace Localization.Core.Checking;

/// <summary>
/// The report order of a run's findings, given as runs (one per page, then the findings of no page): each run
/// sorted on every core, the runs put in order by their first finding and joined, the loose findings merged
/// in. Sorting all 133,000 findings of a site as one list took 70 ms of one thread after the last page; a page's
/// findings never interleave with another page's. The result is exactly what sorting the concatenation with
/// <see cref="List{T}.Sort(IComparer{T})"/> gives: when no two findings compare equal the order is unique, and
/// when two do (or runs overlap), the concatenation is sorted as before.
/// </summary>
internal static class FindingRuns
{
    /// <summary>One page's findings sorted, and whether no two of them compare equal.</summary>
    public readonly record struct SortedRun(Finding[] Findings, bool Unique);

    /// <summary>
    /// Sorts one page's findings. The engine does it on the page's worker as soon as the page is checked, while
    /// both cores are busy, rather than for every page after the last one, when one of them idles.
    /// </summary>
    public static SortedRun SortRun(IReadOnlyList<Finding> findings)
    {
        var run = findings.Count == 0 ? [] : findings.ToArray();
        Array.Sort(run, FindingOrder.Instance);
        return new SortedRun(run, StrictlyAscending(run));
    }

    /// <param name="runs">Each page's findings, in any order.</param>
    /// <param name="loose">Findings of no page.</param>
    /// <param name="parallelism">Threads for the runs not sorted yet.</param>
    /// <param name="presorted">Runs already sorted by <see cref="SortRun"/> (null where not): they are taken as they are.</param>
    public static List<Finding> Sort(IReadOnlyList<IReadOnlyList<Finding>> runs, IReadOnlyList<Finding> loose, int parallelism, IReadOnlyList<SortedRun?>? presorted = null)
    {
        var order = FindingOrder.Instance;
        var sorted = new Finding[runs.Count][];
        var unique = true;
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var run = presorted?[i] ?? SortRun(runs[i]);
            if (!run.Unique)
            {
                unique = false;
            }

            sorted[i] = run.Findings;
        });

        var rest = SortedLoose(loose);
        if (!unique || rest is null)
        {
            return Concatenated(runs, loose);
        }

        var pages = Enumerable.Range(0, runs.Count).Where(i => sorted[i].Length > 0).ToArray();
        // The pages come in the run's order of pairs (language, then file), which is mostly the report's already:
        // checked in one pass rather than sorted anew (3,875 pages, ~45,000 comparisons of findings of other pages).
        if (!PagesAscending(pages, sorted, order))
        {
            Array.Sort(pages, (a, b) => order.Compare(sorted[a][0], sorted[b][0]));
        }

        var total = rest.Length + pages.Sum(i => sorted[i].Length);
        var result = new List<Finding>(total);
        CollectionsMarshal.SetCount(result, total);
        var span = CollectionsMarshal.AsSpan(result);
        var at = 0;
        foreach (var page in pages)
        {
            var run = sorted[page];
            if (at > 0 && order.Compare(span[at - 1], run[0]) >= 0)
            {
                return Concatenated(runs, loose);
            }

            run.CopyTo(span[at..]);
            at += run.Length;
        }

        // The loose findings merged in from the back, each finding moved once: the pages' findings after each loose
        // one are found by galloping back from the last place and moved as one block. Comparing every finding of the
        // pages with the loose ones (a site's 5,800 cross-page findings fall all over its 133,000) was 6-8 ms of one
        // thread after the last page.
        var (main, to) = (at - 1, total - 1);
        for (var other = rest.Length - 1; other >= 0; other--)
        {
            var x = rest[other];
            var after = After(span, main, x, order);
            if (after < 0)
            {
                return Concatenated(runs, loose);
            }

            var count = main - after + 1;
            if (count > 0)
            {
                span.Slice(after, count).CopyTo(span.Slice(to - count + 1, count));
                to -= count;
                main = after - 1;
            }

            span[to--] = x;
        }

        return result;
    }

    /// <summary>
    /// The loose findings sorted, or null when two of them compare equal (the caller then sorts the concatenation, see
    /// <see cref="Concatenated"/>): each stretch of one page's findings on its own, then all of them only when the
    /// stretches are out of order. The cross-page link pass gives them page by page (in the pages' order, each page's in
    /// the order it found them), and one sort of a site's 5,800 of them was half of this class's 25-30 samples after the
    /// last page, on one thread. Exactly what one sort gives whenever it is used: with no two equal, the sorted order
    /// is the only one. Two equal findings end it before the second sort, which could not part them: the stretches
    /// sorted, two adjacent ones that compare equal stay adjacent or with equal ones between them in any sorted order.
    /// </summary>
    private static Finding[]? SortedLoose(IReadOnlyList<Finding> loose)
    {
        var rest = loose.ToArray();
        var order = FindingOrder.Instance;
        var start = 0;
        for (var i = 1; i <= rest.Length; i++)
        {
            if (i == rest.Length || !SamePage(rest[start], rest[i]))
            {
                if (i - start > 1)
                {
                    Array.Sort(rest, start, i - start, order);
                }

                start = i;
            }
        }

        switch (FirstStepDown(rest))
        {
            case 0:
                return null;
            case > 0:
                Array.Sort(rest, order);
                return StrictlyAscending(rest) ? rest : null;
            default:
                return rest;
        }
    }

    /// <summary>
    /// How the first pair of neighbours not in strictly ascending order compares (0: equal, above 0: the wrong way round),
    /// or -1 when every finding comes after the one before it.
    /// </summary>
    private static int FirstStepDown(Finding[] findings)
    {
        for (var i = 1; i < findings.Length; i++)
        {
            var c = FindingOrder.Instance.Compare(findings[i - 1], findings[i]);
            if (c >= 0)
            {
                return c > 0 ? 1 : 0;
            }
        }

        return -1;
    }

    private static bool SamePage(Finding a, Finding b) =>
        string.Equals(a.Language, b.Language, StringComparison.Ordinal) && string.Equals(a.File, b.File, StringComparison.Ordinal);

    /// <summary>
    /// The first index of <paramref name="span"/>[0..<paramref name="last"/>] (ascending) whose finding comes after
    /// <paramref name="x"/>, found by galloping back from <paramref name="last"/> and then halving; -1 when one of them
    /// compares equal to <paramref name="x"/>. An equal one is always met: the search ends between a finding before
    /// <paramref name="x"/> and one after it, each compared with it.
    /// </summary>
    private static int After(Span<Finding> span, int last, Finding x, FindingOrder order)
    {
        var high = last + 1;
        var low = last;
        var step = 1;
        while (low >= 0)
        {
            var c = order.Compare(span[low], x);
            if (c == 0)
            {
                return -1;
            }

            if (c < 0)
            {
                break;
            }

            high = low;
            low -= step;
            step <<= 1;
        }

        // span[low] (or the start) comes before x, span[high] (or the end) after it.
        low = Math.Max(low, -1);
        while (high - low > 1)
        {
            var middle = low + ((high - low) >> 1);
            var c = order.Compare(span[middle], x);
            if (c == 0)
            {
                return -1;
            }

            if (c < 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    /// <summary>Whether every page's first finding comes after the one before it (no two equal: then sorting them changes nothing).</summary>
    private static bool PagesAscending(int[] pages, Finding[][] sorted, FindingOrder order)
    {
        for (var i = 1; i < pages.Length; i++)
        {
            if (order.Compare(sorted[pages[i - 1]][0], sorted[pages[i]][0]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StrictlyAscending(Finding[] run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (FindingOrder.Instance.Compare(run[i - 1], run[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The runs then the loose findings, sorted as one list (findings that compare equal keep that sort's order).</summary>
    private static List<Finding> Concatenated(IReadOnlyList<IReadOnlyList<Finding>> runs, IReadOnlyList<Finding> loose)
    {
        var all = runs.SelectMany(r => r).Concat(loose).ToList();
        all.Sort(FindingOrder.Instance);
        return all;
    }
}
