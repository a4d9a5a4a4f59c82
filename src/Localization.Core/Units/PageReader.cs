using System.Text.RegularExpressions;
using Localization.Core.Markdown;
using Localization.Core.Markdown.Extensions.Abbreviations;
using Localization.Core.Markdown.Extensions.Admonitions;
using Localization.Core.Markdown.Extensions.Blocks;
using Localization.Core.Markdown.Extensions.ContentTabs;
using Localization.Core.Markdown.Extensions.Snippets;
using Localization.Core.Markdown.Extensions.DamagedFrontMatter;
using Localization.Core.Markdown.Extensions.TomlFrontMatter;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Localization.Core.Units;

/// <summary>Options for reading pages.</summary>
/// <param name="TranslatableFrontMatterKeys">Front-matter keys whose values are translated.</param>
public sealed record PageReaderOptions(IReadOnlySet<string> TranslatableFrontMatterKeys)
{
    public static PageReaderOptions Default { get; } = new(new HashSet<string>(StringComparer.Ordinal) { "title", "description" });

    /// <summary>The site's Markdown extensions (from its mkdocs.yml); all of them by default.</summary>
    public MarkdownDialect Dialect { get; init; } = MarkdownDialect.Default;
}

/// <summary>
/// Parses a Markdown page with the MkDocs pipeline and cuts it into translation units, reconstructing
/// md_in_html containers (<c>&lt;div class="admonition …" markdown&gt;</c>, <c>&lt;details markdown&gt;</c>) that
/// Markdig leaves as separate HTML blocks.
/// </summary>
public sealed partial class PageReader
{
    private readonly string _path;
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly PageReaderOptions _options;
    private readonly List<TranslationUnit> _units = [];

    /// <summary>The ids of the page's units, made from <see cref="_units"/> when one is first asked for (after <see cref="Build"/>).</summary>
    private readonly UnitIds _ids;

    /// <summary>The Markdig block's source range of each English paragraph, list item and heading (when blocks are recorded).</summary>
    private List<(TranslationUnit Unit, int Start, int End)>? _blockSpans;

    /// <summary>Where each block's invariants are gathered before the unit takes an exact copy.</summary>
    private readonly List<Invariant> _invariants = [];

    // One prose buffer for all the blocks of the page: each block's text is built in it, then copied out.
    private readonly ProseBuilder _prose = new();

    /// <summary>The inline reader of the page's blocks, made for the first block that is read (not borrowed).</summary>
    private InlineReader? _inlines;
    private readonly List<FrontMatterEntry> _frontMatter = [];
    private readonly List<FootnoteDefinition> _footnotes = [];
    private readonly List<ContainerInfo> _containers = [];
    private readonly List<PageProblem> _problems = [];
    private readonly List<SyntaxIssue> _syntaxIssues = [];
    private readonly MarkdownPipeline _pipeline;

    // Offset of the fragment being walked: non-zero while walking Markdown found inside an HTML block
    // (or after a byte-order mark).
    private int _shift;
    private bool _inFragment;
    private bool _htmlNestingReported;
    private CancellationToken _cancellation;

    /// <summary>Set when reading an English page: where each paragraph, list item and heading came from.</summary>
    private bool _recordBlocks;

    /// <summary>Set when reading a translation: the blocks whose reading is taken from the English page.</summary>
    private BlockBorrowing? _borrowing;

    /// <summary>Set when reading a translation: the English page, whose front matter a translation's same front matter takes.</summary>
    private PageModel? _english;

    /// <summary>The first front matter read, recorded for an English page's translations.</summary>
    private FrontMatterRead? _frontMatterRead;

    /// <summary>The paths made under the root by appending a shared segment (the root's are the page's own: every page shares the root).</summary>
    private readonly ChildPaths _rootChildren = new();

    /// <summary><paramref name="parent"/> with a list's, item's, table's, row's, cell's or quote's segment, shared by the page's equal paths (see <see cref="ChildPaths"/>).</summary>
    private ContainerPath Child(ContainerPath parent, PathSegment segment) =>
        (ReferenceEquals(parent, ContainerPath.Root) ? _rootChildren : parent.Children ??= new ChildPaths()).Of(parent, segment);

    /// <summary>The widest table read (see <see cref="NestingGuard.FirstTooWideLine(string, int)"/>).</summary>
    public const int MaximumTableColumns = 1000;

    private PageReader(string path, string text, PageReaderOptions options, MarkdownPipeline pipeline)
    {
        _pipeline = pipeline;
        _path = path;
        _text = text;
        _lines = new LineMap(text);
        _options = options;
        _ids = new UnitIds(_units, _lines);
    }

    /// <summary>Reads <paramref name="text"/>; throws what Markdig throws on input it refuses (nesting limits).</summary>
    public static PageModel Read(string path, string text, PageReaderOptions? options = null, MarkdownPipeline? pipeline = null) =>
        ReadCancellable(path, text, options, pipeline, CancellationToken.None);

    /// <summary><see cref="Read"/> that can be given up: <paramref name="cancellation"/> is checked in Markdig's loops and while walking the blocks (see <see cref="Markdown.Extensions.Cancellation.CancellationExtension"/>).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PageModel ReadCancellable(string path, string text, PageReaderOptions? options, MarkdownPipeline? pipeline, CancellationToken cancellation) =>
        ReadCancellable(path, text, options, pipeline, recordBlocks: false, english: null, cancellation);

    /// <summary>
    /// <see cref="ReadCancellable(string, string, PageReaderOptions?, MarkdownPipeline?, CancellationToken)"/> of an
    /// English page (<paramref name="recordBlocks"/>: its blocks are recorded for its translations) or of a
    /// translation of <paramref name="english"/> (a page so recorded, read with the same options), whose blocks that
    /// are their English block's Markdown take that unit's reading: the page read is the same either way.
    /// </summary>
    internal static PageModel ReadCancellable(string path, string text, PageReaderOptions? options, MarkdownPipeline? pipeline, bool recordBlocks, PageModel? english, CancellationToken cancellation)
    {
        options ??= PageReaderOptions.Default;
        pipeline ??= options.Dialect.Pipeline;
        var reader = new PageReader(path, text, options, pipeline) { _cancellation = cancellation, _recordBlocks = recordBlocks, _english = english };

        if (Markdown.NestingGuard.FirstTooDeepLine(text, MarkdownPipelineFactory.MaximumNestingDepth, reader._lines) is > 0 and var deepLine)
        {
            throw new PageRefusedException(deepLine, $"line {deepLine} nests more than {MarkdownPipelineFactory.MaximumNestingDepth} lists or quotes (Markdig's limit)");
        }

        if (Markdown.NestingGuard.FirstTooWideLine(text, MaximumTableColumns, reader._lines) is > 0 and var wideLine)
        {
            throw new PageRefusedException(wideLine, $"line {wideLine} has more than {MaximumTableColumns} table columns; l10n reads tables up to {MaximumTableColumns} columns");
        }

        // A byte-order mark is not part of the Markdown: parse without it, keeping offsets into the page.
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var context = Markdown.Extensions.Cancellation.ParseCancellation.Context(cancellation);
        if (english is { LeafBlocks.Count: > 0 })
        {
            reader._borrowing = new BlockBorrowing(SourceBlocks.Of(english), text, bom);

            // A translation has about as many units as its English page: its list made that size at once (with room for
            // a few more), not grown through four or five arrays, each copied into the next (3 MB on a 31-language check).
            reader._units.Capacity = english.Units.Count + (english.Units.Count / 8) + 4;
            context = Markdown.Extensions.BlockReuse.BlockReuseExtension.Context(context, reader._borrowing);
        }

        var document = Markdig.Markdown.Parse(bom == 0 ? text : text[1..], pipeline, context);
        reader._shift = bom;
        reader.WalkContainer(document, ContainerPath.Root);
        reader.ReadUnreferencedFootnotes(document);
        reader._prose.Release();
        reader._borrowing?.Release();
        return reader.Build(recordBlocks ? SourceBlocks.DefinitionsOf(document) : []);
    }

    private PageModel Build(LinkDefinition[] definitions)
    {
        // The walk adds units in page order but for a few (titles, footnotes read after the page): a list already in
        // strictly increasing order is the sort's result as it is (no equal starts, whose order an unstable sort
        // could change), and sorting every page's units was 0.3% of a 31-language check.
        if (!StrictlyIncreasing(_units))
        {
            _units.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        for (var k = 0; k < _units.Count; k++)
        {
            _units[k].Place(k);
        }

        LeafBlockSpan[]? leafBlocks = null;
        if (_recordBlocks)
        {
            // In page order, as the units: a block repeated keeps its first unit.
            leafBlocks = new LeafBlockSpan[_blockSpans?.Count ?? 0];
            for (var k = 0; k < leafBlocks.Length; k++)
            {
                var (unit, blockStart, blockEnd) = _blockSpans![k];
                leafBlocks[k] = new LeafBlockSpan(unit.Index, blockStart, blockEnd, unit.Kind == UnitKind.Heading, unit.Start, unit.End);
            }

            Array.Sort(leafBlocks, (a, b) => a.Unit.CompareTo(b.Unit));
        }

        return new PageModel
        {
            Path = _path,
            Text = _text,
            Lines = _lines,
            Units = _units,
            FrontMatter = _frontMatter,
            FootnoteDefinitions = _footnotes,
            Containers = _containers,
            Problems = _problems,
            SyntaxIssues = _syntaxIssues,
            LeafBlocks = leafBlocks ?? [],
            LinkDefinitions = definitions,
            FrontMatterSource = _frontMatterRead,
            HtmlBlocks = _htmlScans,
        };
    }

    private static bool StrictlyIncreasing(List<TranslationUnit> units)
    {
        for (var k = 1; k < units.Count; k++)
        {
            if (units[k].Start <= units[k - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private void WalkContainer(ContainerBlock container, ContainerPath path)
    {
        // md_in_html containers opened by an HTML block at this level apply to the following siblings. Only an HTML
        // block changes them, so their path is made again after one, not for every block (12 MB of paths on a
        // 31-language check), and most containers have no HTML block and no list.
        List<OpenElement>? html = null;
        var current = path;
        var itemOrdinal = 0;
        foreach (var block in container)
        {
            _cancellation.ThrowIfCancellationRequested();
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(yaml, FrontMatterReader.Read, "YAML");
                    break;
                case TomlFrontMatterBlock toml:
                    ReadFrontMatter(toml, TomlFrontMatterReader.Read, "TOML");
                    break;
                case DamagedFrontMatterBlock damaged:
                    // Read as the front matter it was meant to be, so that its keys align; the damage is the one finding.
                    _problems.Add(new PageProblem(
                        $"front matter fences are '{damaged.OpeningFence}' and '{damaged.ClosingFence}', not '---': MkDocs does not read this front matter (the page shows a horizontal rule and its text instead of using them as the title and description)",
                        Math.Clamp(damaged.Span.Start + _shift, 0, _text.Length)));
                    ReadFrontMatter(damaged, FrontMatterReader.Read, "YAML");
                    break;
                case HtmlBlock htmlBlock:
                    ReadHtmlBlock(htmlBlock, path, html ??= []);
                    current = Under(path, html);
                    break;
                case HeadingBlock heading:
                    AddLeaf(UnitKind.Heading, heading, current, heading.Level, heading.TryGetAttributes()?.Id);
                    break;
                case ParagraphBlock paragraph:
                    var kind = container is ListItemBlock && container.IndexOf(paragraph) == 0 ? UnitKind.ListItem
                        : container is TableCell ? UnitKind.TableCell
                        : UnitKind.Paragraph;
                    AddLeaf(kind, paragraph, current);
                    CheckSyntaxOff(paragraph);
                    break;
                case AbbreviationDefinitionBlock abbreviation:
                    AddAbbreviation(abbreviation);
                    break;
                case SnippetBlock snippet:
                    AddStructural(UnitKind.Snippet, snippet, current, string.Join('\n', snippet.Paths), snippet.Marker);
                    break;
                case FencedCodeBlock fenced:
                    AddStructural(UnitKind.CodeBlock, fenced, current, fenced.Lines.ToString(), fenced.Info);
                    break;
                case CodeBlock code:
                    AddStructural(UnitKind.CodeBlock, code, current, code.Lines.ToString(), null);
                    break;
                case ThematicBreakBlock rule:
                    AddStructural(UnitKind.ThematicBreak, rule, current, "---", null);
                    break;
                case AdmonitionBlock admonition:
                    WalkAdmonition(admonition, current);
                    break;
                case ContentTabBlock tab:
                    WalkTab(tab, current);
                    break;
                case BlocksBlock blocks:
                    WalkBlocks(blocks, current);
                    break;
                case ListBlock list:
                    WalkContainer(list, Child(current, list.IsOrdered ? PlainSegments.OrderedList : PlainSegments.List));
                    break;
                case ListItemBlock item:
                    WalkContainer(item, Child(current, PlainSegments.Item(++itemOrdinal)));
                    break;
                case Table table:
                    WalkTable(table, current);
                    break;
                case QuoteBlock quote:
                    WalkContainer(quote, Child(current, PlainSegments.Quote));
                    break;
                case FootnoteGroup group:
                    WalkContainer(group, current);
                    break;
                case Footnote footnote:
                    WalkFootnote(footnote, current);
                    break;
                case LinkReferenceDefinitionGroup:
                case LinkReferenceDefinition:
                case BlankLineBlock:
                    break;
                case ContainerBlock other:
                    WalkContainer(other, current);
                    break;
                case LeafBlock leaf:
                    AddLeaf(UnitKind.Paragraph, leaf, current);
                    break;
            }
        }
    }

    private void WalkFootnote(Footnote footnote, ContainerPath path)
    {
        var label = FootnoteLabel(footnote.Label);
        // Markdig's span starts at the definition's content, after "[^label]: "; the definition starts at the
        // '[' before the label (found by fuzzing: reports on "[^1]: ---" began mid-line and ended past it).
        var start = footnote.LabelSpan.Start > 0 ? footnote.LabelSpan.Start - 1 : footnote.Span.Start;
        _footnotes.Add(new FootnoteDefinition(label, start + _shift));
        WalkContainer(footnote, path.Append(new PathSegment("footnote", label, 0, 0)));
    }

    /// <summary>Markdig's labels keep the caret ("^1"); reports and comparisons use the bare label.</summary>
    internal static string FootnoteLabel(string? label) => label is null ? "" : label.StartsWith('^') ? label[1..] : label;

    /// <summary>
    /// Markdig drops footnote definitions that nothing references, but a translation that lost its
    /// references still has them (and their text): recover them from the link reference definitions.
    /// </summary>
    private void ReadUnreferencedFootnotes(MarkdownDocument document)
    {
        var definitions = document.GetLinkReferenceDefinitions(false);
        if (definitions is null)
        {
            return;
        }

        // Only the unreferenced ones are sorted (almost always none): sorting every link definition of every page
        // by position was 1% of a 31-language check. A stable sort of the subset keeps the same order.
        List<FootnoteLinkReferenceDefinition>? unreferenced = null;
        foreach (var definition in definitions.Links.Values)
        {
            if (definition is FootnoteLinkReferenceDefinition { Footnote.Order: < 0 } footnote)
            {
                (unreferenced ??= []).Add(footnote);
            }
        }

        if (unreferenced is null)
        {
            return;
        }

        foreach (var definition in unreferenced.OrderBy(d => d.Span.Start))
        {
            WalkFootnote(definition.Footnote, ContainerPath.Root);
        }
    }

    private void WalkAdmonition(AdmonitionBlock admonition, ContainerPath path)
    {
        var kind = admonition.IsCollapsible ? "details" : "admonition";
        var id = AddContainer(kind, admonition.Kind, admonition.Marker, admonition.Span.Start + _shift, admonition.MalformedTitle, admonition.TitleStart + _shift);
        var inner = path.Append(new PathSegment(kind, admonition.Kind.Length > 0 ? admonition.Kind : null, 0, id));
        if (!string.IsNullOrEmpty(admonition.Title))
        {
            AddTitle(UnitKind.AdmonitionTitle, admonition.Title, admonition.TitleStart + _shift, inner, admonition.MalformedTitle is null);
        }

        WalkContainer(admonition, inner);
    }

    private void WalkTab(ContentTabBlock tab, ContainerPath path)
    {
        var id = AddContainer("tab", null, "===", tab.Span.Start + _shift, tab.MalformedTitle, tab.TitleStart + _shift);
        var inner = path.Append(new PathSegment("tab", null, 0, id));
        AddTitle(UnitKind.TabTitle, tab.Title, tab.TitleStart + _shift, inner, tab.MalformedTitle is null);
        WalkContainer(tab, inner);
    }

    /// <summary>
    /// A pymdownx.blocks container: admonitions, details and tabs become the containers their <c>!!!</c>, <c>???</c>
    /// and <c>===</c> forms become (so both syntaxes pair), with the title as a unit; an html block's selector and
    /// every option are structure.
    /// </summary>
    private void WalkBlocks(BlocksBlock block, ContainerPath path)
    {
        var (kind, qualifier) = block.Category switch
        {
            BlocksCategory.Admonition => ("admonition", block.Type),
            BlocksCategory.Details => ("details", block.Type),
            BlocksCategory.Tab => ("tab", (string?)null),
            BlocksCategory.Html => ("block", $"html | {block.Argument?.Trim()}"),
            _ => ("block", block.Name),
        };
        var id = AddContainer(kind, qualifier, "/// " + block.Name, block.Span.Start + _shift, block.MalformedTitle, block.ArgumentStart + _shift, block.MalformedReason, !block.IsClosed);
        var inner = path.Append(new PathSegment(kind, string.IsNullOrEmpty(qualifier) ? null : qualifier, 0, id));
        if (block.Category != BlocksCategory.Html && !string.IsNullOrEmpty(block.Argument))
        {
            var unitKind = block.Category == BlocksCategory.Tab ? UnitKind.TabTitle : UnitKind.AdmonitionTitle;
            AddTitle(unitKind, block.Argument, block.ArgumentStart + _shift, inner, block.MalformedTitle is null);
        }

        WalkContainer(block, inner);
    }

    private void WalkTable(Table table, ContainerPath path)
    {
        var tablePath = Child(path, PlainSegments.Table);
        var rowOrdinal = 0;
        foreach (var row in table.OfType<TableRow>())
        {
            var rowPath = Child(tablePath, PlainSegments.Row(++rowOrdinal));
            var cellOrdinal = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                WalkContainer(cell, Child(rowPath, PlainSegments.Cell(++cellOrdinal)));
            }
        }
    }

    private int AddContainer(string kind, string? qualifier, string syntax, int start, string? malformed, int malformedStart, string? malformedReason = null, bool unclosed = false)
    {
        var id = _containers.Count + 1;
        _containers.Add(new ContainerInfo(id, kind, qualifier, syntax, start, malformed, malformedStart) { MalformedReason = malformedReason, Unclosed = unclosed });
        return id;
    }

    private void AddLeaf(UnitKind kind, LeafBlock block, ContainerPath path, int headingLevel = 0, string? explicitId = null)
    {
        if (_borrowing is not null && !_inFragment && _borrowing.TryTake(block, out var english, out var takenStart, out var takenEnd))
        {
            _units.Add(new TranslationUnit(_ids, kind, path, takenStart, takenEnd, english) { HeadingLevel = headingLevel });
            return;
        }

        _inlines ??= InlineReader.ForPage(_text, _prose, _options.Dialect.Shortcodes, _invariants);
        var (prose, invariants) = _inlines.ReadBlock(block.Inline, block, _shift, Verbatim(block.Span.Start + _shift, block.Span.End + 1 + _shift));
        var (start, end) = Trim(block.Span.Start + _shift, block.Span.End + 1 + _shift);
        var unit = new TranslationUnit(_ids, kind, path, start, end, prose, invariants)
        {
            HeadingLevel = headingLevel,
            HeadingText = kind == UnitKind.Heading ? HeadingTextReader.Read(block.Inline, prose.Text) : null,
            ExplicitId = explicitId,
        };
        _units.Add(unit);
        if (_recordBlocks && !_inFragment && kind != UnitKind.TableCell && block is (ParagraphBlock or HeadingBlock) && block.Span.Start + _shift >= 0)
        {
            (_blockSpans ??= []).Add((unit, block.Span.Start + _shift, SourceBlocks.BlockEnd(_text, block.Span.End + 1 + _shift)));
        }
    }

    private void AddStructural(UnitKind kind, Block block, ContainerPath path, string verbatim, string? key)
    {
        var (start, end) = Trim(block.Span.Start + _shift, block.Span.End + 1 + _shift);
        var invariants = new List<Invariant>();
        if (kind == UnitKind.CodeBlock)
        {
            invariants.Add(new Invariant(InvariantKind.Code, verbatim, start, end - start));
        }

        _units.Add(new TranslationUnit(_ids, kind, path, start, end, ProseText.Empty, invariants) { Key = key, Verbatim = verbatim });
    }

    private TranslationUnit? AddTitle(UnitKind kind, string title, int start, ContainerPath path, bool exact)
    {
        if (string.IsNullOrWhiteSpace(title) || start < 0)
        {
            return null;
        }

        var exactTitle = exact && Matches(start, title);
        var (prose, invariants) = InlineReader.ReadPlain(title, start, exactTitle, exactTitle ? Verbatim(start, start + title.Length) : null, _prose, _invariants);
        var unit = new TranslationUnit(_ids, kind, path, start, start + title.Length, prose, invariants);
        _units.Add(unit);
        return unit;
    }

    /// <summary>
    /// A '!!!' or '???' header on a site whose mkdocs.yml turns that extension off (a page translated before the
    /// site moved to pymdownx.blocks): MkDocs shows it as text and its body as code, so it is named as such.
    /// </summary>
    private void CheckSyntaxOff(ParagraphBlock paragraph)
    {
        var dialect = _options.Dialect;
        var start = paragraph.Span.Start + _shift;
        if (start < 0 || start + 3 > _text.Length)
        {
            return;
        }

        var (marker, extension) = _text.AsSpan(start).StartsWith("!!!") ? ("!!!", "admonition")
            : _text.AsSpan(start).StartsWith("???") ? ("???", "pymdownx.details")
            : (null, null);
        if (marker is null || (marker == "!!!" ? dialect.Admonitions : dialect.Details))
        {
            return;
        }

        var end = _text.IndexOfAny(['\n', '\r'], start);
        end = end < 0 ? _text.Length : end;
        var instead = dialect.Blocks is null ? "" : marker == "!!!" ? " (its pages write '/// type | Title' … '///')" : " (its pages write '/// details | Summary' … '///')";
        _syntaxIssues.Add(new SyntaxIssue($"'{marker}' block", start, end, $"the site's mkdocs.yml does not turn on '{extension}'{instead}"));
    }

    /// <summary>Matches of the project's verbatim patterns in [start, end) of the page.</summary>
    private IReadOnlyList<VerbatimMatch>? Verbatim(int start, int end) =>
        _options.Dialect.VerbatimPatterns.Count == 0 ? null : VerbatimMatch.Find(_options.Dialect.VerbatimPatterns, _text, Math.Max(0, start), Math.Min(_text.Length, end));

    private bool Matches(int start, string value) =>
        start >= 0 && start + value.Length <= _text.Length && _text.AsSpan(start, value.Length).SequenceEqual(value);

    private (int Start, int End) Trim(int start, int end)
    {
        start = Math.Clamp(start, 0, _text.Length);
        end = Math.Clamp(end, start, _text.Length);
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        while (start < end && _text[start] is ' ' or '\t')
        {
            start++; // table cells include their padding
        }

        return (start, end);
    }

    /// <summary>md_in_html containers followed at most this deep (Markdig itself stops at 128 nested blocks).</summary>
    private const int MaxHtmlNesting = 32;

    [GeneratedRegex(@"\bclass\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassAttribute();

    // Python-Markdown's md_in_html: markdown, markdown="1", "block" or "span" turn Markdown on; "0" leaves the element raw.
    [GeneratedRegex(@"(?<![\w-])markdown(?![\w-])(?:\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+)))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownAttribute();

    internal static bool HasMarkdown(string attrs)
    {
        foreach (var m in MarkdownAttribute().EnumerateMatches(attrs))
        {
            var match = attrs.AsSpan(m.Index, m.Length);
            return match.Length == "markdown".Length
                || AttributeValue(match, "markdown".Length).ToString().ToLowerInvariant() is "1" or "block" or "span" or "true" or "markdown" or "";
        }

        return false;
    }

    /// <summary>The value of the first class attribute in <paramref name="attrs"/>, split at spaces; none when there is no class attribute.</summary>
    internal static string[] Classes(string attrs) => ClassValue(attrs) is { } value ? value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>The value of the first class attribute in <paramref name="attrs"/> (the regex's group v), null when there is none.</summary>
    /// <remarks>
    /// Found by the regex's match alone, its value cut from the match: a Match with its groups, looked up by name, was a
    /// fifth of reading HTML blocks (the site's tags are mostly <c>&lt;div class="…" markdown&gt;</c>).
    /// </remarks>
    internal static string? ClassValue(string attrs)
    {
        foreach (var m in ClassAttribute().EnumerateMatches(attrs))
        {
            return AttributeValue(attrs.AsSpan(m.Index, m.Length), "class".Length).ToString();
        }

        return null;
    }

    /// <summary>
    /// Group v of a match of <c>name\s*=\s*(?:"(?&lt;v&gt;[^"]*)"|'(?&lt;v&gt;[^']*)'|(?&lt;v&gt;[^\s&gt;]+))</c>: a value that
    /// starts and ends with the same quote is the quoted form (the bare form takes a quote only when no closing one follows,
    /// so it never ends with one), anything else the bare form.
    /// </summary>
    private static ReadOnlySpan<char> AttributeValue(ReadOnlySpan<char> match, int nameLength)
    {
        var at = nameLength + match[nameLength..].IndexOf('=') + 1;
        while (char.IsWhiteSpace(match[at]))
        {
            at++;
        }

        var value = match[at..];
        return value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
    }

    /// <summary>An element open across the HTML blocks of one container level: an md_in_html container (Segment) or raw HTML (null).</summary>
    /// <param name="Tag">The element's tag name, in lower case.</param>
    /// <param name="Segment">The container it opens; null for raw HTML.</param>
    /// <param name="Path">The level's path under this element and the ones open before it.</param>
    private sealed record OpenElement(string Tag, PathSegment? Segment, ContainerPath Path);

    /// <summary>
    /// The path of what follows the open elements of a level whose own path is <paramref name="path"/>: each element
    /// keeps it, made once when it opens (it was made again for each tag of each HTML block and after each block).
    /// </summary>
    private static ContainerPath Under(ContainerPath path, List<OpenElement> html) => html.Count == 0 ? path : html[^1].Path;

    private static void Open(List<OpenElement> html, ContainerPath path, string tag, PathSegment? segment)
    {
        var outer = Under(path, html);
        html.Add(new OpenElement(tag, segment, segment is null ? outer : outer.Append(segment)));
    }

    private void ReadHtmlBlock(HtmlBlock block, ContainerPath path, List<OpenElement> html)
    {
        var (start, end) = Trim(block.Span.Start + _shift, block.Span.End + 1 + _shift);
        // The block is read where it is in the page, not as a string of its own (10 MB on a 31-language check).
        var source = _text.AsSpan(start, end - start);
        if (source.Contains("l10n-", StringComparison.Ordinal) && DirectiveComment.IsDirectiveOnly(source.ToString()))
        {
            return;
        }

        // What is left of the block once its container tags are blanked: ranges of the source, made into a string
        // only for the block that is kept as HTML (most blocks of a site are container tags and titles alone).
        var rest = _htmlRest;
        rest.Clear();
        var position = 0;
        var openedMarkdown = false;
        // The ranges blanked for the block's fragment are a list of the page reader, reused block after block: it is not
        // read once the fragment is parsed, where a nested HTML block takes it over. The block's tags are its scan's own
        // array (HtmlBlockScan), shared with every translation that has the same block.
        var blanked = _htmlBlanked;
        blanked.Clear();
        ContainerPath? fragmentPath = null;
        var (scan, borrowed) = ScanOf(source, start);
        var matches = scan.Tags;
        var visited = scan.Visited;
        var closers = new HtmlClosers();
        for (var v = 0; v < visited.Length; v++)
        {
            var t = visited[v];
            var m = matches[t.Tag];
            rest.Add((position, m.Index - position));
            position = m.End;
            var tag = t.Name;
            var layout = t.Layout;

            if (m.Closing)
            {
                var index = LastOpen(html, tag);
                if (index >= 0)
                {
                    var container = html[index].Segment is not null;
                    html.RemoveRange(index, html.Count - index);
                    if (container)
                    {
                        blanked.Add((m.Index, position));
                        continue;
                    }
                }

                rest.Add((m.Index, m.Length));
                if (layout)
                {
                    blanked.Add((m.Index, position));
                }

                continue;
            }

            if (t.Title is { } title)
            {
                var titleStart = start + title.Start;
                var titlePath = Under(path, html);
                if (borrowed && scan.Titles?[v] is { } englishTitle)
                {
                    _units.Add(new TranslationUnit(_ids, title.Kind, titlePath, titleStart, titleStart + title.Text.Length, englishTitle));
                }
                else
                {
                    var unit = AddTitle(title.Kind, title.Text, titleStart, titlePath, exact: true);
                    if (_recordBlocks && !borrowed)
                    {
                        scan.KeepTitle(v, unit);
                    }
                }

                blanked.Add((m.Index, title.End));
                position = title.End;
                continue;
            }

            if (html.Count >= MaxHtmlNesting)
            {
                // Hostile input (thousands of unclosed containers): deeper tags are plain markup.
                rest.Add((m.Index, m.Length));
                if (!_htmlNestingReported)
                {
                    _htmlNestingReported = true;
                    _syntaxIssues.Add(new SyntaxIssue("HTML container", start + m.Index, start + m.End, $"more than {MaxHtmlNesting} nested md_in_html containers; deeper ones are not followed"));
                }

                continue;
            }

            switch (t.Container)
            {
                case HtmlContainer.Admonition:
                    Open(html, path, tag, new PathSegment("admonition", t.Qualifier, 0, AddContainer("admonition", t.Qualifier, $"<{tag}>", start + m.Index, null, -1)));
                    break;
                case HtmlContainer.Details:
                    Open(html, path, tag, new PathSegment("details", t.Qualifier, 0, AddContainer("details", t.Qualifier, "<details>", start + m.Index, null, -1)));
                    break;
                case HtmlContainer.Figure:
                    Open(html, path, tag, new PathSegment("figure", null, 0, AddContainer("figure", t.Qualifier, "<figure>", start + m.Index, null, -1)));
                    break;
                case HtmlContainer.Markdown:
                    // Any other element with markdown: its content is Markdown, its tag and attributes are markup.
                    Open(html, path, tag, new PathSegment("html", tag, 0, AddContainer("html", tag, t.Syntax!, start + m.Index, null, -1)));
                    break;
                default:
                    if (html.Count > 0 && t.MayStayOpen && !closers.ClosesLater(source, matches, t.Tag, tag))
                    {
                        // Raw HTML opened inside a container and closed in a later block: its closing tag is not the container's.
                        Open(html, path, tag, null);
                    }

                    break;
            }

            if (t.IsMarkdown)
            {
                openedMarkdown = true;
                blanked.Add((m.Index, position));

                // An element opened and closed in this block (<p markdown>…</p>) still holds the text in it.
                var inner = Under(path, html);
                if (fragmentPath is null || inner.Segments.Count > fragmentPath.Segments.Count)
                {
                    fragmentPath = inner;
                }
            }
            else
            {
                rest.Add((m.Index, m.Length));
                if (layout)
                {
                    blanked.Add((m.Index, position));
                }
            }
        }

        rest.Add((position, source.Length - position));
        var hasText = HasText(source, rest);
        if (hasText && (html.Any(e => e.Segment is not null) || openedMarkdown) && !_inFragment)
        {
            // md_in_html: Markdown inside the container without a blank line after the tag is still Markdown.
            var after = Under(path, html);
            WalkFragment(source, blanked, start, fragmentPath is not null && fragmentPath.Segments.Count > after.Segments.Count ? fragmentPath : after);
        }
        else if (hasText)
        {
            var current = Under(path, html);
            if (borrowed && scan.KeptFrom(rest) is { } english)
            {
                _units.Add(new TranslationUnit(_ids, UnitKind.Html, current, start, end, english));
                return;
            }

            var collapsed = TextExcerpt.Collapse(Joined(source, rest), int.MaxValue); // as collapsing the trimmed text: its ends are white space
            var unit = new TranslationUnit(_ids, UnitKind.Html, current, start, end, ProseText.Empty,
                [new Invariant(InvariantKind.HtmlTag, collapsed, start, end - start)])
            {
                Verbatim = collapsed,
            };
            _units.Add(unit);
            if (_recordBlocks && !borrowed)
            {
                scan.KeepHtml(unit, rest);
            }
        }
    }

    private readonly List<(int Start, int Length)> _htmlRest = [];
    private readonly List<(int Start, int End)> _htmlBlanked = [];
    private readonly List<HtmlTag> _htmlTags = [];

    /// <summary>The scans of the HTML blocks of an English page, kept for its translations (when blocks are recorded).</summary>
    private HtmlBlockScans? _htmlScans;

    /// <summary>
    /// The scan of the HTML block whose source is <paramref name="source"/> (at <paramref name="start"/>): the English
    /// page's when it has a block with this text (Borrowed), else made, and kept when this is an
    /// English page.
    /// </summary>
    private (HtmlBlockScan Scan, bool Borrowed) ScanOf(ReadOnlySpan<char> source, int start)
    {
        if (_english?.HtmlBlocks?.Find(source) is { } english)
        {
            return (english, true);
        }

        if (!_recordBlocks)
        {
            return (HtmlBlockScan.Of(source, _htmlTags), false);
        }

        // An English block repeated (closing tags, mostly) is scanned once; its readings are kept from where they were first made.
        _htmlScans ??= new HtmlBlockScans(_text);
        if (_htmlScans.Find(source) is not { } scan)
        {
            scan = HtmlBlockScan.Of(source, _htmlTags);
            _htmlScans.Add(start, source.Length, scan);
        }

        return (scan, false);
    }

    private static bool HasText(ReadOnlySpan<char> source, List<(int Start, int Length)> ranges)
    {
        foreach (var (from, length) in ranges)
        {
            if (!source.Slice(from, length).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    private static string Joined(ReadOnlySpan<char> source, List<(int Start, int Length)> ranges)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (from, length) in ranges)
        {
            text.Append(source.Slice(from, length));
        }

        return text.ToString();
    }

    private static int LastOpen(List<OpenElement> html, string tag)
    {
        for (var k = html.Count - 1; k >= 0; k--)
        {
            if (html[k].Tag == tag)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A tag's name in lower case; the site's common tags without a new string for each.</summary>
    internal static string TagName(ReadOnlySpan<char> name) => name switch
    {
        "div" => "div",
        "details" => "details",
        "summary" => "summary",
        "p" => "p",
        "small" => "small",
        "a" => "a",
        "span" => "span",
        "br" => "br",
        "figure" => "figure",
        "figcaption" => "figcaption",
        "img" => "img",
        "style" => "style",
        "button" => "button",
        "section" => "section",
        _ => name.ToString().ToLowerInvariant(),
    };

    // Tag names are ASCII in lower case (see HtmlTag.Find), so comparing them ordinally is the set's comparison.
    internal static bool IsVoidTag(string tag) => tag is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";

    /// <summary>
    /// Parses the text of an HTML block between its container tags as Markdown: tags are blanked out
    /// (offsets stay those of the page) and the fragment is walked with a shift. A tag that starts its line
    /// or ends its line becomes line breaks, so the text after it (<c>&lt;p markdown&gt;Source: …</c>) starts a
    /// line instead of being indented into a code block.
    /// </summary>
    private void WalkFragment(ReadOnlySpan<char> source, List<(int Start, int End)> blanked, int start, ContainerPath path)
    {
        // Blanked in a pooled buffer and copied into the fragment's string once (an array per fragment before).
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(source.Length);
        var chars = buffer.AsSpan(0, source.Length);
        source.CopyTo(chars);
        // The tags are blanked in page order; they were added in it but for rare cases (a sort per fragment was a sixth of its walk).
        List<(int Start, int End)> ordered = InPageOrder(blanked) ? blanked : [.. blanked.OrderBy(b => b.Start)];
        FragmentBlanking.Blank(source, ordered, chars);
        var text = new string(chars);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        var fragment = Markdig.Markdown.Parse(text, _pipeline, Markdown.Extensions.Cancellation.ParseCancellation.Context(_cancellation));
        var previous = _shift;
        _shift = start;
        _inFragment = true;
        try
        {
            WalkContainer(fragment, path);
        }
        finally
        {
            _shift = previous;
            _inFragment = false;
        }
    }

    private static bool InPageOrder(List<(int Start, int End)> ranges)
    {
        for (var k = 1; k < ranges.Count; k++)
        {
            if (ranges[k].Start < ranges[k - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadFrontMatter(LeafBlock block, Func<string, FrontMatterReader.Result> read, string format)
    {
        var lines = block.Lines;
        if (lines.Count == 0)
        {
            return;
        }

        var yamlStart = lines.Lines[0].Slice.Start + _shift;
        var yamlEnd = lines.Lines[lines.Count - 1].Slice.End + 1 + _shift;
        yamlStart = Math.Clamp(yamlStart, 0, _text.Length);
        yamlEnd = Math.Clamp(yamlEnd, yamlStart, _text.Length);
        var result = EnglishFrontMatter(yamlStart, yamlEnd, format) ?? read(_text[yamlStart..yamlEnd]);
        if (_recordBlocks)
        {
            _frontMatterRead ??= new FrontMatterRead(yamlStart, yamlEnd, format, result);
        }
        if (result.Error is { } error)
        {
            _problems.Add(new PageProblem($"front matter is not valid {format}: {error.Message}", yamlStart + error.Offset));
            return;
        }

        foreach (var entry in result.Entries)
        {
            var fm = entry with { Start = entry.Start + yamlStart, KeyStart = entry.KeyStart + yamlStart };
            _frontMatter.Add(fm);
            if (fm.IsScalar && _options.TranslatableFrontMatterKeys.Contains(fm.Key) && fm.Value.Length > 0)
            {
                var exact = Matches(fm.Start, fm.Value);
                var (prose, invariants) = InlineReader.ReadPlain(fm.Value, fm.Start, exact, null, _prose, _invariants);
                var end = exact ? fm.Start + fm.Value.Length : LineEnd(fm.Start);
                _units.Add(new TranslationUnit(_ids, UnitKind.FrontMatter, ContainerPath.Root.Append(new PathSegment("front-matter", fm.Key, 0, 0)), fm.Start, end, prose, invariants) { Key = fm.Key });
            }
        }
    }

    /// <summary>
    /// The English page's front matter as read when this page's is the same text: a page not yet translated has its
    /// English front matter, whose lists and mappings went through YamlDotNet again for every language (0.05× of
    /// Markdig's parse on the 31-language site).
    /// </summary>
    private FrontMatterReader.Result? EnglishFrontMatter(int start, int end, string format) =>
        _english?.FrontMatterSource is { } english && english.Format == format && english.End - english.Start == end - start
        && _text.AsSpan(start, end - start).SequenceEqual(_english.Text.AsSpan(english.Start, english.End - english.Start))
            ? english.Result
            : null;

    private int LineEnd(int offset)
    {
        var i = offset;
        while (i < _text.Length && _text[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }

    private void AddAbbreviation(AbbreviationDefinitionBlock block)
    {
        var titleStart = block.TitleStart + _shift;
        var (prose, invariants) = InlineReader.ReadPlain(block.Title, titleStart, Matches(titleStart, block.Title), null, _prose, _invariants);
        var (start, end) = Trim(block.Span.Start + _shift, block.Span.End + 1 + _shift);
        if (block.Malformed is { } problem)
        {
            _syntaxIssues.Add(new SyntaxIssue("abbreviation definition", start, end, problem));
        }

        _units.Add(new TranslationUnit(_ids, UnitKind.Abbreviation, ContainerPath.Root.Append(new PathSegment("abbreviation", block.Label, 0, 0)), start, end, prose, invariants) { Key = block.Label });
    }

    internal static string KindCode(UnitKind kind) => kind switch
    {
        UnitKind.FrontMatter => "fm",
        UnitKind.Heading => "h",
        UnitKind.Paragraph => "p",
        UnitKind.ListItem => "li",
        UnitKind.TableCell => "td",
        UnitKind.AdmonitionTitle => "title",
        UnitKind.TabTitle => "tab",
        UnitKind.SummaryTitle => "summary",
        UnitKind.Abbreviation => "abbr",
        UnitKind.StringEntry => "str",
        UnitKind.CodeBlock => "code",
        UnitKind.Snippet => "snippet",
        UnitKind.Html => "html",
        _ => "hr",
    };

    /// <summary>
    /// FNV-1a over the text with whitespace runs folded to one space, stable across processes
    /// (string.GetHashCode is randomised per process) and across re-wrapped lines.
    /// </summary>
    internal static string Hash(string text) => HashValue(text).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of <see cref="Hash(string)"/>.</summary>
    internal static uint HashValue(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                hash = (hash ^ ' ') * 16777619u;
                space = false;
            }

            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
