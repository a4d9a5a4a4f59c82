using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>The class and markdown attributes cut from the regexes' matches are what the regexes' groups held.</summary>
public sealed partial class HtmlAttributeTests
{
    [GeneratedRegex(@"\bclass\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassReference();

    [GeneratedRegex(@"(?<![\w-])markdown(?![\w-])(?:\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+)))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownReference();

    [Theory]
    [InlineData(" class=\"admonition recommendation\" markdown")]
    [InlineData(" class='downloads' markdown=\"1\"")]
    [InlineData(" CLASS = admonition markdown = block")]
    [InlineData(" class=\"open markdown='0'")]
    [InlineData(" class=\"\" markdown=''")]
    [InlineData(" data-markdown markdown-x markdown=\"0\"")]
    [InlineData(" class=' class=\"a b\"")]
    [InlineData(" markdown =\u00A0\"SPAN\"")]
    public void Written_attributes_read_as_the_regexes_read_them(string attrs) => AssertSame(attrs);

    [Fact]
    public void Generated_attributes_read_as_the_regexes_read_them()
    {
        string[] pieces = ["class", "CLASS", "Class", "markdown", "MarkDown", "claſs", "=", "=", "\"", "\"", "'", "'", " ", " ", "\t", "\n", "\u00A0", "\u0085", "\u2028", "\u3000", "\u200B",
            "a", "b", "1", "0", "block", "span", "true", "-", "_", ">", "/", "é", "admonition", "x-", "data-"];
        var random = new Random(15);
        for (var n = 0; n < 100000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 14); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    [Theory]
    [InlineData("div")]
    [InlineData("DIV")]
    [InlineData("Details")]
    [InlineData("summary")]
    [InlineData("x-card")]
    [InlineData("P")]
    public void Tag_names_are_their_lower_case(string name) => Assert.Equal(name.ToLowerInvariant(), PageReader.TagName(name));

    private static void AssertSame(string attrs)
    {
        var c = ClassReference().Match(attrs);
        Assert.Equal(c.Success ? c.Groups["v"].Value : null, PageReader.ClassValue(attrs));
        Assert.Equal(c.Success ? c.Groups["v"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [], PageReader.Classes(attrs));
        var m = MarkdownReference().Match(attrs);
        var expected = m.Success && (!m.Groups["v"].Success || m.Groups["v"].Value.ToLowerInvariant() is "1" or "block" or "span" or "true" or "markdown" or "");
        Assert.True(expected == PageReader.HasMarkdown(attrs), attrs);
    }
}
