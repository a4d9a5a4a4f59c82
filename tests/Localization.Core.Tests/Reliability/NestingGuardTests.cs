using Localization.Core.Markdown;

namespace Localization.Core.Tests.Reliability;

/// <summary>100,000 nested list items took 7 s before Markdig's depth limit (issue 18): refused in one pass instead.</summary>
public sealed class NestingGuardTests
{
    [Theory]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    [InlineData("> ")]
    public void A_line_nesting_deeper_than_the_limit_is_refused_before_parsing(string marker)
    {
        var page = "# Title\n\nText.\n\n" + string.Concat(Enumerable.Repeat(marker, 100_000)) + "a\n";
        Assert.Equal(5, NestingGuard.FirstTooDeepLine(page, 128));

        var result = new Localization.Core.Checking.CheckEngine(Localization.Core.Checking.CheckOptions.Default)
            .CheckTexts(new Localization.Core.Checking.PairRequest("ko", "en.md", "ko.md", "/x/en.md", "/x/ko.md"), "# Title\n\nText.\n", page);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("invalid-file", finding.Rule);
        Assert.Contains("line 5 nests more than 128 lists or quotes", finding.Message, StringComparison.Ordinal);
        Assert.Equal((5, 1), (finding.Line, finding.Column)); // the line refused, not the whole file (line 0)
    }

    [Theory]
    [InlineData("- - - a\n")]
    [InlineData("* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *\n")]
    [InlineData("> > quoted twice\n")]
    public void Ordinary_nesting_and_thematic_breaks_pass(string page) => Assert.Equal(0, NestingGuard.FirstTooDeepLine(page, 128));

    [Fact]
    public void Markers_alone_on_a_line_are_a_thematic_break_not_a_nest() =>
        Assert.Equal(0, NestingGuard.FirstTooDeepLine(string.Concat(Enumerable.Repeat("* ", 1000)) + "\n", 128));

    [Fact]
    public void A_table_wider_than_the_limit_is_refused_before_parsing_and_an_ordinary_one_is_read()
    {
        var wide = "# Title\n\n|" + string.Concat(Enumerable.Repeat("a|", 10_000)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 10_000)) + "\n";
        Assert.Equal(3, NestingGuard.FirstTooWideLine(wide, 1000));
        Assert.Equal(0, NestingGuard.FirstTooWideLine("| a | b \\| c |\n|-|-|\n", 2));
        Assert.Equal(0, NestingGuard.FirstTooWideLine("|" + string.Concat(Enumerable.Repeat("a|", 1000)) + "\n", 1000));
        Assert.Equal(0, NestingGuard.FirstTooWideLine(string.Concat(Enumerable.Repeat("| a | b |\n", 1000)), 1000)); // more pipes in the page than the limit, none too many on a line
        Assert.Equal(2, NestingGuard.FirstTooWideLine("| a | b |\n| c \\| d | e | f |\n", 2));

        var result = new Localization.Core.Checking.CheckEngine(Localization.Core.Checking.CheckOptions.Default)
            .CheckTexts(new Localization.Core.Checking.PairRequest("ko", "en.md", "ko.md", "/x/en.md", "/x/ko.md"), "# Title\n\nText.\n", wide);
        var finding = Assert.Single(result.Findings);
        Assert.Contains("line 3 has more than 1000 table columns", finding.Message, StringComparison.Ordinal);
        Assert.Equal((3, 1), (finding.Line, finding.Column));
    }
}
