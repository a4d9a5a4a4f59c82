using Localization.Core.Analysis;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The word reader skips letters of other scripts by the script table alone (no digit or letter lookup): it must
/// read the same words, with the same sentence-initial flags, as the reader that asked char.IsDigit and char.IsLetter.
/// </summary>
public sealed class LatinWordReaderEquivalenceTests
{
    [Fact]
    public void A_letter_of_another_script_is_a_letter_and_no_digit_and_none_is_no_letter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var script = ScriptClassifier.Of((char)c);
            Assert.Equal(script != Script.None, char.IsLetter((char)c));
            if (script is not (Script.None or Script.Latin))
            {
                Assert.False(char.IsDigit((char)c));
            }
        }
    }

    [Fact]
    public void It_reads_the_words_the_previous_reader_read()
    {
        const string alphabet = "aZé9٣ -'’.,한글Дд漢\u0301\uFFFC\t";
        var random = new Random(15);
        for (var n = 0; n < 50_000; n++)
        {
            var text = RandomText.Of(random, alphabet, 0, 30);
            var read = new List<(int, int, bool)>();
            foreach (var word in LatinWordReader.Read(text))
            {
                read.Add((word.Index, word.Text.Length, word.SentenceInitial));
            }

            Assert.Equal(Previous(text), read);
        }
    }

    [Fact]
    public void The_current_words_fields_are_the_word_it_hands_out()
    {
        const string alphabet = "aZé9٣ -'’.,한글Дд漢\u0301\uFFFC\tQx";
        var random = new Random(16);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText.Of(random, alphabet, 0, 40);
            var reader = LatinWordReader.Read(text);
            while (reader.MoveNext())
            {
                var word = reader.Current;
                Assert.Equal(word.Index, reader.CurrentStart);
                Assert.Equal(word.Text.Length, reader.CurrentLength);
                Assert.Equal(WordSet.Hash(text.AsSpan(word.Index, word.Text.Length)), reader.CurrentHash);
                Assert.Equal(word.Hash, reader.CurrentHash);
                Assert.Equal(WordShape.LooksLikeCode(word.Text), reader.CurrentLooksLikeCode);
                Assert.Equal(char.IsLower(word.Text[0]) && !WordShape.LooksLikeCode(word.Text), reader.CurrentIsLowerProse);
                Assert.True(word.Text.SequenceEqual(text.AsSpan(reader.CurrentStart, reader.CurrentLength)));
            }
        }
    }

    private static List<(int, int, bool)> Previous(string text)
    {
        var words = new List<(int, int, bool)>();
        var first = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (ScriptClassifier.Of(c) == Script.Latin || (char.IsDigit(c) && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
            {
                var start = i;
                while (i < text.Length && (ScriptClassifier.Of(text[i]) == Script.Latin || char.IsDigit(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin)))
                {
                    i++;
                }

                words.Add((start, i - start, first));
                first = false;
                continue;
            }

            if (char.IsLetter(c))
            {
                first = false;
            }

            i++;
        }

        return words;
    }
}
