using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>A title's end tag found from the one backward pass is the one scanning the rest of the block finds.</summary>
public sealed class TitleEndsTests
{
    [Fact]
    public void The_end_tag_after_each_title_tag_agrees_with_the_scan_on_generated_blocks()
    {
        string[] pieces = ["<summary>", "</summary>", "<SUMMARY>", "</Summary>", "<p class=\"admonition-title\">", "</p>", "<figcaption>", "</figcaption>", "<b>", "</b>", "x "];
        foreach (var source in GeneratedBlocks.Of(pieces, new Random(5), 2000, 200))
        {
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
