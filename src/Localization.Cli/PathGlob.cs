using Localization.Core.Crowdin;

namespace Localization.Cli;

/// <summary>
/// Glob patterns in PATH arguments (<c>'i18n/ko/**/*.md'</c>), expanded by l10n itself so they work
/// quoted, on Windows, and beyond the shell's own globbing: the same syntax as crowdin.yml patterns,
/// relative to the current directory.
/// </summary>
internal static class PathGlob
{
    public static bool IsPattern(string token) => token.IndexOfAny(['*', '?', '[']) >= 0 && !File.Exists(token) && !Directory.Exists(token);

    /// <summary>Full paths of the regular files the pattern matches, sorted; empty when none does or the pattern is invalid.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < parts.Length - 1 && parts[fixedCount].IndexOfAny(['*', '?', '[', '{']) < 0)
        {
            fixedCount++;
        }

        var prefix = string.Join('/', parts[..fixedCount]);
        var baseDirectory = Path.GetFullPath(prefix.Length > 0 ? prefix : pattern.StartsWith('/') ? "/" : ".");
        if (!Directory.Exists(baseDirectory) || !CrowdinGlob.TryParse(string.Join('/', parts[fixedCount..]), out var glob, out _))
        {
            return [];
        }

        return [.. glob.Enumerate(baseDirectory).Where(m => m.Refusal is null).Select(m => m.FullPath)];
    }
}
