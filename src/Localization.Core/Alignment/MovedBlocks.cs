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

        // Each side's best candidate, kept only when the choice is mutual and unambiguous.
        var candidates = new List<(int Missing, int Extra, double Score)>();
        for (var i = 0; i < missing.Count; i++)
        {
            for (var j = 0; j < extra.Count; j++)
            {
                if (Apart(page, missing[i].Pair, extra[j].Pair) && SameBlock(missing[i].Unit, extra[j].Unit))
                {
                    candidates.Add((i, j, PageAligner.Similarity(missing[i].Unit, extra[j].Unit)));
                }
            }
        }

        foreach (var c in candidates.Where(c => c.Score >= MinimumScore))
        {
            var rivals = candidates.Count(o => (o.Missing == c.Missing || o.Extra == c.Extra) && o.Score >= c.Score);
            if (rivals == 1)
            {
                moves.Add(new AlignedPair(missing[c.Missing].Unit.Unit, extra[c.Extra].Unit.Unit, c.Score));
            }
        }

        return moves;
    }

    private static bool Movable(TranslationUnit unit) =>
        unit.Kind is not (UnitKind.StringEntry or UnitKind.FrontMatter or UnitKind.Abbreviation)
        && !(unit.Path.Segments.Count > 0 && unit.Path.Segments[0].Kind == "footnote");

    /// <summary>Evidence a translation cannot change: the same non-empty invariants, or the same text (code, untranslated).</summary>
    private static bool SameBlock(UnitFeatures s, UnitFeatures t) =>
        s.Class == t.Class
        && ((s.Invariants.Length > 0 && s.Invariants.AsSpan().SequenceEqual(t.Invariants) && s.Numbers.AsSpan().SequenceEqual(t.Numbers))
            || s.SameText(t)
            || (s.Unit.Verbatim is { Length: > 0 } v && v == t.Unit.Verbatim));

    /// <summary>A matched pair lies between them: side by side they are a block rewritten in place, not moved.</summary>
    private static bool Apart(AlignedPage page, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        for (var k = from + 1; k < to; k++)
        {
            if (page.Pairs[k].IsMatched)
            {
                return true;
            }
        }

        return false;
    }
}
