using Localization.Core.History;
using Localization.Core.Tests.Crowdin;
using Localization.Core.Tests.TestSupport;

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
        TestGit.Run(tree.Root, "init", "-q");
        TestGit.Run(tree.Root, "add", ".");
        TestGit.Run(tree.Root, "commit", "-qm", "a page of 304 bytes");

        var error = Assert.Throws<HistoryFileTooLargeException>(() => GitHistory.Open(tree.Root, maxFileBytes: 100).Show("HEAD", page));
        Assert.Equal(100, error.MaxBytes);

        // Within the limit it is the text, its byte order mark dropped as the file reader drops it.
        Assert.Equal(new string('a', 300) + "\n", GitHistory.Open(tree.Root, maxFileBytes: 304).Show("HEAD", page));
        Assert.Null(GitHistory.Open(tree.Root).Show("HEAD", tree.Full("docs/other.md")));
    }
}
