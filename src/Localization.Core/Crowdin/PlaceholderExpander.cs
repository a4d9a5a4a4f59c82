using System.Text;

namespace Localization.Core.Crowdin;

/// <summary>
/// Expands Crowdin placeholders in translation, dest and ignore patterns: language placeholders first,
/// then file placeholders and <c>**</c>, as the Crowdin CLI does.
/// </summary>
/// <remarks>
/// <para>
/// Language semantics differ deliberately from Crowdin's server-side table. The user names the
/// language exactly as the project's files use it (Privacy Guides writes <c>i18n/pt-BR/</c> and
/// <c>i18n/zh-Hant/</c> through <c>%two_letters_code%</c>), so for a requested code X a language
/// placeholder P expands to:
/// </para>
/// <list type="number">
/// <item><c>languages_mapping[P][X]</c> when the group maps X for P;</item>
/// <item>otherwise X itself for <c>%two_letters_code%</c>, <c>%language_id%</c>, <c>%locale%</c> and <c>%osx_locale%</c>;</item>
/// <item>for <c>%locale_with_underscore%</c>, the <c>%locale%</c> value (mapped, or X) with '-' replaced by '_', as the CLI computes it;</item>
/// <item>the <see cref="LanguageCatalog"/> value for <c>%three_letters_code%</c>, <c>%android_code%</c>, <c>%osx_code%</c> and <c>%language%</c>.</item>
/// </list>
/// <para>
/// Each phase is a single left-to-right pass, so a value that happens to contain placeholder text is
/// never expanded again. Unknown <c>%name%</c> sequences are left as written.
/// </para>
/// </remarks>
public static class PlaceholderExpander
{
    /// <summary>Language placeholder names (without '%'), as accepted in <c>languages_mapping</c>.</summary>
    public static IReadOnlyList<string> LanguagePlaceholders { get; } =
    [
        "language", "language_id", "two_letters_code", "three_letters_code", "locale",
        "locale_with_underscore", "android_code", "osx_code", "osx_locale",
    ];

    /// <summary>File placeholder names (without '%').</summary>
    public static IReadOnlyList<string> FilePlaceholders { get; } =
        ["original_file_name", "file_name", "file_extension", "original_path"];

    /// <summary>Every placeholder as written in a pattern, with its '%' signs.</summary>
    public static IReadOnlyList<string> KnownPlaceholders { get; } = [.. LanguagePlaceholders.Concat(FilePlaceholders).Select(p => '%' + p + '%')];

    /// <summary>
    /// The first <c>%name%</c> of <paramref name="pattern"/> (a lower-case name: Crowdin's spelling) that is
    /// no placeholder, with its index, so a typo such as <c>%orignal_file_name%</c> is named instead of
    /// silently matching no file; null when every one is known.
    /// </summary>
    public static (string Name, int Index)? UnknownPlaceholder(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(pattern, "%[a-z][a-z_]*%"))
        {
            if (!KnownPlaceholders.Contains(m.Value, StringComparer.Ordinal))
            {
                return (m.Value, m.Index);
            }
        }

        return null;
    }

    /// <summary>True if <paramref name="pattern"/> contains at least one language placeholder (Crowdin requires one in <c>translation</c>).</summary>
    public static bool ContainsLanguagePlaceholder(string pattern) =>
        LanguagePlaceholders.Any(p => pattern.Contains('%' + p + '%', StringComparison.Ordinal));

    /// <summary>True if <paramref name="pattern"/> contains a file placeholder.</summary>
    public static bool ContainsFilePlaceholder(string pattern) =>
        FilePlaceholders.Any(p => pattern.Contains('%' + p + '%', StringComparison.Ordinal));

    /// <summary>
    /// The value of one language placeholder (name without '%') for <paramref name="language"/>,
    /// following the rules in the class remarks; null for a name that is not a language placeholder.
    /// </summary>
    public static string? LanguageValue(
        string placeholder,
        LanguageTarget language,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? languagesMapping = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!LanguagePlaceholders.Contains(placeholder, StringComparer.Ordinal))
        {
            return null;
        }

        if (TryMapped(placeholder, language.Code, languagesMapping, out var mapped))
        {
            return mapped;
        }

        return placeholder switch
        {
            "two_letters_code" or "language_id" or "locale" or "osx_locale" => language.Code,
            "locale_with_underscore" => (TryMapped("locale", language.Code, languagesMapping, out var locale) ? locale : language.Code)
                .Replace('-', '_'),
            "three_letters_code" => language.Codes.ThreeLetters,
            "android_code" => language.Codes.AndroidCode,
            "osx_code" => language.Codes.OsxCode,
            _ => language.Codes.Name,
        };
    }

    /// <summary>Replaces every language placeholder in <paramref name="pattern"/>; file placeholders and <c>**</c> are kept.</summary>
    public static string ExpandLanguage(
        string pattern,
        LanguageTarget language,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? languagesMapping = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(language);
        return Substitute(pattern, name => LanguageValue(name, language, languagesMapping), doubleStar: null);
    }

    /// <summary>
    /// Replaces file placeholders for the source file at <paramref name="sourceRelativePath"/>
    /// ('/'-separated, relative to the base path) and, when <paramref name="doubleStarPath"/> is given,
    /// every <c>**</c> with it (the sub-path the source's <c>**</c> matched, possibly empty).
    /// <c>%file_name%</c> drops only the last extension (<c>abbreviations.en.txt</c> → <c>abbreviations.en</c>),
    /// like Apache Commons' <c>FilenameUtils.removeExtension</c> used by the Crowdin CLI.
    /// </summary>
    public static string ExpandFile(string pattern, string sourceRelativePath, string? doubleStarPath = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(sourceRelativePath);
        var path = sourceRelativePath.Replace('\\', '/').Trim('/');
        var slash = path.LastIndexOf('/');
        var fileName = slash >= 0 ? path[(slash + 1)..] : path;
        var parent = slash >= 0 ? path[..slash] : string.Empty;
        var dot = fileName.LastIndexOf('.');
        var nameWithoutExtension = dot >= 0 ? fileName[..dot] : fileName;
        var extension = dot >= 0 ? fileName[(dot + 1)..] : string.Empty;
        return Substitute(
            pattern,
            name => name switch
            {
                "original_file_name" => fileName,
                "file_name" => nameWithoutExtension,
                "file_extension" => extension,
                "original_path" => parent,
                _ => null,
            },
            doubleStarPath);
    }

    private static bool TryMapped(
        string placeholder,
        string code,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? mapping,
        out string value)
    {
        value = string.Empty;
        if (mapping is null)
        {
            return false;
        }

        if (!mapping.TryGetValue(placeholder, out var byLanguage)
            && !(placeholder == "language" && mapping.TryGetValue("name", out byLanguage)))
        {
            return false;
        }

        if (byLanguage.TryGetValue(code, out var exact))
        {
            value = exact;
            return true;
        }

        foreach (var (id, mapped) in byLanguage)
        {
            if (string.Equals(id, code, StringComparison.OrdinalIgnoreCase))
            {
                value = mapped;
                return true;
            }
        }

        return false;
    }

    /// <summary>One left-to-right pass: <c>%name%</c> with a known value, and <c>**</c> when <paramref name="doubleStar"/> is set.</summary>
    internal static string Substitute(string pattern, Func<string, string?> valueOf, string? doubleStar)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '%')
            {
                var end = pattern.IndexOf('%', i + 1);
                if (end > i + 1)
                {
                    var value = valueOf(pattern[(i + 1)..end]);
                    if (value is not null)
                    {
                        sb.Append(value);
                        i = end + 1;
                        continue;
                    }
                }
            }
            else if (c == '*' && doubleStar is not null && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                sb.Append(doubleStar);
                i += 2;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }
}
