using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Localization.Core.IO;

/// <summary>
/// Passes writes to a file and, on Linux, asks the kernel to start writing every few megabytes to disk as the
/// file grows (sync_file_range, which only starts the writeback and does not wait for it), so that the flush
/// to disk before the file is renamed into place has little left to do. Flushing a whole-site report (115 MB)
/// at the end took 70-80 ms of the run's last moments, waiting for the disk with the other core idle. The
/// durability is unchanged: the caller still flushes the file to disk before renaming it, and any error of an
/// early writeback is the kernel's to report at that flush. Disposing leaves the file open.
/// </summary>
internal sealed partial class WritebackStream : Stream
{
    /// <summary>Bytes written before each writeback is started: small enough for the disk to keep up with the report.</summary>
    public const long DefaultChunkBytes = 4 << 20;

    private const uint SyncFileRangeWrite = 2;
    private const long PageBytes = 4096;

    private readonly FileStream _file;
    private readonly long _chunkBytes;
    private readonly Func<SafeFileHandle, long, long, int> _startWriteback;
    private SafeFileHandle? _handle;
    private long _written;
    private long _started;

    /// <param name="file">A file just created for writing, nothing written to it yet.</param>
    /// <param name="chunkBytes">Bytes written before each writeback is started.</param>
    public WritebackStream(FileStream file, long chunkBytes = DefaultChunkBytes)
        : this(file, chunkBytes, static (handle, offset, count) => SyncFileRange(handle, offset, count, SyncFileRangeWrite))
    {
    }

    /// <param name="file">A file just created for writing, nothing written to it yet.</param>
    /// <param name="chunkBytes">Bytes written before each writeback is started.</param>
    /// <param name="startWriteback">Starts the writeback of a range of the file, 0 when started (tests stand in for the C library).</param>
    internal WritebackStream(FileStream file, long chunkBytes, Func<SafeFileHandle, long, long, int> startWriteback)
    {
        _file = file;
        _chunkBytes = chunkBytes;
        _startWriteback = startWriteback;
        // Taken before anything is written (taking it flushes the file's buffer).
        _handle = OperatingSystem.IsLinux() ? file.SafeFileHandle : null;
    }

    /// <summary>Writebacks started so far (for tests).</summary>
    internal int WritebacksStarted { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _file.Write(buffer);
        _written += buffer.Length;
        if (_handle is not null && _written - _started >= _chunkBytes)
        {
            StartWriteback();
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => _file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void StartWriteback()
    {
        // Whole pages only: a page the writer is still filling would be written twice.
        var end = _written / PageBytes * PageBytes;
        if (end <= _started)
        {
            return;
        }

        _file.Flush();
        try
        {
            if (_startWriteback(_handle!, _started, end - _started) == 0)
            {
                WritebacksStarted++;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without sync_file_range (musl before 1.1.x, a stripped libc): the report is still written
            // whole, only without the early writeback, and the call is not tried again for every chunk.
            _handle = null;
        }

        // A refusal (an old kernel, a file system without it) leaves the whole flush to the end, as before.
        _started = end;
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(SafeFileHandle file, long offset, long count, uint flags);
}
