using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;
using Localization.Core.UiText;

namespace Localization.Core.Tests.Reports;

/// <summary>A long text listing with errors among warnings ends by saying how to list the errors alone; a short one does not.</summary>
public sealed class TextSummaryHintTests
{
    [Theory]
    [InlineData(30, 3, "en", "only the errors: add `--severity error` to list the 3 error(s) alone")]
    [InlineData(30, 3, "ko", "오류만 보려면: `--severity error`를 붙이면 오류 3개만 보여 줍니다")]
    [InlineData(5, 1, "en", null)]
    [InlineData(30, 30, "en", null)]
    [InlineData(30, 0, "en", null)]
    public void The_errors_hint_follows_a_long_listing_that_mixes_severities(int findings, int errors, string ui, string? hint)
    {
        var list = Enumerable.Range(1, findings).Select(i => new Finding
        {
            Rule = i <= errors ? "link-mismatch" : "code-mismatch",
            RuleId = i <= errors ? "LC101" : "LC103",
            Severity = i <= errors ? Severity.Error : Severity.Warning,
            Language = "ko",
            File = $"i18n/ko/page{i}.md",
            Line = 1,
            Column = 1,
            Message = "a message",
            Fingerprint = $"f{i}",
        }).ToList();
        var result = new CheckResult([], list, ["ko"], 0);
        var output = new StringWriter();
        new TextReportWriter(color: false, verbose: false, MessageCatalog.For(ui)).Write(result, output);
        var last = output.ToString().TrimEnd().Split('\n')[^1].TrimEnd('\r');
        if (hint is null)
        {
            Assert.DoesNotContain("--severity error", output.ToString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(hint, last);
        }
    }
}
