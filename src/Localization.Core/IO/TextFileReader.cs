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
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new TextFileResult(null, "file not found");
            }

            if (info.Length > maxBytes)
            {
                return new TextFileResult(null, $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
            }

            // Read at most maxBytes + 1 whatever the reported length: a device (/dev/urandom) or a file that
            // grows while it is read reports a length that cannot be trusted.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[(int)Math.Min(maxBytes + 1, info.Length > 0 ? info.Length + 1 : 65536)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        return new TextFileResult(null, $"file is larger than the {maxBytes:N0}-byte limit");
                    }

                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                }

                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            bytes = total == buffer.Length ? buffer : buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new TextFileResult(null, $"cannot read file: {e.Message}");
        }

        return Decode(bytes);
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
            return Checked(StrictUtf8.GetString(bytes));
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
