namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>
/// The form in which a shortcode is compared across languages: its name, positional parameters in order, named
/// ones sorted by name (Hugo reads them by name), translatable values as <c>…</c>, and no delimiter
/// (<c>{{&lt; &gt;}}</c> and <c>{{% %}}</c> only change how the inner text is rendered).
/// </summary>
public static class ShortcodeCanonical
{
    public const string TranslatedValue = "…";

    public static string Of(ShortcodeTag tag, ShortcodeSettings settings)
    {
        if (tag.IsClosing)
        {
            return "/" + tag.Name;
        }

        var parts = new List<string> { tag.Name };
        parts.AddRange(tag.Parameters.Where(p => p.Name is null).Select(p => Quote(p.Value)));
        parts.AddRange(tag.Parameters.Where(p => p.Name is not null).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={(settings.IsTranslatable(tag.Name, p.Name) ? TranslatedValue : Quote(p.Value))}"));
        if (tag.IsSelfClosing)
        {
            parts.Add("/");
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
