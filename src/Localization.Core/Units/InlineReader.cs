using System.Text.RegularExpressions;
using Localization.Core.Markdown.Extensions.Shortcodes;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Localization.Core.Units;

/// <summary>
/// Reads a leaf block's inlines into <see cref="ProseText"/> and invariants. Markdig bounds inline nesting
/// (MaximumNestingDepth), so the recursion here is bounded too.
/// </summary>
internal sealed partial class InlineReader
{
    private readonly ProseBuilder _prose;
    private readonly List<Invariant> _invariants;
    private readonly string _page;
    private int _shift;

    /// <param name="page">The page text, to place literals whose span is wider than their content.</param>
    /// <param name="shift">Added to Markdig offsets: non-zero when the inlines come from a fragment of the page parsed on its own.</param>
    /// <param name="prose">Where the prose is built; a page reader hands the same one to each of its blocks (cleared first).</param>
    /// <param name="invariants">Where the invariants are gathered, likewise (cleared first); each unit keeps an exact copy.</param>
    public InlineReader(string page, int shift = 0, ProseBuilder? prose = null, List<Invariant>? invariants = null)
    {
        _page = page;
        _shift = shift;
        _prose = prose ?? new ProseBuilder();
        _prose.Clear();
        _invariants = invariants ?? [];
        _invariants.Clear();
    }

    // pymdownx.emoji shortcodes (:material-check:, :octicons-home-16:, :simple-signal:, :smile:).
    [GeneratedRegex(@":[a-z0-9][a-z0-9_+\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex IconPattern();

    // Jinja/macros {{ … }} {% … %}, and bare URLs. Hugo's {{< … >}} {{% … %}} are ShortcodeInlines: a tag left here
    // is a broken one, which shortcode-mismatch reports as missing, so it is text, not a second finding.
    [GeneratedRegex(@"\{\{(?![<%]).*?\}\}|\{%.*?%\}|https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'""]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();


    /// <summary>A reader for the blocks of <paramref name="page"/> (see <see cref="ReadBlock"/>).</summary>
    public static InlineReader ForPage(string page, ProseBuilder prose, ShortcodeSettings shortcodes, List<Invariant> invariants) =>
        new(page, 0, prose, invariants) { _shortcodes = shortcodes };

    /// <summary>
    /// Reads a leaf block of this reader's page (a page reader keeps one reader for all its blocks: a reader per
    /// block was 7 MB of a 31-language check); the prose and invariants of the previous block are cleared first.
    /// </summary>
    public (ProseText Prose, Invariant[] Invariants) ReadBlock(ContainerInline? inlines, IMarkdownObject? owner, int shift, IReadOnlyList<VerbatimMatch>? verbatim)
    {
        _shift = shift;
        _prose.Clear();
        _invariants.Clear();
        _verbatim = verbatim ?? [];
        _emittedVerbatim = null;
        if (owner is not null)
        {
            AddAttributes(owner);
        }

        if (inlines is not null)
        {
            Walk(inlines);
        }

        return Finish();
    }

    /// <summary>Reads plain text (a title) that starts at <paramref name="start"/> in the page.</summary>
    public static (ProseText Prose, Invariant[] Invariants) ReadPlain(string text, int start, bool exact, IReadOnlyList<VerbatimMatch>? verbatim = null, ProseBuilder? prose = null, List<Invariant>? invariants = null)
    {
        var reader = new InlineReader("", 0, prose, invariants) { _verbatim = verbatim ?? [] };
        reader.AppendText(text, start, exact ? text.Length : -1);
        return reader.Finish();
    }

    private (ProseText, Invariant[]) Finish()
    {
        var prose = _prose.Build();
        if (FirstDigit(prose.Text) is >= 0 and var first)
        {
            AddNumbers(prose, first);
        }

        // An exact array per unit, none for the many without invariants: the list and its grown arrays per unit
        // were 20 MB of a 31-language check.
        return (prose, _invariants.Count == 0 ? [] : [.. _invariants]);
    }

    /// <summary>
    /// Every number of the prose (the matches of <c>\d+(?:[.,]\d+)*</c>, left to right), as an invariant without its
    /// commas, the first starting at <paramref name="first"/> (the first digit, found by <see cref="FirstDigit"/>: the
    /// text before it is not searched again). Read here, not by that regex: its enumerator, and a substring of each
    /// match before its commas were removed, were a tenth of the walk of a 31-language check.
    /// </summary>
    /// <remarks>
    /// Regex's <c>\d</c> is a UTF-16 code unit of category Nd, as <see cref="char.IsDigit(char)"/> is; the greedy
    /// match takes every <c>[.,]\d+</c> that follows, and no backtracking can make it longer.
    /// </remarks>
    private void AddNumbers(ProseText prose, int first)
    {
        var text = prose.Text;
        var start = first;
        while (true)
        {
            var i = SkipDigits(text, start);
            while (i + 1 < text.Length && text[i] is '.' or ',' && char.IsDigit(text[i + 1]))
            {
                i = SkipDigits(text, i + 1);
            }

            _invariants.Add(new(InvariantKind.Number, NumberValue(text.AsSpan(start, i - start)), prose.SourceStart(start), i - start));
            var next = IndexOfDigit(text.AsSpan(i));
            if (next < 0)
            {
                return;
            }

            start = i + next;
        }
    }

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>A number's text without its commas; the numbers 0–99 written in ASCII digits as one string each.</summary>
    internal static string NumberValue(ReadOnlySpan<char> number)
    {
        // "05" is not "5": a number of two digits is shared only when it does not start with 0.
        if (number.Length == 1 ? char.IsAsciiDigit(number[0]) : number.Length == 2 && number[0] is >= '1' and <= '9' && char.IsAsciiDigit(number[1]))
        {
            return SmallNumbers[number.Length == 1 ? number[0] - '0' : ((number[0] - '0') * 10) + (number[1] - '0')];
        }

        if (!number.Contains(','))
        {
            return new string(number);
        }

        Span<char> kept = number.Length <= 256 ? stackalloc char[number.Length] : new char[number.Length];
        var length = 0;
        foreach (var c in number)
        {
            if (c != ',')
            {
                kept[length++] = c;
            }
        }

        return new string(kept[..length]);
    }

    // Immutable once made: footnote numbers, list numbers and years' neighbours ("1", "2", "10") are most of a site's numbers.
    private static readonly string[] SmallNumbers = MakeSmallNumbers();

    private static string[] MakeSmallNumbers()
    {
        var numbers = new string[100];
        for (var k = 0; k < numbers.Length; k++)
        {
            numbers[k] = k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return numbers;
    }

    /// <summary>
    /// Where the first decimal digit of <paramref name="text"/> is (as regex's own search for <c>\d</c> finds it):
    /// ASCII characters other than digits are skipped in vectorised steps, the rest tested one by one. A search for
    /// any of the 650 digits of the BMP went through a probabilistic map with a check per character (four times the
    /// regex's cost on the 31-language site).
    /// </summary>
    private static int IndexOfDigit(ReadOnlySpan<char> text)
    {
        // Each non-ASCII character that is not a digit (an accented letter) is stepped over alone, and the vectorised
        // skip resumes after it: Latin-script translations have many.
        var from = 0;
        while (true)
        {
            var i = text[from..].IndexOfAnyExcept(AsciiExceptDigits);
            if (i < 0)
            {
                return -1;
            }

            i += from;
            if (char.IsDigit(text[i]))
            {
                return i;
            }

            from = i + 1;
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiExceptDigits = System.Buffers.SearchValues.Create(AsciiOtherThanDigits());

    private static string AsciiOtherThanDigits()
    {
        var chars = new char[128 - 10];
        var k = 0;
        for (var c = '\0'; c < (char)128; c++)
        {
            if (!char.IsAsciiDigit(c))
            {
                chars[k++] = c;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Where the first decimal digit (<c>\d</c>) of <paramref name="text"/> is, or -1: below U+0660 only '0'–'9' are
    /// digits, so most units of a Latin or Cyrillic page are ruled out by two vectorised searches instead of running the
    /// number regex over them (1–2% of the time threads ran in a 31-language check). Above it every digit of the BMP
    /// lies in U+0660–U+1C59, U+A620–U+ABF9 or U+FF10–U+FF19, so Hangul, kana and CJK text is ruled out too: the regex
    /// tested each of their characters for a digit (0.05× Markdig's parse of the 31-language site). The numbers are
    /// read from the digit found (this was a yes or no, and the numbers' search went over the text before it again).
    /// </summary>
    /// <remarks>Optimised from its first call: at tier 0 its generic range searches boxed their bounds (8 MB of chars on a 31-language check).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int FirstDigit(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAnyInRange('0', '9');

        // Only a digit beyond U+065F can come before the first ASCII one. A Latin page's text is ruled out here, by the
        // second search of the two it always had.
        var before = ascii < 0 ? text : text[..ascii];
        var above = before.IndexOfAnyInRange('\u0660', '\uFFFF');
        if (above < 0)
        {
            return ascii;
        }

        var rest = before[above..];
        if (rest.ContainsAnyInRange('\u0660', '\u1C59') || rest.ContainsAnyInRange('\uA620', '\uABF9') || rest.ContainsAnyInRange('\uFF10', '\uFF19'))
        {
            // Maybe a digit of another script first (or a letter of those ranges): the digits' own search from there.
            var found = IndexOfDigit(rest);
            if (found >= 0)
            {
                return above + found;
            }
        }

        return ascii;
    }

    /// <summary>
    /// Markdig bounds block nesting but not inline nesting (thousands of nested emphases or link labels):
    /// deeper than this, an inline is kept as one atom instead of being walked, so the stack stays small.
    /// </summary>
    private const int MaxDepth = 64;

    private int _depth;

    private ShortcodeSettings _shortcodes = ShortcodeSettings.Default;

    private void Walk(ContainerInline container)
    {
        if (_depth >= MaxDepth)
        {
            var span = container.Span;
            _prose.AppendAtom(span.Start + _shift, Math.Max(1, span.Length));
            return;
        }

        _depth++;
        try
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Visit(inline);
            }
        }
        finally
        {
            _depth--;
        }
    }

    private void Visit(Inline inline)
    {
        var span = new SourceSpan(inline.Span.Start + _shift, inline.Span.End + _shift);
        if (inline is not LiteralInline && ConsumeVerbatim(span.Start, span.End + 1))
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                var content = literal.Content.AsSpan();
                var at = span.Start;
                var length = span.Length;
                if (length != content.Length && length > content.Length && at >= 0 && at + length <= _page.Length)
                {
                    // Table cells and trimmed lines: the span includes padding; find the content inside it.
                    var inside = _page.AsSpan(at, length).IndexOf(content, StringComparison.Ordinal);
                    if (inside >= 0)
                    {
                        at += inside;
                        length = content.Length;
                    }
                }

                AppendText(content, at, length);
                break;
            case CodeInline code:
                _invariants.Add(new(InvariantKind.Code, code.Content, span.Start, span.Length));
                _prose.AppendAtom(span.Start, span.Length);
                break;
            case LinkInline { IsImage: true } image:
                _invariants.Add(new(InvariantKind.Image, image.Url ?? "", span.Start, span.Length));
                _prose.Break();
                var altStart = _prose.Length;
                Walk(image);
                _prose.MarkAltText(altStart);
                _prose.Break();
                break;
            case LinkInline link:
                _invariants.Add(new(InvariantKind.Link, link.Url ?? "", span.Start, span.Length));
                if (link.IsAutoLink)
                {
                    _prose.AppendAtom(span.Start, span.Length);
                }
                else
                {
                    Walk(link);
                }

                break;
            case AutolinkInline auto:
                _invariants.Add(new(InvariantKind.Link, auto.Url, span.Start, span.Length));
                _prose.AppendAtom(span.Start, span.Length);
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink footnote:
                _invariants.Add(new(InvariantKind.FootnoteReference, PageReader.FootnoteLabel(footnote.Footnote?.Label), span.Start, span.Length));
                _prose.AppendAtom(span.Start, span.Length);
                break;
            case HtmlInline html:
                _invariants.Add(new(InvariantKind.HtmlTag, NormalizeTag(html.Tag), span.Start, span.Length));
                _prose.AppendAtom(span.Start, span.Length);
                break;
            case ShortcodeInline shortcode:
                AddShortcode(shortcode.Tag, span.Start);
                break;
            case HtmlEntityInline entity:
                _prose.AppendMapped(entity.Transcoded.ToString(), span.Start, span.Length);
                break;
            case LineBreakInline:
                _prose.AppendSpace(span.Start);
                break;
            case AbbreviationInline abbreviation:
                AppendText(abbreviation.Abbreviation.Label ?? "", span.Start, span.Length);
                break;
            case ContainerInline nested:
                Walk(nested);
                break;
            default:
                _prose.AppendAtom(span.Start, Math.Max(1, span.Length));
                break;
        }

        AddAttributes(inline);
    }

    /// <summary>
    /// A shortcode is one markup invariant, in a canonical form (see <see cref="ShortcodeCanonical"/>); the values
    /// of its translatable parameters are prose, read where they are, so text left in English there is found.
    /// </summary>
    private void AddShortcode(ShortcodeTag tag, int start)
    {
        _invariants.Add(new(InvariantKind.HugoShortcode, ShortcodeCanonical.Of(tag, _shortcodes), start, tag.Length));
        var any = false;
        foreach (var p in tag.Parameters)
        {
            if (_shortcodes.IsTranslatable(tag.Name, p.Name) && p.Value.Length > 0)
            {
                any = true;
                if (p.ValueLength == p.Value.Length)
                {
                    _prose.AppendExact(p.Value, start + p.ValueStart);
                }
                else
                {
                    _prose.AppendMapped(p.Value, start + p.ValueStart, p.ValueLength);
                }
            }
        }

        if (!any)
        {
            _prose.AppendAtom(start, tag.Length);
        }
    }

    // Matches of the project's verbatim patterns in the block being read (page offsets), each emitted once.
    private IReadOnlyList<VerbatimMatch> _verbatim = [];
    private HashSet<int>? _emittedVerbatim; // only when verbatim patterns match the block

    /// <summary>
    /// Emits the verbatim matches overlapping [start, end) that are not emitted yet; true when there was one (the
    /// inline is then part of the match: Markdig cuts <c>{* a.py hl[1] *}</c> into several inlines).
    /// </summary>
    private bool ConsumeVerbatim(int start, int end)
    {
        var any = false;
        for (var i = 0; i < _verbatim.Count; i++)
        {
            var m = _verbatim[i];
            if (m.Start < end && start < m.End)
            {
                any = true;
                if ((_emittedVerbatim ??= []).Add(i))
                {
                    _invariants.Add(new(InvariantKind.Verbatim, m.Value, m.Start, m.End - m.Start));
                    _prose.AppendAtom(m.Start, m.End - m.Start);
                }
            }
        }

        return any;
    }

    /// <summary>Appends literal text; the parts in verbatim matches become one atom each.</summary>
    private void AppendText(ReadOnlySpan<char> text, int start, int sourceLength)
    {
        if (_verbatim.Count == 0 || !OverlapsVerbatim(start, start + sourceLength))
        {
            AppendPlainText(text, start, sourceLength);
            return;
        }

        AppendAroundVerbatim(text.ToString(), start, sourceLength);
    }

    private bool OverlapsVerbatim(int start, int end)
    {
        for (var i = 0; i < _verbatim.Count; i++)
        {
            if (_verbatim[i].Start < end && start < _verbatim[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text that a verbatim pattern of l10n.yml covers in part (a lambda here would cost every text an allocation).</summary>
    private void AppendAroundVerbatim(string text, int start, int sourceLength)
    {
        if (sourceLength != text.Length)
        {
            ConsumeVerbatim(start, start + sourceLength);
            return;
        }

        var position = 0;
        foreach (var m in _verbatim.Where(m => m.Start < start + sourceLength && start < m.End).OrderBy(m => m.Start))
        {
            var from = Math.Max(0, m.Start - start);
            if (from > position)
            {
                AppendPlainText(text.AsSpan(position, from - position), start + position, from - position);
            }

            ConsumeVerbatim(m.Start, m.End);
            position = Math.Max(position, Math.Min(text.Length, m.End - start));
        }

        if (position < text.Length)
        {
            AppendPlainText(text.AsSpan(position), start + position, text.Length - position);
        }
    }

    /// <summary>Appends literal text, turning icons, shortcodes and bare URLs into atoms.</summary>
    private void AppendPlainText(ReadOnlySpan<char> text, int start, int sourceLength)
    {
        var exact = sourceLength == text.Length;
        if (!exact)
        {
            // Escapes and entities: the text is not a verbatim copy, so map it to its source range as a whole.
            if (text.Length > 0)
            {
                _prose.AppendMapped(text, start, Math.Max(1, sourceLength));
            }

            return;
        }

        var position = 0;
        if (MayHoldTokens(text))
        {
            foreach (var m in Tokens(text))
            {
                _prose.AppendExact(text.Slice(position, m.Index - position), start + position);
                _invariants.Add(new(m.Kind, m.Value, start + m.Index, m.Value.Length));
                _prose.AppendAtom(start + m.Index, m.Value.Length);
                position = m.Index + m.Value.Length;
            }
        }

        _prose.AppendExact(text[position..], start + position);
    }

    /// <summary>
    /// Whether <see cref="Tokens"/> can find anything: an icon needs two colons, a bare URL "://", a macro '{'.
    /// French puts a colon in most sentences (" : "), and asking both regexes of each such text was most of the
    /// tokens' cost.
    /// </summary>
    internal static bool MayHoldTokens(ReadOnlySpan<char> text)
    {
        if (text.Contains('{'))
        {
            return true;
        }

        // With one colon only, a URL's "://" can only be that one.
        var colon = text.IndexOf(':');
        return colon >= 0 && (text[(colon + 1)..].Contains(':') || text[(colon + 1)..].StartsWith("//"));
    }

    private static bool Overlaps(List<(int Index, string Value, InvariantKind Kind)> found, int index, int length)
    {
        foreach (var f in found)
        {
            if (index < f.Index + f.Value.Length && f.Index < index + length)
            {
                return true;
            }
        }

        return false;
    }

    internal static List<(int Index, string Value, InvariantKind Kind)> Tokens(ReadOnlySpan<char> text)
    {
        var found = new List<(int, string, InvariantKind)>();
        foreach (var m in IconPattern().EnumerateMatches(text))
        {
            if (m.Length > 2 && text.Slice(m.Index + 1, m.Length - 2).ContainsAny('-', '_'))
            {
                found.Add((m.Index, new string(text.Slice(m.Index, m.Length)), InvariantKind.Icon));
            }
        }

        foreach (var m in MarkupPattern().EnumerateMatches(text))
        {
            var kind = text[m.Index] == '{' ? InvariantKind.Shortcode : InvariantKind.BareUrl;
            if (!Overlaps(found, m.Index, m.Length))
            {
                found.Add((m.Index, new string(text.Slice(m.Index, m.Length)), kind));
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    private void AddAttributes(IMarkdownObject owner)
    {
        var attributes = owner.TryGetAttributes();
        if (attributes is null)
        {
            return;
        }

        var value = NormalizeAttributes(attributes);
        if (value.Length > 0)
        {
            var start = owner is MarkdownObject mo ? mo.Span.Start + _shift : 0;
            _invariants.Add(new(InvariantKind.Attributes, value, start, 0));
        }
    }

    /// <summary>
    /// The attribute list as compared across languages: id, classes, and keys with their values, except
    /// the values of attributes that are text for readers (title, alt, aria-label), which are translated.
    /// </summary>
    /// <remarks>
    /// Written into one pooled buffer, parts separated by a space: a list of the parts, a LINQ projection of the classes
    /// and a string per part, then joined, were two thirds of reading the attributes of a 31-language site's inlines.
    /// </remarks>
    internal static string NormalizeAttributes(HtmlAttributes attributes)
    {
        var text = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0, System.Globalization.CultureInfo.InvariantCulture);
        var any = false;
        if (!string.IsNullOrEmpty(attributes.Id))
        {
            text.AppendLiteral("#");
            text.AppendFormatted(attributes.Id);
            any = true;
        }

        if (attributes.Classes is { } classes)
        {
            foreach (var c in classes)
            {
                if (any)
                {
                    text.AppendLiteral(" ");
                }

                text.AppendLiteral(".");
                text.AppendFormatted(c);
                any = true;
            }
        }

        if (attributes.Properties is { } properties)
        {
            foreach (var p in properties)
            {
                if (any)
                {
                    text.AppendLiteral(" ");
                }

                text.AppendFormatted(p.Key);
                if (!TranslatableAttributes.Contains(p.Key))
                {
                    text.AppendLiteral("=");
                    text.AppendFormatted(p.Value);
                }

                any = true;
            }
        }

        return text.ToStringAndClear();
    }

    internal static readonly HashSet<string> TranslatableAttributes = new(StringComparer.OrdinalIgnoreCase) { "title", "alt", "aria-label", "placeholder", "label" };

    private static string NormalizeTag(string tag)
    {
        var t = tag.Trim();
        if (t.StartsWith("<!--", StringComparison.Ordinal))
        {
            return "<!---->";
        }

        var end = 1;
        if (end < t.Length && t[end] == '/')
        {
            end++;
        }

        while (end < t.Length && (char.IsAsciiLetterOrDigit(t[end]) || t[end] == '-'))
        {
            end++;
        }

        return (t[..end] + ">").ToLowerInvariant();
    }
}
