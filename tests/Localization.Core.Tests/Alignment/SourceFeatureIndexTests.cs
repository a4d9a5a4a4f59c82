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
    [Theory]
    [InlineData("ko")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void Borrowed_features_are_the_features_of_the_target_unit(string language)
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        var borrowed = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var translation = CorpusPages.Translation(corpus, language, page);
            if (!File.Exists(translation))
            {
                continue;
            }

            var source = PageReader.Read(page, File.ReadAllText(CorpusPages.English(corpus, page)));
            var target = PageReader.Read(page, File.ReadAllText(translation));
            PageAligner.Align(source, target);

            var sourceKeys = source.Units.Select(u => u.AlignmentFeatures?.AnchorKeys).OfType<ulong[]>().ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var unit in target.Units)
            {
                var kept = UnitFeatures.Of(unit);
                var fresh = UnitFeatures.Compute(unit);
                Assert.Same(unit, kept.Unit);
                Assert.Equal(fresh.Class, kept.Class);
                Assert.Equal(fresh.Shape, kept.Shape);
                Assert.Equal(fresh.ShapeWithoutRegions, kept.ShapeWithoutRegions);
                Assert.Equal(fresh.Invariants, kept.Invariants);
                Assert.Equal(fresh.Numbers, kept.Numbers);
                Assert.Equal(fresh.Normalized, kept.Normalized);
                Assert.Equal(fresh.NormalizedLength, kept.NormalizedLength);
                Assert.Equal(fresh.Letters, kept.Letters);
                Assert.Equal(fresh.AnchorKeys, kept.AnchorKeys);
                borrowed += sourceKeys.Contains(kept.AnchorKeys) ? 1 : 0;
            }
        }

        Assert.True(borrowed > 1000, $"only {borrowed} units borrowed their English unit's features");
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
