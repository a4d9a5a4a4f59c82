using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// A page of another script whose kept words are all names by their spelling (or no words of the English page) takes
/// every shared verdict of English left as it is without asking the sentences' words: no word an English sentence
/// holds as a word to translate may then be one the page kept, or the verdicts would differ from asking them.
/// </summary>
public sealed class KeptNamesShortcutTests
{
    [Theory]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("fr")]
    public void No_unnamed_English_word_is_kept_where_the_kept_words_are_names(string language)
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        int pages = 0, shortcut = 0, words = 0;
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
            var detector = new UntranslatedDetector(index, profile);
            pages++;
            if (!detector.KeptWordsAreNames())
            {
                continue; // (every Latin-script page, and pages of another script that kept a word to translate)
            }

            Assert.True(profile.IsNonLatin);
            shortcut++;

            // The unnamed words of every English unit this page left as it is (their shared verdicts, made by judging the
            // page's unit), asked of the page's kept words.
            foreach (var unit in target.Units)
            {
                if (profile.EnglishAsItIs(unit) is not { } english)
                {
                    continue;
                }

                detector.Judge(unit, english);
                var verdicts = index.EnglishVerdictsOf(english, Localization.Core.Terms.TermSet.Empty, _ => null!);
                foreach (var sentence in verdicts?.Sentences ?? [])
                {
                    foreach (var (start, length, hash) in sentence.Unnamed ?? [])
                    {
                        Assert.False(profile.IsKeptWord(english.Prose.Text.AsSpan(start, length), hash), english.Prose.Text.Substring(start, length));
                        words++;
                    }
                }
            }
        }

        Assert.True(pages > 50, $"only {pages} pages");
        if (language != "fr")
        {
            Assert.True(shortcut > 10 && words > 1_000, $"{shortcut} pages took the shortcut, {words} words asked");
        }
        else
        {
            Assert.Equal(0, shortcut);
        }
    }
}
