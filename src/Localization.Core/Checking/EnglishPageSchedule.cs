namespace Localization.Core.Checking;

/// <summary>
/// The order a run checks its pairs in: every translation of one English page one after the other, so that the
/// English page is read, used by all its languages while its tables are in the processor's caches, and let go
/// when its last translation is done. The plan lists one language after another: the first language's pages
/// parsed every English page of the site in the first second, and all of them lived until the end of the run,
/// copied by the collector from young to middle to old generation and traced again by every full collection.
/// The results are put back in the plan's order, so nothing else of the run changes.
/// </summary>
internal sealed class EnglishPageSchedule
{
    /// <summary>How many of each page's translations the schedule moves ahead into the page before it (see <see cref="Of"/>).</summary>
    private const int Lead = 2;

    private readonly int[] _group;
    private readonly int[] _remaining;

    private EnglishPageSchedule(int[] order, int[] group, int[] remaining)
    {
        Order = order;
        _group = group;
        _remaining = remaining;
    }

    /// <summary>The pairs' indexes in the order they are checked.</summary>
    public int[] Order { get; }

    /// <summary>
    /// Groups the pairs by English page, in the order each page first appears, each group in the plan's order. A
    /// group's first pair goes a little before the end of the group before it: it parses the English page, and two
    /// workers starting the same new page at once would have one wait for the other's parse of it.
    /// </summary>
    public static EnglishPageSchedule Of(IReadOnlyList<PairRequest> pairs)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var group = new int[pairs.Count];
        var members = new List<List<int>>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (!groupOf.TryGetValue(pairs[i].SourceFullPath, out var g))
            {
                g = members.Count;
                groupOf.Add(pairs[i].SourceFullPath, g);
                members.Add([]);
            }

            group[i] = g;
            members[g].Add(i);
        }

        var remaining = new int[members.Count];
        var order = new int[pairs.Count];
        var at = 0;
        for (var g = 0; g < members.Count; g++)
        {
            var list = members[g];
            remaining[g] = list.Count;
            var first = g == 0 ? 0 : 1; // a later group's first pair is already in the order
            var next = g + 1 < members.Count ? members[g + 1][0] : -1;
            var leadAt = Math.Max(first, list.Count - Lead);
            for (var k = first; k < list.Count; k++)
            {
                if (k == leadAt && next >= 0)
                {
                    order[at++] = next;
                    next = -1;
                }

                order[at++] = list[k];
            }

            if (next >= 0)
            {
                order[at++] = next;
            }
        }

        return new EnglishPageSchedule(order, group, remaining);
    }

    /// <summary>Counts pair <paramref name="index"/> done; true when it was the last of its English page (thread-safe).</summary>
    public bool Done(int index) => Interlocked.Decrement(ref _remaining[_group[index]]) == 0;

    /// <summary>Results given in <see cref="Order"/>, in the plan's order of pairs.</summary>
    public List<T> InPairOrder<T>(T[] inOrder)
    {
        var results = new T[inOrder.Length];
        for (var k = 0; k < inOrder.Length; k++)
        {
            results[Order[k]] = inOrder[k];
        }

        return [.. results];
    }
}
