using System.Globalization;
using System.Text;
using Localization.Core.Alignment;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// A translation whose every unit holds its English unit's own features (a page not translated yet) is paired unit for
/// unit at once, without anchors and grids: the pairs and their scores must be exactly those of the full alignment.
/// </summary>
public sealed class LentSequenceTests
{
    [Theory]
    [InlineData(CorpusPages.Current)]
    [InlineData(CorpusPages.Seed)]
    public void Every_corpus_page_is_aligned_as_in_full(string name)
    {
        var corpus = CorpusPages.Require(name);
        var lent = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var englishText = File.ReadAllText(CorpusPages.English(corpus, page));
            var english = Read(page, englishText, record: true, null);

            // The English page as its own translation, its blocks taken from the English reading or read again.
            lent += AssertSameAlignment(english, () => Read(page, englishText, record: false, english), page) ? 1 : 0;
            AssertSameAlignment(english, () => Read(page, englishText, record: false, null), page);
            foreach (var language in new[] { "ko", "fr", "ja" })
            {
                var translation = CorpusPages.Translation(corpus, language, page);
                if (File.Exists(translation))
                {
                    var text = File.ReadAllText(translation);
                    lent += AssertSameAlignment(english, () => Read(page, text, record: false, english), translation) ? 1 : 0;
                }
            }
        }

        Assert.True(lent > 20, $"only {lent} pages were lent unit for unit");
    }

    [Fact]
    public void A_long_gap_without_anchors_walked_in_windows_pairs_every_unit_with_itself()
    {
        // 700 short distinct items: no anchor key (fewer than 12 letters, no invariant), so the full alignment walks
        // one gap of 700 × 700 cells in windows.
        var b = new StringBuilder("# Title\n\n");
        for (var k = 0; k < 700; k++)
        {
            b.Append("- ").Append((char)('a' + (k % 26))).Append((char)('a' + (k / 26 % 26))).Append((char)('a' + (k / 676))).Append('\n');
        }

        AssertLentAndSame(b.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Footnotes_abbreviations_front_matter_and_repeated_blocks_are_aligned_as_in_full(bool repeated)
    {
        var b = new StringBuilder("---\ntitle: A page\nicon: material/home\n---\n\n# Title { #top }\n\n");
        for (var k = 0; k < 12; k++)
        {
            var n = repeated ? "" : k.ToString(CultureInfo.InvariantCulture);
            b.Append("## Downloads").Append(n).Append("\n\n- [Download the application for your phone](https://example.org/get").Append(n).Append(")\n\n");
            b.Append("Short").Append(n).Append(".\n\nA paragraph about privacy settings").Append(n).Append(" with a note[^n").Append(k).Append("] and 3 numbers 1 2.\n\n");
            b.Append("```\ncode block").Append(n).Append("\n```\n\n!!! note\n\n    Kept as it is in the English page").Append(n).Append(".\n\n");
        }

        for (var k = 0; k < 12; k++)
        {
            b.Append("[^n").Append(k).Append("]: The footnote text of the page, number ").Append(k).Append(".\n");
        }

        b.Append("\n*[HTML]: HyperText Markup Language\n*[CSS]: Cascading Style Sheets\n");
        if (repeated)
        {
            // Repeated blocks are lent the features of their text's first unit: aligned in full, as before.
            var english = Read("p.md", b.ToString(), record: true, null);
            Assert.False(AssertSameAlignment(english, () => Read("p.md", b.ToString(), record: false, english), "p.md"));
        }
        else
        {
            AssertLentAndSame(b.ToString());
        }
    }

    [Fact]
    public void A_unit_lent_at_another_place_is_aligned_in_full()
    {
        const string English = "# Title\n\nFirst paragraph of the page, long enough to anchor.\n\nSecond paragraph of the page, also long enough.\n";
        const string Swapped = "# Title\n\nSecond paragraph of the page, also long enough.\n\nFirst paragraph of the page, long enough to anchor.\n";
        var english = Read("p.md", English, record: true, null);
        Assert.False(AssertSameAlignment(english, () => Read("p.md", Swapped, record: false, english), "p.md"));
    }

    private static void AssertLentAndSame(string text)
    {
        var english = Read("p.md", text, record: true, null);
        var lent = Read("p.md", text, record: false, english);
        AssertSameAlignment(english, () => Read("p.md", text, record: false, english), "p.md");
        PageAligner.Align(english, lent);
        Assert.Empty(Unlent(english, lent));
        var aligned = PageAligner.Align(english, Read("p.md", text, record: false, english));
        Assert.All(aligned.Pairs, p => Assert.True(p.IsMatched && p.Source!.Index == p.Target!.Index));
    }

    /// <returns>Whether every unit of the translation was lent its English unit's features at the same place.</returns>
    private static bool AssertSameAlignment(PageModel english, Func<PageModel> read, string file)
    {
        var quick = read();
        var full = read();
        var expected = Describe(PageAligner.AlignInFull(english, full));
        var actual = Describe(PageAligner.Align(english, quick));
        Assert.True(expected == actual, $"{file}\nfull:\n{expected}\nat once:\n{actual}");
        return Unlent(english, quick).Count == 0;
    }

    /// <summary>The translated units that do not hold the features of the English unit at their place.</summary>
    private static List<string> Unlent(PageModel english, PageModel translation) =>
        [.. translation.Units
            .Where(u => u.Index >= english.Units.Count || !ReferenceEquals(u.AlignmentFeatures, english.Units[u.Index].AlignmentFeatures))
            .Select(u => $"{u.Index} {u.Kind} [{u.Path}] twin {u.EnglishTwin?.Index} '{u.Prose.Text}'"),
            .. translation.Units.Count == english.Units.Count ? Array.Empty<string>() : [$"{translation.Units.Count} units, {english.Units.Count} in the English"]];

    private static string Describe(AlignedPage page)
    {
        var b = new StringBuilder();
        foreach (var p in page.Pairs)
        {
            b.Append(CultureInfo.InvariantCulture, $"{p.Source?.Index} {p.Target?.Index} {BitConverter.DoubleToInt64Bits(p.Score):x}\n");
        }

        return b.ToString();
    }

    private static PageModel Read(string path, string text, bool record, PageModel? english) =>
        PageReader.ReadCancellable(path, text, null, null, record, english, CancellationToken.None);
}
