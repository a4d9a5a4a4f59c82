using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The page profile of a Latin-script page asks the English page about a sentence's lower-case words only until its
/// judgement is settled: every sentence of every French page of the corpus (aligned, and with no alignment, so that
/// every unit is judged) and of every English page read as its own translation must be judged translated exactly when
/// asking every word says so (no English sentence of the page; fewer than half its lower-case words, beyond code,
/// English words of the page, or none at all), and each word is a kept word exactly when a sentence so judged has it
/// (asked of every word of the page in three cases and altered, and of every word of its English page: the kept words
/// of a Latin-script page are hashes in page order with a filter, <see cref="LatinKeptWords"/>, no longer a word set).
/// </summary>
public sealed class LatinSentenceJudgementTests
{
    [Fact]
    public void Every_french_sentence_is_judged_as_asking_every_word_judges_it()
    {
        var sentences = 0;
        foreach (var (target, index, profile) in CorpusPages.Profiles(CorpusPages.Require(CorpusPages.Current), "fr"))
        {
            sentences += Compare(target, index, profile);
        }

        Assert.True(sentences > 5_000, $"only {sentences} sentences judged");
    }

    [Fact]
    public void English_pages_read_as_their_own_translation_are_judged_as_asking_every_word_judges_them()
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var source = PageReader.Read(page, File.ReadAllText(CorpusPages.English(corpus, page)));
            var index = new SourcePageIndex(source);
            Compare(source, index, new TargetPageProfile(source, index));
        }
    }

    private static int Compare(PageModel target, SourcePageIndex index, TargetPageProfile profile)
    {
        if (profile.IsNonLatin)
        {
            return 0;
        }

        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = new List<string>();
        var judged = 0;
        foreach (var unit in target.Units)
        {
            var sentences = profile.SentencesOf(unit);
            for (var k = 0; k < sentences.Count; k++)
            {
                var span = unit.Prose.Text.AsSpan(sentences[k].Start, sentences[k].Length);
                int lower = 0, english = 0;
                var words = new List<string>();
                foreach (var word in LatinWordReader.Read(span))
                {
                    words.Add(word.Text.ToString());
                    if (word.StartsLower && !word.LooksLikeCode)
                    {
                        lower++;
                        english += index.PageHasWord(word.Text) ? 1 : 0;
                    }
                }

                all.AddRange(words);
                var translated = profile.EnglishAsItIs(unit) is null
                    && !index.TryFindSentence(TextNormalizer.ForComparison(span), out _)
                    && (english * 2 < lower || lower == 0);
                Assert.True(translated == profile.IsTranslatedLatinSentence(unit, k), $"{target.Path} unit {unit.Index} sentence {k}: '{span}'");
                if (translated)
                {
                    kept.UnionWith(words);
                }

                judged++;
            }
        }

        foreach (var word in all)
        {
            Assert.True(kept.Contains(word) == profile.IsKeptWord(word), $"{target.Path}: kept word '{word}'");

            // Asked as the verdicts ask them too: in other cases, and changed by a letter (no kept word, nearly always).
            foreach (var variant in new[] { word.ToUpperInvariant(), word.ToLowerInvariant(), word + "s", "x" + word })
            {
                Assert.True(kept.Contains(variant) == profile.IsKeptWord(variant), $"{target.Path}: kept word '{variant}'");
            }
        }

        // The English page's words, as the shared verdicts ask them of every page.
        foreach (var unit in index.Page.Units)
        {
            foreach (var word in LatinWordReader.Read(unit.Prose.Text))
            {
                var text = word.Text.ToString();
                Assert.True(kept.Contains(text) == profile.IsKeptWord(text), $"{target.Path}: English word '{text}'");
            }
        }

        return judged;
    }
}
