using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// Aligns the units of a source page with those of its translation. It never fails: units without a
/// counterpart become unmatched entries (missing or extra blocks) instead of shifting every later pair.
/// <para>
/// Cost stays about linear in page size: units whose invariants (URLs, code, footnotes, snippet paths,
/// unchanged text) are unique on both sides anchor the alignment (longest increasing subsequence,
/// O(n log n)); only the gaps between anchors are aligned by dynamic programming, inside a band when a
/// gap is large.
/// </para>
/// </summary>
public static partial class PageAligner
{
    internal const double MinimumScore = 0.35;
    private const int FullGridLimit = 250_000;

    public static AlignedPage Align(PageModel source, PageModel target) => AlignCancellable(source, target, CancellationToken.None);

    /// <summary><see cref="Align"/> that can be given up: <paramref name="cancellation"/> is checked between gaps and windows.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AlignedPage AlignCancellable(PageModel source, PageModel target, CancellationToken cancellation) => AlignPage(source, target, lentAtOnce: true, cancellation);

    /// <summary>The alignment without pairing a sequence lent unit for unit at once (see <see cref="AllLent"/>): tests hold the two equal.</summary>
    internal static AlignedPage AlignInFull(PageModel source, PageModel target) => AlignPage(source, target, lentAtOnce: false, CancellationToken.None);

    private static AlignedPage AlignPage(PageModel source, PageModel target, bool lentAtOnce, CancellationToken cancellation)
    {
        // Footnote and abbreviation definitions render at a fixed place whatever their position in the file,
        // so translations move them freely: they are paired by label, apart from the page's flow.
        var index = SourceFeatureIndex.Of(source);
        var english = index.Sequences ??= Sequences(source.Units);
        var (targetFlow, targetFloating) = Partition(target.Units);
        index.Lend(target.Units);
        var sourceTexts = index.TextKeys;

        // The flow's pairs are the page's when it has no floating units (most pages): their list is then made at its size,
        // with no room for groups' pairs (8 pairs of 24 bytes more for every page of a site).
        var floats = english.FloatingGroups.Count > 0 || targetFloating.Count > 0;
        var pairs = AlignSequence(english.Flow, english.FlowFeatures, english.FlowAnchors, english.FlowSelfScores, lentAtOnce, targetFlow, sourceTexts, floats ? 8 : 0, cancellation);
        if (!floats)
        {
            return new AlignedPage(source, target, pairs); // no footnotes, abbreviations or string entries: no groups to build
        }

        // The translation's groups in the order they first occur: what is left after the English groups took theirs is
        // extra, in that order (a dictionary only removed from keeps its insertion order).
        var targetGroups = GroupsOf(targetFloating);
        foreach (var group in english.FloatingGroups)
        {
            var targets = targetGroups.Remove(group.Key, out var found) ? found : [];
            if (group.Units.Count == 1 && targets.Count == 1 && group.Units[0].Kind == UnitKind.StringEntry)
            {
                // A key is the string's identity: both tables have it, however different the two values are (a tag for
                // a word), which the rules report; the similarity of the values must not make it missing and extra.
                pairs.Add(new AlignedPair(group.Units[0], targets[0], Similarity(group.Features[0], UnitFeatures.OfTranslated(targets[0], sourceTexts))));
                continue;
            }

            pairs.AddRange(AlignSequence(group.Units, group.Features, group.Anchors, group.SelfScores, lentAtOnce, targets, sourceTexts, 0, cancellation));
        }

        foreach (var remaining in targetGroups.Values)
        {
            foreach (var unit in remaining)
            {
                pairs.Add(new AlignedPair(null, unit, 0));
            }
        }

        return new AlignedPage(source, target, pairs);
    }

    /// <summary>The English page's flow and floating units, the flow's features and sorted anchor keys (once per English page; a race makes them twice).</summary>
    private static EnglishSequences Sequences(IReadOnlyList<TranslationUnit> units)
    {
        var (flow, floating) = Partition(units);
        var features = FeaturesOf(flow, null);
        var groups = new List<FloatingGroup>();
        foreach (var (key, group) in GroupsOf(floating))
        {
            var groupFeatures = FeaturesOf(group, null);
            groups.Add(new FloatingGroup(key, group, groupFeatures, SourceAnchors.Of(groupFeatures), SelfScores(groupFeatures)));
        }

        return new EnglishSequences(flow, groups, features, SourceAnchors.Of(features), SelfScores(features));
    }

    /// <summary>Each English unit's similarity with itself: its score when the translation lends it unchanged (see <see cref="AllLent"/>).</summary>
    private static double[] SelfScores(UnitFeatures[] features)
    {
        var scores = new double[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            scores[k] = Similarity(features[k], features[k]);
        }

        return scores;
    }

    /// <summary>
    /// True when the translated sequence is the English one unit for unit: each translated unit holds its English unit's
    /// own features (<see cref="SourceFeatureIndex.Lend"/>), or features with the same values (a repeated block lent
    /// the features of its text's first English unit; a block read again). A page not translated yet, or one whose
    /// every block is its English block as it is.
    /// </summary>
    /// <remarks>
    /// The anchors, the gaps and the grid then pair every unit with itself, so that pairing is made at once. Why it is
    /// the same: no unit is more similar to any other than to itself (every term of <see cref="Similarity"/> is at its
    /// best for equal features), and a unit's similarity with itself is at least 0.8, over <see cref="MinimumScore"/>.
    /// So each anchor key occurs as often on both sides and pairs a unit with itself; in each gap the page's length
    /// ratio is 0 (as many letters on both sides) and the diagonal drifts by nothing, so no path of the grid, in a
    /// window or not, scores as high as the one that pairs every unit with itself. Held to the full alignment on every
    /// page of both corpora aligned with itself and with its translations (<c>LentSequenceTests</c>).
    /// The features a translated unit needs are made as the full alignment makes them, in the same order.
    /// </remarks>
    private static bool AllLent(UnitFeatures[] source, List<TranslationUnit> target, HashSet<long> sourceTexts)
    {
        if (source.Length != target.Count)
        {
            return false;
        }

        for (var k = 0; k < source.Length; k++)
        {
            if (!ReferenceEquals(target[k].AlignmentFeatures, source[k]) && !source[k].SameValues(UnitFeatures.OfTranslated(target[k], sourceTexts)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The floating units by group, the groups in the order they first occur.</summary>
    private static Dictionary<string, List<TranslationUnit>> GroupsOf(List<(string Group, TranslationUnit Unit)> floating)
    {
        var groups = new Dictionary<string, List<TranslationUnit>>(StringComparer.Ordinal);
        foreach (var (key, unit) in floating)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(unit);
        }

        return groups;
    }

    private static (List<TranslationUnit> Flow, List<(string Group, TranslationUnit Unit)> Floating) Partition(IReadOnlyList<TranslationUnit> units)
    {
        // A page with no floating unit (most pages) has its own unit list as its flow, not a copy of it (2.5 MB of a
        // 31-language check). The flow is only read, and must stay so: an English page's list is read by every
        // language's thread at once.
        if (units is List<TranslationUnit> all && !HasFloating(all))
        {
            return (all, []);
        }

        var flow = new List<TranslationUnit>(units.Count);
        var floating = new List<(string, TranslationUnit)>();
        for (var k = 0; k < units.Count; k++)
        {
            // By index: a foreach over the list's interface made an enumerator and two interface calls per unit.
            var unit = units[k];
            if (unit.Kind == UnitKind.StringEntry)
            {
                floating.Add(("string:" + unit.Key, unit)); // string tables pair by key
            }
            else if (unit.Kind == UnitKind.Abbreviation)
            {
                floating.Add(("abbr", unit)); // labels may be translated (a term of the page), so keep list order
            }
            else if (unit.Path.InFootnote)
            {
                floating.Add(("footnote:" + unit.Path.Segments[0].Qualifier, unit));
            }
            else
            {
                flow.Add(unit);
            }
        }

        return (flow, floating);
    }

    private static bool HasFloating(List<TranslationUnit> units)
    {
        foreach (var unit in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(units))
        {
            if (unit.Kind is UnitKind.StringEntry or UnitKind.Abbreviation || unit.Path.InFootnote)
            {
                return true;
            }
        }

        return false;
    }

    // room: what the pairs' list leaves for pairs added after it (a page's floating groups).
    private static List<AlignedPair> AlignSequence(List<TranslationUnit> s, UnitFeatures[] sourceKeys, SourceAnchors sourceAnchors, double[] selfScores, bool lentAtOnce, List<TranslationUnit> t, HashSet<long> sourceTexts, int room, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (lentAtOnce && AllLent(sourceKeys, t, sourceTexts))
        {
            var same = new List<AlignedPair>(s.Count + room);
            for (var k = 0; k < s.Count; k++)
            {
                same.Add(new AlignedPair(s[k], t[k], selfScores[k]));
            }

            return same;
        }

        var targetKeys = FeaturesOf(t, sourceTexts);
        var lengthRatio = new LengthFit(LengthRatio(sourceKeys, targetKeys));

        var scores = System.Buffers.ArrayPool<double>.Shared.Rent(sourceKeys.Length);
        try
        {
            if (lentAtOnce && TryInOrder(sourceKeys, sourceAnchors, targetKeys, selfScores, sourceTexts, lengthRatio, scores))
            {
                var inOrder = new List<AlignedPair>(s.Count + room);
                for (var k = 0; k < s.Count; k++)
                {
                    inOrder.Add(new AlignedPair(s[k], t[k], scores[k]));
                }

                return inOrder;
            }

            var anchors = FindAnchors(sourceKeys, sourceAnchors, targetKeys, selfScores, scores);

            // At most one match per unit of the shorter side: sized once (its growth was 8 MB on a 31-language check).
            var matches = new List<(int S, int T, double Score)>(Math.Min(s.Count, t.Count));
            int ps = 0, pt = 0;
            foreach (var (ai, aj) in anchors)
            {
                AlignGap(sourceKeys, targetKeys, selfScores, ps, ai, pt, aj, matches, lengthRatio, cancellation);
                matches.Add((ai, aj, scores[ai]));
                ps = ai + 1;
                pt = aj + 1;
            }

            AlignGap(sourceKeys, targetKeys, selfScores, ps, s.Count, pt, t.Count, matches, lengthRatio, cancellation);
            return Merge(s, t, matches, room);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(scores);
        }
    }

    private static UnitFeatures[] FeaturesOf(List<TranslationUnit> units, HashSet<long>? sourceTexts)
    {
        var features = new UnitFeatures[units.Count];
        for (var k = 0; k < features.Length; k++)
        {
            features[k] = sourceTexts is null ? UnitFeatures.Of(units[k]) : UnitFeatures.OfTranslated(units[k], sourceTexts);
        }

        return features;
    }

    private static List<AlignedPair> Merge(List<TranslationUnit> s, List<TranslationUnit> t, List<(int S, int T, double Score)> matches, int room)
    {
        // Every unit of both sides once, a matched pair for two: made at that size.
        var pairs = new List<AlignedPair>(s.Count + t.Count - matches.Count + room);
        int i = 0, j = 0;
        foreach (var (ms, mt, score) in matches)
        {
            while (i < ms || j < mt)
            {
                // Emit unmatched units in page order: missing source units before extra target units.
                if (i < ms)
                {
                    pairs.Add(new AlignedPair(s[i++], null, 0));
                }
                else
                {
                    pairs.Add(new AlignedPair(null, t[j++], 0));
                }
            }

            pairs.Add(new AlignedPair(s[ms], t[mt], score));
            i = ms + 1;
            j = mt + 1;
        }

        while (i < s.Count)
        {
            pairs.Add(new AlignedPair(s[i++], null, 0));
        }

        while (j < t.Count)
        {
            pairs.Add(new AlignedPair(null, t[j++], 0));
        }

        return pairs;
    }

    /// <summary>
    /// Pairs whose anchor key occurs as often on both sides (once, or the k-th of equally many repeats),
    /// reduced to a crossing-free chain. Repeated blocks (the same "Downloads" list on every product) thus
    /// still anchor, in order, without any quadratic search.
    /// </summary>
    /// <remarks>
    /// Occurrences of the keys are sorted by key (four dictionaries per page were 60 MB of a 31-language check): the
    /// English side once per English page (<see cref="SourceAnchors"/>), the translation's in pooled arrays, and the two
    /// walked side by side; in each key's run the m-th source occurrence pairs with the m-th target occurrence when
    /// both sides have as many.
    /// </remarks>
    internal static List<(int S, int T)> FindAnchors(UnitFeatures[] s, SourceAnchors source, UnitFeatures[] t) =>
        FindAnchors(s, source, t, null, new double[s.Length]);

    /// <param name="s">The English units' features.</param>
    /// <param name="source">Their sorted anchor keys.</param>
    /// <param name="t">The translated units' features.</param>
    /// <param name="selfScores">Each English unit's similarity with itself, or null.</param>
    /// <param name="scores">
    /// Set for each English unit of a candidate anchor to its similarity with its partner, kept for the match (it was
    /// computed again).
    /// </param>
    private static List<(int S, int T)> FindAnchors(UnitFeatures[] s, SourceAnchors source, UnitFeatures[] t, double[]? selfScores, double[] scores)
    {
        var total = 0;
        foreach (var u in t)
        {
            total += u.AnchorKeys.Length;
        }

        var pool = System.Buffers.ArrayPool<int>.Shared;
        var keys = System.Buffers.ArrayPool<ulong>.Shared.Rent(total);
        var codes = pool.Rent(total); // a target occurrence's place, in page and key order
        var owners = pool.Rent(total); // the unit of the occurrence with that code
        var partners = pool.Rent(source.Count); // the target unit of each source occurrence, or -1
        try
        {
            var q = 0;
            for (var j = 0; j < t.Length; j++)
            {
                foreach (var key in t[j].AnchorKeys)
                {
                    (keys[q], codes[q], owners[q]) = (key, q, j);
                    q++;
                }
            }

            SourceAnchors.SortRuns(keys, codes, total);
            var sourceKeys = source.Keys;
            var sourceCodes = source.Codes;
            for (int i = 0, k = 0; i < sourceKeys.Length;)
            {
                var key = sourceKeys[i];
                var sourceEnd = i + 1;
                while (sourceEnd < sourceKeys.Length && sourceKeys[sourceEnd] == key)
                {
                    sourceEnd++;
                }

                while (k < total && keys[k] < key)
                {
                    k++;
                }

                var targetEnd = k;
                while (targetEnd < total && keys[targetEnd] == key)
                {
                    targetEnd++;
                }

                var paired = sourceEnd - i == targetEnd - k;
                for (var m = 0; m < sourceEnd - i; m++)
                {
                    partners[sourceCodes[i + m]] = paired ? owners[codes[k + m]] : -1;
                }

                i = sourceEnd;
                k = targetEnd;
            }

            var candidates = new List<(int S, int T)>(s.Length); // at most one per English unit: sized once, not grown (3 MB of a site)
            q = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var anchored = false;
                foreach (var _ in s[i].AnchorKeys)
                {
                    // Every key of the unit is counted, even after it anchored through an earlier one: the k-th
                    // source unit with a key pairs with the k-th target unit with it, and a skipped count paired
                    // the next unit with the wrong repeat (found by fuzzing: a page checked against itself had
                    // two '*[HTML]:' definitions reported as missing and extra).
                    var partner = partners[q++];
                    if (!anchored && partner >= 0 && SimilarityAt(s, t, selfScores, i, partner) is var score && score >= MinimumScore)
                    {
                        candidates.Add((i, partner));
                        scores[i] = score;
                        anchored = true;
                    }
                }
            }

            return LongestIncreasingChain(candidates);
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(keys);
            pool.Return(codes);
            pool.Return(owners);
            pool.Return(partners);
        }
    }

    /// <summary>Longest chain increasing in both indices (patience sorting on T; input is sorted by S).</summary>
    internal static List<(int S, int T)> LongestIncreasingChain(List<(int S, int T)> candidates)
    {
        var tails = new List<int>();
        var previous = new int[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (candidates[tails[mid]].T < candidates[k].T)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var chain = new List<(int S, int T)>(tails.Count);
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            chain.Add(candidates[k]);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Aligns the gap s[s0..s1) with t[t0..t1). Small gaps get the full grid; large ones are walked in
    /// overlapping windows along the diagonal, keeping the first half of each window's result, so that time
    /// and memory stay linear in the gap's length.
    /// </summary>
    /// <summary>The log of the translation's length per English letter over the page (scripts and languages differ).</summary>
    private static double LengthRatio(UnitFeatures[] s, UnitFeatures[] t)
    {
        long sourceLetters = 0, targetLetters = 0;
        foreach (var f in s)
        {
            sourceLetters += f.Letters;
        }

        foreach (var f in t)
        {
            targetLetters += f.Letters;
        }

        return sourceLetters > 0 && targetLetters > 0 ? Math.Log((double)targetLetters / sourceLetters) : 0;
    }

    /// <summary>
    /// How far a pair's length is from the page's usual ratio: among blocks that are otherwise alike (paragraphs
    /// without links), a short added or a dropped paragraph must not shift the pairing of its neighbours.
    /// </summary>
    private static double LengthMisfit(UnitFeatures s, UnitFeatures t, LengthFit fit) =>
        s.Unit.Verbatim is null && s.Letters >= 20 && t.Letters > 0 && !fit.Fits((double)t.Letters / s.Letters)
            ? MisfitByLog(s.Letters, t.Letters, fit.Log)
            : 0;

    /// <summary>
    /// The page's <see cref="LengthRatio"/> with the band of length ratios whose misfit is 0 (a log within 0.2 of it),
    /// narrowed by a billionth: a ratio inside it is told without its logarithm (a log per grid cell was a sixth of
    /// the grids' time), and one near the band's edges takes the logarithm as before, so every score is the same.
    /// </summary>
    internal readonly struct LengthFit(double log)
    {
        private readonly double _low = Math.Exp(log - 0.2) * (1 + 1e-9);
        private readonly double _high = Math.Exp(log + 0.2) * (1 - 1e-9);

        public double Log { get; } = log;

        /// <summary>True when |log(<paramref name="ratio"/>) − <see cref="Log"/>| is surely at most 0.2.</summary>
        public bool Fits(double ratio) => ratio > _low && ratio < _high;
    }

    /// <summary>
    /// The ratios of two texts' letters whose logarithm is surely within ±1.4 (<see cref="Similarity"/>'s "far apart"
    /// test) by a billionth, so that the test takes a logarithm only near its edges.
    /// </summary>
    private static readonly double NearLow = Math.Exp(-1.4) * (1 + 1e-9);
    private static readonly double NearHigh = Math.Exp(1.4) * (1 - 1e-9);

    /// <summary>True when the log of <paramref name="ratio"/> is beyond ±1.4.</summary>
    internal static bool FarApart(double ratio) => (ratio <= NearLow || ratio >= NearHigh) && Math.Abs(Math.Log(ratio)) > 1.4;

    /// <summary>A pair's length misfit by its logarithm: what <see cref="LengthMisfit"/> computes outside the band (tests hold the band to it).</summary>
    internal static double MisfitByLog(int sourceLetters, int targetLetters, double log) =>
        0.25 * Math.Min(2.0, Math.Max(0, Math.Abs(Math.Log((double)targetLetters / sourceLetters) - log) - 0.2));

    private static void AlignGap(UnitFeatures[] s, UnitFeatures[] t, double[] selfScores, int s0, int s1, int t0, int t1, List<(int S, int T, double Score)> matches, LengthFit lengthRatio, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        List<(int S, int T, double Score)>? window = null;
        while ((long)(s1 - s0) * (t1 - t0) > FullGridLimit)
        {
            cancellation.ThrowIfCancellationRequested();
            var m = s1 - s0;
            var n = t1 - t0;
            var sm = Math.Min(m, WindowSize);
            var tn = Math.Min(n, (int)(sm * (double)n / m) + WindowSlack);
            window ??= [];
            window.Clear();
            AlignGrid(s, t, selfScores, s0, s0 + sm, t0, t0 + tn, (double)n / m, lengthRatio, window);

            // The window's first half is kept (a loop, not a lambda: its closure was made for every gap, windowed or not).
            var half = s0 + (sm / 2);
            var kept = 0;
            foreach (var f in window)
            {
                if (f.S < half)
                {
                    matches.Add(f);
                    kept++;
                }
            }

            if (kept > 0)
            {
                s0 = matches[^1].S + 1;
                t0 = matches[^1].T + 1;
            }
            else
            {
                s0 += sm / 2;
                t0 += Math.Min(n, (int)(sm / 2 * (double)n / m));
            }
        }

        AlignGrid(s, t, selfScores, s0, s1, t0, t1, s1 > s0 ? (double)(t1 - t0) / (s1 - s0) : 1, lengthRatio, matches);
    }

    private const int WindowSize = 240;
    private const int WindowSlack = 60;

    /// <summary>Weighted alignment on the full grid: maximise the summed similarity of matched pairs, added to <paramref name="found"/> in order.</summary>
    /// <remarks>
    /// <c>ratio</c> is the number of target units per source unit along the expected diagonal, taken from the
    /// whole gap, not the window, so that repeated blocks are paired along the true diagonal.
    /// </remarks>
    private static void AlignGrid(UnitFeatures[] s, UnitFeatures[] t, double[] selfScores, int s0, int s1, int t0, int t1, double ratio, LengthFit lengthRatio, List<(int S, int T, double Score)> found)
    {
        var m = s1 - s0;
        var n = t1 - t0;
        if (m <= 0 || n <= 0)
        {
            return;
        }

        var first = found.Count;
        var width = n + 1;
        var cells = (m + 1) * width;

        // Pooled: large gaps are walked window after window, and fresh grids would each land on the large-object heap.
        var score = System.Buffers.ArrayPool<double>.Shared.Rent(cells);
        var similarity = System.Buffers.ArrayPool<double>.Shared.Rent(cells);
        var move = System.Buffers.ArrayPool<byte>.Shared.Rent(cells); // 0 = match, 1 = skip source, 2 = skip target
        try
        {
            score[0] = 0;
            FillGrid(s, t, selfScores, s0, t0, m, n, ratio, lengthRatio, score, similarity, move);
            for (int i = m, j = n; i > 0 || j > 0;)
            {
                var k = (i * width) + j;
                if (i > 0 && j > 0 && move[k] == 0)
                {
                    found.Add((s0 + i - 1, t0 + j - 1, similarity[k]));
                    i--;
                    j--;
                }
                else if (i > 0 && (move[k] == 1 || j == 0))
                {
                    i--;
                }
                else
                {
                    j--;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(score);
            System.Buffers.ArrayPool<double>.Shared.Return(similarity);
            System.Buffers.ArrayPool<byte>.Shared.Return(move);
        }

        found.Reverse(first, found.Count - first);
    }

    private static void FillGrid(UnitFeatures[] s, UnitFeatures[] t, double[] selfScores, int s0, int t0, int m, int n, double ratio, LengthFit lengthRatio, double[] score, double[] similarity, byte[] move)
    {
        var width = n + 1;
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                var k = (i * width) + j;
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.NegativeInfinity;
                byte how = 1;
                if (i > 0)
                {
                    best = score[k - width];
                }

                if (j > 0 && score[k - 1] > best)
                {
                    best = score[k - 1];
                    how = 2;
                }

                if (i > 0 && j > 0)
                {
                    var sim = SimilarityAt(s, t, selfScores, s0 + i - 1, t0 + j - 1);
                    similarity[k] = sim;

                    // Among equally good pairings (repeated blocks), prefer the one nearest the diagonal.
                    var drift = Math.Min(0.05, 0.0005 * Math.Abs((i * ratio) - j));
                    var fit = sim - drift - (sim >= MinimumScore ? LengthMisfit(s[s0 + i - 1], t[t0 + j - 1], lengthRatio) : 0);
                    if (sim >= MinimumScore && score[k - width - 1] + fit > best)
                    {
                        best = score[k - width - 1] + fit;
                        how = 0;
                    }
                }

                score[k] = best;
                move[k] = how;
            }
        }
    }

    /// <summary>
    /// <see cref="Similarity"/> of English unit <paramref name="i"/> and translated unit <paramref name="j"/>, read from
    /// <paramref name="selfScores"/> when the translated unit holds the English unit's own features (a block left as
    /// it is: half the candidate anchors of a site).
    /// </summary>
    private static double SimilarityAt(UnitFeatures[] s, UnitFeatures[] t, double[]? selfScores, int i, int j) =>
        selfScores is not null && ReferenceEquals(s[i], t[j]) ? selfScores[i] : Similarity(s[i], t[j]);

    /// <summary>How well a target unit fits as the translation of a source unit (higher is better).</summary>
    internal static double Similarity(UnitFeatures s, UnitFeatures t)
    {
        if (s.Class != t.Class)
        {
            return double.NegativeInfinity;
        }

        var score = 0.4;
        score += s.SameShape(t) ? 0.4 : s.SameShapeWithoutRegions(t) ? -0.1 : -0.3;
        if (s.Unit.Kind == UnitKind.Heading)
        {
            score += s.Unit.HeadingLevel == t.Unit.HeadingLevel ? 0.3 : -0.2;
        }

        if (s.Unit.Kind is UnitKind.FrontMatter)
        {
            score += s.Unit.Key == t.Unit.Key ? 1.0 : -1.0;
        }
        else if (s.Unit.Kind is UnitKind.Abbreviation && s.Unit.Key == t.Unit.Key)
        {
            score += 1.0;
        }

        if (s.Invariants.Length == 0 && t.Invariants.Length == 0)
        {
            score += 0.2;
        }
        else if (s.Invariants.Length == 0 || t.Invariants.Length == 0)
        {
            score -= 0.3; // one dropped link or footnote must not unpair a block
        }
        else
        {
            // No common invariant is still a possible pair (a changed URL or image), only a weak one.
            var jaccard = Jaccard(s.Invariants, t.Invariants);
            score += jaccard == 0 ? -0.3 : (2.0 * jaccard) - 0.5;
        }

        if (s.Numbers.Length > 0 || t.Numbers.Length > 0)
        {
            score += (0.4 * Jaccard(s.Numbers, t.Numbers)) - 0.1;
        }

        if (s.SameText(t))
        {
            score += 1.5;
        }

        if (s.Unit.Verbatim is not null)
        {
            score += s.Unit.Verbatim == t.Unit.Verbatim ? 1.0 : 0.0;
        }
        else if (s.Letters > 0 && t.Letters > 0)
        {
            if (FarApart((double)t.Letters / s.Letters))
            {
                score -= 0.4;
            }
        }
        else if ((s.Letters > 0) != (t.Letters > 0))
        {
            score -= 0.3;
        }

        return score;
    }

    private static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        // Both are sorted: count the multiset intersection by merging.
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }
}

/// <summary>What the aligner compares of a unit, computed once per unit, as 64-bit hashes (no strings).</summary>
internal sealed class UnitFeatures
{
    /// <param name="unit">The unit.</param>
    /// <param name="sourceTexts">
    /// For a translated unit, the <see cref="TextKey"/>s of the English page's units with words: the comparison hash
    /// of its text is then made only when an English unit of its class has as many characters that fold to letters
    /// (texts with the same comparison text have as many: folding goes character by character), since it can match
    /// no other. Hashing every translated unit's text was a third of the aligner's own time.
    /// </param>
    private UnitFeatures(TranslationUnit unit, HashSet<long>? sourceTexts = null)
    {
        Unit = unit;
        Class = unit.Kind.AlignmentClass();
        _path = unit.Path;
        (_shapeHash, _shapeWithoutRegionsHash) = ShapeHashes(unit.Path.SegmentSpan);
        int invariantCount = 0, numberCount = 0;
        var all = unit.Invariants;
        for (var k = 0; k < all.Count; k++)
        {
            var i = all[k];
            if (i.Kind == InvariantKind.Number)
            {
                numberCount++;
            }
            else if (i.Kind != InvariantKind.Attributes)
            {
                invariantCount++;
            }
        }

        var invariants = invariantCount == 0 ? [] : new ulong[invariantCount];
        var numbers = numberCount == 0 ? [] : new ulong[numberCount];
        invariantCount = numberCount = 0;
        for (var k = 0; k < all.Count; k++)
        {
            var i = all[k];
            if (i.Kind == InvariantKind.Number)
            {
                numbers[numberCount++] = Hash(0, i.Value);
            }
            else if (i.Kind != InvariantKind.Attributes)
            {
                invariants[invariantCount++] = Hash((ulong)i.Kind + 1, i.Value);
            }
        }

        // Most units have none or one: the generic sort's call costs more than it sorts (7 samples of a site's features).
        if (invariants.Length > 1)
        {
            Array.Sort(invariants);
        }

        if (numbers.Length > 1)
        {
            Array.Sort(numbers);
        }

        Invariants = invariants;
        Numbers = numbers;
        if (unit.Prose.HasWords)
        {
            (Letters, FoldedLetters) = CountBoth(unit.Prose.Text);
            if (sourceTexts is null)
            {
                _normalized = TextNormalizer.ComparisonHash(unit.Prose.Text, out _normalizedLength);
            }
            else
            {
                _hashPending = true;
            }
        }
        else
        {
            Letters = CountLetters(unit.Prose.Text);
        }
        Span<ulong> keys = stackalloc ulong[5];
        var keyCount = 0;
        if (unit.Verbatim is { Length: > 0 } verbatim)
        {
            keys[keyCount++] = Hash(0x100 + (ulong)Class, verbatim);
        }

        if (Invariants.Length > 0)
        {
            // The shape is hashed only here: most units have no invariant (it was hashed for every unit).
            var h = ShapeHash((ulong)Class, unit.Path.SegmentSpan) ^ 0x9E3779B97F4A7C15UL;
            foreach (var i in Invariants)
            {
                h = (h ^ i) * 1099511628211UL;
            }

            keys[keyCount++] = h;
        }

        // A translated unit's text key is left out when no English unit can have its text: it could anchor nothing.
        if (Letters >= 12 && (sourceTexts is null || sourceTexts.Contains(TextKey(Class, FoldedLetters))))
        {
            keys[keyCount++] = (Normalized ^ (ulong)Class) * 0xC2B2AE3D27D4EB4FUL;
        }

        if (unit.Kind == UnitKind.Heading && unit.ExplicitId is { } id)
        {
            keys[keyCount++] = Hash(0x200, id);
        }

        if (unit.Kind is UnitKind.FrontMatter or UnitKind.Abbreviation)
        {
            keys[keyCount++] = Hash(0x300 + (ulong)Class, unit.Key ?? "");
        }

        AnchorKeys = keys[..keyCount].ToArray();
    }

    /// <summary>
    /// The unit the features were computed for. A translated unit that is its English unit as it is shares that unit's
    /// features (<see cref="SourceFeatureIndex.Lend"/>): its own unit is then another one with the same kind, heading
    /// level, key and verbatim text, which is all the aligner reads of it.
    /// </summary>
    public TranslationUnit Unit { get; }

    public int Class { get; }

    /// <summary>
    /// The unit's containers. Their shapes are compared and hashed from the segments' kinds, not as
    /// <see cref="ContainerPath.Shape"/> strings: building those strings for every path of every translated page was a
    /// quarter of the translated units' features on a 31-language site (19 of 72 perf samples), and a string per path.
    /// </summary>
    private readonly ContainerPath _path;

    private readonly ulong _shapeHash;
    private readonly ulong _shapeWithoutRegionsHash;

    /// <summary><see cref="ContainerPath.Shape"/> of the unit (tests; the aligner compares <see cref="SameShape"/>).</summary>
    public string Shape => _path.Shape;

    /// <summary>The shape without admonitions, details, tabs and HTML containers: a block that lost its admonition still fits.</summary>
    public string ShapeWithoutRegions => _path.ShapeWithoutRegions;

    /// <summary>
    /// <see cref="Shape"/> equals <paramref name="other"/>'s: the same kinds of containers in the same order (no kind
    /// holds a '>', so the joined strings are equal exactly when the kinds are). Told apart by a hash first.
    /// </summary>
    internal bool SameShape(UnitFeatures other) =>
        _shapeHash == other._shapeHash && _path.SameShape(other._path, withoutRegions: false);

    /// <summary><see cref="ShapeWithoutRegions"/> equals <paramref name="other"/>'s (see <see cref="SameShape"/>).</summary>
    internal bool SameShapeWithoutRegions(UnitFeatures other) =>
        _shapeWithoutRegionsHash == other._shapeWithoutRegionsHash && _path.SameShape(other._path, withoutRegions: true);

    /// <summary><see cref="Hash"/> of the <see cref="ContainerPath.Shape"/> string, made from the kinds without building it.</summary>
    internal static ulong ShapeHash(ulong seed, ReadOnlySpan<PathSegment> segments)
    {
        var h = 14695981039346656037UL ^ (seed * 0x9E3779B97F4A7C15UL);
        for (var k = 0; k < segments.Length; k++)
        {
            if (k > 0)
            {
                h = (h ^ '>') * 1099511628211UL;
            }

            foreach (var c in segments[k].Kind)
            {
                h = (h ^ c) * 1099511628211UL;
            }
        }

        return h;
    }

    /// <summary>Hashes of the shape and of the shape without regions, telling most unequal shapes apart in one compare.</summary>
    internal static (ulong Shape, ulong WithoutRegions) ShapeHashes(ReadOnlySpan<PathSegment> segments)
    {
        ulong shape = 14695981039346656037UL, withoutRegions = 14695981039346656037UL;
        var kept = 0;
        for (var k = 0; k < segments.Length; k++)
        {
            var kind = segments[k].Kind;
            var region = ContainerPath.IsRegionKind(kind);
            shape = (shape ^ '>') * 1099511628211UL;
            if (!region && kept++ > 0)
            {
                withoutRegions = (withoutRegions ^ '>') * 1099511628211UL;
            }

            foreach (var c in kind)
            {
                shape = (shape ^ c) * 1099511628211UL;
                if (!region)
                {
                    withoutRegions = (withoutRegions ^ c) * 1099511628211UL;
                }
            }
        }

        return (shape, withoutRegions);
    }

    /// <summary>Sorted hashes of the invariants (numbers and attribute lists apart).</summary>
    public ulong[] Invariants { get; }

    public ulong[] Numbers { get; }

    private ulong _normalized;
    private int _normalizedLength;

    /// <summary>True while a translated unit's comparison hash is not made yet (see the constructor's sourceTexts).</summary>
    private bool _hashPending;

    /// <summary>Hash of the normalised prose; 0 with <see cref="NormalizedLength"/> 0 when there are no words.</summary>
    public ulong Normalized
    {
        get
        {
            MakeHash();
            return _normalized;
        }
    }

    public int NormalizedLength
    {
        get
        {
            MakeHash();
            return _normalizedLength;
        }
    }

    private void MakeHash()
    {
        if (_hashPending)
        {
            _normalized = TextNormalizer.ComparisonHash(Unit.Prose.Text, out _normalizedLength);
            _hashPending = false;
        }
    }

    /// <summary>How many characters of the text fold to a letter for comparison: equal comparison texts have as many (0 without words).</summary>
    public int FoldedLetters { get; }

    /// <summary>What a unit with words has of its text that equal comparison texts share: its class and <see cref="FoldedLetters"/>.</summary>
    internal static long TextKey(int unitClass, int letters) => ((long)unitClass << 32) | (uint)letters;

    public int Letters { get; }

    public ulong[] AnchorKeys { get; }

    /// <summary>True when every value the aligner reads of two units' features is the same (see <see cref="PageAligner"/>'s AllLent).</summary>
    internal bool SameValues(UnitFeatures other) =>
        Class == other.Class
        && Letters == other.Letters
        && FoldedLetters == other.FoldedLetters
        && Unit.Kind == other.Unit.Kind
        && Unit.HeadingLevel == other.Unit.HeadingLevel
        && string.Equals(Unit.Key, other.Unit.Key, StringComparison.Ordinal)
        && string.Equals(Unit.Verbatim, other.Unit.Verbatim, StringComparison.Ordinal)
        && SameShape(other)
        && SameShapeWithoutRegions(other)
        && Invariants.AsSpan().SequenceEqual(other.Invariants)
        && Numbers.AsSpan().SequenceEqual(other.Numbers)
        && AnchorKeys.AsSpan().SequenceEqual(other.AnchorKeys)
        && NormalizedLength == other.NormalizedLength
        && Normalized == other.Normalized;

    /// <remarks>Texts with different <see cref="FoldedLetters"/> are told apart before any hash is made (see the constructor).</remarks>
    public bool SameText(UnitFeatures other) => FoldedLetters == other.FoldedLetters && NormalizedLength > 0 && NormalizedLength == other.NormalizedLength && Normalized == other.Normalized;

    public static UnitFeatures Of(TranslationUnit unit) => unit.AlignmentFeatures ??= new(unit);

    /// <summary>The features of a translated unit aligned with an English page whose units' <see cref="TextKey"/>s are <paramref name="sourceTexts"/>.</summary>
    public static UnitFeatures OfTranslated(TranslationUnit unit, HashSet<long> sourceTexts) => unit.AlignmentFeatures ??= new(unit, sourceTexts);

    /// <summary>Computes the features without keeping them (tests compare borrowed features with these).</summary>
    internal static UnitFeatures Compute(TranslationUnit unit) => new(unit);

    /// <summary>
    /// char.IsLetter of every UTF-16 code unit as one bit: outside Latin-1, IsLetter walks Unicode's category
    /// tables per character, and counting letters was most of the features' own time on Korean, Japanese and
    /// Chinese pages. Built once (8 KiB), read-only after.
    /// </summary>
    private static readonly ulong[] LetterBits = BuildLetterBits();

    private static ulong[] BuildLetterBits()
    {
        var bits = new ulong[0x10000 / 64];
        for (var c = 0; c < 0x10000; c++)
        {
            if (char.IsLetter((char)c))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    internal static bool IsLetter(char c) => (LetterBits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>One bit per UTF-16 code unit: its comparison fold (<see cref="TextNormalizer.TryFold"/>) is a letter. Built once (8 KiB).</summary>
    private static readonly ulong[] FoldedLetterBits = BuildFoldedLetterBits();

    private static ulong[] BuildFoldedLetterBits()
    {
        var bits = new ulong[0x10000 / 64];
        Span<char> folded = stackalloc char[1];
        for (var c = 0; c < 0x10000; c++)
        {
            TextNormalizer.TryFold([(char)c], folded, out var length);
            if (length == 1 && char.IsLetter(folded[0]))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    /// <summary>The letters of <paramref name="text"/> and the characters that fold to letters, in one pass of two bit lookups.</summary>
    /// <remarks>
    /// Eight characters at a time while they are ASCII, where both are the letters A–Z and a–z (tested for every ASCII
    /// character): counting every character of every translated unit by table was a quarter of the translated units'
    /// features on a 31-language site, most of whose languages are written in Latin script.
    /// </remarks>
    internal static (int Letters, int FoldedLetters) CountBoth(string text)
    {
        var bits = LetterBits;
        var foldedBits = FoldedLetterBits;
        int letters = 0, folded = 0;
        var k = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated && text.Length >= 8)
        {
            ref var first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()));
            var notAscii = System.Runtime.Intrinsics.Vector128.Create((ushort)0xFF80);
            var lowerCase = System.Runtime.Intrinsics.Vector128.Create((ushort)0x20);
            var a = System.Runtime.Intrinsics.Vector128.Create((ushort)'a');
            var alphabet = System.Runtime.Intrinsics.Vector128.Create((ushort)26);
            for (; k <= text.Length - 8; k += 8)
            {
                var chars = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref first, (nuint)k);
                if ((chars & notAscii) == System.Runtime.Intrinsics.Vector128<ushort>.Zero)
                {
                    var isLetter = System.Runtime.Intrinsics.Vector128.LessThan((chars | lowerCase) - a, alphabet);
                    var n = System.Numerics.BitOperations.PopCount(System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(isLetter));
                    letters += n;
                    folded += n;
                    continue;
                }

                for (var j = k; j < k + 8; j++)
                {
                    var c = text[j];
                    letters += (int)((bits[c >> 6] >> (c & 63)) & 1);
                    folded += (int)((foldedBits[c >> 6] >> (c & 63)) & 1);
                }
            }
        }

        for (; k < text.Length; k++)
        {
            var c = text[k];
            letters += (int)((bits[c >> 6] >> (c & 63)) & 1);
            folded += (int)((foldedBits[c >> 6] >> (c & 63)) & 1);
        }

        return (letters, folded);
    }

    /// <summary>Whether <paramref name="c"/> folds to a letter for comparison (the table <see cref="CountBoth"/> reads).</summary>
    internal static bool FoldsToLetter(char c) => (FoldedLetterBits[c >> 6] & (1UL << (c & 63))) != 0;

    internal static int CountLetters(string text)
    {
        var bits = LetterBits;
        var letters = 0;
        foreach (var c in text)
        {
            letters += (int)((bits[c >> 6] >> (c & 63)) & 1);
        }

        return letters;
    }

    private static ulong Hash(ulong seed, string text)
    {
        var h = 14695981039346656037UL ^ (seed * 0x9E3779B97F4A7C15UL);
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
