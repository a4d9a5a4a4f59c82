using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// A unit's numbers are found by a hand-written scan instead of the regex <c>\d+(?:[.,]\d+)*</c>: this holds the scan to
/// the regex, match for match, on every BMP character alone and on generated texts of digits of several scripts,
/// separators, letters and CJK.
/// </summary>
public sealed class NumberScanTests
{
    private static readonly Regex Number = new(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_character_alone_is_a_number_exactly_when_the_regex_says()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = new string((char)c, 1);
            Assert.Equal(Matches(text), Scan(text));
        }
    }

    [Fact]
    public void Generated_texts_have_the_regex_matches()
    {
        const string alphabet = "0123456789..,,,a ١٢٣०१٠۵０９한日-:";
        var random = new Random(20261201);
        var text = new StringBuilder();
        for (var n = 0; n < 100_000; n++)
        {
            text.Clear();
            for (var length = random.Next(0, 30); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var s = text.ToString();
            Assert.Equal(Matches(s), Scan(s));
        }
    }

    private static List<(int, int)> Matches(string text) => Number.Matches(text).Select(m => (m.Index, m.Length)).ToList();

    private static List<(int, int)> Scan(string text)
    {
        var found = new List<(int, int)>();
        for (var at = 0; (at = InlineReader.NextNumber(text, at, out var length)) >= 0; at += length)
        {
            found.Add((at, length));
        }

        return found;
    }
}
