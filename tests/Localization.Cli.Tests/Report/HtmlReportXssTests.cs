using Localization.Cli.Tests.Support;
using OpenQA.Selenium;

namespace Localization.Cli.Tests.Report;

/// <summary>
/// Translations are untrusted input: a page carrying script tags, event handlers, javascript: links and
/// attempts to break out of attributes renders them as text, and no script of its own runs (in the browser).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HtmlReportXssTests
{
    private const string English = """
        # Safety

        Read the [manual](https://example.com/manual) first.

        The app shows a picture here.

        Click the [start page](index.md) to begin.

        Type your name.
        """;

    private const string Hostile = """
        # 안전 <script>alert(1)</script>

        [설명서](javascript:alert(3))를 먼저 읽으세요.

        앱은 여기에 그림을 보여줍니다. <img src=x onerror="alert(2)">

        [시작 페이지](JaVaScRiPt&#58;alert(4))를 클릭하세요. <a href="javascript:alert(5)">여기</a> [데이터](data:text/html,<script>alert(6)</script>)

        이름을 입력하세요. "><svg onload=alert(7)> '><iframe src="javascript:alert(8)"></iframe> </style><style>body{display:none}</style> </script><script>alert(9)</script>
        """;

    [Fact]
    public void Hostile_translation_is_shown_as_text_and_runs_nothing()
    {
        Assert.SkipWhen(HeadlessChromium.Unavailable is not null, HeadlessChromium.Unavailable ?? "");
        using var tree = new TempTree();
        tree.Write("en.md", English + "\n");
        tree.Write("ko.md", Hostile + "\n");
        var run = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "html", "-o", "xss.html", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var browser = HeadlessChromium.Start();
        browser.Open(tree.PathOf("xss.html"), "#p:ko:ko.md");

        // No alert ever opened, and the page's own script is the only one.
        Assert.Throws<NoAlertPresentException>(() => browser.Driver.SwitchTo().Alert());
        Assert.Equal(1, browser.Count("return [...document.scripts].filter(s => s.type !== 'text/x-l10n-page').length"));
        Assert.Equal(0, browser.Count("return document.querySelectorAll('script[type=\"text/x-l10n-page\"]').length")); // the page was opened
        Assert.Equal(0, browser.Count("return document.querySelectorAll('img, iframe, svg:not(.bar):not(.mini), object, embed, base, form, link:not([rel=icon]), meta[http-equiv=refresh]').length"));
        Assert.Equal(0, browser.Count("return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
        Assert.Equal(2, browser.Count("return document.querySelectorAll('style, script').length")); // the report's own

        // Every link goes to http(s), a relative page or a place in the report; the hostile ones are text.
        Assert.Equal(0, browser.Count("return [...document.links].filter(a => !/^(https?:|#|[^:]*$)/i.test(a.getAttribute('href'))).length"));
        var page = browser.Script("return document.getElementById('p:ko:ko.md').querySelector('.row:nth-of-type(1) + .row, .row').parentElement.textContent") as string ?? "";
        Assert.Contains("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"alert(2)\">", page, StringComparison.Ordinal);
        Assert.Contains("[설명서](javascript:alert(3))", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript:alert(5)\">", page, StringComparison.Ordinal);
        Assert.Contains("\"><svg onload=alert(7)>", page, StringComparison.Ordinal);
        Assert.Contains("</script><script>alert(9)</script>", page, StringComparison.Ordinal);
        Assert.Equal("index.md", browser.Script("return document.querySelector('a[href=\"index.md\"]') ? 'index.md' : 'none'"));

        // The page still works, and nothing was blocked, loaded or logged as an error.
        Assert.True(browser.Count("return document.querySelectorAll('.f').length") > 0);
        Assert.Equal("visible", browser.Script("return getComputedStyle(document.body).visibility"));
        Assert.NotEqual("none", browser.Script("return getComputedStyle(document.body).display"));
        Assert.Empty(browser.ConsoleErrors());
        var file = new Uri(tree.PathOf("xss.html")).AbsoluteUri;
        Assert.DoesNotContain(browser.Requests(), u => !u.StartsWith(file, StringComparison.Ordinal));
    }
}
