namespace Localization.Core.Text;

/// <summary>
/// Platform, store, browser and operating-system names that documentation keeps in English in every
/// language (download lists, "Windows, macOS, Linux"), and file formats. The names of a site's own
/// subject (its products, services, people) are never listed here: they are learned per project, across
/// languages (<see cref="Terms.TermLearner"/>, terms.yml) and per page (<see cref="Analysis.TargetPageProfile"/>).
/// </summary>
public static class KnownNames
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Windows", "macOS", "Linux", "Android", "iOS", "iPadOS", "watchOS", "tvOS", "visionOS", "ChromeOS", "FreeBSD", "OpenBSD",
        "NetBSD", "BSD", "Unix", "Ubuntu", "Debian", "Fedora", "Google", "Play", "App", "Store", "Apple", "Microsoft", "F-Droid", "GitHub", "GitLab", "Codeberg", "Flathub",
        "Flatpak", "Snap", "Snapcraft", "AppImage", "Homebrew", "Web", "Firefox", "Chrome", "Chromium", "Safari", "Edge", "Docker", "Mac", "Desktop", "Mobile", "Wi-Fi", "Bluetooth",
        "USB", "NFC", "Raspberry", "Pi", "Amazon", "Mozilla", "Markdown", "YAML", "JSON", "XML", "HTML",
        "CSS", "PDF", "Git", "npm", "NuGet", "PyPI", "CLI", "API", "SDK", "OS", "PC",
    };

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>As <see cref="Contains(ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public static bool Contains(ReadOnlySpan<char> word, int hash) => Lookup.Contains(word, hash);

    // Asked of nearly every word the untranslated-text test reads, with the hash the word reader took (compared as the string set did: WordSetTests).
    private static readonly WordSet Lookup = WordSet.Of(Words, ignoreCase: true);
}
