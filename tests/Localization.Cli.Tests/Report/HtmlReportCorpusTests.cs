using System.Globalization;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests.Report;

/// <summary>
/// The report of the real 2026-03 Privacy Guides snapshot (ko fr ja, 375 pages, about 12,700 findings) in the
/// browser: every finding of the JSON report has its marker, and the load time is printed for the README
/// (never asserted: the machine is shared; see tests/report/screenshots.sh). Skips without ../shared.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HtmlReportCorpusTests
{
    [Fact]
    public void Corpus_report_has_one_marker_per_finding_and_opens_without_errors()
    {
        Assert.SkipWhen(HeadlessChromium.Unavailable is not null, HeadlessChromium.Unavailable ?? "");
        var corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "privacyguides-2026-03"));
        Assert.SkipUnless(File.Exists(Path.Combine(corpus, "crowdin.yml")), $"../shared/corpora is absent ({corpus} not found); it is provided beside the project, not in it");

        using var output = new TempTree();
        var report = output.PathOf("report.html");
        var run = CliRunner.Run(corpus, "report", "ko", "fr", "ja", "-o", report);
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = CliRunner.Run(corpus, "check", "ko", "fr", "ja", "--format", "json", "--fail-on", "none");
        using var findings = JsonReport.ParseAndValidate(json.StdOut);
        var expected = findings.RootElement.GetProperty("findings").GetArrayLength();

        using var browser = HeadlessChromium.Start();
        browser.Open(report);
        var timing = browser.Script("""
            const n = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            return [n.domContentLoadedEventEnd, n.loadEventEnd, paint ? paint.startTime : -1, +document.documentElement.dataset.readyMs].map(Math.round).join(' ');
            """) as string;
        Assert.Equal(375, browser.Count("return document.querySelectorAll('details.page').length"));
        Assert.Equal(0, browser.Count("return document.querySelectorAll('details.page[open]').length"));
        Assert.Equal($"{expected:N0} findings", browser.Script("return document.getElementById('pos').textContent"));
        browser.Driver.FindElement(OpenQA.Selenium.By.Id("expand")).Click();
        Assert.Equal(expected, browser.Count("return document.querySelectorAll('.f').length"));
        Assert.Empty(browser.ConsoleErrors());
        var file = new Uri(report).AbsoluteUri;
        Assert.DoesNotContain(browser.Requests(), u => !u.StartsWith(file, StringComparison.Ordinal));

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report of {expected} findings, {new FileInfo(report).Length / 1e6:0.0} MB: DOMContentLoaded, load, first contentful paint, script ready (ms): {timing}"));
    }
}
