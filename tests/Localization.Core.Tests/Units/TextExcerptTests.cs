using Localization.Core.Units;
using Xunit;

namespace Localization.Core.Tests.Units;

public sealed class TextExcerptTests
{
    [Theory]
    [InlineData("  one\n  two\tthree  ", 200, "one two three")]
    [InlineData("abcdef", 3, "abc…")]
    [InlineData("ab cdef", 3, "ab c…")]
    [InlineData("ab  c", 2, "ab…")]
    [InlineData("abc", 0, "a…")]
    [InlineData("abc", -5, "a…")]
    [InlineData("abc", int.MaxValue, "abc")]
    [InlineData("", 200, "")]
    [InlineData("   ", 200, "")]
    public void Collapses_whitespace_and_cuts_with_an_ellipsis(string text, int max, string expected) =>
        Assert.Equal(expected, TextExcerpt.Collapse(text, max));

    [Fact]
    public void A_long_text_is_cut_at_the_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 10_000));
        var excerpt = TextExcerpt.Collapse(text, 1_000);
        Assert.InRange(excerpt.Length, 1_001, 1_002); // a space and a word's first letter may both come before the cut
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Equal(text, TextExcerpt.Collapse(text, int.MaxValue));
    }
}
