using Localization.Core.IO;

namespace Localization.Core.Tests.IO;

/// <summary>
/// The early writeback of a file being written (see <see cref="WritebackStream"/>) passes every byte on as
/// it was written, in order, whatever the sizes of the writes, and starts the kernel's writeback as it goes.
/// </summary>
public sealed class WritebackStreamTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-writeback-" + Guid.NewGuid().ToString("N"));

    public WritebackStreamTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(4096, 1)]
    [InlineData(8192, 7)]
    [InlineData(10_000, 1)]
    [InlineData(65_536, 3)]
    public void Every_byte_reaches_the_file_in_order_and_writebacks_start_as_it_grows(int chunkBytes, int seed)
    {
        var path = Path.Combine(_root, $"file-{chunkBytes}-{seed}");
        var random = new Random(seed);
        var expected = new MemoryStream();
        int started;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
        {
            using var stream = new WritebackStream(file, chunkBytes);
            for (var i = 0; i < 400; i++)
            {
                // Writes from one byte to past the file's own buffer, as the report writers make them.
                var bytes = new byte[random.Next(4) switch { 0 => 1, 1 => random.Next(1, 100), 2 => random.Next(100, 5000), _ => random.Next(5000, 70_000) }];
                random.NextBytes(bytes);
                if (bytes.Length == 1)
                {
                    stream.WriteByte(bytes[0]);
                }
                else
                {
                    stream.Write(bytes, 0, bytes.Length);
                }

                expected.Write(bytes);
            }

            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write("the end, through a text writer: ü");
            }

            expected.Write("the end, through a text writer: ü"u8);
            started = stream.WritebacksStarted;
            // Disposing the writer (and with it the stream) leaves the file open, to be flushed to disk by its owner.
            file.Flush(flushToDisk: true);
        }

        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
        if (OperatingSystem.IsLinux())
        {
            // At most one per chunk written (a write larger than a chunk starts one), and some.
            Assert.InRange(started, 1, (expected.Length / chunkBytes) + 1);
        }
    }

    [Theory]
    [InlineData(typeof(DllNotFoundException))]
    [InlineData(typeof(EntryPointNotFoundException))]
    public void A_C_library_without_the_writeback_call_still_gets_the_whole_file_and_is_asked_once(Type missing)
    {
        var path = Path.Combine(_root, "no-writeback-" + missing.Name);
        var expected = new byte[10 * 4096 + 123];
        new Random(5).NextBytes(expected);
        var calls = 0;
        int started;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
        {
            using var stream = new WritebackStream(file, 4096, (_, _, _) =>
            {
                calls++;
                throw (Exception)Activator.CreateInstance(missing, "sync_file_range")!;
            }, pieceBytes: 4096);
            for (var offset = 0; offset < expected.Length; offset += 1000)
            {
                stream.Write(expected.AsSpan(offset, Math.Min(1000, expected.Length - offset)));
            }

            // The stream keeps what does not fill a piece until it is flushed, as a buffered stream does.
            stream.Flush();
            started = stream.WritebacksStarted;
            file.Flush(flushToDisk: true);
        }

        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(0, started);
        Assert.Equal(OperatingSystem.IsLinux() ? 1 : 0, calls);
    }

    [Theory]
    [InlineData(4096, 11)]
    [InlineData(65_536, 12)]
    [InlineData(1000, 13)]
    public void Every_write_to_the_file_but_the_last_ends_on_a_piece_boundary(int pieceBytes, int seed)
    {
        var path = Path.Combine(_root, $"pieces-{pieceBytes}-{seed}");
        var random = new Random(seed);
        var expected = new MemoryStream();
        List<(long Offset, int Count)> writes;
        using (var file = new RecordingFile(path))
        {
            using var stream = new WritebackStream(file, 1 << 20, (_, _, _) => 0, pieceBytes);
            for (var i = 0; i < 300; i++)
            {
                var bytes = new byte[random.Next(3) switch { 0 => random.Next(1, 100), 1 => random.Next(100, 5000), _ => random.Next(5000, 5000 + (3 * pieceBytes)) }];
                random.NextBytes(bytes);
                if (i % 2 == 0)
                {
                    stream.Write(bytes);
                }
                else
                {
                    // As the JSON report's writer does: straight into the stream's buffer, in parts.
                    var half = bytes.Length / 2;
                    bytes.AsSpan(0, half).CopyTo(stream.GetSpan(half));
                    stream.Advance(half);
                    var memory = stream.GetMemory(bytes.Length - half);
                    Assert.True(memory.Length >= bytes.Length - half);
                    bytes.AsSpan(half).CopyTo(memory.Span);
                    stream.Advance(bytes.Length - half);
                }

                expected.Write(bytes);
            }

            stream.Flush();
            writes = file.Writes;
            file.Flush(flushToDisk: true);
        }

        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
        Assert.True(writes.Count > 2);
        Assert.All(writes.SkipLast(1), w => Assert.Equal(0, (w.Offset + w.Count) % pieceBytes));
        Assert.All(writes.SkipLast(1), w => Assert.True(w.Count >= pieceBytes || w.Offset == 0, $"{w.Count} bytes at {w.Offset}"));
    }

    [Fact]
    public void A_value_larger_than_the_buffer_gets_room_and_reaches_the_file_whole()
    {
        var path = Path.Combine(_root, "large-value");
        var text = new string('é', 50_000);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
        {
            using var stream = new WritebackStream(file, 1 << 20, (_, _, _) => 0, pieceBytes: 1024);
            using (var json = new System.Text.Json.Utf8JsonWriter((System.Buffers.IBufferWriter<byte>)stream))
            {
                json.WriteStartArray();
                json.WriteStringValue("short");
                json.WriteRawValue("\"" + text + "\"", skipInputValidation: true);
                json.WriteEndArray();
            }

            stream.Flush();
            file.Flush(flushToDisk: true);
        }

        Assert.Equal("[\"short\",\"" + text + "\"]", File.ReadAllText(path));
    }

    [Fact]
    public void A_report_written_through_the_atomic_writer_is_whole()
    {
        var path = Path.Combine(_root, "report.txt");
        var line = new string('x', 999);
        AtomicFileWriter.Write(path, w =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                w.WriteLine(line);
            }
        }, overwrite: false);

        Assert.Equal(10_000 * (line.Length + Environment.NewLine.Length), new FileInfo(path).Length);
        Assert.All(File.ReadLines(path), l => Assert.Equal(line, l));
    }

    /// <summary>A file that records the offset and length of each write the stream makes.</summary>
    private sealed class RecordingFile(string path) : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1)
    {
        public List<(long Offset, int Count)> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add((Position, buffer.Length));
            base.Write(buffer);
        }
    }
}
