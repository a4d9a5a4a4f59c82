using System.Diagnostics;
using Localization.Core.IO;

namespace Localization.Core.Tests.IO;

/// <summary>
/// <see cref="FileKind.RegularFileSize"/> gives the run's translation sizes for the identical-file cache in place of
/// <c>FileInfo.Exists ? FileInfo.Length : -1</c>: the same answer for regular files and paths with no file; a symbolic
/// link to a file now has its target's size (the bytes the read gets) where FileInfo gave the link's own length, and a
/// special file (a FIFO, a device) or a link that leads nowhere (dangling, a loop) has none (-1). Only whether a
/// translation is hashed depends on these sizes, never a finding: a file whose size no other translation of its
/// English page has is no copy of one, and every other file is hashed as before.
/// </summary>
public sealed class RegularFileSizeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-size-" + Guid.NewGuid().ToString("N"));

    public RegularFileSizeTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    private static long ByFileInfo(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.Length : -1;
    }

    [Fact]
    public void Regular_files_links_and_missing_paths_get_what_FileInfo_gives()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "statx is Linux's; elsewhere the run asks FileInfo");
        var random = new Random(15);
        var paths = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var path = PathOf($"page{i}.md");
            var bytes = new byte[i < 10 ? i : random.Next(0, 20_000)];
            random.NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        Directory.CreateDirectory(PathOf("sub"));
        File.CreateSymbolicLink(PathOf("link.md"), "page15.md");
        File.CreateSymbolicLink(PathOf("chain.md"), "link.md");
        File.CreateSymbolicLink(PathOf("to-directory"), "sub");
        paths.AddRange(
        [
            PathOf("sub"), PathOf("missing.md"), PathOf("missing/page.md"), Path.Combine(paths[3], "under-a-file.md"),
            PathOf("sub/../page7.md"), PathOf(new string('x', 300) + ".md"),
        ]);

        foreach (var path in paths)
        {
            Assert.Equal(ByFileInfo(path), FileKind.RegularFileSize(path));
        }

        foreach (var link in new[] { PathOf("link.md"), PathOf("chain.md") })
        {
            Assert.Equal(File.ReadAllBytes(link).Length, FileKind.RegularFileSize(link));
            Assert.NotEqual(File.ReadAllBytes(link).Length, ByFileInfo(link)); // FileInfo: the link's own length
        }

        Assert.Equal(-1, FileKind.RegularFileSize(PathOf("to-directory")));
    }

    [Fact]
    public void A_special_file_a_link_to_nowhere_and_a_path_with_a_null_character_have_no_size()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "statx is Linux's; elsewhere the run asks FileInfo");
        Assert.SkipUnless(File.Exists("/usr/bin/mkfifo") || File.Exists("/bin/mkfifo"), "makes its special file with mkfifo, which is not installed");
        var fifo = PathOf("pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal(0, ByFileInfo(fifo)); // FileInfo: a file of length 0
        Assert.Equal(-1, FileKind.RegularFileSize(fifo));
        File.CreateSymbolicLink(PathOf("dangling.md"), "nowhere.md");
        File.CreateSymbolicLink(PathOf("loop-a"), "loop-b");
        File.CreateSymbolicLink(PathOf("loop-b"), "loop-a");
        Assert.Equal(-1, FileKind.RegularFileSize(PathOf("dangling.md")));
        Assert.Equal(-1, FileKind.RegularFileSize(PathOf("loop-a")));

        Assert.Equal(-1, FileKind.RegularFileSize(PathOf("page\0.md")));
    }
}
