using System.Globalization;
using System.Text;

namespace Localization.Core.Reports.Html;

/// <summary>
/// Makes page content safe inside the HTML report: every character that means something to HTML is
/// escaped (translations are untrusted input), invisible and control characters are shown as visible
/// code points, and only http(s) and relative URLs are ever made into links.
/// </summary>
public static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for element content: invisible characters become marked-up code points.</summary>
    public static void Append(StringBuilder html, ReadOnlySpan<char> text) => AppendEscaped(html, text, inAttribute: false);

    /// <summary>
    /// Appends <paramref name="text"/> escaped for an attribute value (or other text that holds no markup: a title):
    /// invisible characters become plain code points (<c>U+202E</c>), since the quotes of a span would close the attribute.
    /// </summary>
    public static void AppendAttribute(StringBuilder html, ReadOnlySpan<char> text) => AppendEscaped(html, text, inAttribute: true);

    /// <summary>The text escaped for an attribute value (see <see cref="AppendAttribute"/>).</summary>
    public static string Attribute(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var html = new StringBuilder(text.Length + 16);
        AppendAttribute(html, text);
        return html.ToString();
    }

    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text, bool inAttribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n' or '\t': html.Append(c); break;
                case '\r': break;
                default:
                    if (IsInvisible(c))
                    {
                        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                        html.Append(inAttribute ? "U+" : "<span class=\"ctl\">U+").Append(code).Append(inAttribute ? "" : "</span>");
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>The text escaped (see <see cref="Append"/>).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var html = new StringBuilder(text.Length + 16);
        Append(html, text);
        return html.ToString();
    }

    /// <summary>
    /// The URL as a link target when it is safe to follow: http, https, or relative (no scheme at all); null
    /// for javascript:, data:, vbscript:, file: and every other scheme, including ones spelt with entities,
    /// control characters or mixed case, which browsers would still run.
    /// </summary>
    public static string? SafeHref(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        // Browsers drop tabs and line breaks inside URLs and trim control characters and spaces: judge what they would see.
        var seen = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is not ('\t' or '\n' or '\r') && !char.IsControl(c) && !IsInvisible(c))
            {
                seen.Append(c);
            }
        }

        var trimmed = seen.ToString().Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal) || trimmed.Contains('\\'))
        {
            return null;
        }

        var colon = trimmed.IndexOf(':');
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (hasScheme)
        {
            var scheme = trimmed[..colon];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return null;
            }
        }

        return trimmed;
    }

    /// <summary>A CSS string literal: quotes, backslashes, angle brackets and line breaks escaped.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>
    /// Control characters, bidi embeddings, overrides and isolates, separators and stray BOMs: shown as code
    /// points, never left to act. Marks that right-to-left and Indic scripts use in ordinary text (LRM, RLM,
    /// ZWJ, ZWNJ) are kept as they are.
    /// </summary>
    public static bool IsInvisible(char c) => c switch
    {
        < ' ' and not ('\n' or '\t' or '\r') => true,
        '\u007f' or (>= '\u0080' and <= '\u009f') => true,
        '\u200b' or '\u2060' => true,
        '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff' => true,
        >= '\u202a' and <= '\u202e' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
