using System.Text.RegularExpressions;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>The hand-written tag scanner finds what the regex it replaced found.</summary>
public sealed partial class HtmlTagTests
{
    [GeneratedRegex(@"<(?<close>/)?(?<tag>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])(?<attrs>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [Theory]
    [InlineData("<div class=\"admonition note\" markdown>\n<p class=\"admonition-title\">Note</p>\n\nText.\n</div>")]
    [InlineData("<details markdown><summary>More</summary>\nx\n</details>")]
    [InlineData("<a<b> </ c> <br/> <x-y\u00A0z> <q\u2028> <1> <a")]
    public void Written_blocks_have_the_tags_of_the_regex(string source) => AssertSame(source);

    [Fact]
    public void Generated_blocks_have_the_tags_of_the_regex()
    {
        const string alphabet = "<<>>//aZq9-- \n\t\"=\u00A0\u2028\u0085é";
        var random = new Random(15);
        for (var n = 0; n < 20000; n++)
        {
            AssertSame(RandomText.Of(random, alphabet, 0, 40));
        }
    }

    private static void AssertSame(string source)
    {
        var expected = Reference().Matches(source).Select(m => (m.Index, m.Length, m.Groups["close"].Success, m.Groups["tag"].Value, m.Groups["attrs"].Value));
        var tags = new List<HtmlTag>();
        HtmlTag.Find(source, tags);
        var actual = tags.Select(t => (t.Index, t.Length, t.Closing, source.Substring(t.NameStart, t.NameLength), source.Substring(t.AttributesStart, t.AttributesLength)));
        Assert.Equal(expected, actual);
    }
}
