using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// <see cref="SourcePageIndex.UnitHasWord"/> answers from the sorted numbers of the page words each unit uses, read on first ask; it
/// must answer what a set of each unit's words (<see cref="StringComparer.OrdinalIgnoreCase"/>), its previous
/// form, answered: for every word of every unit of the corpus's English pages, asked of its own unit and of the
/// next, in its own case and folded, and for generated pages with letters whose case folding is special.
/// </summary>
public sealed class UnitWordsEquivalenceTests
{
    [Fact]
    public void Every_corpus_unit_knows_its_words_as_a_set_of_strings_did()
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        var asked = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            asked += Compare(PageReader.Read(page, File.ReadAllText(CorpusPages.English(corpus, page))));
        }

        Assert.True(asked > 100_000, $"only {asked} questions asked");
    }

    [Fact]
    public void Generated_pages_with_special_case_foldings_agree()
    {
        string[] words = ["Kelvin", "\u212Aelvin", "kelvin", "ſtraße", "STRASSE", "İstanbul", "istanbul", "ǅemal", "ǄEMAL", "œuvre", "ŒUVRE", "naïve", "NAÏVE", "Tor", "tor", "TOR", "e-mail", "don't", "don’t"];
        var random = new Random(1515);
        for (var n = 0; n < 300; n++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
                string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)])) + ". "
                + string.Join(' ', Enumerable.Range(0, random.Next(0, 8)).Select(_ => words[random.Next(words.Length)])) + ".");
            Compare(PageReader.Read("en.md", string.Join("\n\n", paragraphs) + "\n"), words);
        }
    }

    private static int Compare(PageModel page, IReadOnlyList<string>? extra = null)
    {
        var index = new SourcePageIndex(page);
        var previous = page.Units.Select(PreviousWords).ToArray();
        var asked = 0;
        for (var u = 0; u < page.Units.Count; u++)
        {
            var probes = previous[u] is { } own ? own.ToList() : [];
            if (u + 1 < page.Units.Count && previous[u + 1] is { } next)
            {
                probes.AddRange(next);
            }

            probes.AddRange(extra ?? []);
            foreach (var word in probes.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() }))
            {
                Assert.True(previous[u]?.Contains(word) == true == index.UnitHasWord(page.Units[u], word), $"{page.Path} unit {u}: '{word}'");
                asked++;
            }
        }

        return asked;
    }

    /// <summary>The words of a unit as the index collected them before: a set of strings per translatable unit.</summary>
    private static HashSet<string>? PreviousWords(TranslationUnit unit)
    {
        if (!unit.IsTranslatable)
        {
            return null;
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var range in SentenceSegmenter.Split(unit.Prose))
        {
            foreach (var word in LatinWordReader.Read(unit.Prose.Text.AsSpan(range.Start, range.Length)))
            {
                words.Add(word.Text.ToString());
            }
        }

        return words;
    }
}
