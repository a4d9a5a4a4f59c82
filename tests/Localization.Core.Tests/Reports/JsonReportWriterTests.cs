using System.Text;
using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Xunit;

namespace Localization.Core.Tests.Reports;

/// <summary>
/// A report file gets the writer's UTF-8 directly, other outputs get it as text: both must hold the same
/// bytes, across the writer's pieces (a site's report is a hundred MB, handed over 64 KB at a time).
/// </summary>
public sealed class JsonReportWriterTests
{
    private static readonly string[] Texts =
    [
        "paragraph left in English: it is the English of docs/about.md:12 unchanged",
        "a \"quoted\" title with a back\\slash, a tab\tand <html> & 'apostrophes' kept readable",
        "한국어 번역은 이렇게 보입니다, with an emoji 💛 and an ellipsis … at the end",
        "control \u0001 characters and a line\nbreak",
    ];

    /// <summary>Texts the writer escapes or replaces (read back, they are not what was written).</summary>
    private static readonly string[] Escaped = [.. Texts, "a lone surrogate \uD800 and a reversed pair \uDC00\uD800, U+2028 \u2028 and DEL \u007F"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3000)]
    public void A_file_gets_what_text_output_gets(int count)
    {
        var result = Result(count);
        var whole = Text(result);
        Assert.Equal(whole, File(result));

        using var document = JsonDocument.Parse(whole);
        var findings = document.RootElement.GetProperty("findings");
        Assert.Equal(count, findings.GetArrayLength());
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(Texts[i % Texts.Length], findings[i].GetProperty("message").GetString());
            Assert.Equal(i + 1, findings[i].GetProperty("line").GetInt32());
        }
    }

    /// <summary>Findings rendered in blocks on several threads give the bytes of findings written one by one.</summary>
    [Theory]
    [InlineData(0, 3, 2)]
    [InlineData(1, 3, 2)]
    [InlineData(3, 3, 2)]
    [InlineData(4, 3, 2)]
    [InlineData(7, 3, 3)]
    [InlineData(100, 7, 2)]
    [InlineData(3000, 64, 4)]
    [InlineData(5000, 1024, 2)]
    public void Findings_rendered_in_blocks_are_the_findings_written_one_by_one(int count, int blockSize, int parallelism)
    {
        var result = Result(count, Escaped);
        var serial = Text(result, new JsonReportWriter(int.MaxValue, 1));
        Assert.Equal(serial, Text(result, new JsonReportWriter(blockSize, parallelism)));
        Assert.Equal(serial, File(result, new JsonReportWriter(blockSize, parallelism)));
        Assert.Equal(count, JsonDocument.Parse(serial).RootElement.GetProperty("findings").GetArrayLength());
    }

    /// <summary>An item that cannot be rendered fails the report on the calling thread (no hang, no lost exception).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(2999)]
    public void A_block_that_fails_to_render_fails_the_report(int failing)
    {
        var items = Enumerable.Range(0, 3000).ToArray();
        using var sink = new JsonTextSink(new StringWriter());
        sink.Json.WriteStartArray();
        var e = Assert.Throws<InvalidOperationException>(() => JsonItemBlocks.Write(sink.Json, sink, items, (start, end, buffer) => FindingJsonItemsTests.Render(items, start, end, buffer, (json, i) =>
        {
            if (i == failing)
            {
                throw new InvalidOperationException("item " + i);
            }

            json.WriteNumberValue(i);
        }), blockSize: 5, parallelism: 2));
        Assert.Equal("item " + failing, e.Message);
    }

    /// <summary>A report whose output fails half way (a full disk) ends with that error and leaves no rendering waiting.</summary>
    [Fact]
    public void Output_that_fails_half_way_ends_the_report_with_its_error()
    {
        var result = Result(5000, Escaped);
        using var output = new FailingWriter(after: 20);
        Assert.Throws<IOException>(() => new JsonReportWriter(16, 2).Write(result, output));

        // The rendering loops stopped: a second report on the same pool runs to its end.
        Assert.Equal(Text(result, new JsonReportWriter(int.MaxValue, 1)), Text(result, new JsonReportWriter(16, 2)));
    }

    /// <summary>A text output that fails after a number of writes, like a disk that fills up.</summary>
    private sealed class FailingWriter(int after) : StringWriter
    {
        private int _writes;

        public override void Write(char[] buffer, int index, int count)
        {
            if (++_writes > after)
            {
                throw new IOException("No space left on device");
            }

            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (++_writes > after)
            {
                throw new IOException("No space left on device");
            }

            base.Write(buffer);
        }
    }

    private static CheckResult Result(int count, string[]? texts = null)
    {
        texts ??= Texts;
        var findings = new List<Finding>();
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Length];
            findings.Add(new Finding
            {
                Rule = "untranslated-block",
                RuleId = "LC301",
                Severity = (Severity)(i % 3),
                Language = "ko",
                File = "i18n/ko/about.md",
                Line = i + 1,
                Column = 1,
                EndLine = i + 1,
                EndColumn = 9,
                Source = i % 2 == 0 ? new SourceReference("docs/about.md", 12) : null,
                Message = text,
                SourceText = text,
                TargetText = i % 4 == 0 ? null : text,
                UnitId = "p" + i,
                Fingerprint = i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return new CheckResult([], findings, ["ko"], 0);
    }

    private static string Text(CheckResult result, JsonReportWriter? writer = null)
    {
        var text = new StringWriter(new StringBuilder());
        (writer ?? new JsonReportWriter()).Write(result, text);
        return text.ToString();
    }

    /// <summary>A report file as the CLI opens it (UTF-8 without a byte order mark), which the writer fills directly.</summary>
    private static string File(CheckResult result, JsonReportWriter? given = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"l10n-json-{Guid.NewGuid():N}.json");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                (given ?? new JsonReportWriter()).Write(result, writer);
            }

            return System.IO.File.ReadAllText(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
