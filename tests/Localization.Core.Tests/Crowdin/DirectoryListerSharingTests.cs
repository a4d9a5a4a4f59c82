using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

/// <summary>
/// The listers of one mapping call's threads share their listings (<see cref="DirectoryLister(DirectoryLister)"/>):
/// a directory is listed once for all of them, with the same entries a lister of its own lists, while a lister
/// started on its own lists again.
/// </summary>
public sealed class DirectoryListerSharingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("l10n-lister-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Listers_of_one_call_list_a_directory_once_with_the_entries_of_a_lister_of_its_own()
    {
        var docs = Directory.CreateDirectory(Path.Join(_root, "docs")).FullName;
        Directory.CreateDirectory(Path.Join(docs, "deep"));
        File.WriteAllText(Path.Join(docs, "b.md"), "b");
        File.WriteAllText(Path.Join(docs, "a.md"), "a");
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Join(docs, "link.md"), "a.md");
            File.CreateSymbolicLink(Path.Join(docs, "loop.md"), "loop.md");
            Directory.CreateSymbolicLink(Path.Join(docs, "dir-link"), Path.Join(docs, "deep"));
        }

        var first = new DirectoryLister(_root);
        var second = new DirectoryLister(first);
        var listed = second.List(docs);
        Assert.Equal(Describe(new DirectoryLister(_root).List(docs)), Describe(listed));
        Assert.Equal(second.Root, first.Root);

        // Listed once: what the second lister listed is what the first one sees, even after the tree changed.
        File.WriteAllText(Path.Join(docs, "c.md"), "c");
        Assert.Same(listed, first.List(docs));
        Assert.Same(listed, new DirectoryLister(second).List(docs));
        Assert.Contains("c.md", new DirectoryLister(_root).List(docs).Select(e => e.Name));
    }

    [Fact]
    public void Listers_on_several_threads_share_one_listing_of_each_directory()
    {
        for (var d = 0; d < 20; d++)
        {
            var directory = Directory.CreateDirectory(Path.Join(_root, "i18n", $"l{d}")).FullName;
            for (var f = 0; f < 5; f++)
            {
                File.WriteAllText(Path.Join(directory, $"p{f}.md"), "x");
            }
        }

        var shared = new DirectoryLister(_root);
        var lists = new IReadOnlyList<DirectoryEntry>[4][];
        Parallel.For(0, lists.Length, t =>
        {
            var lister = new DirectoryLister(shared);
            lists[t] = Enumerable.Range(0, 20).Select(d => lister.List(Path.Join(_root, "i18n", $"l{d}"))).ToArray();
        });

        for (var d = 0; d < 20; d++)
        {
            Assert.All(lists, list => Assert.Same(lists[0][d], list[d]));
            Assert.Equal(["p0.md", "p1.md", "p2.md", "p3.md", "p4.md"], lists[0][d].Select(e => e.Name));
        }
    }

    private static string[] Describe(IReadOnlyList<DirectoryEntry> entries) =>
        entries.Select(e => $"{e.Name}|{e.FullPath}|{e.IsDirectory}|{e.Refusal}").ToArray();
}
