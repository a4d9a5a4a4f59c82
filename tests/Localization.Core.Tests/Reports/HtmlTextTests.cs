using Localization.Core.Reports.Html;

namespace Localization.Core.Tests.Reports;

/// <summary>What the HTML report lets through: escaped text, and links only to http(s) and relative URLs.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("https://example.com/a?b=c#d", "https://example.com/a?b=c#d")]
    [InlineData("HTTP://example.com", "HTTP://example.com")]
    [InlineData("page.md#section", "page.md#section")]
    [InlineData("../advanced/tor.md", "../advanced/tor.md")]
    [InlineData("#anchor", "#anchor")]
    [InlineData("a/b:c", "a/b:c")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData(" java\tscript:alert(1)", null)]
    [InlineData("java\u0000script:alert(1)", null)]
    [InlineData("\u202ejavascript:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("vbscript:msgbox", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("mailto:a@example.com", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("\\\\evil\\share", null)]
    [InlineData("https:evil", null)]
    [InlineData("", null)]
    public void Only_http_https_and_relative_urls_become_links(string url, string? expected) => Assert.Equal(expected, HtmlText.SafeHref(url));

    [Fact]
    public void Markup_characters_are_escaped_and_invisible_controls_shown()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", HtmlText.Escape("<script>alert(\"x\")</script> & '"));
        Assert.Equal("a<span class=\"ctl\">U+202E</span>b<span class=\"ctl\">U+001B</span>", HtmlText.Escape("a\u202eb\u001b"));
        Assert.Equal("한국어 \u200d\u200c", HtmlText.Escape("한국어 \u200d\u200c"));
    }

    [Fact]
    public void Css_strings_cannot_close_the_style_element()
    {
        var css = HtmlText.CssString("a\"</style><script>\\\n");
        Assert.DoesNotContain("</", css, StringComparison.Ordinal);
        Assert.DoesNotContain("<", css, StringComparison.Ordinal);
        Assert.Equal("\"a\\22 \\3c /style\\3e \\3c script\\3e \\5c \\a \"", css);
    }

    [Fact]
    public void Attribute_values_show_invisible_characters_as_text_never_as_markup()
    {
        // A file named with U+202E put <span class="ctl"> into the page's id: its quote closed the attribute.
        Assert.Equal("p:ko:aU+202Egnp.md U+001B&quot;&gt;&lt;img&gt;", HtmlText.Attribute("p:ko:a\u202egnp.md \u001b\"><img>"));
        Assert.Equal("", HtmlText.Attribute(null));
    }
}

