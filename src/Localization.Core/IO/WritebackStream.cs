using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Localization.Core.IO;

/// <summary>
/// Passes writes to a file in pieces that start and end on a multiple of <see cref="DefaultPieceBytes"/> in the
/// file, and, on Linux, asks the kernel to start writing every few megabytes to disk as the file grows
/// (sync_file_range, which only starts the writeback and does not wait for it), so that the flush to disk before
/// the file is renamed into place has little left to do. Flushing a whole-site report (115 MB) at the end took
/// 70-80 ms of the run's last moments, waiting for the disk with the other core idle. The durability is
/// unchanged: the caller still flushes the file to disk before renaming it, and any error of an early writeback
/// is the kernel's to report at that flush. Disposing writes what is left and leaves the file open.
/// </summary>
/// <remarks>
/// Why aligned pieces: the kernel keeps a file's cached pages in folios (ext4 since Linux 6.16 in large ones), and
/// a write sized and placed on a power of two gets large folios where the JSON report's 64 KB writes at odd
/// offsets (65,700 bytes at 0, 65,669 at 65,700, ...) got mostly single pages, each allocated, charged, given
/// buffer heads and listed on its own: writing a site's report was ~270 perf samples of the main thread in the
/// kernel after the last page, where `dd` writes as much in a third of that (dd, 114 MB into a new file on ext4,
/// task-clock: 65,700-byte writes 68-95 ms, 262,144-byte writes 48-58 ms). The report writer writes straight into
/// this stream's buffer (<see cref="IBufferWriter{T}"/>), so the alignment costs no copy; other writers' bytes are
/// copied into it once. The buffer is native memory: no large array on the collector's heap at the end of a run.
/// </remarks>
internal sealed partial class WritebackStream : Stream, IBufferWriter<byte>
{
    /// <summary>Bytes written before each writeback is started: small enough for the disk to keep up with the report.</summary>
    public const long DefaultChunkBytes = 4 << 20;

    /// <summary>Bytes of each write to the file, and the multiple of the file offset each write ends on.</summary>
    public const int DefaultPieceBytes = 256 << 10;

    private const uint SyncFileRangeWrite = 2;
    private const long PageBytes = 4096;

    private readonly FileStream _file;
    private readonly long _chunkBytes;
    private readonly int _pieceBytes;
    private readonly Func<SafeFileHandle, long, long, int> _startWriteback;
    private readonly NativeBuffer _buffer;
    private SafeFileHandle? _handle;

    /// <summary>Bytes in the buffer, not written to the file yet.</summary>
    private int _buffered;

    /// <summary>Bytes written to the file.</summary>
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
    /// <param name="pieceBytes">Bytes of each write to the file (tests make it small).</param>
    internal WritebackStream(FileStream file, long chunkBytes, Func<SafeFileHandle, long, long, int> startWriteback, int pieceBytes = DefaultPieceBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pieceBytes, 1);
        _file = file;
        _chunkBytes = chunkBytes;
        _pieceBytes = pieceBytes;
        _startWriteback = startWriteback;
        // Taken before anything is written (taking it flushes the file's buffer).
        _handle = OperatingSystem.IsLinux() ? file.SafeFileHandle : null;
        _buffer = new NativeBuffer(2 * pieceBytes);
    }

    /// <summary>Writebacks started so far (for tests).</summary>
    internal int WritebacksStarted { get; private set; }

    /// <summary>Writes to the file so far (for tests).</summary>
    internal int FileWrites { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written + _buffered;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var room = Room(1);
            var count = Math.Min(room.Length, buffer.Length);
            buffer[..count].CopyTo(room);
            Advance(count);
            buffer = buffer[count..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Writes what is buffered to the file (its end need not be a piece's), then the file's own buffer.</summary>
    public override void Flush()
    {
        WriteOut(_buffered);
        _file.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Room for at least <paramref name="sizeHint"/> bytes (the rest of the buffer); what is written there counts once <see cref="Advance"/> says so.</summary>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // The room first: it may move the buffer.
        var length = Room(sizeHint).Length;
        return _buffer.Memory.Slice(_buffered, length);
    }

    /// <inheritdoc cref="GetMemory"/>
    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint);

    /// <summary>The next <paramref name="count"/> bytes of the room given are written; every whole piece is passed to the file.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _buffered);
        _buffered += count;

        // Up to the last piece boundary of the file that the buffered bytes reach.
        var end = (_written + _buffered) / _pieceBytes * _pieceBytes;
        if (end > _written)
        {
            WriteOut((int)(end - _written));
        }
    }

    // A stream dropped without being disposed must not keep half a megabyte of native memory for the rest of the
    // process; the finalizer frees it without writing (the file may be gone by then). Disposing suppresses it.
    ~WritebackStream() => Dispose(false);

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            _buffer.Free();
        }
        else if (!_buffer.IsFreed)
        {
            try
            {
                WriteOut(_buffered);
            }
            finally
            {
                _buffer.Free();
            }
        }

        base.Dispose(disposing);
    }

    private Span<byte> Room(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_buffer.IsFreed, this);
        var wanted = Math.Max(sizeHint, 1);
        if (_buffer.Length - _buffered < wanted)
        {
            // A value larger than the buffer's room (a finding with a long text): a larger buffer, kept from then on.
            // Checked: past 2 GB the report fails with an error rather than asking for a wrapped-around size.
            _buffer.Grow(checked((int)Math.Max(Math.Min(2L * _buffer.Length, Array.MaxLength), (long)_buffered + wanted)), _buffered);
        }

        return _buffer.GetSpan()[_buffered..];
    }

    /// <summary>Writes the first <paramref name="count"/> buffered bytes to the file and moves the rest to the buffer's start.</summary>
    private void WriteOut(int count)
    {
        if (count == 0)
        {
            return;
        }

        var span = _buffer.GetSpan();
        _file.Write(span[..count]);
        FileWrites++;
        _written += count;
        _buffered -= count;
        span.Slice(count, _buffered).CopyTo(span);
        if (_handle is not null && _written - _started >= _chunkBytes)
        {
            StartWriteback();
        }
    }

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

    /// <summary>A buffer of native memory that can be handed out as <see cref="Memory{T}"/>.</summary>
    private sealed unsafe class NativeBuffer(int length) : MemoryManager<byte>
    {
        private byte* _pointer = (byte*)NativeMemory.Alloc((nuint)length);

        public int Length { get; private set; } = length;

        public bool IsFreed => _pointer is null;

        public void Grow(int length, int keep)
        {
            var larger = (byte*)NativeMemory.Alloc((nuint)length);
            new ReadOnlySpan<byte>(_pointer, keep).CopyTo(new Span<byte>(larger, keep));
            NativeMemory.Free(_pointer);
            _pointer = larger;
            Length = length;
        }

        public void Free()
        {
            NativeMemory.Free(_pointer);
            _pointer = null;
            Length = 0;
        }

        public override Span<byte> GetSpan() => new(_pointer, Length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing) => Free();
    }
}
