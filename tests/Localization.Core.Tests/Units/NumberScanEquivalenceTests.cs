using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// The numbers of a unit's prose are found by a hand-written scan in place of the regex <c>\d+(?:[.,]\d+)*</c>:
/// this holds the scan to the regex on every BMP character and on random text of digits, separators and letters.
/// </summary>
public sealed class NumberScanEquivalenceTests
{
    private static readonly Regex Reference = new(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_BMP_character_is_scanned_as_the_regex_matches_it()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = (char)c;
            foreach (var text in (ReadOnlySpan<string>)["a" + ch + "1", "1" + ch + "2", ch + "3,4" + ch + ".", "5." + ch + ch])
            {
                Assert.Equal(RegexMatches(text), Scanned(text));
            }
        }
    }

    [Fact]
    public void Random_text_is_scanned_as_the_regex_matches_it()
    {
        const string alphabet = "0123456789..,,  a-٣٤۵१২৩０\uD835\uDFCE\uFFFC";
        var random = new Random(20261201);
        var text = new StringBuilder();
        for (var n = 0; n < 100_000; n++)
        {
            text.Clear();
            for (var length = random.Next(0, 20); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var s = text.ToString();
            Assert.Equal(RegexMatches(s), Scanned(s));
        }
    }

    private static List<(int, int)> RegexMatches(string text) => [.. Reference.Matches(text).Select(m => (m.Index, m.Length))];

    private static List<(int, int)> Scanned(string text)
    {
        var found = new List<(int, int)>();
        for (var at = InlineReader.NextNumber(text, 0, out var length); at >= 0; at = InlineReader.NextNumber(text, at + length, out length))
        {
            found.Add((at, length));
        }

        return found;
    }
}
