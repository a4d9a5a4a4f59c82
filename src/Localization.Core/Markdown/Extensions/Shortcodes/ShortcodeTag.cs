namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>One parameter of a Hugo shortcode: named (<c>text="…"</c>) or positional (<c>"…"</c>).</summary>
/// <param name="Name">The parameter's name, or null for a positional parameter.</param>
/// <param name="Value">The value as Hugo reads it (quotes removed, <c>\"</c> unescaped).</param>
/// <param name="ValueStart">Offset of the value's first character (inside the quotes) from the tag's start.</param>
/// <param name="ValueLength">Length of the value in the source (inside the quotes).</param>
public sealed record ShortcodeParameter(string? Name, string Value, int ValueStart, int ValueLength);

/// <summary>
/// A Hugo shortcode tag, <c>{{&lt; name params &gt;}}</c> or <c>{{% name params %}}</c>, an opening, closing
/// (<c>{{&lt; /name &gt;}}</c>) or self-closing (<c>{{&lt; name /&gt;}}</c>) one, parsed as Hugo's shortcode lexer does.
/// </summary>
/// <param name="Name">The shortcode's name (<c>glossary_tooltip</c>, <c>note</c>).</param>
/// <param name="Delimiter"><c>&lt;</c> or <c>%</c>: how the inner text is rendered, which a translation may change freely.</param>
/// <param name="IsClosing"><c>{{&lt; /name &gt;}}</c>.</param>
/// <param name="IsSelfClosing"><c>{{&lt; name /&gt;}}</c>.</param>
/// <param name="Parameters">Its parameters in source order.</param>
/// <param name="Length">The tag's length in the source.</param>
public sealed record ShortcodeTag(string Name, char Delimiter, bool IsClosing, bool IsSelfClosing, IReadOnlyList<ShortcodeParameter> Parameters, int Length)
{
    /// <summary>Longest tag read: Hugo allows parameters across lines, but a tag is never a page long.</summary>
    public const int MaximumLength = 4096;

    /// <summary>The tag that starts at <paramref name="text"/>[0], or null when none does (or it is a <c>{{&lt;/* comment */&gt;}}</c>).</summary>
    public static ShortcodeTag? TryParse(ReadOnlySpan<char> text)
    {
        if (text.Length < 6 || text[0] != '{' || text[1] != '{' || text[2] is not ('<' or '%'))
        {
            return null;
        }

        var delimiter = text[2];
        var i = SkipSpace(text, 3);
        if (i < text.Length && text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
        {
            return null; // {{</* name */>}} is how Hugo pages show a shortcode literally
        }

        var closing = i < text.Length && text[i] == '/';
        if (closing)
        {
            i = SkipSpace(text, i + 1);
        }

        var nameStart = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or '/'))
        {
            i++;
        }

        if (i == nameStart)
        {
            return null;
        }

        var name = text[nameStart..i].ToString();
        var parameters = new List<ShortcodeParameter>();
        var selfClosing = false;
        while (i < text.Length && i < MaximumLength)
        {
            var afterSpace = SkipSpace(text, i);
            if (EndsAt(text, afterSpace, delimiter))
            {
                return new ShortcodeTag(name, delimiter, closing, selfClosing, parameters, afterSpace + 3);
            }

            if (afterSpace < text.Length && text[afterSpace] == '/' && EndsAt(text, SkipSpace(text, afterSpace + 1), delimiter))
            {
                selfClosing = true;
                i = SkipSpace(text, afterSpace + 1);
                continue;
            }

            // Parameters are separated by spaces, except that Hugo's lexer also takes one right after a quoted
            // value (term_id="x"text="y", as real pages have it); a closing tag has none.
            if ((afterSpace == i && !(i > 0 && text[i - 1] is '"' or '`' && parameters.Count > 0)) || afterSpace >= text.Length || closing)
            {
                return null;
            }

            i = afterSpace;
            string? key = null;
            var keyEnd = i;
            while (keyEnd < text.Length && (char.IsLetterOrDigit(text[keyEnd]) || text[keyEnd] is '_' or '-'))
            {
                keyEnd++;
            }

            if (keyEnd > i && keyEnd < text.Length && text[keyEnd] == '=')
            {
                key = text[i..keyEnd].ToString();
                i = keyEnd + 1;
            }

            if (ReadValue(text, i, out var value, out var valueStart, out var valueLength, out var next) is false)
            {
                return null;
            }

            parameters.Add(new ShortcodeParameter(key, value, valueStart, valueLength));
            i = next;
        }

        return null;
    }

    private static bool ReadValue(ReadOnlySpan<char> text, int i, out string value, out int start, out int length, out int next)
    {
        value = "";
        start = i;
        length = 0;
        next = i;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] is '"' or '`')
        {
            var quote = text[i];
            var sb = new System.Text.StringBuilder();
            var j = i + 1;
            while (j < text.Length && text[j] != quote)
            {
                if (quote == '"' && text[j] == '\\' && j + 1 < text.Length && text[j + 1] == '"')
                {
                    j++;
                }

                sb.Append(text[j]);
                j++;
            }

            if (j >= text.Length)
            {
                return false;
            }

            value = sb.ToString();
            start = i + 1;
            length = j - i - 1;
            next = j + 1;
            return true;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !(text[end] is '>' or '%' && end + 2 < text.Length && text[end + 1] == '}' && text[end + 2] == '}'))
        {
            end++;
        }

        if (end == i)
        {
            return false;
        }

        value = text[i..end].ToString();
        length = end - i;
        next = end;
        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool EndsAt(ReadOnlySpan<char> text, int i, char delimiter) =>
        i + 2 < text.Length && text[i] == (delimiter == '<' ? '>' : '%') && text[i + 1] == '}' && text[i + 2] == '}';
}
