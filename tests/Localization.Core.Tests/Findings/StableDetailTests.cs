using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Findings;
using Xunit;

namespace Localization.Core.Tests.Findings;

/// <summary>
/// The hand-written scan of <see cref="FindingFingerprint.StableDetail"/> must strip exactly what the regex it
/// replaced strips: any difference would change every fingerprint a baseline holds.
/// </summary>
public sealed partial class StableDetailTests
{
    [GeneratedRegex(@"(?<=\.[A-Za-z0-9]{1,8}):\d+(?::\d+)?|\blines? \d+(?:[-–]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [Theory]
    [InlineData("table cell left in English (it is the English of docs/about/contributors.md:11 unchanged)", "table cell left in English (it is the English of docs/about/contributors.md unchanged)")]
    [InlineData("see docs/a.md:12:7 and lines 3-5, line 9–10", "see docs/a.md and , ")]
    [InlineData("underline 5, Lines 4, line x, lines, a.verylongext:3", "underline 5, Lines 4, line x, lines, a.verylongext:3")]
    [InlineData("no reference here", "no reference here")]
    [InlineData("x.md:", "x.md:")]
    [InlineData("x.md:4:", "x.md:")]
    [InlineData("line 7-", "-")]
    public void Strips_line_references(string message, string expected)
    {
        Assert.Equal(expected, FindingFingerprint.StableDetail(message));
        Assert.Equal(Reference().Replace(message, ""), FindingFingerprint.StableDetail(message));
    }

    [Fact]
    public void Agrees_with_the_regex_for_every_character_before_and_after_a_reference()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = ((char)c).ToString();
            foreach (var message in (ReadOnlySpan<string>)[ch + "line 4", "a.m" + ch + ":5", "a." + ch + "d:5:6", "line " + ch, "x.md:3:" + ch, "lines" + ch + "2", "line 2" + ch + "3"])
            {
                Assert.Equal(Reference().Replace(message, ""), FindingFingerprint.StableDetail(message));
            }
        }
    }

    [Fact]
    public void Agrees_with_the_regex_on_random_messages()
    {
        const string alphabet = "line s.mdx:0129-–ab Z١٢\u200D";
        var random = new Random(20261201);
        var text = new StringBuilder();
        for (var n = 0; n < 200_000; n++)
        {
            text.Clear();
            for (var length = random.Next(0, 24); length > 0; length--)
            {
                text.Append(random.Next(4) == 0 ? "line"[random.Next(4)..] : alphabet[random.Next(alphabet.Length)].ToString());
            }

            var message = text.ToString();
            Assert.Equal(Reference().Replace(message, ""), FindingFingerprint.StableDetail(message));
            Assert.Equal(FindingFingerprint.Compute("rule", "ko", "a.md", "unit", FindingFingerprint.StableDetail(message)), FindingFingerprint.ComputeForMessage("rule", "ko", "a.md", "unit", message));
        }
    }
}
