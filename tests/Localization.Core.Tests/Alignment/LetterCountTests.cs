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
}
