using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Text;

/// <summary>
/// The segmenter jumps from one possible sentence end to the next with a vectorised search; this holds it to
/// the character-by-character walk it replaced on random prose with forced breaks, closers, abbreviations,
/// initials, decimals and every script's full stops.
/// </summary>
public sealed class SentenceSegmenterEquivalenceTests
{
    [Fact]
    public void Jumping_between_possible_ends_cuts_the_sentences_of_the_character_walk()
    {
        string[] pieces =
        [
            "Hello", " ", "world", ".", "!", "?", "…", ";", " ", "  ", "A", ". ", "e.g. ", "etc. ", "etc. The", "U.S. ", "3.14", " x", "\"", "”", ")", "」", "。", "！", "？", "｡",
            "؟", "۔", "।", "॥", "።", "჻", "한국어", "日本語", "Dr. Who", " b", "C", "\u00A0", "\n", ProseText.Atom.ToString(), "usw. Das", "z.B. ", "p.ex. ",
        ];
        var random = new Random(20261201);
        for (var n = 0; n < 50_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var breaks = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(0, text.Length + 1)).Distinct().Order().ToArray();
            var prose = new ProseText(text, [], breaks, []);
            Assert.Equal(Reference(prose), SentenceSegmenter.Split(prose));
        }
    }

    /// <summary>The walk as it was: every character asked in turn (the tests of one character are the segmenter's own).</summary>
    private static List<SentenceRange> Reference(ProseText prose)
    {
        var text = prose.Text;
        var result = new List<SentenceRange>();
        var breaks = prose.Breaks;
        var nextBreak = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (nextBreak < breaks.Count && breaks[nextBreak] <= i)
            {
                if (breaks[nextBreak] == i)
                {
                    SentenceSegmenter.Add(result, text, start, i);
                    start = i;
                }

                nextBreak++;
            }

            var c = text[i];
            if (SentenceSegmenter.IsCloser(c) || (c is '.' or '!' or '?' or '…' or ';' && SentenceSegmenter.IsLatinBoundary(text, i)))
            {
                var end = SentenceSegmenter.ExtendOverClosers(text, i + 1);
                SentenceSegmenter.Add(result, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        SentenceSegmenter.Add(result, text, start, text.Length);
        return result;
    }
}
