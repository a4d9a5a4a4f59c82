using System.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>The one-pass pairing of an HTML block's tags answers what scanning the rest of the block answers.</summary>
public sealed class HtmlClosersTests
{
    [Fact]
    public void Paired_tags_agree_with_the_scan_on_generated_blocks()
    {
        string[] pieces = ["<div>", "</div>", "<DIV class=\"x\">", "</Div>", "<span>", "</span>", "<p>", "</p>", "<br/>", "text "];
        var random = new Random(11);
        for (var n = 0; n < 3000; n++)
        {
            var block = new StringBuilder();
            for (var k = random.Next(0, 120); k > 0; k--)
            {
                block.Append(pieces[random.Next(pieces.Length)]);
            }

            var source = block.ToString();
            var list = new List<HtmlTag>();
            HtmlTag.Find(source, list);
            var tags = list.ToArray();

            var paired = HtmlClosers.Pair(source, tags);

            for (var i = 0; i < tags.Length; i++)
            {
                var name = source.Substring(tags[i].NameStart, tags[i].NameLength).ToLowerInvariant();
                var expected = !tags[i].Closing && HtmlClosers.Scan(source, tags, i, name);
                Assert.True(expected == paired[i], $"{source} @ {i}");
            }
        }
    }

    [Fact]
    public void A_block_over_the_scan_limit_is_answered_from_the_pairing()
    {
        var source = string.Concat(Enumerable.Repeat("<b>", HtmlClosers.ScanLimit)) + "<i>" + string.Concat(Enumerable.Repeat("</b>", HtmlClosers.ScanLimit - 1));
        var list = new List<HtmlTag>();
        HtmlTag.Find(source, list);
        var tags = list.ToArray();
        var closers = new HtmlClosers();

        Assert.False(closers.ClosesLater(source, tags, 0, "b"));
        Assert.True(closers.ClosesLater(source, tags, 1, "b"));
        Assert.False(closers.ClosesLater(source, tags, HtmlClosers.ScanLimit, "i"));
    }
}

/// <summary>A title's end tag found from the one backward pass is the one scanning the rest of the block finds.</summary>
public sealed class TitleEndsTests
{
    [Fact]
    public void The_end_tag_after_each_title_tag_agrees_with_the_scan_on_generated_blocks()
    {
        string[] pieces = ["<summary>", "</summary>", "<SUMMARY>", "</Summary>", "<p class=\"admonition-title\">", "</p>", "<figcaption>", "</figcaption>", "<b>", "</b>", "x "];
        var random = new Random(5);
        for (var n = 0; n < 2000; n++)
        {
            var block = new StringBuilder();
            for (var k = random.Next(0, 200); k > 0; k--)
            {
                block.Append(pieces[random.Next(pieces.Length)]);
            }

            var source = block.ToString();
            var tags = new List<HtmlTag>();
            HtmlTag.Find(source, tags);
            var ends = new HtmlBlockScan.TitleEnds();
            foreach (var name in new[] { "summary", "p", "figcaption" })
            {
                for (var i = 0; i < tags.Count; i++)
                {
                    Assert.Equal(HtmlBlockScan.TitleEnds.Scan(source, tags, i, name), ends.After(source, tags, i, name));
                }
            }
        }
    }
}
