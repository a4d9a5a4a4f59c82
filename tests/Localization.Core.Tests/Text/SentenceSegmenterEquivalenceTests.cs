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
                    Add(result, text, start, i);
                    start = i;
                }

                nextBreak++;
            }

            var c = text[i];
            if (SentenceSegmenter.IsCloser(c) || (c is '.' or '!' or '?' or '…' or ';' && SentenceSegmenter.IsLatinBoundary(text, i)))
            {
                var end = SentenceSegmenter.ExtendOverClosers(text, i + 1);
                Add(result, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<SentenceRange> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new SentenceRange(start, end));
        }
    }
}

/// <summary>The segmenter's vectorised search for a sentence end finds what the library's search for the same characters found.</summary>
public sealed class SentenceEnderSearchTests
{
    [Fact]
    public void It_finds_the_first_ender_the_library_search_found()
    {
        // The enders, their neighbours in UTF-16 (one bit apart), and letters of the scripts around them.
        const string Enders = ".!?…。！？｡؟۔।॥።჻";
        const string Near = "-/,>@ \u2025\u2027\u3001\u3003\uFF00\uFF02\uFF1E\uFF60\uFF62\u061E\u0620\u06D3\u06D5\u0963\u0966\u1361\u1363\u10FA\u10FCaé한Д漢";
        var searchValues = System.Buffers.SearchValues.Create(Enders);
        var random = new Random(1504);
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(0, 80);
            var text = new char[length];
            for (var k = 0; k < length; k++)
            {
                text[k] = random.Next(60) == 0 ? Enders[random.Next(Enders.Length)] : Near[random.Next(Near.Length)];
            }

            Assert.Equal(text.AsSpan().IndexOfAny(searchValues), SentenceSegmenter.IndexOfEnder(text));
        }

        // Mostly ASCII (vectors of ASCII alone are compared with the three ASCII enders only), with any character between.
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(0, 80);
            var text = new char[length];
            for (var k = 0; k < length; k++)
            {
                text[k] = random.Next(60) switch
                {
                    0 => Enders[random.Next(Enders.Length)],
                    1 => (char)random.Next(char.MaxValue + 1),
                    2 => Near[random.Next(Near.Length)],
                    _ => (char)random.Next(128),
                };
            }

            Assert.Equal(text.AsSpan().IndexOfAny(searchValues), SentenceSegmenter.IndexOfEnder(text));
        }

        // Below U+0600 (accented Latin, Greek, Cyrillic: vectors of these are compared with the three ASCII enders only) and
        // the characters around that bound, with any character and every ender between.
        const string Bound = "éŁΩДяԯ\u05FE\u05FF\u0600\u0601\u061E\u061F\u0620 a.";
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(0, 80);
            var text = new char[length];
            for (var k = 0; k < length; k++)
            {
                text[k] = random.Next(80) switch
                {
                    0 => Enders[random.Next(Enders.Length)],
                    1 => (char)random.Next(char.MaxValue + 1),
                    _ => Bound[random.Next(Bound.Length)],
                };
            }

            Assert.Equal(text.AsSpan().IndexOfAny(searchValues), SentenceSegmenter.IndexOfEnder(text));
        }

        // Each ender alone at every place of texts up to two vectors long.
        foreach (var ender in Enders)
        {
            for (var length = 1; length <= 40; length++)
            {
                for (var at = 0; at < length; at++)
                {
                    var text = new string('a', length).ToCharArray();
                    text[at] = ender;
                    Assert.Equal(at, SentenceSegmenter.IndexOfEnder(text));
                }
            }
        }
    }
}
