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
            var stream = new WritebackStream(file, chunkBytes);
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
            var stream = new WritebackStream(file, 4096, (_, _, _) =>
            {
                calls++;
                throw (Exception)Activator.CreateInstance(missing, "sync_file_range")!;
            });
            for (var offset = 0; offset < expected.Length; offset += 1000)
            {
                stream.Write(expected.AsSpan(offset, Math.Min(1000, expected.Length - offset)));
            }

            started = stream.WritebacksStarted;
            file.Flush(flushToDisk: true);
        }

        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(0, started);
        Assert.Equal(OperatingSystem.IsLinux() ? 1 : 0, calls);
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
}
