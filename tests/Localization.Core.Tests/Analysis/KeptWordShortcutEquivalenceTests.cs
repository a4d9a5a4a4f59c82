using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Terms;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The verdicts take the shared verdicts of a unit left as its English without asking its words when no word the page
/// kept can change them, and a page of another script asks only its kept words that are no name on every page: every
/// unit of every translated page of the corpora must get the verdict it gets when every kept word is asked.
/// </summary>
public sealed class KeptWordShortcutEquivalenceTests
{
    [Theory]
    [InlineData("privacyguides-2026-03", "ko")]
    [InlineData("privacyguides-2026-03", "fr")]
    [InlineData("privacyguides-2026-03", "ja")]
    [InlineData("privacyguides-2024-03", "ko")]
    public void Every_unit_gets_the_verdict_asking_every_kept_word_gives(string corpusName, string language)
    {
        var corpus = CorpusPages.Require(corpusName);
        var terms = new TermSet(["Privacy Guides", "Tor", "Signal"]);
        int judged = 0, borrowed = 0;
        foreach (var (_, source, target) in CorpusPages.ReadPairs(corpus, language))
        {
            var (units, left) = AssertSameVerdicts(source, target, terms);
            judged += units;
            borrowed += left;
        }

        Assert.True(judged > 2_000 && borrowed > 100, $"only {judged} units judged, {borrowed} left as their English");
    }

    [Fact]
    public void A_page_left_in_english_gets_the_verdict_asking_every_kept_word_gives()
    {
        // The case the shortcut is for: a translation that is its English page as it is keeps no word at all.
        var corpus = CorpusPages.Require("privacyguides-2026-03");
        var terms = new TermSet(["Privacy Guides", "Tor", "Signal"]);
        var judged = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var text = File.ReadAllText(CorpusPages.English(corpus, page));
            var source = PageReader.ReadCancellable(page, text, null, null, true, null, CancellationToken.None);
            var target = PageReader.ReadCancellable(page, text, null, null, false, source, CancellationToken.None);
            judged += AssertSameVerdicts(source, target, terms).Judged;
        }

        Assert.True(judged > 2_000, $"only {judged} units judged");
    }

    private static (int Judged, int Borrowed) AssertSameVerdicts(PageModel source, PageModel target, TermSet terms) =>
        VerdictEquivalence.AssertSameVerdicts(source, target, terms, (index, profile) => new UntranslatedDetector(index, profile, terms, askEveryKeptWord: true));
}
