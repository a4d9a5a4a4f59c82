using System.Text;

namespace Localization.Core.IO;

/// <summary>The text of a file, or why it could not be read (with the 1-based line of the problem when known).</summary>
public sealed record TextFileResult(string? Text, string? Error, int ErrorLine = 0)
{
    public bool Ok => Text is not null;
}

/// <summary>
/// Reads text files the way a checker must: UTF-8 (with or without BOM) or UTF-16 with BOM; invalid
/// UTF-8 and binary content are errors naming the line, never silently replaced with U+FFFD.
/// </summary>
public static class TextFileReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextFileResult Read(string path, long maxBytes = DefaultMaxBytes)
    {
        using var raw = ReadBytes(path, maxBytes);
        return raw.Error is { } error ? new TextFileResult(null, error) : Decode(raw.Bytes);
    }

    /// <summary>
    /// The bytes of a file in a pooled buffer (dispose the result to return it), or why it could not be
    /// read; <see cref="Decode"/> turns them into text. For callers that look at the bytes first (to
    /// recognise a file already checked) and decode only when needed.
    /// </summary>
    public static RawFile ReadBytes(string path, long maxBytes = DefaultMaxBytes)
    {
        byte[]? buffer = null;
        try
        {
            var length = FileKind.RegularFileSize(path);
            var regular = length >= 0;
            if (!regular)
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    return new RawFile(null, 0, "file not found") { NotFound = true };
                }

                length = info.Length;
                if (length <= maxBytes && !FileKind.IsRegularFile(path))
                {
                    return new RawFile(null, 0, "not a regular file (a device, pipe or socket, perhaps through a symbolic link); not read");
                }
            }

            if (length > maxBytes)
            {
                return new RawFile(null, 0, $"file is {length:N0} bytes, over the {maxBytes:N0}-byte limit");
            }

            if (regular && UnixFile.TryOpen(path) is { } direct)
            {
                using (direct)
                {
                    var read = ReadAll(direct.Read, length, maxBytes, ref buffer);
                    if (read is not null)
                    {
                        return read;
                    }
                }

                // A read error: the file is read again below, for the error .NET words (or the text, if it was passing).
            }

            // Read at most maxBytes + 1 whatever the reported length: a device (/dev/urandom) or a file that
            // grows while it is read reports a length that cannot be trusted.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadAll(stream.Read, length, maxBytes, ref buffer)!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            return new RawFile(null, 0, $"cannot read file: {e.Message}");
        }
    }

    /// <summary>
    /// Reads until the end into a buffer rented for <paramref name="length"/> bytes; null when <paramref name="read"/>
    /// returns -1 (an error it did not throw). <paramref name="buffer"/> holds the rented buffer while reading, so a
    /// caller that catches an exception hands it back; it is null again once the result owns it or it was returned.
    /// Not a <see cref="Buffers.PooledBuffer{T}"/>: the stream reads straight into the array, and the array itself
    /// goes to the <see cref="RawFile"/>, which hands it back.
    /// </summary>
    private static RawFile? ReadAll(Func<byte[], int, int, int> read, long length, long maxBytes, ref byte[]? buffer)
    {
        buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes + 1, length > 0 ? length + 1 : 65536));
        var limit = (int)Math.Min(maxBytes + 1, int.MaxValue);
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length >= limit)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = null; // the stream's disposal may still throw: the catch must not return it again
                    return new RawFile(null, 0, $"file is larger than the {maxBytes:N0}-byte limit");
                }

                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, (long)buffer.Length * 2));
                buffer.AsSpan(0, total).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var count = read(buffer, total, Math.Min(buffer.Length, limit) - total);
            if (count <= 0)
            {
                if (count == 0)
                {
                    break;
                }

                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
                return null;
            }

            total += count;
            if (total >= limit)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
                return new RawFile(null, 0, $"file is larger than the {maxBytes:N0}-byte limit");
            }
        }

        var file = new RawFile(buffer, total, null);
        buffer = null;
        return file;
    }

    public static TextFileResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try
            {
                return Checked(encoding.GetString(bytes[2..]));
            }
            catch (DecoderFallbackException)
            {
                return new TextFileResult(null, "invalid UTF-16");
            }
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new TextFileResult(null, "binary file (contains NUL bytes)", LineOf(bytes, nul));
        }

        try
        {
            // No NUL byte, so no NUL character: strict UTF-8 has no other encoding of U+0000 (no search of the text).
            // GetString counts before it transcodes; transcoding into a pooled buffer and copying out was measured
            // instead (AOT perf, this round): no cheaper on the 31-language site, dearer on ASCII pages.
            return new TextFileResult(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : FirstInvalid(bytes);
            return new TextFileResult(null, $"invalid UTF-8 at byte {at}", LineOf(bytes, at));
        }
    }

    private static TextFileResult Checked(string text) =>
        text.Contains('\0', StringComparison.Ordinal) ? new TextFileResult(null, "binary file (contains NUL characters)") : new TextFileResult(text, null);

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        index = Math.Clamp(index, 0, bytes.Length);
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }
}

/// <summary>A file's bytes in a buffer borrowed from the shared pool, or why it could not be read.</summary>
public sealed class RawFile(byte[]? buffer, int length, string? error) : IDisposable
{
    private byte[]? _buffer = buffer;

    public string? Error { get; } = error;

    /// <summary>True when nothing stands at the path (or a directory does): what <see cref="File.Exists"/> would have said, asked once with the read.</summary>
    public bool NotFound { get; init; }

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, length);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
