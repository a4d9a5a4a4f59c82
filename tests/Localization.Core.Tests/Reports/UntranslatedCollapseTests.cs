using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports;

namespace Localization.Core.Tests.Reports;

/// <summary>The text view folds English left on a page into one line on a site, never when one page is checked.</summary>
public sealed class UntranslatedCollapseTests
{
    private static FileResult File(string page, FileStats stats) =>
        new(new PairRequest("ko", "docs/" + page, "i18n/ko/" + page, "/p/docs/" + page, "/p/i18n/ko/" + page), stats, []);

    private static Finding[] Untranslated(string page, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => StatusTableTests.Make("ko", "i18n/ko/" + page, Severity.Warning))];

    [Fact]
    public void On_a_site_a_page_with_English_in_many_places_becomes_one_line()
    {
        var findings = Untranslated("a.md", 5);
        var result = new CheckResult([File("a.md", new FileStats(10, 5, 0, 5, 0, 0)), File("b.md", new FileStats(3, 3, 0, 0, 0, 0))], findings, ["ko"], 0);

        var collapse = new UntranslatedCollapse(result);

        Assert.Equal(1, collapse.FoldedPages);
        Assert.StartsWith("5 of 10 blocks left in English", collapse.Summary(findings[0]), StringComparison.Ordinal);
        Assert.Equal("", collapse.Summary(findings[1]));
    }

    [Fact]
    public void One_page_checked_shows_every_line()
    {
        var findings = Untranslated("a.md", 5);
        var collapse = new UntranslatedCollapse(new CheckResult([File("a.md", new FileStats(10, 5, 0, 5, 0, 0))], findings, ["ko"], 0));

        Assert.Equal(0, collapse.FoldedPages);
        Assert.All(findings, f => Assert.Null(collapse.Summary(f)));
    }
}
