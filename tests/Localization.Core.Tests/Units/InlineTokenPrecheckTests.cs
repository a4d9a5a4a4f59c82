using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// Literal text is searched for icons, macros and bare URLs, and prose for numbers, only when a cheap test says it
/// may hold one: this holds the tests to the searches (random text of the characters the patterns are made of,
/// and every character below the first non-ASCII digit).
/// </summary>
public sealed class InlineTokenPrecheckTests
{
    [Fact]
    public void Text_the_precheck_skips_has_no_tokens()
    {
        const string alphabet = "::::////{{}}%%<>httpsa-_9 .,:b";
        var random = new Random(20261201);
        var checkedTexts = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var s = RandomText.Of(random, alphabet, 0, 24);
            if (!InlineReader.MayHoldTokens(s))
            {
                checkedTexts++;
                Assert.Empty(InlineReader.Tokens(s));
            }
        }

        Assert.True(checkedTexts > 1000);
    }

    [Fact]
    public void Below_U0660_only_ASCII_digits_are_digits()
    {
        for (var c = 0; c < 0x660; c++)
        {
            Assert.Equal(char.IsDigit((char)c), c is >= '0' and <= '9');
            Assert.Equal(char.IsDigit((char)c) ? 0 : -1, InlineReader.FirstDigit([(char)c]));
        }

        Assert.Equal(0, InlineReader.FirstDigit("٣"));
        Assert.Equal(-1, InlineReader.FirstDigit("한"));
    }

    [Fact]
    public void Every_digit_passes_the_precheck()
    {
        // The number regex's \d is a decimal digit of any script: the precheck may let text without one through, never turn one away.
        var number = new System.Text.RegularExpressions.Regex(@"\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = new string((char)c, 1);
            if (number.IsMatch(text))
            {
                Assert.Equal(0, InlineReader.FirstDigit(text));
                Assert.Equal(4, InlineReader.FirstDigit("한국어 " + text + " 日本語 7"));
            }
        }

        Assert.Equal(-1, InlineReader.FirstDigit("한국어 텍스트、日本語のテキスト。中文"));
    }

    /// <summary>
    /// The first digit is found wherever it is: before, after or without an ASCII one, among letters of the ranges
    /// that hold other scripts' digits (Arabic, Devanagari, Thai) and letters of none (Hangul, Latin, CJK).
    /// </summary>
    [Fact]
    public void The_first_digit_is_the_first_character_that_is_a_digit()
    {
        const string alphabet = "ab é,.-한日ا٣۴ब७ก๙꘠１３0159 ";
        var random = new Random(20261202);
        for (var n = 0; n < 50_000; n++)
        {
            var s = RandomText.Of(random, alphabet, 0, 40);
            var expected = -1;
            for (var i = 0; i < s.Length; i++)
            {
                if (char.IsDigit(s[i]))
                {
                    expected = i;
                    break;
                }
            }

            Assert.Equal(expected, InlineReader.FirstDigit(s));
        }
    }

    [Theory]
    [InlineData("see https://example.org here")]
    [InlineData("Note : voir http://example.org/a.")]
    [InlineData("an icon :material-check: here")]
    [InlineData("a macro {{ config.site_name }} here")]
    public void Text_with_a_token_passes_the_precheck(string text)
    {
        Assert.NotEmpty(InlineReader.Tokens(text));
        Assert.True(InlineReader.MayHoldTokens(text));
    }
}
