using Localization.Core.Buffers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Localization.Core.Units;

/// <summary>
/// The text MkDocs' toc slugifies: the heading rendered to HTML with footnote references removed and tags
/// stripped. So code spans keep their text; icons, images and raw HTML tags vanish.
/// </summary>
internal static class HeadingTextReader
{
    /// <param name="inlines">The heading's inlines.</param>
    /// <param name="prose">
    /// The heading's prose text: a heading of plain text (most of a site's) has it as its toc text, and that string is
    /// returned instead of an equal one. Built in a pooled buffer: a StringBuilder and its chunk per heading and a
    /// string per literal were two thirds of reading a heading's text.
    /// </param>
    public static string Read(ContainerInline? inlines, string? prose = null)
    {
        var text = new PooledBuffer<char>(64); // most headings' text fits: grown from the pool's smallest (16), it was 3-5 more samples of a 31-language check
        try
        {
            if (inlines is not null)
            {
                Walk(inlines, ref text);
            }

            return prose is not null && text.Span.SequenceEqual(prose) ? prose : text.Span.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    private static void Walk(ContainerInline container, ref PooledBuffer<char> text, int depth = 0)
    {
        if (depth > 64)
        {
            return; // pathological nesting: the text is not worth a deep stack
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.AsSpan();
                    text.Append(content.Contains(':') ? IconShortcodes.Remove(content.ToString()) : content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LinkInline { IsImage: true }:
                case FootnoteLink:
                case HtmlInline:
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Walk(nested, ref text, depth + 1);
                    break;
            }
        }
    }
}

/// <summary>Icon and emoji shortcodes, which render as markup and carry no text.</summary>
internal static partial class IconShortcodes
{
    [System.Text.RegularExpressions.GeneratedRegex(@":[a-z0-9][a-z0-9_+\-]*[-_][a-z0-9_+\-]*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Pattern();

    public static string Remove(string text) => text.Contains(':', StringComparison.Ordinal) ? Pattern().Replace(text, "") : text;
}
