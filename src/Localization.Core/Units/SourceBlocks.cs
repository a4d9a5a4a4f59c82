using Localization.Core.Buffers;
using Localization.Core.Markdown.Extensions.BlockReuse;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Localization.Core.Units;

/// <summary>Where a paragraph, list item or heading of a page was read from: its Markdig block's source range.</summary>
/// <param name="Unit">The unit's index in the page.</param>
/// <param name="Start">Offset of the block's first character (Markdig's span, not trimmed).</param>
/// <param name="End">Offset just after the block's last character.</param>
/// <param name="Heading">The unit is a heading: kept here so that a lookup does not read the unit (an English unit lives
/// in the old generation, and reading it again for each language's block missed the cache).</param>
/// <param name="UnitStart">The unit's own start, kept here for the same reason: a translation's walk places the unit it
/// takes without reading the English unit.</param>
/// <param name="UnitEnd">The unit's own end.</param>
internal readonly record struct LeafBlockSpan(int Unit, int Start, int End, bool Heading, int UnitStart, int UnitEnd);

/// <summary>A link reference definition of a page (or a footnote definition, by its label).</summary>
internal readonly record struct LinkDefinition(string Label, string? Url, string? Title, bool Footnote);

/// <summary>
/// An English page's paragraphs, list items and headings by their Markdown, built once per English page and shared
/// by every language. Half the blocks of a translated site are their English block's Markdown as it is (code,
/// names, pages not yet translated); such a block takes the English unit's reading, moved to where it is in the
/// translation, instead of having its inlines parsed by Markdig and walked again.
/// </summary>
/// <remarks>
/// Only what a block's source and the page's link definitions decide is taken: a block with a ']' (a link label,
/// which may be a reference) is taken only when the translation has exactly the English page's link definitions;
/// blocks with a footnote reference (the inline pass numbers the footnotes) or a '|' (a pipe table, made from a
/// paragraph by the inline pass) are read as before, and so are table cells and Markdown inside HTML blocks. An
/// English unit is offered only when every offset it holds lies inside its block, so that moving them is exact.
/// </remarks>
internal sealed class SourceBlocks
{
    private readonly PageModel _page;
    private readonly Dictionary<PageSlice, LeafBlockSpan> _blocks;
    private readonly Dictionary<PageSlice, LeafBlockSpan>.AlternateLookup<ReadOnlySpan<char>> _bySource;

    /// <summary>
    /// Length and end characters of every block's source: a translated block is turned away without hashing it, and
    /// compared with the one block that has its key, unhashed too (hashing every borrowed block's text for the
    /// dictionary was two fifths of the lookups on a 31-language site). A key that several blocks share has
    /// <see cref="Shared"/> and goes through the dictionary, so no English page can make a lookup compare many blocks.
    /// </summary>
    private readonly Dictionary<long, LeafBlockSpan> _quickKeys;

    private static readonly LeafBlockSpan Shared = new(-1, 0, 0, false, 0, 0);

    /// <summary>
    /// One bit per block length modulo 4,096: most translated blocks have no English block of their length and are
    /// turned away by one bit of a 512-byte table instead of a lookup in <see cref="_quickKeys"/>, whose buckets and
    /// entries, made when the English page was read, were mostly out of the cache (a third of the lookups' time on a
    /// 31-language site).
    /// </summary>
    private readonly ulong[] _lengths = new ulong[LengthWords];

    private const int LengthWords = 64;

    private SourceBlocks(PageModel page)
    {
        _page = page;
        var spans = page.LeafBlocks;
        _blocks = new Dictionary<PageSlice, LeafBlockSpan>(spans.Count, new PageSliceComparer(page.Text));
        _bySource = _blocks.GetAlternateLookup<ReadOnlySpan<char>>();
        _quickKeys = new Dictionary<long, LeafBlockSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Start >= 0 && span.End > span.Start && span.End <= page.Text.Length
                && Reusable(page.Text.AsSpan(span.Start, span.End - span.Start))
                && Inside(page.Units[span.Unit], span.Start, span.End))
            {
                var source = page.Text.AsSpan(span.Start, span.End - span.Start);
                if (_blocks.TryAdd(new PageSlice(span.Start, span.End - span.Start), span)) // a repeated block keeps its first unit
                {
                    var key = QuickKey(source);
                    _quickKeys[key] = _quickKeys.ContainsKey(key) ? Shared : span;
                    _lengths[(source.Length >> 6) & (LengthWords - 1)] |= 1UL << source.Length;
                }
            }
        }
    }

    /// <summary>The index of <paramref name="page"/> (read with its blocks recorded), built on first use (a race builds it twice).</summary>
    public static SourceBlocks Of(PageModel page) => page.BlockIndex ??= new(page);

    /// <summary>
    /// Where a block's source ends for the comparison: at the end of the line where Markdig's span ends. A heading's
    /// attribute list is read with the heading line, yet Markdig's span can stop before it
    /// (<c>#### :icon:{ .pg-blue } Title</c> spans the icon only), so the rest of the line is part of the block.
    /// </summary>
    internal static int BlockEnd(string text, int spanEnd)
    {
        if (spanEnd <= 0 || spanEnd > text.Length)
        {
            return spanEnd;
        }

        var next = text.AsSpan(spanEnd).IndexOfAny('\n', '\r');
        return next < 0 ? text.Length : spanEnd + next;
    }

    /// <summary>Whether a block with this source can take an English unit's reading (see the remarks).</summary>
    internal static bool Reusable(ReadOnlySpan<char> source) => !source.Contains('|') && !source.Contains("[^", StringComparison.Ordinal);

    /// <summary>Whether the reading of a block with this source can depend on the page's link definitions.</summary>
    internal static bool NeedsDefinitions(ReadOnlySpan<char> source) => source.Contains(']');

    /// <summary>The English page's link definitions, as the target's are compared with them.</summary>
    public LinkDefinition[] Definitions => _page.LinkDefinitions;

    /// <summary>The link definitions of a parsed page, sorted by label (footnote definitions by label alone).</summary>
    internal static LinkDefinition[] DefinitionsOf(MarkdownDocument document)
    {
        if (document.GetLinkReferenceDefinitions(false) is not { Links.Count: > 0 } group)
        {
            return [];
        }

        var definitions = new LinkDefinition[group.Links.Count];
        var k = 0;
        foreach (var (label, definition) in group.Links)
        {
            definitions[k++] = definition is FootnoteLinkReferenceDefinition
                ? new LinkDefinition(label, null, null, true)
                : new LinkDefinition(label, definition.Url, definition.Title, false);
        }

        Array.Sort(definitions, (a, b) => string.CompareOrdinal(a.Label, b.Label));
        return definitions;
    }

    /// <summary>The English unit read from a block whose source is <paramref name="source"/>, and where that block and the unit are.</summary>
    public bool TryFind(ReadOnlySpan<char> source, bool heading, out TranslationUnit unit, out LeafBlockSpan block)
    {
        if (source.Length > 0 && (_lengths[(source.Length >> 6) & (LengthWords - 1)] & (1UL << source.Length)) != 0
            && _quickKeys.TryGetValue(QuickKey(source), out var found)
            && (found.Unit >= 0 ? source.SequenceEqual(_page.Text.AsSpan(found.Start, found.End - found.Start)) : _bySource.TryGetValue(source, out found))
            && found.Heading == heading)
        {
            unit = _page.Units[found.Unit];
            block = found;
            return true;
        }

        unit = null!;
        block = default;
        return false;
    }

    private static long QuickKey(ReadOnlySpan<char> source) => ((long)source.Length << 32) | ((long)source[0] << 16) | source[^1];

    /// <summary>Every offset the unit holds lies in [start, end], so that moving the block moves all of them.</summary>
    private static bool Inside(TranslationUnit unit, int start, int end)
    {
        if (unit.Start < start || unit.End > end)
        {
            return false;
        }

        foreach (var invariant in unit.Invariants)
        {
            if (invariant.Start < start || invariant.Start + invariant.Length > end)
            {
                return false;
            }
        }

        return unit.Prose.RunsWithin(start, end);
    }
}

/// <summary>
/// One translated page's parse borrowing from its English page: decides, as each paragraph or heading closes, that
/// its inlines are not parsed because an English block has the same source, and hands the walk that English unit.
/// </summary>
/// <remarks>
/// The blocks taken are kept here, in the order they closed (page order), not on the blocks: a marker in each block's
/// Markdig data was a Taken object, a data entry array and its holder per borrowed block (11 MB on a 31-language check),
/// and a data lookup for every block the walk read. A dictionary by block identity would give every paragraph of the
/// site an identity hash code, which cost more than the inline parse it saved; the walk finds a block by its start.
/// </remarks>
internal sealed class BlockBorrowing(SourceBlocks english, string text, int shift) : ILeafBlockReuse
{
    /// <summary>
    /// The blocks taken in this parse, by their start in the parse (see <see cref="Sort"/>). Rented from the shared
    /// pool and handed back once the page is walked: an array per page, grown as its blocks were taken, was 7 MB of a
    /// 31-language check. Room for 64 rented at once, as before (from the pool's smallest size it grew twice more per page).
    /// </summary>
    private PooledBuffer<TakenBlock> _taken = new(64);
    private bool _outOfOrder;
    private bool _onDefinitions;

    /// <summary>Where the walk's next lookup starts: it asks for the blocks in page order but for footnotes.</summary>
    private int _next;

    public void Closed(LeafBlock block, MarkdownDocument document)
    {
        if (block is not (ParagraphBlock or HeadingBlock))
        {
            return;
        }

        var start = block.Span.Start + shift;
        var end = SourceBlocks.BlockEnd(text, block.Span.End + 1 + shift);
        if (start < 0 || end <= start || end > text.Length)
        {
            return;
        }

        var source = text.AsSpan(start, end - start);
        if (!english.TryFind(source, block is HeadingBlock, out var unit, out var englishBlock))
        {
            return;
        }

        if (_taken.Count == 0)
        {
            HookInlines(document);
        }
        else if (_taken[_taken.Count - 1].Start >= block.Span.Start)
        {
            _outOfOrder = true;
        }

        var onDefinitions = SourceBlocks.NeedsDefinitions(source);
        _onDefinitions |= onDefinitions;
        var delta = start - englishBlock.Start;
        _taken.Append(new TakenBlock(block, block.Span.Start, unit, englishBlock.UnitStart + delta, englishBlock.UnitEnd + delta, onDefinitions));
    }

    /// <summary>Hands the array of taken blocks back to the pool once the walk has asked for them all (none is found after).</summary>
    public void Release()
    {
        _taken.Dispose(); // cleared: a pooled array must not keep the page's blocks and the English units alive
        _next = 0;
    }

    // Its own method: a lambda in Closed, capturing the document, made C# allocate its closure on every call of
    // Closed, for each paragraph and heading of the site (6 MB on a 31-language check), not only the first taken.
    private void HookInlines(MarkdownDocument document) => document.ProcessInlinesBegin += (_, _) => BeforeInlines(document);

    /// <summary>
    /// Before the inline pass: blocks with link labels are read as usual when the page's link definitions are not
    /// the English page's; the other blocks taken are emptied, so the inline pass has nothing to parse in them.
    /// </summary>
    private void BeforeInlines(MarkdownDocument document)
    {
        if (_onDefinitions && !SourceBlocks.DefinitionsOf(document).AsSpan().SequenceEqual(english.Definitions))
        {
            var taken = _taken.Span;
            var kept = 0;
            for (var k = 0; k < taken.Length; k++)
            {
                if (!taken[k].OnDefinitions)
                {
                    taken[kept++] = taken[k];
                }
            }

            _taken.Truncate(kept); // no reference left in the pooled array past the count
        }

        Sort();
        foreach (ref readonly var one in _taken.Span)
        {
            // Nothing left to parse: Markdig's inline pass then only hands the lines back to its pool (its
            // Release is internal, and lines never handed back cost 40 MB of new ones on a 31-language site).
            one.Block.Lines.Clear();
        }
    }

    /// <summary>
    /// Leaf blocks close in the order they open, which is page order, so the blocks are sorted by start already; the
    /// sort is kept for what this cannot see (a block whose start moved before it closed).
    /// </summary>
    private void Sort()
    {
        if (_outOfOrder)
        {
            _taken.Span.Sort(TakenBlock.ByStart);
        }
    }

    /// <summary>
    /// The English unit whose reading <paramref name="block"/> takes, and where that unit is in this page. The block is
    /// found by the start it had when it closed: a taken block skips the inline pass, and nothing after it moves a
    /// block's start (a footnote definition is moved whole, and found by start out of page order).
    /// </summary>
    public bool TryTake(LeafBlock block, out TranslationUnit unit, out int start, out int end)
    {
        var at = Find(block);
        if (at >= 0)
        {
            (unit, start, end) = (_taken[at].Unit, _taken[at].UnitStart, _taken[at].UnitEnd);
            return true;
        }

        unit = null!;
        (start, end) = (0, 0);
        return false;
    }

    private int Find(LeafBlock block)
    {
        var start = block.Span.Start;
        var taken = _taken.Span;
        if (_next < taken.Length && taken[_next].Start == start && ReferenceEquals(taken[_next].Block, block))
        {
            return _next++;
        }

        int lo = 0, hi = taken.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (taken[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Blocks of one start (none in a parse, but nothing here relies on it) are told apart by identity.
        for (var k = lo; k < taken.Length && taken[k].Start == start; k++)
        {
            if (ReferenceEquals(taken[k].Block, block))
            {
                _next = k + 1;
                return k;
            }
        }

        return -1;
    }

    /// <summary>A block taken: where it starts in the parse, the English unit whose reading it takes, and where that unit is in this page.</summary>
    private readonly record struct TakenBlock(LeafBlock Block, int Start, TranslationUnit Unit, int UnitStart, int UnitEnd, bool OnDefinitions)
    {
        public static readonly IComparer<TakenBlock> ByStart = Comparer<TakenBlock>.Create((a, b) => a.Start.CompareTo(b.Start));
    }
}
