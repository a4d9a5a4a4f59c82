using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Localization.Core.IO;

/// <summary>Why a write was refused or failed; the destination is left as it was.</summary>
public sealed class OutputFileException(string path, string message, Exception? inner = null) : IOException($"{path}: {message}", inner)
{
    public string Path { get; } = path;
}

/// <summary>
/// The one way l10n writes files: into a temporary file in the destination's directory, flushed to disk (written back as it grows, see <see cref="WritebackStream"/>),
/// then renamed over the destination (the replaced file freed by the kernel after the process, see <see cref="ReplacedFileRelease"/>), so a reader never sees half a report and a failed write (read-only
/// directory, full disk) leaves the old file intact. An existing file is only replaced when asked, and only
/// a regular file or a symbolic link is ever replaced: a FIFO or a terminal is written into, anything else
/// is refused (see <see cref="OutputDestination"/>). The temporary file is removed when the write fails or
/// the process gets SIGINT or SIGTERM, and leftovers of killed runs are removed by the next one.
/// </summary>
public static partial class AtomicFileWriter
{
    /// <summary>
    /// Refuses at once, before any work, what <see cref="Write"/> would refuse: a destination that may not be
    /// replaced, a missing or unwritable directory. Also removes temporary files that earlier runs killed
    /// while writing this destination left behind.
    /// </summary>
    /// <exception cref="OutputFileException">The destination is refused.</exception>
    public static void Validate(string path, bool overwrite)
    {
        var full = FullPath(path);
        if (OutputDestination.Classify(path, full, overwrite) == OutputMode.Stream)
        {
            return;
        }

        var directory = System.IO.Path.GetDirectoryName(full) ?? ".";
        RemoveStaleTemporaries(directory, System.IO.Path.GetFileName(full));
        var probe = TemporaryName(full);

        // The probe is a temporary file too: a signal while it exists must not leave it behind (seen in a
        // test that interrupts a run as soon as a temporary file appears).
        using var cleanup = new SignalCleanup(probe);
        try
        {
            new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, $"cannot be written: {Reason(e, directory)}", e);
        }
        finally
        {
            TryDelete(probe);
        }
    }

    /// <exception cref="OutputFileException">The destination is refused, or writing failed (the destination is left as it was).</exception>
    public static void Write(string path, Action<TextWriter> write, bool overwrite)
    {
        var full = FullPath(path);
        var mode = OutputDestination.Classify(path, full, overwrite);
        if (mode == OutputMode.Stream)
        {
            WriteInto(path, full, write);
            return;
        }

        var temp = TemporaryName(full);
        using var cleanup = new SignalCleanup(temp);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            using (var writer = new StreamWriter(new WritebackStream(stream), new UTF8Encoding(false)))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            // The destination may have changed during the run: decide again, just before the rename.
            if (mode == OutputMode.Replace && OutputDestination.Classify(path, full, overwrite) == OutputMode.Stream)
            {
                throw new OutputFileException(path, "became a FIFO or device while the report was written; it was left as it is");
            }

            // The report it replaces is freed after this process ends, not inside the rename (see ReplacedFileRelease).
            using (mode == OutputMode.Replace ? ReplacedFileRelease.Hold(full) : null)
            {
                Move(path, temp, full, mode == OutputMode.Replace);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw e as OutputFileException ?? new OutputFileException(path, $"could not be written: {Reason(e, System.IO.Path.GetDirectoryName(full) ?? ".")}", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void Move(string path, string temp, string full, bool overwrite)
    {
        try
        {
            File.Move(temp, full, overwrite);
        }
        catch (IOException e) when (!overwrite && (File.Exists(full) || Directory.Exists(full)))
        {
            // Another run (or program) created the file while this one was writing: never clobber it.
            throw new OutputFileException(path, "was created by another program while this report was written; it was left as it is (use --force to replace it)", e);
        }
    }

    private static void WriteInto(string path, string full, Action<TextWriter> write)
    {
        try
        {
            // A regular file reached through /dev/stdout is appended to, as the shell's redirection left it.
            var append = FileKind.TypeOf(full) == FileType.Regular;
            using var stream = new FileStream(full, append ? FileMode.Append : FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536);
            write(writer);
            writer.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw e as OutputFileException ?? new OutputFileException(path, $"could not be written: {Reason(e, null)}", e);
        }
    }

    /// <summary>The system's reason, without the temporary file's name that .NET appends.</summary>
    private static string Reason(Exception e, string? directory)
    {
        if (e is UnauthorizedAccessException)
        {
            return directory is null ? "permission denied" : $"permission denied (no right to create files in {directory})";
        }

        var message = e.Message;
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }

    private static string FullPath(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new OutputFileException(path, "is not a file name");
        }

        return System.IO.Path.GetFullPath(path);
    }

    private static string TemporaryName(string full) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? ".", $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

    /// <summary>
    /// Temporary files of this destination (l10n's own naming pattern) older than this run whose writer is
    /// gone: a live writer holds its file locked (FileShare.None), so a concurrent run's file is never taken.
    /// </summary>
    private static void RemoveStaleTemporaries(string directory, string name)
    {
        DateTime started;
        try
        {
            started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return;
        }

        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, $".{name}.*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var fileName = System.IO.Path.GetFileName(candidate);
            if (fileName.Length != name.Length + 38 || !fileName.StartsWith($".{name}.", StringComparison.Ordinal) || !TemporarySuffix().IsMatch(fileName.AsSpan(name.Length + 1))
                || FileKind.TypeOf(candidate, followLinks: false) != FileType.Regular)
            {
                continue;
            }

            try
            {
                if (File.GetLastWriteTimeUtc(candidate) >= started)
                {
                    continue;
                }

                using (new FileStream(candidate, FileMode.Open, FileAccess.Write, FileShare.None))
                {
                    File.Delete(candidate);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Locked by a live run, or not ours to remove: left alone.
            }
        }
    }

    [GeneratedRegex(@"\A\.[0-9a-f]{32}\.tmp\z", RegexOptions.CultureInvariant)]
    private static partial Regex TemporarySuffix();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is ours; failing to remove it must not hide the original error.
        }
    }

    /// <summary>Removes the temporary file when the process is interrupted or terminated during the write.</summary>
    private sealed class SignalCleanup : IDisposable
    {
        private readonly List<PosixSignalRegistration> _registrations = [];

        public SignalCleanup(string temp)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    // Not cancelled: after the cleanup the signal ends the process as it would have.
                    _registrations.Add(PosixSignalRegistration.Create(signal, _ => TryDelete(temp)));
                }
                catch (Exception e) when (e is PlatformNotSupportedException or IOException)
                {
                    // No signals on this platform: the next run removes the leftover instead.
                }
            }
        }

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }
    }
}
