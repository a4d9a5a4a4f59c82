using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// The in-order pass: a translation that keeps its English sequence's units in the same order, one for one, is paired
/// unit for unit when one linear pass proves that the anchors and the gaps' grids would pair it so.
/// </summary>
/// <remarks>
/// On the 31-language site 2,821 of the 3,346 sequences aligned in full (not lent unit for unit) came out as exactly
/// that diagonal, with 474,422 of the grids' 505,984 cells in its gaps; the pass replaces the anchors' sort, the grids
/// and the merge for them.
/// <para>
/// Why the result is the full alignment's, when <see cref="TryInOrder"/> says so. Write F(i, j) for a grid cell's fit
/// (similarity − drift − length misfit, allowed when the similarity is at least <see cref="MinimumScore"/>) and U(i) for
/// an upper bound of <see cref="Similarity"/>(s[i], t[j]) over every j, taken term by term from s[i] alone
/// (<see cref="UpperBound"/>); then F(i, j) ≤ U(i) everywhere, and F(i, i) = U(i) − δ(i) on the diagonal, where drift
/// is 0 (a square gap's ratio is exactly 1).
/// </para>
/// <list type="number">
/// <item>Anchors. Every anchor key of t[k] is one of s[k]'s (counted with repeats) or the key of no English unit of the
/// sequence. So each key's translated occurrences lie at English occurrences of it, unit for unit; when both sides
/// have it as often they lie at every one, and the m-th pairs with the m-th at the same place: every candidate is
/// (k, k), the longest chain takes all of them, and every gap between anchors is square. A key of s[k] found nowhere
/// else in the sequence and kept by t[k] surely makes k an anchor (its similarity is checked to be allowed); other
/// anchors may exist, so the real gaps lie within the stretches between these sure ones.</item>
/// <item>Gaps. In a square gap of m units whose every diagonal cell is allowed, a path that is not the diagonal makes
/// fewer than m matches, so it leaves a row out: its score is at most ΣU − min U, while the diagonal scores ΣU − Σδ.
/// The grid's strict comparisons at each diagonal cell (i, i) need the same of every square prefix: U(i) > Σδ over the
/// prefix against the cell above, min U > Σδ against the cell to the left. Both follow from min U > Σδ over the
/// stretch, which the pass asks with a margin of a millionth (the grid adds at most a few hundred terms of a few units
/// each: its rounding is far smaller). No gap is walked in windows: the sequence has at most
/// <see cref="FullGridLimit"/> cells.</item>
/// </list>
/// Held to the full alignment (<c>AlignInFull</c>) pair by pair and score by score on every page of both corpora and
/// their ko, fr and ja translations (<c>LentSequenceTests</c>, <c>InOrderTests</c>).
/// </remarks>
public static partial class PageAligner
{
    private const double InOrderMargin = 1e-6;

    /// <summary>Whether the page's flow is paired by the in-order pass (tests: that the pass is taken, not only that it agrees).</summary>
    internal static bool FlowInOrder(PageModel source, PageModel target)
    {
        var index = SourceFeatureIndex.Of(source);
        var english = index.Sequences ??= Sequences(source.Units);
        var (flow, _) = Partition(target.Units);
        index.Lend(target.Units);
        if (AllLent(english.FlowFeatures, flow, index.TextKeys))
        {
            return false;
        }

        var features = FeaturesOf(flow, index.TextKeys);
        var scores = new double[english.FlowFeatures.Length];
        return TryInOrder(english.FlowFeatures, english.FlowAnchors, features, english.FlowSelfScores, index.TextKeys, new LengthFit(LengthRatio(english.FlowFeatures, features)), scores);
    }

    /// <summary>
    /// True when the full alignment of <paramref name="t"/> with <paramref name="s"/> is every unit with the unit at its
    /// place; <paramref name="scores"/> then holds each pair's similarity.
    /// </summary>
    private static bool TryInOrder(UnitFeatures[] s, SourceAnchors anchors, UnitFeatures[] t, double[] selfScores, HashSet<long> sourceTexts, LengthFit lengthRatio, double[] scores)
    {
        var n = s.Length;
        if (n != t.Length || n == 0 || (long)n * n > FullGridLimit)
        {
            return false;
        }

        // First what can fail at once, unit by unit: the classes, the similarities and the anchor keys. A translated unit
        // that holds its English unit's own features (a block left as it is) has its keys, and its English unit's facts.
        Span<bool> anchored = stackalloc bool[n];
        for (var k = 0; k < n; k++)
        {
            var (source, target) = (s[k], t[k]);
            if (source.Class != target.Class)
            {
                return false;
            }

            var similarity = SimilarityAt(s, t, selfScores, k, k);
            if (similarity < MinimumScore)
            {
                return false;
            }

            scores[k] = similarity;
            if (ReferenceEquals(source, target))
            {
                anchored[k] = anchors.HasUniqueKey(k);
            }
            else if (!KeysInOrder(anchors, k, source, target, out anchored[k]))
            {
                return false;
            }
        }

        // The English units some translated unit has the text of: their bound counts the same-text bonus.
        Span<bool> textShared = stackalloc bool[n];
        for (var j = 0; j < n; j++)
        {
            if (ReferenceEquals(s[j], t[j]) && anchors.HasUniqueText(j))
            {
                textShared[j] = true; // its own English unit's text, which no other English unit of the sequence has
                continue;
            }

            var key = UnitFeatures.TextKey(t[j].Class, t[j].FoldedLetters);
            if (!sourceTexts.Contains(key))
            {
                continue; // no English unit of the page has as many letters of this class: no text to share
            }

            foreach (var i in anchors.UnitsWithTextKey(key))
            {
                textShared[i] |= s[i].SameText(t[j]);
            }
        }

        // Then each stretch between sure anchors: its lowest bound above the sum of its diagonal's shortfalls.
        double slack = 0, lowest = double.MaxValue;
        for (var k = 0; k < n; k++)
        {
            if (anchored[k])
            {
                (slack, lowest) = (0, double.MaxValue); // the stretch before it is proven, the next begins
                continue;
            }

            var upper = UpperBound(s[k], textShared[k]);
            var shortfall = upper - (scores[k] - LengthMisfit(s[k], t[k], lengthRatio));
            System.Diagnostics.Debug.Assert(shortfall > -InOrderMargin, "the bound is below the pair's own fit");
            slack += shortfall;
            lowest = Math.Min(lowest, upper);
            if (!(lowest > slack + InOrderMargin))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when every anchor key of <paramref name="target"/> is one of <paramref name="source"/>'s (each used once) or
    /// no English unit's; <paramref name="anchored"/> says whether a key they share occurs nowhere else in the English.
    /// </summary>
    private static bool KeysInOrder(SourceAnchors anchors, int k, UnitFeatures source, UnitFeatures target, out bool anchored)
    {
        anchored = false;
        var sourceKeys = source.AnchorKeys;
        // A bit per English key (an int's 32 bits wrapped: a unit with more keys could never take the pass).
        Span<bool> used = sourceKeys.Length <= 256 ? stackalloc bool[sourceKeys.Length] : new bool[sourceKeys.Length];
        foreach (var key in target.AnchorKeys)
        {
            var found = -1;
            for (var p = 0; p < sourceKeys.Length; p++)
            {
                if (!used[p] && sourceKeys[p] == key)
                {
                    found = p;
                    break;
                }
            }

            if (found >= 0)
            {
                used[found] = true;
                anchored |= anchors.IsUnique(k, found);
            }
            else if (anchors.Contains(key))
            {
                return false; // the key of another English unit: it may anchor this unit elsewhere
            }
        }

        return true;
    }

    /// <summary>
    /// The highest <see cref="Similarity"/> <paramref name="s"/> can have with any unit of its class, term by term;
    /// the same-text bonus only when <paramref name="textShared"/>.
    /// </summary>
    private static double UpperBound(UnitFeatures s, bool textShared)
    {
        var upper = 0.4 + 0.4; // the base and the same shape
        if (s.Unit.Kind == UnitKind.Heading)
        {
            upper += 0.3;
        }

        if (s.Unit.Kind is UnitKind.FrontMatter or UnitKind.Abbreviation)
        {
            upper += 1.0;
        }

        upper += s.Invariants.Length == 0 ? 0.2 : 1.5; // none on either side, or the same ones
        if (s.Numbers.Length > 0)
        {
            upper += 0.3;
        }

        if (textShared)
        {
            upper += 1.5;
        }

        if (s.Unit.Verbatim is not null)
        {
            upper += 1.0; // the same verbatim text; a unit without one gains nothing from its letters
        }

        return upper;
    }
}
