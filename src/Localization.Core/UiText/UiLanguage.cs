using System.Globalization;

namespace Localization.Core.UiText;

/// <summary>
/// The language of l10n's own messages: <c>--ui-lang</c> when given, else the user's locale as POSIX defines
/// its precedence (LC_ALL, LC_MESSAGES, LANG: <c>ko_KR.UTF-8</c> → ko), else the process's UI culture.
/// A language without a message table, and "C"/"POSIX", mean English.
/// </summary>
public static class UiLanguage
{
    public const string English = "en";

    /// <param name="option">The value of --ui-lang, or null.</param>
    /// <param name="environment">Reads an environment variable (Environment.GetEnvironmentVariable in the CLI).</param>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Supported(Normalize(option));
        }

        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return Supported(Normalize(value)); // the first one set decides, even when it says C
            }
        }

        return Supported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }

    /// <summary><c>ko_KR.UTF-8</c>, <c>ko-KR</c>, <c>ko</c> → ko; <c>C</c>, <c>POSIX</c> → en.</summary>
    public static string Normalize(string value)
    {
        var code = value.Split('.', '@')[0].Split('_', '-')[0].Trim().ToLowerInvariant();
        return code is "" or "c" or "posix" or "iv" ? English : code;
    }

    private static string Supported(string code) => MessageCatalog.Languages.Contains(code) ? code : English;
}
