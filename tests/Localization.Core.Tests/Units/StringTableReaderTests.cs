using Localization.Core.Checking;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

public sealed class StringTableReaderTests
{
    [Fact]
    public void Reads_one_unit_per_key_with_the_value_inside_its_quotes()
    {
        var page = StringTableReader.Read("strings.en.env", "# UI strings\nTITLE=\"Was this page helpful?\"\r\nNOTE='See our <a href=\"https://example.org/forum\">forum</a>.'\nPLAIN=Hello\n");

        Assert.Equal(["TITLE", "NOTE", "PLAIN"], page.Units.Select(u => u.Key));
        var title = page.Units[0];
        Assert.Equal((2, 8), (title.Line, title.Column));
        Assert.Equal("Was this page helpful?", title.Prose.Text);
        var note = page.Units[1];
        Assert.Contains(note.Invariants, i => i.Kind == InvariantKind.Link && i.Value == "https://example.org/forum");
        Assert.Equal(2, note.Invariants.Count(i => i.Kind == InvariantKind.HtmlTag));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public void A_line_that_is_not_key_value_and_a_duplicate_key_are_problems()
    {
        var page = StringTableReader.Read("s.env", "A=\"x\"\nnot a pair\nA=\"y\"\n");

        Assert.Single(page.Units);
        Assert.Equal(2, page.Problems.Count);
        Assert.Contains("line 2", page.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_pair_by_key_and_english_left_in_a_translation_is_reported()
    {
        var engine = new CheckEngine(CheckOptions.Default with { ThrowOnRuleError = true });
        var result = engine.CheckTexts(
            new PairRequest("ko", "strings.en.env", "strings.ko.env", "/x/strings.en.env", "/x/strings.ko.env"),
            "B=\"Thanks for your feedback!\"\nA=\"Was this page helpful?\"\nC=\"Privacy notice\"\n",
            "A=\"이 페이지가 도움이 되었나요?\"\nB=\"Thanks for your feedback!\"\n");

        var untranslated = Assert.Single(result.Findings, f => f.Rule == "untranslated-block");
        Assert.Equal(2, untranslated.Line);
        Assert.Contains(result.Findings, f => f.Rule == "missing-block");
        Assert.Equal(3, result.Stats.Units);
        Assert.Equal(1, result.Stats.Translated);
    }
}
