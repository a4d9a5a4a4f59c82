using System.Text.Json;

namespace Localization.Core.Reports;

/// <summary>
/// A JSON writer whose UTF-8 output is handed to a <see cref="TextWriter"/> in small pieces through one
/// reused buffer: a whole-site report is a hundred MB, and building it (or large strings of it) in memory
/// would cost as much. Call <see cref="Pass"/> after each array item.
/// </summary>
internal sealed class JsonTextSink : IDisposable
{
    // At least the report file's buffer (64 KB), so that each piece goes to the file without a copy into it.
    private const int ChunkBytes = 64 * 1024;
    private readonly MemoryStream _stream = new();
    private readonly TextWriter _output;
    private readonly bool _direct;
    private char[] _chars = [];

    public JsonTextSink(TextWriter output)
    {
        _output = output;
        if (output is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } file && utf8.Preamble.Length == 0)
        {
            // A report file: the writer's UTF-8 goes to it as it is, not through a second buffer and not decoded
            // to text and encoded again (copying a whole site's report between buffers was half of writing it).
            file.Flush();
            _direct = true;
            // Into the file stream's own buffer when it has one (see WritebackStream: written to the file in aligned
            // pieces), else through the writer's buffer. Nothing may be written to the output's writer until the sink is
            // disposed: the JSON writer holds room in the stream's buffer that the text writer's bytes would overwrite.
            Json = file.BaseStream is System.Buffers.IBufferWriter<byte> pieces
                ? new Utf8JsonWriter(pieces, ToolInfo.JsonOptions)
                : new Utf8JsonWriter(file.BaseStream, ToolInfo.JsonOptions);
            return;
        }

        Json = new Utf8JsonWriter(_stream, ToolInfo.JsonOptions);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Hands the text written so far over when it has grown past a piece.</summary>
    public void Pass()
    {
        if (Json.BytesPending > ChunkBytes)
        {
            Json.Flush();
            if (!_direct)
            {
                HandOver();
            }
        }
    }

    /// <summary>Hands everything over, then a line end.</summary>
    public void Dispose()
    {
        Json.Dispose();
        if (!_direct)
        {
            HandOver();
        }

        if (_chars.Length > 0)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
        }

        _output.WriteLine();
    }

    private void HandOver()
    {
        var bytes = _stream.GetBuffer().AsSpan(0, (int)_stream.Length);
        var needed = System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            if (_chars.Length > 0)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            }

            _chars = System.Buffers.ArrayPool<char>.Shared.Rent(needed);
        }

        // Every flush ends on a whole token, so no UTF-8 sequence is split between two pieces.
        var count = System.Text.Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars, 0, count);
        _stream.SetLength(0);
    }
}
