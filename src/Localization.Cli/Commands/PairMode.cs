using Localization.Core.Checking;
using Localization.Core.Crowdin;

namespace Localization.Cli.Commands;

/// <summary>Pair mode shared by the commands that check (<c>--source</c>, <c>--target</c>, <c>--lang</c>): one page pair, no crowdin.yml.</summary>
internal static class PairMode
{
    /// <summary>
    /// The language of the pair asked for, or null after printing why it cannot be checked.
    /// </summary>
    /// <param name="standardInput">Whether one side may be <c>-</c> (standard input).</param>
    public static string? Language(CliConsole console, string? sourcePath, string? targetPath, string? lang, IReadOnlyList<string> positional, bool standardInput)
    {
        if (sourcePath is null || targetPath is null)
        {
            console.Fail("pair mode needs both --source and --target");
            return null;
        }

        if (positional.Count > 0)
        {
            console.Fail($"pair mode takes no LANG or PATH arguments (got '{positional[0]}')");
            return null;
        }

        if (!standardInput && (sourcePath == "-" || targetPath == "-"))
        {
            console.Fail("standard input (-) is for l10n check; give files");
            return null;
        }

        if (sourcePath == "-" && targetPath == "-")
        {
            console.Fail("only one of --source and --target can read standard input (-)");
            return null;
        }

        if (sourcePath.Length == 0 || targetPath.Length == 0)
        {
            console.Fail($"{(sourcePath.Length == 0 ? "--source" : "--target")}: '' is not a file name");
            return null;
        }

        var language = lang ?? GuessLanguage(targetPath == "-" ? "" : targetPath);
        if (!LanguageCatalog.IsValidCode(language))
        {
            console.Fail($"invalid language code '{language}' (letters, digits, '-' and '_' only)");
            return null;
        }

        foreach (var (path, name) in new[] { (sourcePath, "--source"), (targetPath, "--target") })
        {
            if (path == "-")
            {
                continue;
            }

            if (Directory.Exists(path))
            {
                console.Fail($"{path}: is a directory, not a Markdown file ({name})");
                return null;
            }

            if (!File.Exists(path) && !IsSymbolicLink(path))
            {
                console.Fail($"{path}: no such file ({name})");
                return null;
            }
        }

        return language;
    }

    /// <summary>The pair of two files, with paths as reports show them.</summary>
    public static PairRequest Request(string language, string sourcePath, string targetPath) =>
        new(language, ProjectRun.Display(sourcePath), ProjectRun.Display(targetPath), Path.GetFullPath(sourcePath), Path.GetFullPath(targetPath));

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

    // A dangling link is reported by the engine (never followed); only a path that names nothing is a usage error.
    private static bool IsSymbolicLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
