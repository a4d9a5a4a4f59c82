using Localization.Core.Rules.Text;

namespace Localization.Core.Tests.Rules;

/// <summary>hidden-characters finds the first hidden character in one vectorised pass: held to the four library searches it replaced.</summary>
public sealed class HiddenCharactersScanTests
{
    [Fact]
    public void The_one_pass_scan_finds_what_the_four_searches_found()
    {
        // Every hidden character, their neighbours in the code charts (dashes, quotes, other format characters) and
        // the text around them: ASCII, Latin-1, Hangul, kana, surrogates.
        char[] hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u2060', '\uFEFF', '\u00AD'];
        char[] near = ['\u2029', '\u202F', '\u2065', '\u206A', '\u200A', '\u200C', '\u200D', '\u200E', '\u200F', '\u205F', '\u2061', '\uFEFE', '\uFFFF', '\u00AC', '\u00AE', '\u2013', '\u2019', '\u201C', '\u0000', '\uD83D', '\uDE00'];
        var random = new Random(303);
        for (var n = 0; n < 200_000; n++)
        {
            var text = new char[random.Next(0, 70)];
            for (var k = 0; k < text.Length; k++)
            {
                text[k] = random.Next(10) switch
                {
                    0 when random.Next(4) == 0 => hidden[random.Next(hidden.Length)],
                    1 => near[random.Next(near.Length)],
                    2 => (char)random.Next(0x80, 0x100),
                    3 => (char)random.Next(0xAC00, 0xD7A4),
                    4 => (char)random.Next(0x2000, 0x2070),
                    5 => (char)random.Next(0x10000),
                    _ => (char)random.Next(0x20, 0x7F),
                };
            }

            Assert.Equal(FourSearches(text), HiddenCharactersRule.IndexOfHidden(text));
        }
    }

    [Fact]
    public void Every_code_unit_is_hidden_exactly_when_a_search_finds_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // At each place of a vector and in the tail after the last whole vector.
            var text = new string('a', 21).ToCharArray();
            foreach (var at in new[] { 0, 7, 8, 15, 16, 20 })
            {
                text[at] = (char)c;
                Assert.Equal(FourSearches(text), HiddenCharactersRule.IndexOfHidden(text));
                text[at] = 'a';
            }
        }
    }

    /// <summary>The searches the rule made before (round 8 replaced them).</summary>
    private static int FourSearches(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('\u202A', '\u202E');
        var limit = first < 0 ? text : text[..first];
        first = Earliest(first, limit.IndexOfAnyInRange('\u2066', '\u2069'));
        limit = first < 0 ? text : text[..first];
        first = Earliest(first, limit.IndexOfAny('\u200B', '\u2060', '\uFEFF'));
        limit = first < 0 ? text : text[..first];
        return Earliest(first, limit.IndexOf('\u00AD'));
    }

    private static int Earliest(int a, int b) => b >= 0 && (a < 0 || b < a) ? b : a;
}
