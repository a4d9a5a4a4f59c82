using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Terms;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// A sentence that is an English sentence character for character takes that sentence's word facts instead of having
/// its words read and asked again, and a unit left as its English whose words no kept word can make names takes its
/// standing from the shared verdicts' count: every unit of every translated page of the corpora must get the verdict
/// it gets when every sentence is read and every shared sentence asked.
/// </summary>
public sealed class SameSentenceFactsEquivalenceTests
{
    [Theory]
    [InlineData("privacyguides-2026-03", "ko")]
    [InlineData("privacyguides-2026-03", "fr")]
    [InlineData("privacyguides-2026-03", "ja")]
    [InlineData("privacyguides-2024-03", "ko")]
    public void Every_unit_gets_the_verdict_reading_every_sentence_gives(string corpusName, string language)
    {
        var corpus = CorpusPages.Require(corpusName);
        var terms = new TermSet(["Privacy Guides", "Tor", "Signal"]);
        var judged = 0;
        foreach (var (_, source, target) in CorpusPages.ReadPairs(corpus, language))
        {
            judged += VerdictEquivalence.AssertSameVerdicts(source, target, terms,
                (index, profile) => new UntranslatedDetector(index, profile, terms, askEveryKeptWord: false, readEverySentence: true)).Judged;
        }

        Assert.True(judged > 2_000, $"only {judged} units judged");
    }

    [Fact]
    public void A_sentence_of_english_inside_a_translated_unit_is_judged_as_it_was()
    {
        // A Korean unit holding one English sentence verbatim (its words borrowed from the English page) next to a Korean one.
        const string english = "# Title\n\nUse a strong password for every account. Keep your recovery codes offline.\n";
        const string korean = "# 제목\n\n모든 계정에 강력한 비밀번호를 사용하세요. Keep your recovery codes offline.\n";
        var source = PageReader.ReadCancellable("a.md", english, null, null, true, null, CancellationToken.None);
        var target = PageReader.ReadCancellable("a.md", korean, null, null, false, source, CancellationToken.None);
        var aligned = PageAligner.Align(source, target);
        var index = new SourcePageIndex(source);
        var profile = new TargetPageProfile(target, index, aligned.SourceOf);
        var shortcuts = new UntranslatedDetector(index, profile, TermSet.Empty);
        var everySentence = new UntranslatedDetector(index, profile, TermSet.Empty, askEveryKeptWord: false, readEverySentence: true);
        var paragraph = target.Units.Single(u => u.Kind == UnitKind.Paragraph);
        var verdict = shortcuts.Judge(paragraph, aligned.SourceOf(paragraph));
        Assert.Equal(2, verdict.Translatable);
        Assert.Equal(UntranslatedReason.SameAsSource, Assert.Single(verdict.Untranslated).Reason);
        Assert.Equal(everySentence.Judge(paragraph, aligned.SourceOf(paragraph)).Untranslated, verdict.Untranslated);
    }
}
