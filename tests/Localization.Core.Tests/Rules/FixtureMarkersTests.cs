namespace Localization.Core.Tests.Rules;

/// <summary>The marker syntax of the rule fixtures, tested on its own so that a harness bug cannot hide a checker bug.</summary>
public sealed class FixtureMarkersTests
{
    [Fact]
    public void Markers_are_stripped_with_one_space_and_give_lines()
    {
        var (text, expected) = FixtureMarkers.Strip("a\nb {link-mismatch}\nc {missing-block:-1} {extra-block:1}\nd");

        Assert.Equal("a\nb\nc\nd", text);
        Assert.Equal([2], expected["link-mismatch"]);
        Assert.Equal([2], expected["missing-block"]);
        Assert.Equal([1], expected["extra-block"]);
    }

    [Fact]
    public void Relative_markers_may_point_down_and_line_breaks_are_kept()
    {
        var (text, expected) = FixtureMarkers.Strip("x {code-mismatch:+2}\r\ny\rz");

        Assert.Equal("x\r\ny\rz", text);
        Assert.Equal([3], expected["code-mismatch"]);
    }

    [Fact]
    public void Attribute_lists_and_unknown_names_are_not_markers()
    {
        var (text, expected) = FixtureMarkers.Strip("## Title { #id }\n[a](b){ .md-button }\nText {not-a-rule}\n");

        Assert.Equal("## Title { #id }\n[a](b){ .md-button }\nText {not-a-rule}\n", text);
        Assert.Empty(expected);
    }

    [Fact]
    public void Same_rule_twice_on_a_line_is_one_expected_line()
    {
        var (_, expected) = FixtureMarkers.Strip("x {link-mismatch} {link-mismatch}");

        Assert.Equal([1], expected["link-mismatch"]);
    }
}
