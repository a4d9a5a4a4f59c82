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

    private static string Text(CheckResult result)
    {
        var text = new StringWriter(new StringBuilder());
        new JsonReportWriter().Write(result, text);
        return text.ToString();
    }

    /// <summary>A report file as the CLI opens it (UTF-8 without a byte order mark), which the writer fills directly.</summary>
    private static string File(CheckResult result)
    {
        var path = Path.Combine(Path.GetTempPath(), $"l10n-json-{Guid.NewGuid():N}.json");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                new JsonReportWriter().Write(result, writer);
            }

            return System.IO.File.ReadAllText(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
