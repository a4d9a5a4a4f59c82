using Localization.Core.Alignment;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// The rules that compare markup pair by pair walk <see cref="AlignedPage.MarkupPairs"/>: every matched pair left out
/// must be one where each of them finds nothing (the same invariants, kinds and values in order, and no HTML or code block
/// unless it is read from that English block, with its verbatim text).
/// </summary>
public sealed class MarkupPairsTests
{
    [Theory]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "fr")]
    [InlineData(CorpusPages.Current, "ja")]
    [InlineData(CorpusPages.Seed, "ko")]
    public void A_pair_left_out_has_the_same_invariants_and_no_block_of_markup(string name, string language)
    {
        var (left, kept, leftWithoutTwin) = (0, 0, 0);
        foreach (var (_, english, target) in CorpusPages.ReadTwinPairs(CorpusPages.Require(name), language))
        {
            var aligned = PageAligner.Align(english, target);
            var markup = aligned.MarkupPairs.ToArray();
            Assert.Equal(aligned.Matched.Where(markup.Contains), markup); // a subsequence, in page order
            foreach (var pair in aligned.Matched.Where(p => !markup.Contains(p)))
            {
                // Read, not taken from InvariantDiff (which answers a twin pair without reading).
                var (source, translated) = (pair.Source!, pair.Target!);
                Assert.Equal(source.Invariants.Select(i => (i.Kind, i.Value)), translated.Invariants.Select(i => (i.Kind, i.Value)));
                if (ReferenceEquals(translated.EnglishTwin, source))
                {
                    // An HTML block read from its English block's Markdown has its verbatim text: nothing for markup-mismatch.
                    Assert.Equal(source.Verbatim, translated.Verbatim);
                    Assert.Equal(source.Key, translated.Key);
                }
                else
                {
                    Assert.DoesNotContain(source.Kind, new[] { UnitKind.Html, UnitKind.CodeBlock });
                    Assert.DoesNotContain(translated.Kind, new[] { UnitKind.Html, UnitKind.CodeBlock });
                    leftWithoutTwin++;
                }

                left++;
            }

            kept += markup.Length;
        }

        // Both halves of the filter leave pairs out: twins, and translated pairs with no invariant on either side.
        Assert.True(left > 1000 && kept > 100 && leftWithoutTwin > 100, $"{left} pairs left out ({leftWithoutTwin} not twins), {kept} kept");
    }
}
