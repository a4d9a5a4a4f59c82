using System.Diagnostics;
using Localization.Core.History;
using Localization.Core.Tests.Crowdin;

namespace Localization.Core.Tests.History;

/// <summary>Old versions read from a real git repository: never more than the largest file l10n reads.</summary>
public sealed class GitHistoryTests
{
    [Fact]
    public void An_old_version_larger_than_the_largest_file_read_is_refused_not_read_whole()
    {
        using var tree = new TempTree().Dirs("docs");
        var page = tree.Full("docs/page.md");
        File.WriteAllText(page, "\uFEFF" + new string('a', 300) + "\n");
        Git(tree.Root, "init", "-q");
        Git(tree.Root, "add", ".");
        Git(tree.Root, "commit", "-qm", "a page of 304 bytes");

        var error = Assert.Throws<HistoryFileTooLargeException>(() => GitHistory.Open(tree.Root, maxFileBytes: 100).Show("HEAD", page));
        Assert.Equal(100, error.MaxBytes);

        // Within the limit it is the text, its byte order mark dropped as the file reader drops it.
        Assert.Equal(new string('a', 300) + "\n", GitHistory.Open(tree.Root, maxFileBytes: 304).Show("HEAD", page));
        Assert.Null(GitHistory.Open(tree.Root).Show("HEAD", tree.Full("docs/other.md")));
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // A repository of its own, whatever the machine's git configuration says.
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "l10n tests";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "tests@example.org";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
