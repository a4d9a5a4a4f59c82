using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Localization.Core.Units;

/// <summary>
/// The text MkDocs' toc slugifies: the heading rendered to HTML with footnote references removed and tags
/// stripped. So code spans keep their text; icons, images and raw HTML tags vanish.
/// </summary>
internal static class HeadingTextReader
{
    public static string Read(ContainerInline? inlines)
    {
        var sb = new StringBuilder();
        if (inlines is not null)
        {
            Walk(inlines, sb);
        }

        return sb.ToString();
    }

    private static void Walk(ContainerInline container, StringBuilder sb, int depth = 0)
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
                    sb.Append(IconShortcodes.Remove(literal.Content.ToString()));
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LinkInline { IsImage: true }:
                case FootnoteLink:
                case HtmlInline:
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline nested:
                    Walk(nested, sb, depth + 1);
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
