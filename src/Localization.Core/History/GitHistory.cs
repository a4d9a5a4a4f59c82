using System.Diagnostics;
using System.Text;

namespace Localization.Core.History;

/// <summary>
/// <see cref="ISourceHistory"/> read with the <c>git</c> executable (no library: the user's own git, with
/// its configuration, sees the repository exactly as they do). Paths are passed relative to their own
/// directory (<c>git -C dir show REV:./name</c>), so no path is computed against the work tree.
/// </summary>
public sealed class GitHistory : ISourceHistory
{
    private GitHistory()
    {
    }

    /// <summary>Opens the repository holding <paramref name="directory"/>; a clear error when there is none.</summary>
    public static GitHistory Open(string directory)
    {
        var (code, _, error) = Run(directory, "rev-parse", "--git-dir");
        if (code != 0)
        {
            // A repository git refuses (owned by another user, broken) is not "no repository": git's reason is given.
            var reason = error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            throw new HistoryException(code == 127
                ? $"git could not be run: {error.Trim()}"
                : reason.Contains("not a git repository", StringComparison.Ordinal) || reason.Length == 0
                    ? $"{directory}: not in a git repository (l10n diff reads the English's history from git)"
                    : $"{directory}: git cannot read the repository: {Reports.SafeText.Escape(reason)}");
        }

        return new GitHistory();
    }

    /// <summary>The full commit id of <paramref name="revision"/>; a clear error when it names no commit.</summary>
    public static string Resolve(string directory, string revision)
    {
        if (revision.StartsWith('-'))
        {
            throw new HistoryException($"--since: '{revision}' is not a revision");
        }

        var (code, output, _) = Run(directory, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        return code == 0 ? output.Trim() : throw new HistoryException($"--since: unknown revision '{revision}' (give a commit, branch or tag, e.g. HEAD~1)");
    }

    public string? Show(string revision, string fullPath)
    {
        var (code, output, _) = Run(Path.GetDirectoryName(fullPath)!, "show", $"{revision}:./{Path.GetFileName(fullPath)}");
        return code == 0 ? output : null;
    }

    public string? LastCommitTouching(string fullPath)
    {
        var (code, output, _) = Run(Path.GetDirectoryName(fullPath)!, "log", "-1", "--format=%H", "--", Path.GetFileName(fullPath));
        return code == 0 && output.Trim() is { Length: > 0 } commit ? commit : null;
    }

    private static (int Code, string Output, string Error) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // Never page, never prompt: this runs unattended.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, "", e.Message);
        }
    }
}
