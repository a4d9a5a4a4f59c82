using System.Text;
using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Xunit;

namespace Localization.Core.Tests.Reports;

/// <summary>
/// A large report's findings are written in pieces on several threads: the bytes must be those of writing them
/// one after the other, to a file as to any other text output, whatever the count.
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

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(9, 3)]
    [InlineData(50, 3)]
    [InlineData(50, 1)]
    public void Pieces_write_what_one_writer_writes(int count, int perPiece)
    {
        var result = Result(count);
        var whole = Text(result, int.MaxValue);
        Assert.Equal(whole, Text(result, perPiece));
        Assert.Equal(whole, File(result, perPiece));
        Assert.Equal(whole, File(result, int.MaxValue));

        using var document = JsonDocument.Parse(whole);
        var findings = document.RootElement.GetProperty("findings");
        Assert.Equal(count, findings.GetArrayLength());
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(Texts[i % Texts.Length], findings[i].GetProperty("message").GetString());
            Assert.Equal(i + 1, findings[i].GetProperty("line").GetInt32());
        }
    }

    private static CheckResult Result(int count)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < count; i++)
        {
            var text = Texts[i % Texts.Length];
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

    private static string Text(CheckResult result, int perPiece)
    {
        var text = new StringWriter(new StringBuilder());
        JsonReportWriter.Write(result, text, perPiece);
        return text.ToString();
    }

    /// <summary>A report file as the CLI opens it (UTF-8 without a byte order mark), which the writer fills directly.</summary>
    private static string File(CheckResult result, int perPiece)
    {
        var path = Path.Combine(Path.GetTempPath(), $"l10n-json-{Guid.NewGuid():N}.json");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                JsonReportWriter.Write(result, writer, perPiece);
            }

            return System.IO.File.ReadAllText(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
