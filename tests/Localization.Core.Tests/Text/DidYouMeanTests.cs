using Localization.Core.Crowdin;
using Localization.Core.Text;

namespace Localization.Core.Tests.Text;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("chek", "check")]
    [InlineData("stauts", "status")]
    [InlineData("--formt", "--format")]
    [InlineData("%orignal_file_name%", "%original_file_name%")]
    [InlineData("%two_leters_code%", "%two_letters_code%")]
    public void A_typo_finds_the_name_it_misspells(string given, string expected) =>
        Assert.Equal(expected, DidYouMean.Closest(given, ["check", "status", "align", "rules", "terms", "--format", "--fail-on", .. PlaceholderExpander.KnownPlaceholders]));

    [Theory]
    [InlineData("deploy")]
    [InlineData("x")]
    [InlineData("%hostname%")]
    public void Another_word_finds_nothing(string given) =>
        Assert.Null(DidYouMean.Closest(given, ["check", "status", "align", "rules", "terms", .. PlaceholderExpander.KnownPlaceholders]));

    [Theory]
    [InlineData("/i18n/%two_letters_code%/%orignal_file_name%", "%orignal_file_name%", 25)]
    [InlineData("/i18n/%locale%/%file_name%.%file_extension%", null, 0)]
    [InlineData("/i18n/100%/%language%/x%20y.md", null, 0)]
    public void Unknown_placeholders_are_found_with_their_index(string pattern, string? name, int index)
    {
        var unknown = PlaceholderExpander.UnknownPlaceholder(pattern);
        Assert.Equal(name, unknown?.Name);
        if (unknown is { } u)
        {
            Assert.Equal(index, u.Index);
        }
    }
}
