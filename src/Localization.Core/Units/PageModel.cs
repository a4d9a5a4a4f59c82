using Localization.Core.Markdown;

namespace Localization.Core.Units;

/// <summary>A page read into translation units, with the page-level facts rules compare.</summary>
public sealed class PageModel
{
    /// <summary>The aligner's index of this page as an English page, built on first use and shared by every language.</summary>
    internal Alignment.SourceFeatureIndex? AlignmentIndex { get; set; }

    /// <summary>The paragraphs, list items and headings of this page as an English page, by their Markdown (see <see cref="SourceBlocks"/>).</summary>
    internal SourceBlocks? BlockIndex { get; set; }

    /// <summary>Where the page's paragraphs, list items and headings were read from; recorded only for English pages.</summary>
    internal IReadOnlyList<LeafBlockSpan> LeafBlocks { get; init; } = [];

    /// <summary>The page's link definitions, recorded with <see cref="LeafBlocks"/> (see <see cref="SourceBlocks.DefinitionsOf"/>).</summary>
    internal LinkDefinition[] LinkDefinitions { get; init; } = [];

    /// <summary>The page's front matter as read, recorded with <see cref="LeafBlocks"/>: a translation whose front matter is the same text takes it.</summary>
    internal FrontMatterRead? FrontMatterSource { get; init; }

    /// <summary>An English page's HTML blocks, scanned, for its translations' blocks with the same text (see <see cref="HtmlBlockScan"/>).</summary>
    internal HtmlBlockScans? HtmlBlocks { get; init; }

    public required string Path { get; init; }

    public required string Text { get; init; }

    public required LineMap Lines { get; init; }

    public required IReadOnlyList<TranslationUnit> Units { get; init; }

    public required IReadOnlyList<FrontMatterEntry> FrontMatter { get; init; }

    public required IReadOnlyList<FootnoteDefinition> FootnoteDefinitions { get; init; }

    public required IReadOnlyList<ContainerInfo> Containers { get; init; }

    /// <summary>Lines that look like MkDocs syntax but that MkDocs will not recognise (reported by markup rules).</summary>
    public IReadOnlyList<SyntaxIssue> SyntaxIssues { get; init; } = [];

    /// <summary>Problems found while reading the page that are not about translation (bad front matter, …).</summary>
    public required IReadOnlyList<PageProblem> Problems { get; init; }

    /// <summary>The table a string-table file (.env, .resx) was read from; null for Markdown.</summary>
    public StringTables.StringTable? StringTable { get; init; }

    /// <summary>The page text of a range, on one line with whitespace collapsed (for messages).</summary>
    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string Excerpt(int start, int end, int max = 200)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        return TextExcerpt.Collapse(Text.AsSpan(start, end - start), max);
    }
}

/// <summary>A top-level front-matter entry.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The scalar value, or the YAML of a sequence/mapping value.</param>
/// <param name="Start">Offset of the value in the page.</param>
/// <param name="KeyStart">Offset of the key in the page.</param>
/// <param name="IsScalar">True for a scalar value.</param>
/// <param name="Canonical">The value in a canonical form that ignores YAML style (flow or block, quoting).</param>
public sealed partial record FrontMatterEntry(string Key, string Value, int Start, int KeyStart, bool IsScalar, string Canonical)
{
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The canonical form with prose replaced by '~': what must stay the same when a value is not
    /// translated as a whole but may contain text (a schema's "name", a title inside a list).
    /// </summary>
    public string Shape => QuotedProse().Replace(Canonical, "~");

    // Generated, not Regex.Replace with the pattern: the interpreter ran it for every translated schema value of
    // every language (0.5% of a 31-language check).
    [System.Text.RegularExpressions.GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\\s(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial System.Text.RegularExpressions.Regex QuotedProse();
}

/// <summary>A footnote definition <c>[^label]: …</c>.</summary>
public sealed record FootnoteDefinition(string Label, int Start);

/// <summary>A container that marks up a region: an admonition, details block, content tab or figure.</summary>
/// <param name="Id">Page-wide id, also found in <see cref="PathSegment.ContainerId"/>.</param>
/// <param name="Kind">admonition, details, tab or figure.</param>
/// <param name="Qualifier">Admonition type or details class.</param>
/// <param name="Syntax">How it was written: <c>!!!</c>, <c>???</c>, <c>???+</c>, <c>===</c>, <c>&lt;div&gt;</c>, <c>&lt;details&gt;</c>.</param>
/// <param name="Start">Offset of its opening line.</param>
/// <param name="MalformedTitle">The title as written when MkDocs will not recognise the header line.</param>
/// <param name="MalformedTitleStart">Offset of that title.</param>
public sealed record ContainerInfo(int Id, string Kind, string? Qualifier, string Syntax, int Start, string? MalformedTitle, int MalformedTitleStart)
{
    /// <summary>Why the header is not valid syntax, when the default explanation (quotes) does not fit.</summary>
    public string? MalformedReason { get; init; }

    /// <summary>A fenced container (pymdownx.blocks) whose closing fence never comes.</summary>
    public bool Unclosed { get; init; }
}

/// <summary>A problem reading the page itself (reported as invalid-file or front-matter-mismatch).</summary>
public sealed record PageProblem(string Message, int Start);

/// <summary>A construct written in a form MkDocs does not recognise, with what is wrong.</summary>
/// <param name="Construct">What it was meant to be, e.g. "abbreviation definition".</param>
/// <param name="Start">Offset of the construct.</param>
/// <param name="End">Offset after it.</param>
/// <param name="Problem">What is wrong, e.g. "a no-break space U+00A0 before ':'".</param>
public sealed record SyntaxIssue(string Construct, int Start, int End, string Problem);

/// <summary>A front matter's text (its range in the page) and what its reader made of it, offsets relative to its start.</summary>
/// <param name="Start">Offset of the front matter's first character in the page.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Format">YAML or TOML.</param>
/// <param name="Result">The reader's entries or error; read-only, shared by every language that takes it.</param>
internal sealed record FrontMatterRead(int Start, int End, string Format, FrontMatterReader.Result Result);
