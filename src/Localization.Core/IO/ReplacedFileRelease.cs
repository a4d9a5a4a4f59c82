using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Localization.Core.IO;

/// <summary>
/// Keeps the file a rename is about to replace open in the kernel (a file registered with an io_uring instance) until
/// after the rename, so that freeing it is the kernel's work after this process ends rather than part of the rename.
/// </summary>
/// <remarks>
/// The rename that puts a report in place drops the last name of the report it replaces, and with it the last
/// reference: the kernel then drops the old file's cached pages and frees its blocks inside the rename. On this
/// project's machine (ext4 without a journal, mounted with <c>discard</c>) freeing them waits for the disk to discard
/// them: renaming over a whole site's report (115 MB) took 80-110 ms, 10-12 ms of them CPU dropping the cache
/// (truncate_inode_pages_range) and the rest asleep in blkdev_issue_discard; it was the run's last step before exit.
/// A file registered with an io_uring instance is held by the ring, not by this process's descriptor table, and
/// closing the ring tears it down on a kernel worker: the old file's last reference, and so its freeing, goes with
/// it there (the rename itself: 0.1 ms). A thread of this process could not do that: the process's exit waits for
/// every thread in a system call. Nothing about the new report changes: it is on disk before the rename, and the
/// rename is the same atomic one. Where io_uring is missing or refused (an old kernel, a container's seccomp
/// profile, the io_uring_disabled setting), nothing is held and the rename frees the old file as before.
/// </remarks>
internal sealed partial class ReplacedFileRelease : IDisposable
{
    // The same numbers on every Linux architecture (io_uring came after the syscall tables were unified).
    private const long IoUringSetup = 425;
    private const long IoUringRegister = 427;
    private const long RegisterFiles = 2;

    /// <summary>struct io_uring_params: 120 bytes, zeroed (its reserved fields must be).</summary>
    private const int ParametersBytes = 120;

    private readonly SafeFileHandle _ring;

    private ReplacedFileRelease(SafeFileHandle ring) => _ring = ring;

    /// <summary>
    /// Holds the regular file at <paramref name="fullPath"/> (never a link's target) until <see cref="Dispose"/>, or
    /// returns null when there is nothing to hold or the kernel cannot hold it. Never throws for the file or the kernel.
    /// </summary>
    public static ReplacedFileRelease? Hold(string fullPath)
    {
        if (!OperatingSystem.IsLinux() || FileKind.TypeOf(fullPath, followLinks: false) != FileType.Regular)
        {
            return null;
        }

        // Opened as UnixFile opens (not blocking should the path have become a FIFO since the statx) and never through a
        // link; then asked, on the descriptor itself, whether it is still a regular file.
        using var file = UnixFile.TryOpen(fullPath, followLinks: false);
        if (file is null || !FileKind.IsRegularDescriptor(file.Descriptor))
        {
            return null;
        }

        // The descriptor is closed here either way: the ring keeps its own reference to the open file.
        return Register(file.Descriptor) is { } ring ? new ReplacedFileRelease(ring) : null;
    }

    /// <summary>Whether this process may make an io_uring instance (for tests: where it may, <see cref="Hold"/> must hold).</summary>
    internal static bool RingAvailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var descriptor = SetUpRing();
            if (descriptor < 0)
            {
                return false;
            }

            new SafeFileHandle((nint)descriptor, ownsHandle: true).Dispose();
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Closes the ring: the held file's last reference is dropped on a kernel worker, not in this call.</summary>
    public void Dispose() => _ring.Dispose();

    private static unsafe SafeFileHandle? Register(int file)
    {
        try
        {
            var descriptor = SetUpRing();
            if (descriptor < 0)
            {
                return null;
            }

            // The ring is closed on every way out but the one that hands it over.
            var ring = new SafeFileHandle((nint)descriptor, ownsHandle: true);
            var kept = false;
            try
            {
                var files = file;
                kept = Syscall(IoUringRegister, descriptor, RegisterFiles, (nint)(&files), 1) == 0;
                return kept ? ring : null;
            }
            finally
            {
                if (!kept)
                {
                    ring.Dispose();
                }
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A one-entry io_uring instance's descriptor, or a negative value when it cannot be made.</summary>
    private static unsafe long SetUpRing()
    {
        var parameters = stackalloc byte[ParametersBytes];
        new Span<byte>(parameters, ParametersBytes).Clear();
        return Syscall(IoUringSetup, 1, (nint)parameters);
    }

    // syscall(2) is variadic; its arguments here are all integers, which every Linux ABI passes as it passes fixed ones.
    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, long count, nint parameters);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, long ring, long opcode, nint arguments, long count);
}
