namespace Localization.Core.Units;

/// <summary>
/// What an HTML block's source says by itself, tag by tag: the tags, their names, the titles they hold and the
/// container each opening tag would open. The walk of the block (<see cref="PageReader"/>) adds what depends on the
/// page (the elements still open, paths and container ids). An English page keeps the scan of each of its HTML blocks
/// (<see cref="HtmlBlockScans"/>), and a translated block with the same source takes it, with the English titles and
/// kept HTML as readings to borrow: 32,073 of the 36,245 HTML blocks of the 31-language site are their English
/// page's text as it is (container tags and icons), and each was scanned, its attributes matched by regexes and its
/// titles read again for every language.
/// </summary>
internal sealed class HtmlBlockScan
{
    private HtmlBlockScan(HtmlTag[] tags, ScannedTag[] visited)
    {
        Tags = tags;
        Visited = visited;
    }

    /// <summary>Every tag of the block (a title's search for its end and <c>ClosesLater</c> read them all).</summary>
    public HtmlTag[] Tags { get; }

    /// <summary>The tags the walk visits, in order: the tags inside a title are consumed with it.</summary>
    public ScannedTag[] Visited { get; }

    /// <summary>The English title unit read at each visited title tag (by its index in <see cref="Visited"/>), set by the English page's walk.</summary>
    public TranslationUnit?[]? Titles { get; private set; }

    /// <summary>The English page's unit of this block when it was kept as HTML, and the ranges of its text it was made from.</summary>
    public (TranslationUnit Unit, (int Start, int Length)[] Ranges)? Kept { get; private set; }

    /// <summary>Scans <paramref name="source"/>, with <paramref name="tags"/> as a work list (cleared first).</summary>
    public static HtmlBlockScan Of(ReadOnlySpan<char> source, List<HtmlTag> tags)
    {
        HtmlTag.Find(source, tags); // any tag: md_in_html applies to every element that carries a markdown attribute
        var visited = new List<ScannedTag>(tags.Count);
        var ends = new TitleEnds();
        for (var i = 0; i < tags.Count; i++)
        {
            var m = tags[i];
            var name = PageReader.TagName(source.Slice(m.NameStart, m.NameLength));
            if (m.Closing)
            {
                visited.Add(new ScannedTag(i, name, HtmlContainer.None));
                continue;
            }

            var attrs = m.AttributesLength == 0 ? "" : source.Slice(m.AttributesStart, m.AttributesLength).ToString();
            if ((name is "p" or "summary" or "figcaption") && FindTitle(source, tags, i, name, attrs, ref ends) is { } title)
            {
                visited.Add(new ScannedTag(i, name, HtmlContainer.None) { Title = title });
                while (i + 1 < tags.Count && tags[i + 1].Index < title.End)
                {
                    i++;
                }

                continue;
            }

            var classes = PageReader.Classes(attrs);
            var isMarkdown = PageReader.HasMarkdown(attrs);
            var (container, qualifier, syntax) =
                classes.Contains("admonition") && (isMarkdown || name == "div") ? (HtmlContainer.Admonition, classes.FirstOrDefault(x => x != "admonition"), null)
                : name == "details" ? (HtmlContainer.Details, classes.FirstOrDefault(), null)
                : name == "figure" && isMarkdown ? (HtmlContainer.Figure, classes.FirstOrDefault(), null)
                : isMarkdown ? (HtmlContainer.Markdown, name, TextExcerpt.Collapse(source.Slice(m.Index, m.Length), int.MaxValue))
                : (HtmlContainer.None, null, (string?)null);
            visited.Add(new ScannedTag(i, name, container)
            {
                Qualifier = qualifier,
                Syntax = syntax,
                IsMarkdown = isMarkdown,
                MayStayOpen = !PageReader.IsVoidTag(name) && !attrs.EndsWith('/'),
            });
        }

        return new HtmlBlockScan([.. tags], [.. visited]);
    }

    /// <summary>The title a <c>&lt;p class="admonition-title"&gt;</c>, <c>&lt;summary&gt;</c> or <c>&lt;figcaption&gt;</c> at tag <paramref name="index"/> holds up to its closing tag.</summary>
    private static ScannedTitle? FindTitle(ReadOnlySpan<char> source, List<HtmlTag> tags, int index, string name, string attrs, ref TitleEnds ends)
    {
        if (name == "p" && !(PageReader.ClassValue(attrs) ?? "").Contains("admonition-title", StringComparison.Ordinal))
        {
            return null;
        }

        var end = ends.After(source, tags, index, name);
        if (end < 0)
        {
            return null;
        }

        var close = tags[end];
        var titleStart = tags[index].End;
        var title = source[titleStart..close.Index].ToString();
        var kind = name == "summary" ? UnitKind.SummaryTitle : name == "figcaption" ? UnitKind.Paragraph : UnitKind.AdmonitionTitle;
        var leading = title.Length - title.TrimStart().Length;
        return new ScannedTitle(kind, title.Trim(), titleStart + leading, close.End);
    }

    /// <summary>
    /// The first end tag of a title's name after a tag. Scanning the block for it from every title tag with no end tag
    /// was n² steps on a block of n such tags (20,000 unclosed <c>&lt;summary&gt;</c> on one line, 4×10^8 comparisons); a
    /// block of more than <see cref="HtmlClosers.ScanLimit"/> tags finds each name's end tags in one backward pass.
    /// </summary>
    internal ref struct TitleEnds
    {
        private int[]? _p;
        private int[]? _summary;
        private int[]? _figcaption;

        public int After(ReadOnlySpan<char> source, List<HtmlTag> tags, int index, string name)
        {
            if (tags.Count <= HtmlClosers.ScanLimit)
            {
                return Scan(source, tags, index, name);
            }

            ref var next = ref name == "p" ? ref _p : ref name == "summary" ? ref _summary : ref _figcaption;
            next ??= Backward(source, tags, name);
            return next[index];
        }

        internal static int Scan(ReadOnlySpan<char> source, List<HtmlTag> tags, int index, string name)
        {
            for (var j = index + 1; j < tags.Count; j++)
            {
                if (tags[j].Closing && tags[j].IsNamed(source, name))
                {
                    return j;
                }
            }

            return -1;
        }

        private static int[] Backward(ReadOnlySpan<char> source, List<HtmlTag> tags, string name)
        {
            var next = new int[tags.Count];
            var end = -1;
            for (var i = tags.Count - 1; i >= 0; i--)
            {
                next[i] = end;
                if (tags[i].Closing && tags[i].IsNamed(source, name))
                {
                    end = i;
                }
            }

            return next;
        }
    }

    /// <summary>Keeps the English title unit read at visited tag <paramref name="visited"/> for the translations (the English page's walk only; a repeated block keeps its first).</summary>
    public void KeepTitle(int visited, TranslationUnit? unit)
    {
        if (unit is not null)
        {
            (Titles ??= new TranslationUnit?[Visited.Length])[visited] ??= unit;
        }
    }

    /// <summary>Keeps the English unit of the block kept as HTML, made from <paramref name="rest"/> (the English page's walk only, its first such block).</summary>
    public void KeepHtml(TranslationUnit unit, List<(int Start, int Length)> rest) => Kept ??= (unit, [.. rest]);

    /// <summary>The English unit kept as HTML when it was made from the same ranges of the same text as <paramref name="rest"/>.</summary>
    public TranslationUnit? KeptFrom(List<(int Start, int Length)> rest) =>
        Kept is { } kept && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rest).SequenceEqual(kept.Ranges) ? kept.Unit : null;
}

/// <summary>The container an opening tag opens whatever is open around it.</summary>
internal enum HtmlContainer : byte
{
    None,
    Admonition,
    Details,
    Figure,
    Markdown,
}

/// <summary>A title held between an opening tag and its closing tag, offsets relative to the block.</summary>
/// <param name="Kind">The unit the title is.</param>
/// <param name="Text">The title, trimmed.</param>
/// <param name="Start">Where the trimmed title starts.</param>
/// <param name="End">Just after the closing tag: the tags before it are the title's.</param>
internal sealed record ScannedTitle(UnitKind Kind, string Text, int Start, int End);

/// <summary>A tag the walk of an HTML block visits.</summary>
/// <param name="Tag">Its index in <see cref="HtmlBlockScan.Tags"/>.</param>
/// <param name="Name">Its name in lower case.</param>
/// <param name="Container">The container an opening tag opens (see <see cref="PageReader"/>'s walk of HTML blocks).</param>
internal readonly record struct ScannedTag(int Tag, string Name, HtmlContainer Container)
{
    /// <summary>A div, details, summary, p, figure, figcaption, section, article or aside: blanked in a fragment.</summary>
    public bool Layout => Name is "div" or "details" or "summary" or "p" or "figure" or "figcaption" or "section" or "article" or "aside";

    /// <summary>The title the tag holds (it and the tags up to its end are consumed).</summary>
    public ScannedTitle? Title { get; init; }

    /// <summary>The container's type (admonition, details), first class (figure) or tag name (other Markdown elements).</summary>
    public string? Qualifier { get; init; }

    /// <summary>How an element with Markdown that is no admonition, details or figure is written: its tag, collapsed.</summary>
    public string? Syntax { get; init; }

    /// <summary>The tag carries a markdown attribute that turns Markdown on.</summary>
    public bool IsMarkdown { get; init; }

    /// <summary>Not a void tag and not self-closed: raw HTML that can stay open into later blocks.</summary>
    public bool MayStayOpen { get; init; }
}

/// <summary>An English page's HTML blocks by their source, scanned once and taken by every translation's block with the same text.</summary>
/// <remarks>Filled while the English page is read (one thread), read only once the page is handed out.</remarks>
internal sealed class HtmlBlockScans
{
    private readonly Dictionary<PageSlice, HtmlBlockScan> _scans;
    private readonly Dictionary<PageSlice, HtmlBlockScan>.AlternateLookup<ReadOnlySpan<char>> _bySource;

    public HtmlBlockScans(string text)
    {
        _scans = new(new PageSliceComparer(text));
        _bySource = _scans.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Keeps the scan of the English block at [start, start + length) (a repeated block keeps its first).</summary>
    public void Add(int start, int length, HtmlBlockScan scan) => _scans.TryAdd(new PageSlice(start, length), scan);

    /// <summary>The scan of the English block whose source is <paramref name="source"/>.</summary>
    public HtmlBlockScan? Find(ReadOnlySpan<char> source) => _scans.Count > 0 && _bySource.TryGetValue(source, out var scan) ? scan : null;
}
