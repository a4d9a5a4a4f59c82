using Localization.Core.Alignment;

namespace Localization.Core.Tests.Alignment;

/// <summary>The aligner's letter table is char.IsLetter for every UTF-16 code unit.</summary>
public sealed class LetterCountTests
{
    [Fact]
    public void The_letter_table_is_char_IsLetter_for_every_code_unit()
    {
        for (var c = 0; c < 0x10000; c++)
        {
            Assert.Equal(char.IsLetter((char)c), UnitFeatures.IsLetter((char)c));
        }

        const string text = "Tor 브라우저 는 Firefox 🦊 ベース、中文 123 é";
        Assert.Equal(text.Count(char.IsLetter), UnitFeatures.CountLetters(text));
    }

    [Fact]
    public void Letters_and_folded_letters_are_counted_as_one_character_at_a_time()
    {
        // The ASCII blocks are counted eight at a time as A-Z and a-z: both tables say so of every ASCII character.
        for (var c = 0; c < 0x80; c++)
        {
            var ascii = c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
            Assert.Equal(ascii, UnitFeatures.IsLetter((char)c));
            Assert.Equal(ascii, UnitFeatures.FoldsToLetter((char)c));
        }

        var random = new Random(15);
        const string Pool = "aZ@[`{09 -'\u2019.,é€ßİı한글ベース中文🦊\u00A0\t\n\u0130ǅ";
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(0, 40);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = random.Next(4) == 0 ? Pool[random.Next(Pool.Length)] : random.Next(3) == 0 ? (char)random.Next(0x10000) : (char)random.Next(0x80);
            }

            var text = new string(chars);
            Assert.Equal((text.Count(UnitFeatures.IsLetter), text.Count(UnitFeatures.FoldsToLetter)), UnitFeatures.CountBoth(text));
        }
    }
}
