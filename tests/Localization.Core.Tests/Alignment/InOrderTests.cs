using System.Globalization;
using System.Text;
using Localization.Core.Alignment;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// A translation that keeps its English page's blocks in order is paired unit for unit by one linear pass when the
/// pass proves the anchors and the grids would pair it so: the pairs and their scores must be exactly those of the full
/// alignment, and the pass must be taken where it can be.
/// </summary>
public sealed class InOrderTests
{
    [Theory]
    [InlineData(CorpusPages.Current)]
    [InlineData(CorpusPages.Seed)]
    public void Every_translated_corpus_page_is_aligned_as_in_full_and_most_in_order(string name)
    {
        var corpus = CorpusPages.Require(name);
        int pages = 0, inOrder = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var englishText = File.ReadAllText(CorpusPages.English(corpus, page));
            var english = Read(page, englishText, null);
            foreach (var language in new[] { "ko", "fr", "ja" })
            {
                var translation = CorpusPages.Translation(corpus, language, page);
                if (File.Exists(translation))
                {
                    var text = File.ReadAllText(translation);
                    AssertSameAlignment(english, () => Read(page, text, english), translation);
                    pages++;
                    inOrder += PageAligner.FlowInOrder(english, Read(page, text, english)) ? 1 : 0;
                }
            }
        }

        // A fifth at least: most translations keep their English page's blocks in order.
        Assert.True(inOrder * 5 > pages, $"only {inOrder} of {pages} pages were paired in order");
    }

    [Fact]
    public void A_translated_page_with_its_blocks_in_order_is_paired_in_order()
    {
        const string English = "# Privacy tools\n\nA paragraph about the tools we recommend for everyday use.\n\n## Browsers\n\n- Use a browser that [blocks trackers](https://example.org/trackers).\n- Keep it updated: version 12 or later.\n\n```\nsudo apt install browser\n```\n\nThe last paragraph of the page says goodbye to the reader.\n";
        const string Translated = "# Outils de confidentialité\n\nUn paragraphe sur les outils que nous recommandons au quotidien.\n\n## Navigateurs\n\n- Utilisez un navigateur qui [bloque les traqueurs](https://example.org/trackers).\n- Gardez-le à jour : version 12 ou plus.\n\n```\nsudo apt install browser\n```\n\nLe dernier paragraphe de la page dit au revoir au lecteur.\n";
        var english = Read("p.md", English, null);
        Assert.True(PageAligner.FlowInOrder(english, Read("p.md", Translated, english)));
        AssertSameAlignment(english, () => Read("p.md", Translated, english), "p.md");
    }

    [Theory]
    [InlineData("# Outils\n\n## Navigateurs\n\nUn paragraphe sur les outils que nous recommandons au quotidien.\n\n- Utilisez un navigateur qui [bloque les traqueurs](https://example.org/trackers).\n")] // blocks swapped
    [InlineData("# Outils\n\nUn paragraphe sur les outils que nous recommandons au quotidien.\n\n## Navigateurs\n\n- Utilisez un navigateur qui [bloque les traqueurs](https://example.org/elsewhere).\n")] // a changed link
    [InlineData("# Outils\n\nUn paragraphe sur les outils que nous recommandons au quotidien.\n\nUn paragraphe ajouté.\n\n## Navigateurs\n\n- Utilisez un navigateur qui [bloque les traqueurs](https://example.org/trackers).\n")] // a block added
    [InlineData("# Outils\n\nUn.\n\n## Navigateurs\n\n- Utilisez un navigateur qui [bloque les traqueurs](https://example.org/trackers) et qui est beaucoup plus long que le reste de la page, vraiment beaucoup plus long, encore et encore.\n")] // lengths far apart
    public void A_translation_that_may_not_be_in_order_is_aligned_as_in_full(string translated)
    {
        const string English = "# Tools\n\nA paragraph about the tools we recommend for everyday use.\n\n## Browsers\n\n- Use a browser that [blocks trackers](https://example.org/trackers).\n";
        var english = Read("p.md", English, null);
        AssertSameAlignment(english, () => Read("p.md", translated, english), "p.md");
    }

    [Fact]
    public void A_block_left_in_English_whose_text_the_English_repeats_elsewhere_is_aligned_as_in_full()
    {
        // The English says "Download it from the official website." twice; the translation keeps one of them in English
        // at the other's place: its same-text bonus could pair it with either.
        const string English = "# Apps\n\n## First\n\nDownload it from the official website.\n\nA paragraph about the first application.\n\n## Second\n\nDownload it from the official website.\n\nA paragraph about the second application.\n";
        const string Translated = "# Applis\n\n## Première\n\nTéléchargez-la depuis le site officiel.\n\nUn paragraphe sur la première application.\n\n## Deuxième\n\nDownload it from the official website.\n\nUn paragraphe sur la deuxième application.\n";
        var english = Read("p.md", English, null);
        AssertSameAlignment(english, () => Read("p.md", Translated, english), "p.md");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_translations_are_aligned_as_in_full(int seed)
    {
        var random = new Random(seed);
        int inOrder = 0;
        for (var n = 0; n < 150; n++)
        {
            var (englishText, translatedText) = RandomPair(random);
            var english = Read("p.md", englishText, null);
            AssertSameAlignment(english, () => Read("p.md", translatedText, english), $"seed {seed}, page {n}\n{englishText}\n----\n{translatedText}");
            inOrder += PageAligner.FlowInOrder(english, Read("p.md", translatedText, english)) ? 1 : 0;
        }

        Assert.InRange(inOrder, 10, 140);
    }

    /// <summary>An English page of random blocks and a translation that rewrites, keeps, drops, adds, swaps or changes them.</summary>
    private static (string English, string Translated) RandomPair(Random random)
    {
        string[] words = ["privacy", "browser", "tracker", "setting", "account", "device", "server", "network", "password", "update", "email", "phone"];
        string[] mots = ["vie", "navigateur", "traceur", "réglage", "compte", "appareil", "serveur", "réseau", "mot", "jour", "courriel", "téléphone", "données"];
        string Sentence(string[] vocabulary, int count)
        {
            var b = new StringBuilder();
            for (var k = 0; k < count; k++)
            {
                b.Append(k == 0 ? "" : " ").Append(vocabulary[random.Next(vocabulary.Length)]);
            }

            return b.Append('.').ToString();
        }

        var blocks = new List<(string English, Func<string> Translate)>();
        var count = random.Next(3, 30);
        for (var k = 0; k < count; k++)
        {
            var length = random.Next(1, 25);
            var link = random.Next(4) == 0 ? $" [link](https://example.org/{random.Next(6)})" : "";
            var number = random.Next(5) == 0 ? $" {random.Next(3)}" : "";
            var (prefix, indent) = random.Next(6) switch
            {
                0 => ("## ", ""),
                1 => ("- ", ""),
                2 => ("!!! note\n\n    ", ""),
                _ => ("", ""),
            };
            if (random.Next(12) == 0)
            {
                var code = $"```\ncode {random.Next(4)}\n```";
                blocks.Add((code, () => random.Next(5) == 0 ? $"```\ncode {random.Next(4)} changed\n```" : code));
                continue;
            }

            var text = Sentence(words, length);
            blocks.Add(($"{prefix}{indent}{text}{link}{number}", () => $"{prefix}{indent}{Sentence(mots, Math.Max(1, length + random.Next(-3, 8)))}{(random.Next(15) == 0 ? " [lien](https://example.org/9)" : link)}{(random.Next(15) == 0 ? " 7" : number)}"));
        }

        var english = string.Join("\n\n", blocks.Select(b => b.English)) + "\n";
        var translated = new List<string>();
        for (var k = 0; k < blocks.Count; k++)
        {
            switch (random.Next(40))
            {
                case 0:
                    continue; // dropped
                case 1:
                    translated.Add(Sentence(mots, random.Next(1, 12))); // added
                    break;
                case 2 when k + 1 < blocks.Count:
                    translated.Add(blocks[k + 1].Translate());
                    translated.Add(blocks[k].Translate());
                    k++;
                    continue;
                case 3:
                case 4:
                case 5:
                    translated.Add(blocks[k].English); // left in English
                    continue;
            }

            translated.Add(blocks[k].Translate());
        }

        return (english, string.Join("\n\n", translated) + "\n");
    }

    private static void AssertSameAlignment(PageModel english, Func<PageModel> read, string file)
    {
        var expected = Describe(PageAligner.AlignInFull(english, read()));
        var actual = Describe(PageAligner.Align(english, read()));
        Assert.True(expected == actual, $"{file}\nfull:\n{expected}\nin order:\n{actual}");
    }

    private static string Describe(AlignedPage page)
    {
        var b = new StringBuilder();
        foreach (var p in page.Pairs)
        {
            b.Append(CultureInfo.InvariantCulture, $"{p.Source?.Index} {p.Target?.Index} {BitConverter.DoubleToInt64Bits(p.Score):x}\n");
        }

        return b.ToString();
    }

    private static PageModel Read(string path, string text, PageModel? english) =>
        PageReader.ReadCancellable(path, text, null, null, english is null, english, CancellationToken.None);
}
