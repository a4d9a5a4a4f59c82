using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

/// <summary>
/// The mapper resolves each directory through its links once and each file from its directory's resolution;
/// this holds that to resolving every path from the root, on a tree of links inside and outside it, loops,
/// chains, relative and absolute targets and missing components.
/// </summary>
public sealed class PathResolutionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("l10n-paths-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_entry_resolved_from_its_directory_is_the_path_resolved_from_the_root()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // symbolic links need privileges there
        }

        var site = Directory.CreateDirectory(Path.Join(_root, "site")).FullName;
        var outside = Directory.CreateDirectory(Path.Join(_root, "outside")).FullName;
        Directory.CreateDirectory(Path.Join(site, "docs", "deep"));
        File.WriteAllText(Path.Join(site, "docs", "a.md"), "a");
        File.WriteAllText(Path.Join(site, "docs", "deep", "b.md"), "b");
        File.WriteAllText(Path.Join(outside, "secret.md"), "s");
        File.CreateSymbolicLink(Path.Join(site, "docs", "to-outside.md"), Path.Join(outside, "secret.md"));
        File.CreateSymbolicLink(Path.Join(site, "docs", "relative.md"), "deep/b.md");
        File.CreateSymbolicLink(Path.Join(site, "docs", "up.md"), "../docs/a.md");
        File.CreateSymbolicLink(Path.Join(site, "docs", "chain.md"), "relative.md");
        File.CreateSymbolicLink(Path.Join(site, "docs", "loop-a.md"), "loop-b.md");
        File.CreateSymbolicLink(Path.Join(site, "docs", "loop-b.md"), "loop-a.md");
        File.CreateSymbolicLink(Path.Join(site, "docs", "dangling.md"), "nowhere/x.md");
        Directory.CreateSymbolicLink(Path.Join(site, "linked-dir"), Path.Join(site, "docs", "deep"));
        Directory.CreateSymbolicLink(Path.Join(site, "outside-dir"), outside);
        Directory.CreateSymbolicLink(Path.Join(site, "dir-loop"), Path.Join(site, "dir-loop"));

        string[] directories =
        [
            Path.Join(site, "docs"), Path.Join(site, "docs", "deep"), Path.Join(site, "linked-dir"), Path.Join(site, "outside-dir"),
            Path.Join(site, "dir-loop"), Path.Join(site, "missing"), Path.Join(site, "missing", "more"), Path.Join(site, "docs", "a.md"),
        ];
        string[] names = ["a.md", "b.md", "secret.md", "to-outside.md", "relative.md", "up.md", "chain.md", "loop-a.md", "dangling.md", "none.md", "..", ".", "x\\y.md"];
        // One lister for every path, as in a mapping session: directories resolved once, then reused.
        var lister = new DirectoryLister(site);
        foreach (var directory in directories)
        {
            foreach (var name in names)
            {
                var path = directory + "/" + name;
                Assert.Equal(PathGuard.RealPath(path), lister.RealPath(path));
                Assert.Equal(PathGuard.RealPath(path), lister.RealPath(path));
            }
        }
    }

    /// <summary>A path's link target and whether it is missing, from one lstat: what the three calls it replaced gave.</summary>
    [Fact]
    public void Link_targets_from_one_lstat_are_what_three_file_system_calls_gave()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var site = Directory.CreateDirectory(Path.Join(_root, "kinds")).FullName;
        Directory.CreateDirectory(Path.Join(site, "dir"));
        File.WriteAllText(Path.Join(site, "file.md"), "a");
        File.CreateSymbolicLink(Path.Join(site, "link.md"), "file.md");
        File.CreateSymbolicLink(Path.Join(site, "absolute.md"), Path.Join(site, "file.md"));
        File.CreateSymbolicLink(Path.Join(site, "dangling.md"), "nowhere/x.md");
        File.CreateSymbolicLink(Path.Join(site, "loop.md"), "loop.md");
        Directory.CreateSymbolicLink(Path.Join(site, "dir-link"), Path.Join(site, "dir"));
        string[] paths =
        [
            site, Path.Join(site, "dir"), Path.Join(site, "file.md"), Path.Join(site, "link.md"), Path.Join(site, "absolute.md"),
            Path.Join(site, "dangling.md"), Path.Join(site, "loop.md"), Path.Join(site, "dir-link"), Path.Join(site, "none.md"),
            Path.Join(site, "none", "x.md"), Path.Join(site, "file.md", "x.md"), Path.Join(site, "loop.md", "x.md"),
            Path.Join(site, new string('n', 300)), "/dev/null", "/proc/self/fd/0",
        ];
        foreach (var path in paths)
        {
            var expected = OldLinkTargetOf(path, out var expectedMissing);
            Assert.Equal(expected, PathGuard.LinkTargetOf(path, out var missing));
            Assert.True(expectedMissing == missing, path);
        }
    }

    private static string? OldLinkTargetOf(string path, out bool missing)
    {
        missing = false;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                return target;
            }

            missing = !info.Exists;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            missing = true;
            return null;
        }
    }
}
