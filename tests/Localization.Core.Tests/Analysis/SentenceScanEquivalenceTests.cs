using Localization.Core.Analysis;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The page profile reads each sentence of a translated unit once, for its words, its letters by script, its letters and
/// digits and whether it has another script's letters (<see cref="SentenceScan"/>): each must be what the separate passes
/// gave (the word reader, the script count of the whole unit, the letter test), on random texts cut as the segmenter cuts them (forced breaks anywhere,
/// inside words too).
/// </summary>
public sealed class SentenceScanEquivalenceTests
{
    private const string Alphabet = "aZéÉ9٣ -'’.,!?。한글Дд漢\u0301\uFFFC\tMxİıſǅ0ŉ_@\n  ";

    [Fact]
    public void One_reading_gives_what_the_separate_passes_gave()
    {
        var random = new Random(1515);
        var counts = new int[ScriptClassifier.ScriptCount];
        var expected = new int[ScriptClassifier.ScriptCount];
        for (var n = 0; n < 50_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var breaks = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(0, text.Length + 1)).Distinct().Order().ToArray();
            var sentences = SentenceSegmenter.Split(new ProseText(text, [], breaks, []));
            Array.Clear(counts);
            Array.Clear(expected);
            using var scanned = new ScannedWords(1);
            var lettersAndDigits = 0;
            foreach (var range in sentences)
            {
                lettersAndDigits += scanned.Read(text.AsSpan(range.Start, range.Length), range.Start, counts);
            }

            Assert.Equal(ScriptClassifier.CountLettersAndDigits(text, expected), lettersAndDigits);
            expected[0] = 0; // (characters of no script: not counted by the reading, read by no one)
            Assert.True(expected.AsSpan().SequenceEqual(counts), text);
            Assert.Equal(sentences.Length, scanned.SentenceCount);
            for (var k = 0; k < sentences.Length; k++)
            {
                var sentence = text.AsSpan(sentences[k].Start, sentences[k].Length);
                var read = scanned.Sentence(k);
                var words = scanned.WordsOf(read);
                var reader = LatinWordReader.Read(sentence);
                var i = 0;
                while (reader.MoveNext())
                {
                    var word = reader.Current;
                    Assert.True(i < words.Length, text);
                    Assert.Equal(sentences[k].Start + word.Index, words[i].Start);
                    Assert.Equal(word.Text.Length, words[i].Length);
                    Assert.Equal(word.Hash, words[i].Hash);
                    Assert.Equal(word.StartsLower && !word.LooksLikeCode, words[i].LowerProse);
                    i++;
                }

                Assert.Equal(i, words.Length);
                Assert.Equal(reader.SawOtherScript, read.OtherScript);
            }
        }
    }

    [Fact]
    public void A_page_of_many_words_grows_the_buffers()
    {
        var text = string.Join(". ", Enumerable.Range(0, 3000).Select(i => $"Word{i % 7} and more"));
        var counts = new int[ScriptClassifier.ScriptCount];
        using var scanned = new ScannedWords(16);
        foreach (var range in SentenceSegmenter.Split(new ProseText(text, [], [], [])))
        {
            scanned.Read(text.AsSpan(range.Start, range.Length), range.Start, counts);
        }

        Assert.Equal(3000, scanned.SentenceCount);
        Assert.Equal(9000, scanned.Count);
        Assert.Equal("more", text.Substring(scanned.WordsOf(scanned.Sentence(2999))[2].Start, 4));
    }
}
