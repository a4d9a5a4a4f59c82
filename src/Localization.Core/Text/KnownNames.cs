namespace Localization.Core.Text;

/// <summary>
/// Platform, store and operating-system names that documentation keeps in English in every language
/// (download lists, "Windows, macOS, Linux"). Product names specific to a site are learned from the
/// pages themselves instead (see <see cref="Analysis.TargetPageProfile"/>).
/// </summary>
public static class KnownNames
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Windows", "macOS", "Linux", "Android", "iOS", "iPadOS", "watchOS", "tvOS", "visionOS", "ChromeOS", "FreeBSD", "OpenBSD",
        "NetBSD", "BSD", "Unix", "Ubuntu", "Debian", "Fedora", "GrapheneOS", "CalyxOS", "LineageOS", "DivestOS", "Qubes", "Tails",
        "Whonix", "Google", "Play", "App", "Store", "Apple", "Microsoft", "F-Droid", "GitHub", "GitLab", "Codeberg", "Flathub",
        "Flatpak", "Snap", "Snapcraft", "AppImage", "Homebrew", "Web", "Firefox", "Chrome", "Chromium", "Safari", "Edge", "Brave",
        "Tor", "Mullvad", "Opera", "Vivaldi", "Obtainium", "Accrescent", "Docker", "Mac", "Desktop", "Mobile", "Wi-Fi", "Bluetooth",
        "USB", "NFC", "Raspberry", "Pi", "Amazon", "Mozilla", "Proton", "Signal", "Matrix", "Markdown", "YAML", "JSON", "XML", "HTML",
        "CSS", "PDF", "Git", "npm", "NuGet", "PyPI", "CLI", "API", "SDK", "OS", "PC",
    };

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
