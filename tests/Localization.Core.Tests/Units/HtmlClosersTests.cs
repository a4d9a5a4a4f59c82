using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>The one-pass pairing of an HTML block's tags answers what scanning the rest of the block answers.</summary>
public sealed class HtmlClosersTests
{
    [Fact]
    public void Paired_tags_agree_with_the_scan_on_generated_blocks()
    {
        string[] pieces = ["<div>", "</div>", "<DIV class=\"x\">", "</Div>", "<span>", "</span>", "<p>", "</p>", "<br/>", "text "];
        foreach (var source in GeneratedBlocks.Of(pieces, new Random(11), 3000, 120))
        {
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
