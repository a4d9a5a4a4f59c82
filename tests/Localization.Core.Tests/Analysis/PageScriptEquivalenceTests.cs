using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The page profile takes the script counts of a unit left as its English from the English page's index, as one Latin
/// letter count when the unit has no other script's letters: every aligned ko, fr and ja page of both corpora, and
/// every English page read as its own translation, must get the script that counting every unit's letters gives, and
/// the index must tell a unit's other-script letters as its full counts do.
/// </summary>
public sealed class PageScriptEquivalenceTests
{
    [Theory]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "fr")]
    [InlineData(CorpusPages.Current, "ja")]
    [InlineData(CorpusPages.Seed, "ko")]
    public void Every_page_gets_the_script_its_letters_give(string name, string language)
    {
        var corpus = CorpusPages.Require(name);
        var pages = 0;
        foreach (var (_, source, target) in CorpusPages.ReadPairs(corpus, language))
        {
            var index = new SourcePageIndex(source);
            Assert.Equal(Counted(target), new TargetPageProfile(target, index, PageAligner.Align(source, target).SourceOf).MainScript);
            AssertIndexAgrees(source, index);
            pages++;
        }

        Assert.True(pages > 50, $"only {pages} pages");
    }

    [Fact]
    public void English_pages_as_their_own_translation_are_latin_and_agree()
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var text = File.ReadAllText(CorpusPages.English(corpus, page));
            var source = PageReader.ReadCancellable(page, text, null, null, true, null, CancellationToken.None);
            var target = PageReader.ReadCancellable(page, text, null, null, false, source, CancellationToken.None);
            var index = new SourcePageIndex(source);
            Assert.Equal(Counted(target), new TargetPageProfile(target, index, PageAligner.Align(source, target).SourceOf).MainScript);
        }
    }

    private static void AssertIndexAgrees(PageModel source, SourcePageIndex index)
    {
        foreach (var unit in source.Units)
        {
            var counts = index.ScriptCountsOf(unit).ToArray();
            var other = counts.Length > 0 && counts.AsSpan((int)Script.Latin + 1).ContainsAnyExcept(0);
            Assert.Equal(other, index.HasOtherScriptLetters(unit));
            Assert.Equal(counts.Length == 0 || other ? -1 : counts[(int)Script.Latin], index.LatinOnlyLettersOf(unit));
        }
    }

    /// <summary>The page's script as the profile decides it, from every translatable unit's letters counted here.</summary>
    private static Script Counted(PageModel target)
    {
        var counts = new int[ScriptClassifier.ScriptCount];
        foreach (var unit in target.Units)
        {
            if (unit.IsTranslatable)
            {
                ScriptClassifier.Count(unit.Prose.Text, counts);
            }
        }

        int total = 0, bestCount = 0;
        var best = Script.Latin;
        for (var s = 1; s < counts.Length; s++)
        {
            total += counts[s];
            if (s != (int)Script.Latin && counts[s] > bestCount)
            {
                best = (Script)s;
                bestCount = counts[s];
            }
        }

        return bestCount > 0 && (bestCount >= total / 50 || bestCount >= 200) ? best : Script.Latin;
    }
}
