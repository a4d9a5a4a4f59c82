using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// Blocks the English moved since the translation: a missing English unit and an extra translated unit
/// elsewhere on the page that are plainly the same block (the same links, code, footnotes and numbers, or the
/// same text). The aligner keeps page order, so two swapped paragraphs come out as one matched and one
/// missing plus one extra; paired here, they are one move instead of content lost and added.
/// </summary>
internal static class MovedBlocks
{
    /// <summary>Pairs at least this similar (<see cref="PageAligner.Similarity"/>) may be a move.</summary>
    private const double MinimumScore = 1.2;

    public static List<AlignedPair> Find(AlignedPage page)
    {
        var missing = new List<(int Pair, UnitFeatures Unit)>();
        var extra = new List<(int Pair, UnitFeatures Unit)>();
        for (var k = 0; k < page.Pairs.Count; k++)
        {
            var pair = page.Pairs[k];
            if (pair is { Source: { } s, Target: null } && Movable(s))
            {
                missing.Add((k, UnitFeatures.Of(s)));
            }
            else if (pair is { Source: null, Target: { } t } && Movable(t))
            {
                extra.Add((k, UnitFeatures.Of(t)));
            }
        }

        var moves = new List<AlignedPair>();
        if (missing.Count == 0 || extra.Count == 0)
        {
            return moves;
        }

        // Candidates share a key that a translation cannot change; a key held by one missing and one extra unit
        // only is an unambiguous pair. Grouping by key keeps this linear however many blocks are unmatched.
        var groups = new Dictionary<MoveKey, (List<int> Missing, List<int> Extra)>();
        for (var i = 0; i < missing.Count; i++)
        {
            foreach (var key in Keys(missing[i].Unit))
            {
                (groups.TryGetValue(key, out var g) ? g : groups[key] = ([], [])).Missing.Add(i);
            }
        }

        for (var j = 0; j < extra.Count; j++)
        {
            foreach (var key in Keys(extra[j].Unit))
            {
                if (groups.TryGetValue(key, out var g))
                {
                    g.Extra.Add(j);
                }
            }
        }

        var matchedBefore = MatchedBefore(page);
        var candidates = new HashSet<(int Missing, int Extra)>();
        foreach (var (ms, es) in groups.Values)
        {
            if (ms.Count == 1 && es.Count == 1)
            {
                var (m, e) = (missing[ms[0]], extra[es[0]]);
                var (from, to) = m.Pair < e.Pair ? (m.Pair, e.Pair) : (e.Pair, m.Pair);
                // A matched pair between them: side by side they would be a block rewritten in place, not moved.
                if (matchedBefore[to] - matchedBefore[from + 1] > 0 && PageAligner.Similarity(m.Unit, e.Unit) >= MinimumScore)
                {
                    candidates.Add((ms[0], es[0]));
                }
            }
        }

        // A unit paired by two keys with two different partners is ambiguous: no move.
        var perMissing = candidates.CountBy(c => c.Missing).ToDictionary();
        var perExtra = candidates.CountBy(c => c.Extra).ToDictionary();
        foreach (var c in candidates)
        {
            if (perMissing[c.Missing] == 1 && perExtra[c.Extra] == 1)
            {
                // The units from the pairs: a translated unit's features may be its English unit's (SourceFeatureIndex.Lend).
                moves.Add(new AlignedPair(page.Pairs[missing[c.Missing].Pair].Source, page.Pairs[extra[c.Extra].Pair].Target, PageAligner.Similarity(missing[c.Missing].Unit, extra[c.Extra].Unit)));
            }
        }

        moves.Sort((a, b) => a.Target!.Index.CompareTo(b.Target!.Index));
        return moves;
    }

    /// <summary>What a translation keeps of a block: its links, code, footnotes and numbers; its text when that is the same (code, names); its verbatim content.</summary>
    private readonly record struct MoveKey(int Class, int What, ulong Hash, string? Text);

    private static IEnumerable<MoveKey> Keys(UnitFeatures unit)
    {
        if (unit.Invariants.Length > 0)
        {
            var h = 14695981039346656037UL;
            foreach (var i in unit.Invariants)
            {
                h = (h ^ i) * 1099511628211UL;
            }

            h = (h ^ 0xFF) * 1099511628211UL;
            foreach (var n in unit.Numbers)
            {
                h = (h ^ n) * 1099511628211UL;
            }

            yield return new MoveKey(unit.Class, 0, h, null);
        }

        if (unit.NormalizedLength > 0)
        {
            yield return new MoveKey(unit.Class, 1, unit.Normalized ^ (ulong)unit.NormalizedLength, null);
        }

        if (unit.Unit.Verbatim is { Length: > 0 } verbatim)
        {
            yield return new MoveKey(unit.Class, 2, 0, verbatim);
        }
    }

    /// <summary>For each pair index k, how many of the pairs before k are matched (one more entry for the end).</summary>
    private static int[] MatchedBefore(AlignedPage page)
    {
        var counts = new int[page.Pairs.Count + 1];
        for (var k = 0; k < page.Pairs.Count; k++)
        {
            counts[k + 1] = counts[k] + (page.Pairs[k].IsMatched ? 1 : 0);
        }

        return counts;
    }

    private static bool Movable(TranslationUnit unit) =>
        unit.Kind is not (UnitKind.StringEntry or UnitKind.FrontMatter or UnitKind.Abbreviation)
        && !(unit.Path.Segments.Count > 0 && unit.Path.Segments[0].Kind == "footnote");
}
