using Localization.Core.Reports.Html;
using Localization.Core.Units;

namespace Localization.Core.Tests.Reports;

/// <summary>A unit's text as the HTML report shows it.</summary>
public sealed class UnitHtmlTests
{
    [Fact]
    public void A_unit_of_thousands_of_code_spans_and_links_renders_in_linear_time()
    {
        // Each elementary segment looked through every range of its unit: quadratic in a paragraph of thousands of code
        // spans (an 800 KB page of them took 21 s to report, 4 s to check). One paragraph of 4,500 spans and 100 links
        // must cost about what ten paragraphs of a tenth of them cost, not ten times as much.
        var part = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("`a` ", 45)) + "[b](c.md) ", 10));
        var one = PageReader.Read("one.md", string.Concat(Enumerable.Repeat(part, 10)) + "\n");
        var ten = PageReader.Read("ten.md", string.Join("\n\n", Enumerable.Repeat(part, 10)) + "\n");
        Assert.Single(one.Units);
        Assert.Equal(10, ten.Units.Count);

        for (var warm = 0; warm < 5; warm++)
        {
            (_, _) = (Fastest(ten), Fastest(one)); // past the JIT's first, unoptimised code for Render
        }

        var (inOne, inTen) = (Fastest(one), Fastest(ten));

        Assert.True(inOne < inTen * 3 + TimeSpan.FromMilliseconds(10), $"one paragraph {inOne}, ten paragraphs {inTen}");
        var html = UnitHtml.Render(one, one.Units[0], []);
        Assert.Equal(100, html.Split("<a href=\"c.md\"").Length - 1);
        Assert.Equal(4500, html.Split("<span class=\"m\">`a`</span>").Length - 1);
    }

    /// <summary>The fastest of five renderings of every unit of the page (the machine may be busy).</summary>
    private static TimeSpan Fastest(PageModel page)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var unit in page.Units)
            {
                UnitHtml.Render(page, unit, [(unit.Start, unit.Start + 10), (unit.Start + 5, unit.End)]);
            }

            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        return fastest;
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
