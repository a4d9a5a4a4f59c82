using Localization.Core.Analysis;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The placeholder-Latin test stops reading once the words the rest of the text can still hold cannot dilute its
/// English function words below one in twenty: it must answer as the test that read every word (kept below).
/// </summary>
public sealed class PlaceholderLatinEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "the", "and", "of", "to", "is", "The", "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "Signal", "Tor",
        "a", "x", "e2ee", "macOS", "it's", "don’t", "x-y", "été", "한글", "Дом", "1", "42nd", "ut", "enim", "ad", "minim",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "-", "\t", "  ", "—", "\uFFFC", "/", ""];

    [Fact]
    public void Generated_texts_are_judged_as_before()
    {
        var random = new Random(1506);
        for (var n = 0; n < 100_000; n++)
        {
            var count = random.Next(0, 60);
            var pieces = random.Next(3) switch
            {
                0 => Pieces[..5],
                1 => Pieces[6..],
                _ => Pieces,
            };
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Length)] + Separators[random.Next(Separators.Length)]));
            Assert.Equal(Previous(text), UntranslatedDetector.IsPlaceholderLatin(text));
        }
    }

    [Fact]
    public void Corpus_paragraphs_are_judged_as_before()
    {
        var corpus = TestPaths.RequireCorpus("privacyguides-2026-03");
        var paragraphs = Directory.EnumerateFiles(Path.Combine(corpus, "docs"), "*.md", SearchOption.AllDirectories)
            .Concat(new[] { "ko", "fr", "ja" }.SelectMany(l => Directory.EnumerateFiles(Path.Combine(corpus, "i18n", l), "*.md", SearchOption.AllDirectories)))
            .SelectMany(f => File.ReadAllText(f).Split("\n\n"));
        var judged = 0;
        foreach (var paragraph in paragraphs)
        {
            Assert.Equal(Previous(paragraph), UntranslatedDetector.IsPlaceholderLatin(paragraph));
            judged++;
        }

        Assert.True(judged > 10_000, $"only {judged} paragraphs");
    }

    /// <summary>The test as it was: every word read.</summary>
    private static bool Previous(string text)
    {
        int words = 0, lower = 0, function = 0;
        foreach (var word in LatinWordReader.Read(text))
        {
            words++;
            lower += char.IsLower(word.Text[0]) ? 1 : 0;
            function += EnglishWords.IsFunctionWord(word.Text, word.Hash) ? 1 : 0;
        }

        return words >= 10 && lower * 2 > words && function * 20 < words;
    }
}
