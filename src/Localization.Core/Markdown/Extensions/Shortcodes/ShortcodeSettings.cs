namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>
/// Which shortcode parameters hold text for readers (<c>shortcodes:</c> in l10n.yml): their values are translated
/// and read as prose; every other parameter is markup a translation copies unchanged.
/// </summary>
/// <param name="Translatable">Shortcode name → its translatable parameter names; <c>*</c> applies to every shortcode.</param>
public sealed record ShortcodeSettings(IReadOnlyDictionary<string, IReadOnlySet<string>> Translatable)
{
    /// <summary>
    /// Kubernetes' shortcodes whose parameters its localisations translate: the tooltip's text, a figure's
    /// caption, alt and title, a tab's name.
    /// </summary>
    public static ShortcodeSettings Default { get; } = new(new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["glossary_tooltip"] = Set("text"),
        ["figure"] = Set("alt", "title", "caption"),
        ["tab"] = Set("name"),
    });

    public bool IsTranslatable(string shortcode, string? parameter) =>
        parameter is not null
        && ((Translatable.TryGetValue(shortcode, out var names) && names.Contains(parameter))
            || (Translatable.TryGetValue("*", out var any) && any.Contains(parameter)));

    /// <summary>The default set with <paramref name="overrides"/> added; a shortcode listed there gets exactly its list (<c>[]</c>: none).</summary>
    public ShortcodeSettings With(IReadOnlyDictionary<string, IReadOnlySet<string>> overrides)
    {
        var merged = new Dictionary<string, IReadOnlySet<string>>(Translatable, StringComparer.Ordinal);
        foreach (var (name, parameters) in overrides)
        {
            merged[name] = parameters;
        }

        return new ShortcodeSettings(merged);
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
