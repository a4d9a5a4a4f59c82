using Localization.Core.IO;

namespace Localization.Core.Tests.IO;

/// <summary>
/// On Linux a regular file is read with open(2) and read(2) instead of a <see cref="FileStream"/>: this holds the
/// bytes and the answers (size limit, missing file, directory) to what the file holds and what the reader said before.
/// </summary>
public sealed class TextFileReadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("l10n-read-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(65_536)]
    [InlineData(300_001)]
    public void A_file_reads_as_its_bytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(_directory, $"f{size}.md");
        File.WriteAllBytes(path, bytes);
        using var raw = TextFileReader.ReadBytes(path);
        Assert.Null(raw.Error);
        Assert.Equal(bytes, raw.Bytes.ToArray());
    }

    [Fact]
    public void Limits_missing_files_and_directories_are_answered_as_before()
    {
        var path = Path.Combine(_directory, "page.md");
        File.WriteAllBytes(path, new byte[1_000]);
        using (var over = TextFileReader.ReadBytes(path, maxBytes: 999))
        {
            Assert.Equal("file is 1,000 bytes, over the 999-byte limit", over.Error);
        }

        using (var exact = TextFileReader.ReadBytes(path, maxBytes: 1_000))
        {
            Assert.Null(exact.Error);
            Assert.Equal(1_000, exact.Bytes.Length);
        }

        using (var missing = TextFileReader.ReadBytes(Path.Combine(_directory, "none.md")))
        {
            Assert.True(missing.NotFound);
            Assert.Equal("file not found", missing.Error);
        }

        using var directory = TextFileReader.ReadBytes(_directory);
        Assert.NotNull(directory.Error);
        Assert.Null(TextFileReader.ReadBytes(path).Error);
    }

    [Fact]
    public void A_file_read_through_a_symbolic_link_is_its_target()
    {
        var target = Path.Combine(_directory, "target.md");
        File.WriteAllText(target, "# Title\n");
        var link = Path.Combine(_directory, "link.md");
        File.CreateSymbolicLink(link, target);
        Assert.Equal("# Title\n", TextFileReader.Read(link).Text);
    }
}
