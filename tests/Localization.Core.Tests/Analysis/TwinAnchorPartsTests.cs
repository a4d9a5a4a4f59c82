using Localization.Core.Analysis;
using Localization.Core.Tests.Corpus;
using Localization.Core.Text;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// A translated unit read from its English twin takes the twin's anchor ids and heading slug from the English page
/// (<see cref="PageAnchors.EnglishAnchorParts"/>): the translated page's anchors must be the ones read unit by unit.
/// </summary>
public sealed class TwinAnchorPartsTests
{
    [Theory]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "fr")]
    [InlineData(CorpusPages.Current, "ja")]
    [InlineData(CorpusPages.Seed, "ko")]
    public void Anchors_with_the_twins_parts_are_the_anchors_read_unit_by_unit(string name, string language)
    {
        var taken = 0;
        foreach (var (_, english, target) in CorpusPages.ReadTwinPairs(CorpusPages.Require(name), language))
        {
            foreach (var style in new[] { SlugStyle.PythonMarkdown, SlugStyle.PymdownxUnicodeLower, SlugStyle.Hugo })
            {
                var parts = new PageAnchors.EnglishAnchorParts(english, style);
                var expected = PageAnchors.Of(target, style);
                var actual = PageAnchors.Of(target, style, parts);
                Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
                Assert.Equal(expected.HeadingIds.OrderBy(h => h.Key), actual.HeadingIds.OrderBy(h => h.Key));
                taken += target.Units.Count(u => parts.PartsOf(u) is not null);
            }
        }

        Assert.True(taken > 1000, $"only {taken} units took their twin's parts");
    }
}
