namespace Localization.Core.Checking;

/// <summary>
/// The order a run checks its pairs in: one English page per worker at a time, with all its translations, so that
/// the English page is read, used by all its languages, and let go when its last translation is done. The plan lists one language after another: the first language's pages
/// parsed every English page of the site in the first second, and all of them lived until the end of the run,
/// copied by the collector from young to middle to old generation and traced again by every full collection.
/// The results are put back in the plan's order, so nothing else of the run changes.
/// </summary>
internal sealed class EnglishPageSchedule
{
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
    /// Groups the pairs by English page, in the order each page first appears, each group in the plan's order, and
    /// takes <paramref name="width"/> groups at a time (one per worker) in turns: two workers starting the same page
    /// at once would have one wait for the other, on the English page's parse and, when the translations are
    /// identical files, on the first one's check (the others are its copies).
    /// </summary>
    public static EnglishPageSchedule Of(IReadOnlyList<PairRequest> pairs, int width)
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

        var remaining = members.Select(m => m.Count).ToArray();
        var order = new int[pairs.Count];
        var at = 0;
        width = Math.Max(width, 1);
        for (var first = 0; first < members.Count; first += width)
        {
            var turns = members.GetRange(first, Math.Min(width, members.Count - first));
            var longest = turns.Max(m => m.Count);
            for (var k = 0; k < longest; k++)
            {
                foreach (var list in turns)
                {
                    if (k < list.Count)
                    {
                        order[at++] = list[k];
                    }
                }
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
