using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The shared verdicts of English left as it is ask each page whether it kept a word of the English page, by the word's
/// number among the English page's words (a bit per number): the answer must be the page's kept-word set's for every
/// word of the English page and its case variants, in Latin-script pages (compared ignoring case) and others (ordinally).
/// </summary>
public sealed class KeptEnglishWordTests
{
    [Theory]
    [InlineData("ko")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void The_bit_of_a_numbered_word_answers_as_the_kept_word_set(string language)
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        int asked = 0, kept = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var translation = CorpusPages.Translation(corpus, language, page);
            if (!File.Exists(translation))
            {
                continue;
            }

            var source = PageReader.Read(page, File.ReadAllText(CorpusPages.English(corpus, page)));
            var target = PageReader.Read(page, File.ReadAllText(translation));
            var aligned = PageAligner.Align(source, target);
            var index = new SourcePageIndex(source);
            var profile = new TargetPageProfile(target, index, aligned.SourceOf);
            foreach (var unit in source.Units.Where(u => u.IsTranslatable))
            {
                foreach (var (range, _) in index.SentencesOf(unit))
                {
                    foreach (var word in LatinWordReader.Read(unit.Prose.Text.AsSpan(range.Start, range.Length)))
                    {
                        var text = word.Text.ToString();
                        foreach (var variant in new[] { text, text.ToLowerInvariant(), text.ToUpperInvariant(), char.ToUpperInvariant(text[0]) + text[1..] })
                        {
                            var hash = WordSet.Hash(variant);
                            var number = index.WordNumber(variant, hash);
                            Assert.True(number >= 0, variant);
                            var expected = profile.IsKeptWord(variant, hash);
                            Assert.Equal(expected, profile.IsKeptEnglishWord(number, variant, hash));
                            asked++;
                            kept += expected ? 1 : 0;
                        }
                    }
                }
            }
        }

        Assert.True(asked > 10_000 && kept > 100, $"{asked} words asked, {kept} kept");
    }
}
