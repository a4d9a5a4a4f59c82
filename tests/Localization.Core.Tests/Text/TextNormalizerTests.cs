using System.Text;
using Localization.Core.Text;

namespace Localization.Core.Tests.Text;

/// <summary>The comparison form's shortcuts (case table, text already composed) give what ICU gives.</summary>
public sealed class TextNormalizerTests
{
    [Fact]
    public void Every_character_folds_and_composes_as_the_invariant_culture_and_ICU_do()
    {
        for (var c = 1; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c) || c is 0xFFFE or 0xFFFF || char.IsWhiteSpace((char)c) || c == Localization.Core.Units.ProseText.Atom)
            {
                continue;
            }

            var text = "a" + (char)c;
            Assert.Equal(Reference(text), TextNormalizer.ForComparison(text));
        }
    }

    [Fact]
    public void Pairs_of_characters_compose_as_ICU_composes_them()
    {
        // Composition happens between neighbours: a base and a combining mark, a Hangul syllable and a trailing
        // jamo, kana and a sound mark. Random pairs over the blocks the shortcut trusts and their neighbours.
        var random = new Random(20261130);
        int[][] blocks = [[0x20, 0x400], [0x1100, 0x1200], [0x2000, 0x2070], [0x3000, 0x3100], [0x4E00, 0x4F00], [0xAC00, 0xAD00], [0xD700, 0xD7B0], [0xF900, 0xFA00], [0xFF00, 0xFF70]];
        for (var i = 0; i < 200_000; i++)
        {
            var a = blocks[random.Next(blocks.Length)];
            var b = blocks[random.Next(blocks.Length)];
            var text = new string([(char)random.Next(a[0], a[1]), (char)random.Next(b[0], b[1])]);
            if (text.Any(char.IsWhiteSpace) || text.Contains(Localization.Core.Units.ProseText.Atom, StringComparison.Ordinal))
            {
                continue;
            }

            Assert.Equal(Reference(text), TextNormalizer.ForComparison(text));
        }
    }

    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("\u1100\u1161", "\uAC00")]
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\u304B\u3099", "\u304C")]
    [InlineData("\uF900", "\u8C48")]
    public void Decomposed_text_compares_equal_to_composed_text(string decomposed, string composed) =>
        Assert.Equal(TextNormalizer.ForComparison(composed), TextNormalizer.ForComparison(decomposed));

    private static string Reference(string text)
    {
        var lower = new StringBuilder();
        foreach (var c in text)
        {
            lower.Append(char.ToLowerInvariant(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            }));
        }

        return lower.ToString().Normalize(NormalizationForm.FormC);
    }
}
