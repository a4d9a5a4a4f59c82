using Localization.Cli.Tests.Support;
using OpenQA.Selenium;

namespace Localization.Cli.Tests.Report;

/// <summary>
/// The HTML report opened in headless Chromium: one finding marker per finding of the JSON report of the same
/// run, filters that hide what they should, keyboard navigation, no request leaving the page, no console error.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HtmlReportBrowserTests
{
    [Fact]
    public void Report_shows_every_finding_of_the_json_report_and_filters_by_rule()
    {
        Assert.SkipWhen(HeadlessChromium.Unavailable is not null, HeadlessChromium.Unavailable ?? "");
        using var tree = ReportFixtures.Project();
        var report = CliRunner.Run(tree.Root, "report", "ko", "fr", "--output", "report.html");
        Assert.True(report.ExitCode == 0, report.ToString());
        var json = CliRunner.Run(tree.Root, "check", "ko", "fr", "--format", "json", "--fail-on", "none");
        using var findings = JsonReport.ParseAndValidate(json.StdOut);
        var byRule = findings.RootElement.GetProperty("findings").EnumerateArray().GroupBy(f => f.Str("rule")).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains("anchor-broken", byRule.Keys); // project-wide: known only after the run
        Assert.Contains("missing-file", byRule.Keys);
        Assert.Contains("missing-block", byRule.Keys);

        using var browser = HeadlessChromium.Start();
        browser.Open(tree.PathOf("report.html"));
        Assert.Equal(0, browser.Count("return document.querySelectorAll('details.page[open]').length")); // pages are closed until opened
        Assert.Equal($"{byRule.Values.Sum()} findings", browser.Script("return document.getElementById('pos').textContent"));
        browser.Driver.FindElement(By.Id("expand")).Click();
        Assert.Equal(0, browser.Count("return document.querySelectorAll('details.page:not([open])').length"));
        Assert.Equal(byRule.Values.Sum(), browser.Count("return document.querySelectorAll('.f').length"));
        foreach (var (rule, count) in byRule)
        {
            Assert.Equal(count, browser.Count($"return document.querySelectorAll('.f[data-rule=\"{rule}\"]').length"));
        }

        // Every finding sits in its page's section; the anchor-broken one at the row of the link's unit.
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('.f')].filter(f => !f.closest('details.page')).length"));
        const string RowOf = "f => { let r = f.previousElementSibling; while (r && r.classList.contains('f')) r = r.previousElementSibling; return r; }";
        Assert.Contains("Then read the [output options]", browser.Script($"return ({RowOf})(document.querySelector('.f[data-rule=\"anchor-broken\"]')).textContent") as string, StringComparison.Ordinal);
        Assert.Contains("Keep the configuration", browser.Script($"return ({RowOf})(document.querySelector('.f[data-rule=\"missing-block\"]')).textContent") as string, StringComparison.Ordinal);

        // Filter by one rule: the others are hidden, the rule's findings are all still shown.
        browser.Driver.FindElement(By.CssSelector("#rule option[value='link-mismatch']")).Click();
        Assert.Equal(byRule["link-mismatch"], browser.Count("return [...document.querySelectorAll('.f')].filter(f => !f.hidden).length"));
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('.f:not([data-rule=\"link-mismatch\"])')].filter(f => !f.hidden).length"));
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('details.page')].filter(p => !p.hidden && !p.querySelector('.f[data-rule=\"link-mismatch\"]')).length"));

        // Keyboard: j goes to the first shown finding and opens its page (closed again first, to prove it).
        browser.Driver.FindElement(By.Id("expand")).Click();
        Assert.Equal(0, browser.Count("return document.querySelectorAll('details.page[open]:not([hidden])').length"));
        browser.Driver.FindElement(By.TagName("body")).SendKeys("j");
        Assert.Equal("link-mismatch", browser.Script("return document.querySelector('.f.cur').dataset.rule"));
        Assert.Equal(true, browser.Script("return document.querySelector('.f.cur').closest('details').open"));
        browser.Driver.FindElement(By.TagName("body")).SendKeys("j");
        Assert.Equal(byRule["link-mismatch"] > 1 ? "2" : "1", browser.Script("return document.getElementById('pos').textContent.split(' / ')[0]"));

        // Back to every rule, then a language filter.
        browser.Driver.FindElement(By.CssSelector("#rule option[value='']")).Click();
        browser.Driver.FindElement(By.CssSelector("input[name='lang'][value='fr']")).Click();
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('.f[data-lang=\"fr\"]')].filter(f => !f.hidden).length"));
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('details.page[data-lang=\"fr\"]')].filter(p => !p.hidden).length"));
        Assert.True(browser.Count("return [...document.querySelectorAll('.f[data-lang=\"ko\"]')].filter(f => !f.hidden).length") > 0);

        // Search: pages by their text, opened or not; Esc clears it.
        browser.Driver.FindElement(By.CssSelector("input[name='lang'][value='fr']")).Click();
        browser.Script("document.querySelectorAll('details.page').forEach(p => p.open = false)");
        var search = browser.Driver.FindElement(By.Id("q"));
        search.SendKeys("덧붙인");
        // The search waits for typing to pause.
        Assert.Equal("i18n/ko/guide.md", browser.WaitFor("return [...document.querySelectorAll('details.page')].filter(p => !p.hidden).map(p => p.dataset.path).join(' ')", "i18n/ko/guide.md"));
        search.SendKeys(Keys.Escape);
        Assert.Equal(4, browser.Count("return [...document.querySelectorAll('details.page')].filter(p => !p.hidden).length")); // ko and fr, guide and options

        // Nothing left the page and nothing went wrong.
        var file = new Uri(tree.PathOf("report.html")).AbsoluteUri;
        Assert.DoesNotContain(browser.Requests(), u => !u.StartsWith(file, StringComparison.Ordinal));
        Assert.Equal(0, browser.Count("return performance.getEntriesByType('resource').length"));
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void Opening_a_page_by_its_address_shows_it_side_by_side_with_the_untranslated_sentence_marked()
    {
        Assert.SkipWhen(HeadlessChromium.Unavailable is not null, HeadlessChromium.Unavailable ?? "");
        using var tree = ReportFixtures.Project();
        Assert.Equal(0, CliRunner.Run(tree.Root, "report", "ko", "-o", "report.html").ExitCode);

        using var browser = HeadlessChromium.Start();
        browser.Open(tree.PathOf("report.html"), "#p:ko:i18n/ko/guide.md");
        Assert.Equal(true, browser.Script("return document.getElementById('p:ko:i18n/ko/guide.md').open"));
        Assert.Equal(false, browser.Script("return document.getElementById('p:ko:i18n/ko/options.md').open"));
        Assert.Equal("Then read the [output options](options.md#output-files).", browser.Script("return document.getElementById('p:ko:i18n/ko/guide.md').querySelector('mark').textContent"));
        Assert.Equal("missing in the translation", browser.Script("return document.getElementById('p:ko:i18n/ko/guide.md').querySelector('.row.mi .gap').textContent"));
        Assert.Equal("not in the English", browser.Script("return document.getElementById('p:ko:i18n/ko/guide.md').querySelector('.row.ex .gap').textContent"));
        Assert.Equal("https://example.com/l10n https://example.org/docs https://example.com/bugs", browser.Script("return [...document.getElementById('p:ko:i18n/ko/guide.md').querySelectorAll('.row .c:last-child a')].map(a => a.getAttribute('href')).filter(h => h.startsWith('http')).join(' ')"));
        Assert.Equal("options.md#output-files", browser.Script("return document.getElementById('p:ko:i18n/ko/guide.md').querySelector('mark a').getAttribute('href')"));
        Assert.Empty(browser.ConsoleErrors());
    }
}
