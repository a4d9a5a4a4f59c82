namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>
/// The form in which a shortcode is compared across languages: its name, positional parameters in order, named
/// ones sorted by name (Hugo reads them by name), no translatable parameter (a translation may give or leave out
/// <c>text=</c>: without it, glossary_tooltip shows the term's own name), and no delimiter (<c>{{&lt; &gt;}}</c> and
/// <c>{{% %}}</c> only change how the inner text is rendered).
/// </summary>
public static class ShortcodeCanonical
{
    public static string Of(ShortcodeTag tag, ShortcodeSettings settings)
    {
        if (tag.IsClosing)
        {
            return "/" + tag.Name;
        }

        var parts = new List<string> { tag.Name };
        parts.AddRange(tag.Parameters.Where(p => p.Name is null).Select(p => Quote(p.Value)));
        parts.AddRange(tag.Parameters.Where(p => p.Name is not null && !settings.IsTranslatable(tag.Name, p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Quote(p.Value)}"));
        if (tag.IsSelfClosing)
        {
            parts.Add("/");
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
