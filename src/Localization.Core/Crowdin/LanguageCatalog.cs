using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Localization.Core.Crowdin;

/// <summary>
/// A built-in snapshot of Crowdin's language table for common languages, so placeholders such as
/// <c>%three_letters_code%</c> or <c>%osx_code%</c> can be expanded offline. Unknown ids get codes
/// derived from the id itself, which is what a project using a custom code needs.
/// </summary>
public static partial class LanguageCatalog
{
    private static readonly FrozenDictionary<string, LanguageCodes> Known = BuildTable();

    /// <summary>All built-in entries, ordered by id, e.g. to reverse-map a code found on disk.</summary>
    public static IReadOnlyList<LanguageCodes> All { get; } =
        Array.AsReadOnly(Known.Values.OrderBy(l => l.Id, StringComparer.Ordinal).ToArray());

    /// <summary>
    /// Returns the codes for <paramref name="languageId"/>: the built-in row when the id is known
    /// (matched case-insensitively), otherwise a derivation: two and three letters = the part before
    /// the first '-' or '_', locale = the id, Android code <c>xx-rYY</c> when the id is
    /// <c>xx-YY</c>, Apple code <c>id.lproj</c>, name = the id.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a plain code (<c>^[A-Za-z0-9_-]+$</c>).</exception>
    public static LanguageCodes Resolve(string languageId)
    {
        ArgumentNullException.ThrowIfNull(languageId);
        if (!IsValidCode(languageId))
        {
            throw new ArgumentException($"'{languageId}' is not a language code (expected letters, digits, '-' or '_').", nameof(languageId));
        }

        return Known.TryGetValue(languageId, out var codes) ? codes : Derive(languageId);
    }

    /// <summary>True if <paramref name="languageId"/> has a built-in row.</summary>
    public static bool IsKnown(string languageId) => languageId is not null && Known.ContainsKey(languageId);

    /// <summary>
    /// True for codes safe to use as a path segment and in reports: ASCII letters, digits, '-' and '_'
    /// only. Everything else (dots, slashes, ':' and so on) could escape a directory or name a device.
    /// </summary>
    /// <summary>
    /// Letters, digits, '-' and '_', starting with a letter or digit, and never a device name that Windows
    /// reserves in every directory (CON, NUL, COM1, …): the code becomes a path segment.
    /// </summary>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code) && !ReservedName().IsMatch(code);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReservedName();

    private static LanguageCodes Derive(string id)
    {
        var separator = id.IndexOfAny(['-', '_']);
        var language = separator > 0 ? id[..separator] : id;
        var region = separator > 0 ? id[(separator + 1)..] : string.Empty;
        var android = region.Length > 0 ? $"{language}-r{region}" : language;
        return new LanguageCodes(
            Id: id,
            TwoLetters: language,
            ThreeLetters: language,
            Locale: id,
            LocaleWithUnderscore: id.Replace('-', '_'),
            AndroidCode: android,
            OsxCode: id + ".lproj",
            OsxLocale: id.Replace('-', '_'),
            Name: id);
    }

    private static FrozenDictionary<string, LanguageCodes> BuildTable()
    {
        // id, two, three, locale, android, osx code, osx locale, name. Locale with underscore is derived.
        string[][] rows =
        [
            ["ar", "ar", "ara", "ar-SA", "ar-rSA", "ar.lproj", "ar", "Arabic"],
            ["bn", "bn", "ben", "bn-BD", "bn-rBD", "bn.lproj", "bn", "Bengali"],
            ["ca", "ca", "cat", "ca-ES", "ca-rES", "ca.lproj", "ca", "Catalan"],
            ["cs", "cs", "ces", "cs-CZ", "cs-rCZ", "cs.lproj", "cs", "Czech"],
            ["da", "da", "dan", "da-DK", "da-rDK", "da.lproj", "da", "Danish"],
            ["de", "de", "deu", "de-DE", "de-rDE", "de.lproj", "de", "German"],
            ["el", "el", "ell", "el-GR", "el-rGR", "el.lproj", "el", "Greek"],
            ["en", "en", "eng", "en-US", "en-rUS", "en.lproj", "en", "English"],
            ["en-GB", "en", "eng", "en-GB", "en-rGB", "en-GB.lproj", "en_GB", "English, United Kingdom"],
            ["en-US", "en", "eng", "en-US", "en-rUS", "en-US.lproj", "en_US", "English, United States"],
            ["eo", "eo", "epo", "eo-UY", "eo-rUY", "eo.lproj", "eo", "Esperanto"],
            ["es", "es", "spa", "es-ES", "es-rES", "es.lproj", "es", "Spanish"],
            ["es-ES", "es", "spa", "es-ES", "es-rES", "es.lproj", "es", "Spanish"],
            ["es-MX", "es", "spa", "es-MX", "es-rMX", "es-MX.lproj", "es_MX", "Spanish, Mexico"],
            ["eu", "eu", "eus", "eu-ES", "eu-rES", "eu.lproj", "eu", "Basque"],
            ["fa", "fa", "fas", "fa-IR", "fa-rIR", "fa.lproj", "fa", "Persian"],
            ["fi", "fi", "fin", "fi-FI", "fi-rFI", "fi.lproj", "fi", "Finnish"],
            ["fr", "fr", "fra", "fr-FR", "fr-rFR", "fr.lproj", "fr", "French"],
            ["he", "he", "heb", "he-IL", "iw-rIL", "he.lproj", "he", "Hebrew"],
            ["hi", "hi", "hin", "hi-IN", "hi-rIN", "hi.lproj", "hi", "Hindi"],
            ["hu", "hu", "hun", "hu-HU", "hu-rHU", "hu.lproj", "hu", "Hungarian"],
            ["id", "id", "ind", "id-ID", "in-rID", "id.lproj", "id", "Indonesian"],
            ["it", "it", "ita", "it-IT", "it-rIT", "it.lproj", "it", "Italian"],
            ["ja", "ja", "jpn", "ja-JP", "ja-rJP", "ja.lproj", "ja", "Japanese"],
            ["ko", "ko", "kor", "ko-KR", "ko-rKR", "ko.lproj", "ko", "Korean"],
            ["ku", "ku", "kur", "ku-TR", "ku-rTR", "ku.lproj", "ku", "Kurdish"],
            ["nl", "nl", "nld", "nl-NL", "nl-rNL", "nl.lproj", "nl", "Dutch"],
            ["no", "no", "nor", "no-NO", "no-rNO", "no.lproj", "no", "Norwegian"],
            ["pl", "pl", "pol", "pl-PL", "pl-rPL", "pl.lproj", "pl", "Polish"],
            ["pt", "pt", "por", "pt-PT", "pt-rPT", "pt.lproj", "pt", "Portuguese"],
            ["pt-BR", "pt", "por", "pt-BR", "pt-rBR", "pt-BR.lproj", "pt_BR", "Portuguese, Brazilian"],
            ["pt-PT", "pt", "por", "pt-PT", "pt-rPT", "pt.lproj", "pt", "Portuguese"],
            ["ro", "ro", "ron", "ro-RO", "ro-rRO", "ro.lproj", "ro", "Romanian"],
            ["ru", "ru", "rus", "ru-RU", "ru-rRU", "ru.lproj", "ru", "Russian"],
            ["sk", "sk", "slk", "sk-SK", "sk-rSK", "sk.lproj", "sk", "Slovak"],
            ["sr", "sr", "srp", "sr-SP", "sr-rSP", "sr.lproj", "sr", "Serbian (Cyrillic)"],
            ["sv-SE", "sv", "swe", "sv-SE", "sv-rSE", "sv.lproj", "sv", "Swedish"],
            ["ta", "ta", "tam", "ta-IN", "ta-rIN", "ta.lproj", "ta", "Tamil"],
            ["th", "th", "tha", "th-TH", "th-rTH", "th.lproj", "th", "Thai"],
            ["tr", "tr", "tur", "tr-TR", "tr-rTR", "tr.lproj", "tr", "Turkish"],
            ["uk", "uk", "ukr", "uk-UA", "uk-rUA", "uk.lproj", "uk", "Ukrainian"],
            ["vi", "vi", "vie", "vi-VN", "vi-rVN", "vi.lproj", "vi", "Vietnamese"],
            ["zh-CN", "zh", "zho", "zh-CN", "zh-rCN", "zh-Hans.lproj", "zh-Hans", "Chinese Simplified"],
            ["zh-Hans", "zh", "zho", "zh-CN", "zh-rCN", "zh-Hans.lproj", "zh-Hans", "Chinese Simplified"],
            ["zh-Hant", "zh", "zho", "zh-TW", "zh-rTW", "zh-Hant.lproj", "zh-Hant", "Chinese Traditional"],
            ["zh-TW", "zh", "zho", "zh-TW", "zh-rTW", "zh-Hant.lproj", "zh-Hant", "Chinese Traditional"],
        ];

        return rows
            .Select(r => new LanguageCodes(r[0], r[1], r[2], r[3], r[3].Replace('-', '_'), r[4], r[5], r[6], r[7]))
            .ToFrozenDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
    }
}
