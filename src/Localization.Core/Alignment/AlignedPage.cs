using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>A source unit and its translation; one side is null for a missing or an extra block.</summary>
/// <remarks>
/// A struct: a page's pairs are one array, not an object per pair (200,000 of them, 8 MB, on a 31-language check).
/// </remarks>
/// <param name="Source">The English unit, or null for a block only the translation has.</param>
/// <param name="Target">The translated unit, or null for a block the translation lacks.</param>
/// <param name="Score">How well they fit (0 when unmatched).</param>
public readonly record struct AlignedPair(TranslationUnit? Source, TranslationUnit? Target, double Score)
{
    public bool IsMatched => Source is not null && Target is not null;
}

/// <summary>A source page, its translation and the alignment of their units in page order.</summary>
public sealed class AlignedPage
{
    // The index + 1 of each unit's counterpart on the other page (0: none): no references for the collector to trace
    // and no covariant store checks, where arrays of units had both.
    private readonly int[] _sourceOfTarget;
    private readonly int[] _targetOfSource;

    public AlignedPage(PageModel source, PageModel target, IReadOnlyList<AlignedPair> pairs)
    {
        Source = source;
        Target = target;
        Pairs = pairs;
        _sourceOfTarget = new int[target.Units.Count];
        _targetOfSource = new int[source.Units.Count];
        var matched = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k] is { Source: { } s, Target: { } t })
            {
                _sourceOfTarget[t.Index] = s.Index + 1;
                _targetOfSource[s.Index] = t.Index + 1;
                matched++;
            }
        }

        // The matched pairs are filtered here, in the pass made anyway: a dozen rules walk them on every page. When every
        // pair is matched (most pages) they are the pairs themselves, not a copy (4 MB of a 31-language check).
        if (matched == pairs.Count && pairs is List<AlignedPair> all)
        {
            _allMatched = all;
            return;
        }

        _matched = new AlignedPair[matched];
        matched = 0;
        for (var k = 0; k < pairs.Count && matched < _matched.Length; k++)
        {
            if (pairs[k].IsMatched)
            {
                _matched[matched++] = pairs[k];
            }
        }
    }

    public PageModel Source { get; }

    public PageModel Target { get; }

    public IReadOnlyList<AlignedPair> Pairs { get; }

    /// <summary>The pairs with both sides, in page order; filtered once per page, not once per rule that asks.</summary>
    public IReadOnlyList<AlignedPair> Matched => (IReadOnlyList<AlignedPair>?)_allMatched ?? _matched!;

    /// <summary>
    /// <see cref="Matched"/> as a span: a dozen rules walk it on every page, and a foreach over the interface made
    /// an enumerator and two interface calls per pair.
    /// </summary>
    internal ReadOnlySpan<AlignedPair> MatchedPairs => _allMatched is { } all ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all) : _matched;

    /// <summary>
    /// The matched pairs whose invariants, HTML blocks or code blocks can differ, in page order: not a pair whose translated
    /// unit is read from that very English unit's Markdown (<see cref="TranslationUnit.EnglishTwin"/>: the same invariants
    /// and verbatim text), nor one with no invariant on either side that is no HTML or code block. Filtered
    /// once per page for the six rules that compare markup pair by pair (links, images, footnote references, code,
    /// markup, shortcodes), each of which walked every matched pair to find these.
    /// </summary>
    internal ReadOnlySpan<AlignedPair> MarkupPairs => (_markupPairs ??= FilterMarkupPairs(MatchedPairs)) == EveryMatchedPair ? MatchedPairs : _markupPairs;

    private AlignedPair[]? _markupPairs;

    /// <summary>Stands for <see cref="MatchedPairs"/> when every matched pair is kept (no copy of them).</summary>
    private static readonly AlignedPair[] EveryMatchedPair = [default];

    // Counted first, then copied into an array of that size: a list grown pair by pair and then copied was 3.5 MB of a
    // 31-language check (the test reads two kind masks each unit keeps, so it costs little to make twice).
    private static AlignedPair[] FilterMarkupPairs(ReadOnlySpan<AlignedPair> matched)
    {
        var count = 0;
        foreach (var pair in matched)
        {
            count += IsMarkupPair(pair) ? 1 : 0;
        }

        if (count == matched.Length)
        {
            return EveryMatchedPair;
        }

        var kept = new AlignedPair[count];
        count = 0;
        foreach (var pair in matched)
        {
            if (IsMarkupPair(pair))
            {
                kept[count++] = pair;
            }
        }

        return kept;
    }

    private static bool IsMarkupPair(AlignedPair pair)
    {
        var (source, target) = (pair.Source!, pair.Target!);
        return !ReferenceEquals(target.EnglishTwin, source)
            && (((source.InvariantKinds | target.InvariantKinds) & ~TranslationUnit.KindsComputed) != 0 || IsBlockOfMarkup(source.Kind) || IsBlockOfMarkup(target.Kind));
    }

    private static bool IsBlockOfMarkup(UnitKind kind) => kind is UnitKind.Html or UnitKind.CodeBlock;

    /// <summary>The pairs, when every one is matched; else null and <see cref="_matched"/> holds the matched ones.</summary>
    private readonly List<AlignedPair>? _allMatched;
    private readonly AlignedPair[]? _matched;

    /// <summary>The kinds of units and invariants of the English page (made once per English page).</summary>
    internal PageKinds SourceKinds => _sourceKinds ??= SourceFeatureIndex.Of(Source).Kinds;

    /// <summary>The kinds of units and invariants of the translation.</summary>
    internal PageKinds TargetKinds => _targetKinds ??= PageKinds.Of(Target.Units);

    private PageKinds? _sourceKinds;
    private PageKinds? _targetKinds;

    /// <summary>True when a unit of either page has an invariant of <paramref name="kind"/>: else every pair has the same (none).</summary>
    internal bool EitherHas(InvariantKind kind) => SourceKinds.Has(kind) || TargetKinds.Has(kind);

    public TranslationUnit? SourceOf(TranslationUnit target) => _sourceOfTarget[target.Index] is > 0 and var k ? Source.Units[k - 1] : null;

    public TranslationUnit? TargetOf(TranslationUnit source) => _targetOfSource[source.Index] is > 0 and var k ? Target.Units[k - 1] : null;

    private List<AlignedPair>? _moved;
    private Dictionary<TranslationUnit, TranslationUnit>? _movedTargetOf;
    private Dictionary<TranslationUnit, TranslationUnit>? _movedSourceOf;

    /// <summary>
    /// English blocks moved since the translation: each an English unit left unmatched and the translated unit,
    /// unmatched elsewhere on the page, that is plainly the same block (not in <see cref="Pairs"/>, whose order
    /// is the pages').
    /// </summary>
    public IReadOnlyList<AlignedPair> Moved => _moved ??= MovedBlocks.Find(this);

    /// <summary>The translation of a moved English unit, or null.</summary>
    public TranslationUnit? MovedTargetOf(TranslationUnit source) =>
        Moved.Count == 0 ? null : (_movedTargetOf ??= Moved.ToDictionary(m => m.Source!, m => m.Target!)).GetValueOrDefault(source);

    /// <summary>The English of a translated unit the English moved, or null.</summary>
    public TranslationUnit? MovedSourceOf(TranslationUnit target) =>
        Moved.Count == 0 ? null : (_movedSourceOf ??= Moved.ToDictionary(m => m.Target!, m => m.Source!)).GetValueOrDefault(target);

    private List<MissingRegion>? _missingRegions;

    /// <summary>The outermost admonitions and details blocks of the English none of whose units has a translation.</summary>
    public IReadOnlyList<MissingRegion> MissingRegions => _missingRegions ??= MissingPlacement.MissingRegions(this);

    /// <summary>
    /// Where the missing English units <paramref name="first"/>..<paramref name="last"/> (ending at pair
    /// <paramref name="pairIndex"/>) belong in the translation, inside the container that holds them in the
    /// English; <paramref name="depth"/> ≥ 0 places them as a whole container whose segment has that index.
    /// </summary>
    public InsertionPoint PlaceMissing(TranslationUnit first, TranslationUnit last, int pairIndex, int depth = -1) =>
        MissingPlacement.Place(this, first, last, depth, () => TargetInsertionPoint(pairIndex));

    /// <summary>
    /// Where a missing source unit belongs in the translation: the start of the next matched target unit,
    /// or the end of the previous one, or the start of the page.
    /// </summary>
    public int TargetInsertionPoint(int pairIndex)
    {
        for (var k = pairIndex + 1; k < Pairs.Count; k++)
        {
            if (Pairs[k].Target is { } next)
            {
                return next.Start;
            }
        }

        for (var k = pairIndex - 1; k >= 0; k--)
        {
            if (Pairs[k].Target is { } previous)
            {
                return previous.End;
            }
        }

        return 0;
    }
}
