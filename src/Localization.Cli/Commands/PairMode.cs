using Localization.Core.Checking;
using Localization.Core.Crowdin;

namespace Localization.Cli.Commands;

/// <summary>Pair mode shared by the commands that check (<c>--source</c>, <c>--target</c>, <c>--lang</c>): one page pair, no crowdin.yml.</summary>
internal static class PairMode
{
    /// <summary>The pair asked for, or null after printing why it cannot be checked.</summary>
    public static PairRequest? Request(CliConsole console, string? sourcePath, string? targetPath, string? lang, IReadOnlyList<string> positional)
    {
        if (sourcePath is null || targetPath is null)
        {
            console.Fail("pair mode needs both --source and --target");
            return null;
        }

        if (positional.Count > 0)
        {
            console.Fail("pair mode takes no LANG or PATH arguments");
            return null;
        }

        var language = lang ?? GuessLanguage(targetPath);
        if (!LanguageCatalog.IsValidCode(language))
        {
            console.Fail($"invalid language code '{language}' (letters, digits, '-' and '_' only)");
            return null;
        }

        if (!File.Exists(sourcePath))
        {
            console.Fail($"{sourcePath}: file not found");
            return null;
        }

        if (Directory.Exists(targetPath))
        {
            console.Fail($"{targetPath}: is a directory, not a translated file");
            return null;
        }

        return new PairRequest(language, ProjectRun.Display(sourcePath), ProjectRun.Display(targetPath), Path.GetFullPath(sourcePath), Path.GetFullPath(targetPath));
    }

    /// <summary>
    /// A known language code from the target's path: the nearest directory (i18n/ko/page.md) first, then the
    /// file name (page.ko.md, ko.md), else "und".
    /// </summary>
    private static string GuessLanguage(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var directories = parts[..^1].Reverse();
        var fileParts = parts.Length > 0 ? parts[^1].Split('.')[..^1].Reverse() : [];
        return directories.Concat(fileParts).FirstOrDefault(p => p.Length >= 2 && p != "en" && LanguageCatalog.IsKnown(p)) ?? "und";
    }

}
