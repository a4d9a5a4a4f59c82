using Localization.Core.Alignment;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// A target unit that is its English unit as it is borrows that unit's alignment features: they must be exactly
/// the features computed from the target unit itself, so that no pairing (and no finding) changes.
/// </summary>
public sealed class SourceFeatureIndexTests
{
    [Fact]
    public void A_translated_text_that_folds_to_the_English_text_keeps_its_text_key()
    {
        // U+02BC is a letter that folds to an apostrophe: the English page's text keys count folded letters, as
        // the translated side asks, or this unit would lose the key that anchors it.
        var source = PageReader.Read("p.md", "Don\u02BCt forget to review the privacy settings of every account you use.\n");
        var target = PageReader.Read("p.md", "Don't forget to review the privacy settings of every account you use.\n");
        PageAligner.Align(source, target);

        var unit = Assert.Single(target.Units);
        Assert.True(UnitFeatures.Of(unit).SameText(UnitFeatures.Of(source.Units[0])));
        Assert.Equal(UnitFeatures.Compute(unit).AnchorKeys, UnitFeatures.Of(unit).AnchorKeys);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void Borrowed_features_are_the_features_of_the_target_unit(string language)
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        var borrowed = 0;
        var lazyKeys = 0;
        foreach (var (_, source, target) in CorpusPages.ReadPairs(corpus, language))
        {
            PageAligner.Align(source, target);

            var sourceKeys = source.Units.Select(u => u.AlignmentFeatures?.AnchorKeys).OfType<ulong[]>().ToHashSet(ReferenceEqualityComparer.Instance);
            var everySourceKey = source.Units.SelectMany(u => UnitFeatures.Of(u).AnchorKeys).ToHashSet();
            foreach (var unit in target.Units)
            {
                var kept = UnitFeatures.Of(unit);
                var fresh = UnitFeatures.Compute(unit);

                // A translated unit leaves out the text key that no English unit can share: it anchored nothing.
                var left = fresh.AnchorKeys.Where(k => !kept.AnchorKeys.Contains(k)).ToList();
                Assert.All(left, k => Assert.DoesNotContain(k, everySourceKey));
                Assert.Equal(fresh.AnchorKeys.Where(k => !left.Contains(k)), kept.AnchorKeys);
                lazyKeys += left.Count;
                foreach (var english in source.Units)
                {
                    Assert.Equal(fresh.SameText(UnitFeatures.Of(english)), kept.SameText(UnitFeatures.Of(english)));
                }

                // Borrowed features are the English unit's own: what the aligner reads of their unit is the target's.
                Assert.True(ReferenceEquals(unit, kept.Unit) || (kept.Unit.Kind == unit.Kind && kept.Unit.HeadingLevel == unit.HeadingLevel
                    && kept.Unit.Key == unit.Key && kept.Unit.Verbatim == unit.Verbatim && source.Units.Contains(kept.Unit)));
                Assert.Equal(fresh.Class, kept.Class);
                Assert.Equal(fresh.Shape, kept.Shape);
                Assert.Equal(fresh.ShapeWithoutRegions, kept.ShapeWithoutRegions);
                Assert.Equal(fresh.Invariants, kept.Invariants);
                Assert.Equal(fresh.Numbers, kept.Numbers);
                Assert.Equal(fresh.Normalized, kept.Normalized);
                Assert.Equal(fresh.NormalizedLength, kept.NormalizedLength);
                Assert.Equal(fresh.Letters, kept.Letters);
                borrowed += sourceKeys.Contains(kept.AnchorKeys) ? 1 : 0;
            }
        }

        Assert.True(borrowed > 1000, $"only {borrowed} units borrowed their English unit's features");
        Assert.True(lazyKeys > 100, $"only {lazyKeys} text keys were left out");
    }

    /// <summary>
    /// A unit that reads its English twin is lent the twin's features when their kind, heading level and containers
    /// match: the full comparison of their inputs must say the same for every such unit of the corpora (English pages
    /// read against themselves included, where every block has a twin).
    /// </summary>
    [Theory]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "fr")]
    [InlineData(CorpusPages.Current, "ja")]
    [InlineData(CorpusPages.Seed, "ko")]
    public void A_unit_that_reads_its_twin_is_compared_by_its_frame_as_by_all_its_inputs(string name, string language)
    {
        var corpus = CorpusPages.Require(name);
        var twins = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var translation = CorpusPages.Translation(corpus, language, page);
            if (!File.Exists(translation))
            {
                continue;
            }

            var english = PageReader.ReadCancellable(page, File.ReadAllText(CorpusPages.English(corpus, page)), null, null, true, null, CancellationToken.None);
            foreach (var text in new[] { File.ReadAllText(translation), english.Text })
            {
                var target = PageReader.ReadCancellable(page, text, null, null, false, english, CancellationToken.None);
                foreach (var unit in target.Units.Where(u => u.EnglishTwin is not null))
                {
                    Assert.True(unit.ReadsTwin);
                    Assert.True(SourceFeatureIndex.SameFrame(unit.EnglishTwin!, unit) == SourceFeatureIndex.SameInputs(unit.EnglishTwin!, unit), $"{translation}: unit {unit.Index}");
                    twins++;
                }
            }
        }

        Assert.True(twins > 1000, $"only {twins} units read their twin");
    }

    /// <summary>
    /// Why a translated unit's comparison hash is made only when an English unit has as many characters that fold to
    /// letters: texts with the same comparison text have as many, however they differ (case, quotes and apostrophes,
    /// a modifier-letter apostrophe that folds to a plain one, dashes, spaces, atoms).
    /// </summary>
    [Fact]
    public void Texts_with_the_same_comparison_text_have_as_many_folded_letters()
    {
        string[] alphabet = ["a", "A", "é", "É", "\u02BC", "'", "\u2019", "\u2018", "\"", "\u201C", "-", "\u2013", "\u2014", " ", "\t", "\u00A0", "\n", "\uFFFC", "한", "ß", "İ", "i", "1", "ǅ", "ǆ", "Ω", "ω", "\u2126", "K", "\u212A", "k"];
        var random = new Random(15);
        var byComparison = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var folded = UnitFeatures.CountBoth(text).FoldedLetters;
            var comparison = Localization.Core.Text.TextNormalizer.ForComparison(text);
            if (byComparison.TryGetValue(comparison, out var seen))
            {
                Assert.True(seen == folded, $"'{text}' has {folded} folded letters, another text with its comparison text '{comparison}' {seen}");
                groups++;
            }
            else
            {
                byComparison[comparison] = folded;
            }
        }

        Assert.True(groups > 10_000);
    }

    [Fact]
    public void A_unit_with_the_same_text_under_another_shape_or_with_other_links_computes_its_own()
    {
        var source = PageReader.Read("en.md", "Read [the guide](https://a.example/).\n\n- Read [the guide](https://a.example/).\n");
        var target = PageReader.Read("ko.md", "Read [the guide](https://b.example/).\n\n- Read [the guide](https://a.example/).\n\nRead [the guide](https://a.example/).\n");
        PageAligner.Align(source, target);

        Assert.False(SourceFeatureIndex.SameInputs(source.Units[0], target.Units[0])); // another URL
        Assert.False(SourceFeatureIndex.SameInputs(source.Units[0], target.Units[1])); // a list item, not a paragraph
        Assert.True(SourceFeatureIndex.SameInputs(source.Units[1], target.Units[1]));
        Assert.True(SourceFeatureIndex.SameInputs(source.Units[0], target.Units[2]));
        Assert.All(target.Units, u => Assert.Equal(UnitFeatures.Compute(u).Invariants, UnitFeatures.Of(u).Invariants));

        var quoted = PageReader.Read("ko.md", "> Read [the guide](https://a.example/).\n");
        Assert.False(SourceFeatureIndex.SameInputs(source.Units[0], quoted.Units[0])); // a paragraph in a quote
        PageAligner.Align(source, quoted);
        Assert.Equal(UnitFeatures.Compute(quoted.Units[0]).Shape, UnitFeatures.Of(quoted.Units[0]).Shape);
    }
}
