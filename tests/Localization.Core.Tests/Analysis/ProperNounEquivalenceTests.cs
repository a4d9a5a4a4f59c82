using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The English page's proper nouns are found with a flag per word of the page and a word set of slices, in the one
/// reading of each sentence's words: they must be the nouns the sets of strings found (kept below), on every English
/// page of both corpora and on generated pages of words in every case.
/// </summary>
public sealed class ProperNounEquivalenceTests
{
    [Theory]
    [InlineData(CorpusPages.Seed)]
    [InlineData(CorpusPages.Current)]
    public void Corpus_pages_have_the_proper_nouns_of_the_string_sets(string name)
    {
        var corpus = CorpusPages.Require(name);
        var nouns = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            nouns += AssertSame(PageReader.Read(page, File.ReadAllText(CorpusPages.English(corpus, page))));
        }

        Assert.True(nouns > 500, $"only {nouns} proper nouns");
    }

    [Fact]
    public void Generated_pages_have_the_proper_nouns_of_the_string_sets()
    {
        string[] words = ["signal", "Signal", "SIGNAL", "tor", "Tor", "the", "The", "and", "Apps", "apps", "Health", "of", "é", "É", "Ésope", "ésope", "macOS", "Ünicode", "ünicode", "x-y", "X-Y", "it's", "Straße", "STRASSE"];
        string[] separators = [" ", " ", ", ", ". ", "! ", "\n\n", "\n\n# ", "\n\n- "];
        var random = new Random(1507);
        for (var n = 0; n < 3_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => words[random.Next(words.Length)] + separators[random.Next(separators.Length)]));
            AssertSame(PageReader.Read("p.md", text));
        }
    }

    /// <summary>Every word of the page and its case variants are proper nouns for the index as for the string sets; how many are.</summary>
    private static int AssertSame(PageModel page)
    {
        var index = new SourcePageIndex(page);
        var expected = PreviousProperNouns(page, index);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in page.Units.Where(u => u.IsTranslatable))
        {
            foreach (var word in LatinWordReader.Read(unit.Prose.Text))
            {
                var text = word.Text.ToString();
                foreach (var variant in new[] { text, text.ToLowerInvariant(), text.ToUpperInvariant(), char.ToUpperInvariant(text[0]) + text[1..] })
                {
                    if (asked.Add(variant))
                    {
                        Assert.True(expected.Contains(variant) == index.IsProperNoun(variant), variant);
                        Assert.True(expected.Contains(variant) == index.IsProperNoun(variant, WordSet.Hash(variant)), variant);
                    }
                }
            }
        }

        return expected.Count;
    }

    /// <summary>The proper nouns as the index found them with sets of strings.</summary>
    private static HashSet<string> PreviousProperNouns(PageModel page, SourcePageIndex index)
    {
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in page.Units.Where(u => u.IsTranslatable))
        {
            foreach (var (range, _) in index.SentencesOf(unit))
            {
                var span = unit.Prose.Text.AsSpan(range.Start, range.Length);
                var titleCase = EnglishWords.IsTitleCase(span);
                foreach (var word in LatinWordReader.Read(span))
                {
                    if (char.IsLower(word.Text[0]))
                    {
                        lower.Add(word.Text.ToString());
                    }
                    else if (!word.SentenceInitial && !titleCase)
                    {
                        capitalised.Add(word.Text.ToString());
                    }
                }
            }
        }

        return [.. capitalised.Where(c => !lower.Contains(c))];
    }
}
