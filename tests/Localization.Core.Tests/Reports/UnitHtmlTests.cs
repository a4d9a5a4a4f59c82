using Localization.Core.Reports.Html;
using Localization.Core.Units;

namespace Localization.Core.Tests.Reports;

/// <summary>A unit's text as the HTML report shows it.</summary>
public sealed class UnitHtmlTests
{
    [Fact]
    public void A_unit_of_thousands_of_code_spans_and_links_renders_in_linear_time()
    {
        // Each elementary segment looked through every range of its unit: 60 such paragraphs took 5 s, 120 twice that.
        var paragraph = string.Concat(Enumerable.Repeat("`a` [b](https://example.com/c) ", 600)) + "end";
        var page = PageReader.Read("en.md", string.Join("\n\n", Enumerable.Repeat(paragraph, 120)) + "\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var html = page.Units.Select(u => UnitHtml.Render(page, u, [(u.Start, u.Start + 10), (u.Start + 5, u.End)])).ToList();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
        Assert.Equal(120, html.Count);
        Assert.Equal(600, html[0].Split("<a href=\"https://example.com/c\"").Length - 1);
    }

    [Theory]
    [InlineData(2, 30, 20, -1)]
    [InlineData(0, 6, 6, 12)]
    [InlineData(9, 25, 14, 40)]
    public void Overlapping_marks_links_and_markup_give_properly_nested_tags_around_the_unit_text(int from1, int to1, int from2, int to2)
    {
        var page = PageReader.Read("en.md", "Read `code` and [the *manual*](https://example.com/m) or <kbd>x</kbd> [b](c.md) now.\n");
        var unit = page.Units[0];
        var marked = new List<(int, int)> { (unit.Start + from1, unit.Start + to1), (unit.Start + from2, to2 < 0 ? unit.End : unit.Start + to2) };

        var html = UnitHtml.Render(page, unit, marked);

        var open = new Stack<string>();
        foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(html, "<(/?)([a-z]+)[^>]*>"))
        {
            if (tag.Groups[1].Value == "/")
            {
                Assert.Equal(open.Pop(), tag.Groups[2].Value);
            }
            else
            {
                open.Push(tag.Groups[2].Value);
            }
        }

        Assert.Empty(open);
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", ""));
        Assert.Equal(page.Text[unit.Start..unit.End], text);
        Assert.Contains("<a href=\"https://example.com/m\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"c.md\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"m\">`", html, StringComparison.Ordinal);
    }
}
