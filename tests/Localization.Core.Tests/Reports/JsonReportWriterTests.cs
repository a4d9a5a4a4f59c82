using System.Text;
using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Xunit;

namespace Localization.Core.Tests.Reports;

/// <summary>
/// The JSON report encodes a long string once when the same string object comes again (findings of every
/// language share their English block's message and excerpts): the bytes must be those of writing each one
/// afresh, whatever the text holds.
/// </summary>
public sealed class JsonReportWriterTests
{
    private static readonly string[] Texts =
    [
        "paragraph left in English: it is the English of docs/about.md:12 unchanged",
        "a \"quoted\" title with a back\\slash, a tab\tand <html> & 'apostrophes' kept readable",
        "한국어 번역은 이렇게 보입니다, with an emoji 💛 and an ellipsis … at the end of it",
        "control \u0001 characters and a line\nbreak in the middle of a long enough excerpt",
        "a lone surrogate \uD83D in text that is not valid UTF-16, long enough to be kept",
        "short",
    ];

    [Fact]
    public void Shared_strings_are_written_as_copies_would_be()
    {
        var shared = Findings(text => text);
        var copies = Findings(text => new string(text.AsSpan()));
        Assert.Equal(Write(copies), Write(shared));
    }

    [Fact]
    public void The_report_reads_back_with_every_text()
    {
        using var document = JsonDocument.Parse(Write(Findings(text => text)));
        var findings = document.RootElement.GetProperty("findings");
        Assert.Equal(Texts.Length * 3, findings.GetArrayLength());
        for (var i = 0; i < findings.GetArrayLength(); i++)
        {
            var text = Texts[i % Texts.Length];
            var f = findings[i];
            if (!text.Contains("\uD83D in", StringComparison.Ordinal))
            {
                Assert.Equal(text, f.GetProperty("message").GetString());
            }

            Assert.Equal(f.GetProperty("message").GetString(), f.GetProperty("sourceText").GetString());
        }
    }

    private static List<Finding> Findings(Func<string, string> copy)
    {
        var findings = new List<Finding>();
        for (var language = 0; language < 3; language++)
        {
            foreach (var text in Texts)
            {
                var message = copy(text);
                findings.Add(new Finding
                {
                    Rule = "untranslated-block",
                    RuleId = "LC301",
                    Severity = Severity.Warning,
                    Language = "l" + language,
                    File = "i18n/x/about.md",
                    Line = 3,
                    Column = 1,
                    EndLine = 3,
                    EndColumn = 9,
                    Source = new SourceReference("docs/about.md", 12),
                    Message = message,
                    SourceText = message,
                    TargetText = copy(text),
                    UnitId = "p1",
                    Fingerprint = "0123456789abcdef0123456789abcdef",
                });
            }
        }

        return findings;
    }

    private static string Write(List<Finding> findings)
    {
        var result = new CheckResult([], findings, ["l0", "l1", "l2"], 0);
        var text = new StringWriter(new StringBuilder());
        new JsonReportWriter().Write(result, text);
        return text.ToString();
    }
}
