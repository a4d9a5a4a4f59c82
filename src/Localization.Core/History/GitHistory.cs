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
    private readonly long _maxFileBytes;

    private GitHistory(long maxFileBytes) => _maxFileBytes = maxFileBytes;

    /// <summary>Opens the repository holding <paramref name="directory"/>; a clear error when there is none.</summary>
    /// <param name="directory">A directory of the project.</param>
    /// <param name="maxFileBytes">The largest old version read, as the largest current file (a huge blob in history must not fill memory).</param>
    public static GitHistory Open(string directory, long maxFileBytes = IO.TextFileReader.DefaultMaxBytes)
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

        return new GitHistory(maxFileBytes);
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
        var (code, output, _) = Run(Path.GetDirectoryName(fullPath)!, _maxFileBytes, "show", $"{revision}:./{Path.GetFileName(fullPath)}");
        return code == TooLarge ? throw new HistoryFileTooLargeException(_maxFileBytes) : code == 0 ? output : null;
    }

    /// <summary>The code <see cref="Run(string, long, string[])"/> gives for an output longer than its limit (git was stopped).</summary>
    private const int TooLarge = -2;

    public string? LastCommitTouching(string fullPath)
    {
        var (code, output, _) = Run(Path.GetDirectoryName(fullPath)!, "log", "-1", "--format=%H", "--", Path.GetFileName(fullPath));
        return code == 0 && output.Trim() is { Length: > 0 } commit ? commit : null;
    }

    private static (int Code, string Output, string Error) Run(string directory, params string[] arguments) => Run(directory, long.MaxValue, arguments);

    private static (int Code, string Output, string Error) Run(string directory, long maxOutputBytes, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
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
            if (ReadAtMost(process.StandardOutput.BaseStream, maxOutputBytes) is not { } bytes)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (TooLarge, "", error.GetAwaiter().GetResult());
            }

            process.WaitForExit();
            // As the reader it replaces read it: a byte order mark is not text.
            var text = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
            return (process.ExitCode, new UTF8Encoding(false).GetString(text), error.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, "", e.Message);
        }
    }

    /// <summary>The whole stream, or null as soon as it is longer than <paramref name="max"/> bytes.</summary>
    private static byte[]? ReadAtMost(Stream stream, long max)
    {
        using var read = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (read.Length + n > max)
            {
                return null;
            }

            read.Write(buffer, 0, n);
        }

        return read.ToArray();
    }
}
