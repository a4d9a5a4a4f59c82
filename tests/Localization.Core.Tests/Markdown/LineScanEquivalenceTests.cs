using Localization.Core.Markdown;

namespace Localization.Core.Tests.Markdown;

/// <summary>
/// The line map's one vectorised pass (line starts and pipes) and the nesting guard reading lines from it, held to
/// the character loops they replaced on generated texts of every length around the 16-character blocks.
/// </summary>
public sealed class LineScanEquivalenceTests
{
    private static readonly string[] Pieces = ["\n", "\r\n", "\r", "|", "\\|", "- ", "* ", "> ", "1. ", "  ", " ", "a", "é", "한", "\t", "x|y", "---", "\n\n", "12) "];

    [Fact]
    public void Line_starts_positions_and_pipes_are_those_of_the_character_loop()
    {
        var random = new Random(15);
        for (var n = 0; n < 20_000; n++)
        {
            var text = Generate(random, random.Next(0, 80), crAllowed: n % 3 == 0);
            var map = new LineMap(text);
            var expected = ReferenceLineStarts(text);
            Assert.Equal(expected.Length, map.LineCount);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.Equal(expected[k], map.LineStart(k + 1));
            }

            Assert.Equal(!text.Contains('\r'), map.LineFeedsOnly);
            Assert.Equal(text.Contains('\r') ? -1 : text.Count(c => c == '|'), map.Pipes);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                Assert.Equal(ReferencePosition(expected, text.Length, offset), map.Position(offset));
            }
        }
    }

    [Fact]
    public void The_nesting_guard_finds_the_same_line_from_the_map()
    {
        var random = new Random(16);
        for (var n = 0; n < 20_000; n++)
        {
            var text = Generate(random, random.Next(0, 120), crAllowed: n % 4 == 0);
            var map = new LineMap(text);
            foreach (var limit in new[] { 0, 1, 2, 3, 128 })
            {
                Assert.Equal(NestingGuard.FirstTooDeepLine(text, limit), NestingGuard.FirstTooDeepLine(text, limit, map));
                Assert.Equal(NestingGuard.FirstTooWideLine(text, limit), NestingGuard.FirstTooWideLine(text, limit, map));
            }
        }
    }

    [Fact]
    public void Long_pages_of_the_corpus_shape_agree()
    {
        var random = new Random(17);
        for (var n = 0; n < 200; n++)
        {
            var text = Generate(random, random.Next(500, 5_000), crAllowed: n % 5 == 0);
            var map = new LineMap(text);
            var expected = ReferenceLineStarts(text);
            Assert.Equal(expected.Length, map.LineCount);
            Assert.Equal(expected[^1], map.LineStart(expected.Length));
            Assert.Equal(NestingGuard.FirstTooDeepLine(text, 2), NestingGuard.FirstTooDeepLine(text, 2, map));
            Assert.Equal(NestingGuard.FirstTooWideLine(text, 20), NestingGuard.FirstTooWideLine(text, 20, map));
        }
    }

    private static string Generate(Random random, int pieces, bool crAllowed)
    {
        var parts = new System.Text.StringBuilder();
        for (var k = 0; k < pieces; k++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            parts.Append(!crAllowed && piece.Contains('\r') ? "\n" : piece);
        }

        return parts.ToString();
    }

    /// <summary>The line starts by another road: after every CRLF, lone CR or LF (the breaks Markdig recognises).</summary>
    private static int[] ReferenceLineStarts(string text) =>
        [0, .. System.Text.RegularExpressions.Regex.Matches(text, "\r\n|\r|\n").Select(m => m.Index + m.Length)];

    private static (int Line, int Column) ReferencePosition(int[] starts, int length, int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, length));
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - starts[index] + 1);
    }
}
