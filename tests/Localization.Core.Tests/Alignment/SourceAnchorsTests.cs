using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// The anchors found by walking the English page's keys (sorted once) beside a translation's, held to the anchors of
/// the combined sort they replaced, on pages built from a few repeated blocks and reshuffled, so that keys repeat
/// unevenly on both sides.
/// </summary>
public sealed class SourceAnchorsTests
{
    private static readonly string[] Blocks =
    [
        "## Downloads { #downloads }",
        "- [Android](https://example.org/android)\n- [iOS](https://example.org/ios)",
        "Read [the guide](https://example.org/guide) before you start.",
        "Read [le guide](https://example.org/guide) avant de commencer.",
        "```sh\nmake install\n```",
        "A paragraph that has no links and is long enough to be hashed.",
        "Un paragraphe sans lien, assez long pour que son texte compte.",
        "Version 1.2.3 was released in 2024.",
        "![Logo](logo.png)",
        "!!! note \"Note\"\n\n    Inside the note, [a link](https://example.org/note).",
        "*[HTML]: Hyper Text Markup Language",
        "Text with a footnote.[^1]\n\n[^1]: The footnote.",
        "| a | b |\n| - | - |\n| [x](https://example.org/x) | y |",
    ];

    [Fact]
    public void Anchors_are_those_of_one_sort_of_both_sides()
    {
        var random = new Random(15);
        var compared = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var source = PageReader.Read("en.md", Page(random, random.Next(0, 30)));
            var target = PageReader.Read("fr.md", Page(random, random.Next(0, 30)));
            var s = source.Units.Select(UnitFeatures.Of).ToArray();
            var t = target.Units.Select(UnitFeatures.Of).ToArray();
            Assert.Equal(ReferenceAnchors(s, t), PageAligner.FindAnchors(s, SourceAnchors.Of(s), t));
            compared += s.Length;
        }

        Assert.True(compared > 10_000);
    }

    private static string Page(Random random, int blocks) =>
        string.Join("\n\n", Enumerable.Range(0, blocks).Select(_ => Blocks[random.Next(Blocks.Length)]));

    /// <summary>The anchor search as it was: the keys of both sides sorted together in one array.</summary>
    private static List<(int S, int T)> ReferenceAnchors(UnitFeatures[] s, UnitFeatures[] t)
    {
        var keys = new List<(ulong Key, int Code, int Owner)>();
        var sourceCount = 0;
        for (var i = 0; i < s.Length; i++)
        {
            foreach (var key in s[i].AnchorKeys)
            {
                keys.Add((key, keys.Count, i));
                sourceCount++;
            }
        }

        for (var j = 0; j < t.Length; j++)
        {
            foreach (var key in t[j].AnchorKeys)
            {
                keys.Add((key, keys.Count, j));
            }
        }

        var partners = new int[sourceCount];
        foreach (var group in keys.GroupBy(k => k.Key))
        {
            var ordered = group.OrderBy(k => k.Code).ToList();
            var inSource = ordered.Count(k => k.Code < sourceCount);
            var paired = inSource * 2 == ordered.Count;
            for (var m = 0; m < inSource; m++)
            {
                partners[ordered[m].Code] = paired ? ordered[inSource + m].Owner : -1;
            }
        }

        var candidates = new List<(int S, int T)>();
        var q = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var anchored = false;
            foreach (var _ in s[i].AnchorKeys)
            {
                var partner = partners[q++];
                if (!anchored && partner >= 0 && PageAligner.Similarity(s[i], t[partner]) >= PageAligner.MinimumScore)
                {
                    candidates.Add((i, partner));
                    anchored = true;
                }
            }
        }

        return PageAligner.LongestIncreasingChain(candidates);
    }
}
