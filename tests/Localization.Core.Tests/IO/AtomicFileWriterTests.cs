using System.Diagnostics;
using Localization.Core.IO;

namespace Localization.Core.Tests.IO;

/// <summary>
/// What --output may do with what stands at its path (issue 18): replace a regular file or a symbolic link
/// (never its target) when asked, write into a FIFO, refuse everything else and leave it untouched.
/// </summary>
public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-output-" + Guid.NewGuid().ToString("N"));

    public AtomicFileWriterTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    [Fact]
    public void A_new_file_is_written_and_an_existing_one_needs_force()
    {
        var path = PathOf("report.txt");
        AtomicFileWriter.Write(path, w => w.Write("one"), overwrite: false);
        var refused = Assert.Throws<OutputFileException>(() => AtomicFileWriter.Validate(path, overwrite: false));
        Assert.Contains("already exists (use --force to replace it)", refused.Message, StringComparison.Ordinal);
        AtomicFileWriter.Write(path, w => w.Write("two"), overwrite: true);
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_root));
    }

    [Fact]
    public void A_symbolic_link_is_replaced_itself_never_its_target()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        File.WriteAllText(PathOf("target.txt"), "keep me");
        File.CreateSymbolicLink(PathOf("link.txt"), "target.txt");
        Assert.Throws<OutputFileException>(() => AtomicFileWriter.Validate(PathOf("link.txt"), overwrite: false));

        AtomicFileWriter.Write(PathOf("link.txt"), w => w.Write("report"), overwrite: true);

        Assert.Equal("keep me", File.ReadAllText(PathOf("target.txt")));
        Assert.Null(new FileInfo(PathOf("link.txt")).LinkTarget);
        Assert.Equal("report", File.ReadAllText(PathOf("link.txt")));
    }

    [Fact]
    public async Task A_FIFO_is_written_into_without_force_and_refused_with_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are told apart with statx on Linux");
        var fifo = PathOf("pipe");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        AtomicFileWriter.Validate(fifo, overwrite: false);
        AtomicFileWriter.Write(fifo, w => w.Write("streamed"), overwrite: false);

        Assert.Equal("streamed", await reader);
        var refused = Assert.Throws<OutputFileException>(() => AtomicFileWriter.Validate(fifo, overwrite: true));
        Assert.Contains("is a FIFO", refused.Message, StringComparison.Ordinal);
        Assert.Throws<OutputFileException>(() => AtomicFileWriter.Write(fifo, w => w.Write("x"), overwrite: true));
        Assert.Equal(FileType.Fifo, FileKind.TypeOf(fifo));
    }

    [Fact]
    public void A_character_device_is_never_replaced_even_with_force()
    {
        // As root, "-o /dev/full --force" used to replace the system's /dev/full. This creates its own device
        // node (the same numbers as /dev/null) in a temporary directory, never touching the real ones.
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "creating a device node (mknod) needs root; without root no device can be replaced anyway");
        var device = PathOf("null-device");
        Run("mknod", device, "c", "1", "3");

        var refused = Assert.Throws<OutputFileException>(() => AtomicFileWriter.Write(device, w => w.Write("x"), overwrite: true));
        Assert.Contains("is a character device", refused.Message, StringComparison.Ordinal);
        Assert.Equal(FileType.CharacterDevice, FileKind.TypeOf(device));
        AtomicFileWriter.Write(device, w => w.Write("discarded"), overwrite: false); // written into, as a stream
        Assert.Equal(FileType.CharacterDevice, FileKind.TypeOf(device));
    }

    [Fact]
    public void A_directory_and_a_missing_directory_are_refused()
    {
        Directory.CreateDirectory(PathOf("dir"));
        Assert.Contains("is a directory", Assert.Throws<OutputFileException>(() => AtomicFileWriter.Validate(PathOf("dir"), overwrite: true)).Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Throws<OutputFileException>(() => AtomicFileWriter.Validate(PathOf("nope/r.json"), overwrite: true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_created_by_another_run_during_the_write_is_not_clobbered_and_the_message_says_so()
    {
        var path = PathOf("report.json");
        var e = Assert.Throws<OutputFileException>(() => AtomicFileWriter.Write(path, w =>
        {
            w.Write("mine");
            File.WriteAllText(path, "the other run's report");
        }, overwrite: false));

        Assert.Contains("was created by another program while this report was written", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("The file", e.Message, StringComparison.Ordinal);
        Assert.Equal("the other run's report", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_root)); // no temporary file left
    }

    [Fact]
    public void Stale_temporary_files_of_killed_runs_are_removed_by_the_next_run_and_others_are_kept()
    {
        var stale = PathOf($".report.json.{Guid.NewGuid():N}.tmp");
        var fresh = PathOf($".report.json.{Guid.NewGuid():N}.tmp");
        var notOurs = PathOf(".report.json.backup.tmp");
        var otherReport = PathOf($".other.json.{Guid.NewGuid():N}.tmp");
        foreach (var file in new[] { stale, fresh, notOurs, otherReport })
        {
            File.WriteAllText(file, "partial");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        File.SetLastWriteTimeUtc(fresh, DateTime.UtcNow.AddHours(1)); // written after this run started: a live run's

        AtomicFileWriter.Validate(PathOf("report.json"), overwrite: false);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(notOurs));
        Assert.True(File.Exists(otherReport));
    }

    [Fact]
    public void A_temporary_file_held_by_a_live_writer_is_kept()
    {
        var live = PathOf($".report.json.{Guid.NewGuid():N}.tmp");
        using (var held = new FileStream(live, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            File.SetLastWriteTimeUtc(live, DateTime.UtcNow.AddHours(-1));
            AtomicFileWriter.Validate(PathOf("report.json"), overwrite: false);
            Assert.True(File.Exists(live));
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program}: {error}");
    }
}
