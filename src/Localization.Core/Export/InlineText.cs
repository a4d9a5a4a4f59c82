using System.Globalization;
using System.Text;

namespace Localization.Core.Export;

/// <summary>What a protected inline code stands for; the name is its XLIFF <c>ctype</c> after <c>x-</c>.</summary>
public enum InlineCodeKind
{
    /// <summary>Emphasis markers (<c>**</c>, <c>_</c>, <c>~~</c>, <c>==</c>).</summary>
    Emphasis,

    /// <summary>Link syntax: <c>[</c>, <c>](url)</c>, an autolink, a bare URL.</summary>
    Link,

    /// <summary>Image syntax (<c>![</c>, <c>](image.png)</c>); the alt text is text.</summary>
    Image,

    /// <summary>Inline code (<c>`code`</c>).</summary>
    Code,

    /// <summary>An inline HTML tag.</summary>
    Html,

    /// <summary>An icon or emoji shortcode (<c>:material-check:</c>).</summary>
    Icon,

    /// <summary>A footnote reference (<c>[^1]</c>).</summary>
    Footnote,

    /// <summary>An attribute list or heading id (<c>{ #id }</c>, <c>{ .class }</c>) or another brace shortcode.</summary>
    Attributes,

    /// <summary>An entity or a backslash escape (<c>&amp;amp;</c>, <c>\*</c>).</summary>
    Escape,

    /// <summary>Any other markup.</summary>
    Markup,

    /// <summary>
    /// One character that no export format can carry as text (a control character, a lone surrogate,
    /// U+FFFE/U+FFFF): shown as <c>U+0007</c>.
    /// </summary>
    Char,
}

/// <summary>
/// A piece of markup a translator must keep as it is, numbered within its unit (1, 2, …). The target
/// reuses the number of the English code with the same <see cref="Original"/>.
/// </summary>
/// <param name="Id">1-based number within the unit: <c>{1}</c> in PO and CSV, <c>id="1"</c> in XLIFF.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Original">The exact Markdown it stands for.</param>
public sealed record InlineCode(int Id, InlineCodeKind Kind, string Original)
{
    /// <summary>The markup as shown to people: the original, or <c>U+0007</c> for an unrepresentable character.</summary>
    public string Shown => Kind == InlineCodeKind.Char
        ? string.Join(' ', Original.Select(c => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)))
        : Original;

    /// <summary>The kind as a lower-case name (<c>link</c>), for ctype, JSON and notes.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <summary>The <c>{1}</c> placeholder of PO and CSV.</summary>
    public string Placeholder => "{" + Id.ToString(CultureInfo.InvariantCulture) + "}";
}

/// <summary>Text or a protected code: exactly one of the two is set.</summary>
public readonly record struct InlineSegment(string? Text, InlineCode? Code)
{
    public static InlineSegment Of(string text) => new(text, null);

    public static InlineSegment Of(InlineCode code) => new(null, code);
}

/// <summary>A unit's text as translators see it: text with the markup they must keep as numbered codes.</summary>
public sealed class InlineText(IReadOnlyList<InlineSegment> segments)
{
    public static InlineText Empty { get; } = new([]);

    public IReadOnlyList<InlineSegment> Segments { get; } = segments;

    /// <summary>The distinct codes, in order of first appearance.</summary>
    public IEnumerable<InlineCode> Codes => Segments.Where(s => s.Code is not null).Select(s => s.Code!).DistinctBy(c => c.Id);

    public bool IsEmpty => Segments.Count == 0;

    /// <summary>The Markdown again: text and the codes' originals.</summary>
    public string Markdown => Render(c => c.Original);

    /// <summary>The text with <c>{1}</c> placeholders for codes (PO, CSV).</summary>
    public string WithPlaceholders => Render(c => c.Placeholder);

    /// <summary>Only the text, codes left out.</summary>
    public string PlainText => Render(_ => "");

    public string Render(Func<InlineCode, string> code)
    {
        var sb = new StringBuilder();
        foreach (var s in Segments)
        {
            sb.Append(s.Code is { } c ? code(c) : s.Text);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Reads text with <c>{1}</c> placeholders back against the codes it was written with (round trips of
    /// PO and CSV); a placeholder of no known code stays text.
    /// </summary>
    public static InlineText FromPlaceholders(string text, IEnumerable<InlineCode> codes)
    {
        var byId = codes.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var segments = new List<InlineSegment>();
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close > i + 1 && int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && byId.TryGetValue(id, out var code))
                {
                    if (sb.Length > 0)
                    {
                        segments.Add(InlineSegment.Of(sb.ToString()));
                        sb.Clear();
                    }

                    segments.Add(InlineSegment.Of(code));
                    i = close + 1;
                    continue;
                }
            }

            sb.Append(text[i]);
            i++;
        }

        if (sb.Length > 0)
        {
            segments.Add(InlineSegment.Of(sb.ToString()));
        }

        return new InlineText(segments);
    }
}
