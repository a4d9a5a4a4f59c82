using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>Blanking an md_in_html block's tags gives what reading each tag's whole line gave.</summary>
public sealed class FragmentBlankingTests
{
    [Fact]
    public void Blanked_fragments_match_the_line_by_line_reading_on_generated_blocks()
    {
        string[] pieces = ["<div>", "</div>", " ", "\t", "\n", "\r\n", "text", "<p markdown>", "x"];
        var random = new Random(7);
        foreach (var source in GeneratedBlocks.Of(pieces, random, 5000, 60))
        {
            var ranges = RangesOf(source, random);
            var expected = source.ToCharArray();
            ByWholeLines(source, ranges, expected);
            var actual = source.ToCharArray();

            FragmentBlanking.Blank(source, ranges, actual);

            Assert.True(expected.AsSpan().SequenceEqual(actual), source);
        }
    }

    [Fact]
    public void A_tag_that_starts_or_ends_its_line_becomes_line_breaks_and_one_within_text_becomes_spaces()
    {
        const string source = "<div markdown>\nText <b>x</b>\n  </div>";
        var chars = source.ToCharArray();

        FragmentBlanking.Blank(source, [(0, 14), (20, 23), (24, 28), (31, 37)], chars);

        Assert.Equal("\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nText    x\n\n\n\n\n  \n\n\n\n\n\n", new string(chars));
    }

    // Each tag's range, in order; now and then two that overlap, which the blanking must also take.
    private static List<(int Start, int End)> RangesOf(string source, Random random)
    {
        var ranges = new List<(int Start, int End)>();
        for (var i = source.IndexOf('<', StringComparison.Ordinal); i >= 0; i = source.IndexOf('<', i + 1))
        {
            var end = source.IndexOf('>', i) + 1;
            ranges.Add((i, random.Next(20) == 0 ? Math.Min(source.Length, end + 3) : end));
        }

        return ranges;
    }

    // The reading the blanking replaced (each tag's line read from its ends), kept as the oracle.
    private static void ByWholeLines(ReadOnlySpan<char> source, List<(int Start, int End)> ordered, Span<char> chars)
    {
        foreach (var (from, to) in ordered)
        {
            var lineStart = from;
            while (lineStart > 0 && chars[lineStart - 1] is not ('\n' or '\r'))
            {
                lineStart--;
            }

            var lineEnd = to;
            while (lineEnd < chars.Length && chars[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            var startsLine = chars.Slice(lineStart, from - lineStart).IndexOfAnyExcept(' ', '\t') < 0
                || source.Slice(to, lineEnd - to).IndexOfAnyExcept(' ', '\t') < 0;
            for (var i = from; i < to; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = startsLine ? '\n' : ' ';
                }
            }
        }
    }
}
