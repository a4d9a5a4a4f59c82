using Localization.Core.IO;

namespace Localization.Core.Tests.IO;

/// <summary>
/// The report a rename replaces is held by the kernel until after the rename (ReplacedFileRelease): only a regular
/// file is held, never a link's target, and the replacement is the same atomic rename whether or not it is held.
/// </summary>
public sealed class ReplacedFileReleaseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-release-" + Guid.NewGuid().ToString("N"));

    public ReplacedFileReleaseTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    [Fact]
    public void Nothing_is_held_where_there_is_no_regular_file()
    {
        Assert.Null(ReplacedFileRelease.Hold(PathOf("missing.json")));
        Directory.CreateDirectory(PathOf("directory"));
        Assert.Null(ReplacedFileRelease.Hold(PathOf("directory")));
        if (!OperatingSystem.IsWindows())
        {
            File.WriteAllText(PathOf("target.json"), "target");
            File.CreateSymbolicLink(PathOf("link.json"), "target.json");
            Assert.Null(ReplacedFileRelease.Hold(PathOf("link.json")));
        }
    }

    [Fact]
    public void A_held_file_is_replaced_by_the_rename_and_released_after_it()
    {
        var destination = PathOf("report.json");
        File.WriteAllText(destination, "old report");
        File.WriteAllText(PathOf("new.tmp"), "new report");

        using (var held = ReplacedFileRelease.Hold(destination))
        {
            // Held wherever this process may make an io_uring instance (null elsewhere, or where it is refused): the
            // rename is the same either way, but where a ring can be made a file that is not held is a defect.
            Assert.Equal(ReplacedFileRelease.RingAvailable(), held is not null);
            File.Move(PathOf("new.tmp"), destination, overwrite: true);
            Assert.Equal("new report", File.ReadAllText(destination));
        }

        Assert.Equal("new report", File.ReadAllText(destination));
        Assert.Equal([destination], Directory.GetFiles(_root));
    }

    [Fact]
    public void What_takes_the_reports_place_after_its_check_is_opened_without_waiting_and_never_through_a_link()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && (File.Exists("/usr/bin/mkfifo") || File.Exists("/bin/mkfifo")), "makes its special file with mkfifo on Linux");
        var fifo = PathOf("fifo.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // A FIFO opened for reading would wait for a writer: opened as Hold opens it, it returns at once, and its
        // descriptor is not taken for a regular file.
        using (var opened = UnixFile.TryOpen(fifo, followLinks: false))
        {
            Assert.NotNull(opened);
            Assert.False(FileKind.IsRegularDescriptor(opened.Descriptor));
        }

        File.WriteAllText(PathOf("target.json"), "target");
        File.CreateSymbolicLink(PathOf("link.json"), "target.json");
        Assert.Null(UnixFile.TryOpen(PathOf("link.json"), followLinks: false));
        using var regular = UnixFile.TryOpen(PathOf("target.json"), followLinks: false);
        Assert.True(FileKind.IsRegularDescriptor(regular!.Descriptor));
        Assert.Null(ReplacedFileRelease.Hold(fifo));
    }

    [Fact]
    public void Replacing_a_report_again_and_again_leaves_the_last_one_and_no_temporary_file()
    {
        var destination = PathOf("report.json");
        for (var i = 0; i < 5; i++)
        {
            AtomicFileWriter.Write(destination, w => w.Write(new string('x', 100_000) + i), overwrite: true);
        }

        Assert.EndsWith("x4", File.ReadAllText(destination), StringComparison.Ordinal);
        Assert.Equal([destination], Directory.GetFiles(_root));
    }
}
