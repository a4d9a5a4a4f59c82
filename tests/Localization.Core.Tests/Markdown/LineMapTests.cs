using Localization.Core.Markdown;

namespace Localization.Core.Tests.Markdown;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_break_style_starts_a_new_line(string eol)
    {
        var text = $"ab{eol}cde{eol}{eol}f";
        var map = new LineMap(text);

        Assert.Equal(4, map.LineCount);
        Assert.Equal((1, 1), map.Position(0));
        Assert.Equal((1, 3), map.Position(2));
        Assert.Equal((2, 1), map.Position(text.IndexOf('c', StringComparison.Ordinal)));
        Assert.Equal((2, 3), map.Position(text.IndexOf('e', StringComparison.Ordinal)));
        Assert.Equal((4, 1), map.Position(text.IndexOf('f', StringComparison.Ordinal)));
        Assert.Equal(text.IndexOf('c', StringComparison.Ordinal), map.LineStart(2));
    }

    [Fact]
    public void A_CRLF_pair_is_one_break_and_its_LF_belongs_to_the_first_line()
    {
        var map = new LineMap("a\r\nb");

        Assert.Equal(2, map.LineCount);
        Assert.Equal((1, 2), map.Position(1));
        Assert.Equal((1, 3), map.Position(2));
        Assert.Equal((2, 1), map.Position(3));
    }

    [Fact]
    public void Columns_are_UTF16_code_units_and_tabs_are_not_expanded()
    {
        var map = new LineMap("\t🔒x\n");

        Assert.Equal((1, 2), map.Position(1));
        Assert.Equal((1, 4), map.Position(3));
    }

    [Fact]
    public void Offsets_are_clamped_and_the_end_of_a_text_with_a_final_break_is_on_the_last_empty_line()
    {
        var map = new LineMap("ab\n");

        Assert.Equal(2, map.LineCount);
        Assert.Equal((1, 1), map.Position(-5));
        Assert.Equal((2, 1), map.Position(3));
        Assert.Equal((2, 1), map.Position(99));
        Assert.Equal(0, map.LineStart(0));
        Assert.Equal(3, map.LineStart(99));
    }

    [Fact]
    public void An_empty_text_has_one_line()
    {
        var map = new LineMap("");

        Assert.Equal(1, map.LineCount);
        Assert.Equal((1, 1), map.Position(0));
    }

    [Fact]
    public void Line_starts_are_those_of_the_character_by_character_walk()
    {
        var random = new Random(15);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = "ab \n\n\r"[random.Next(n % 2 == 0 ? 4 : 6)]; // half the texts without CR
            }

            var text = new string(chars);
            var expected = Reference(text);
            var map = new LineMap(text);
            Assert.Equal(expected.Count, map.LineCount);
            Assert.Equal(expected, Enumerable.Range(1, map.LineCount).Select(map.LineStart));
        }
    }

    [Fact]
    public void A_position_found_from_a_hint_is_the_position_found_by_search()
    {
        var random = new Random(16);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = "ab\n\r"[random.Next(random.Next(2) == 0 ? 3 : 4)];
            }

            var map = new LineMap(new string(chars));
            var hint = random.Next(-2, map.LineCount + 2);
            for (var k = 0; k < 20; k++)
            {
                var offset = random.Next(-3, chars.Length + 4);
                var expected = map.Position(offset);
                Assert.Equal(expected, map.Position(offset, ref hint));
                Assert.Equal(expected.Line - 1, hint);
                if (random.Next(3) == 0)
                {
                    hint = random.Next(-2, map.LineCount + 2);
                }
            }
        }
    }

    /// <summary>The walk LineMap did before the LF-only search: LF, CRLF and a lone CR each end a line.</summary>
    private static List<int> Reference(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
            else if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
