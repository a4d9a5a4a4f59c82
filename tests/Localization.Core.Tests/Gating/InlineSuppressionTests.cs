using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Gating;

/// <summary>
/// What counts as an inline suppression: a directive comment on a line of its own, outside code. A page that shows
/// one (inline code, a code block, the middle of a sentence) silenced every rule to its end; so did a misspelt name.
/// </summary>
public sealed class InlineSuppressionTests
{
    private const string English = """
        # Title

        Intro.

        Use the comment to turn rules off.

        Third one [l](https://x.org/a).
        """;

    [Fact]
    public void A_directive_on_a_line_of_its_own_is_a_suppression()
    {
        var file = Checker.Check(English, "# 제목\n\n소개.\n\n규칙을 끄세요.\n\n  <!-- l10n-disable link-mismatch -->  \n세 번째 [l](https://x.org/b).\n");

        var suppression = Assert.Single(file.Suppressions);
        Assert.Equal((7, 3), (suppression.Line, suppression.Column));
        Assert.True(suppression.Covers(LinkMismatch(file.Findings)));
    }

    [Fact]
    public void A_directive_on_a_line_of_its_own_in_a_block_quote_is_a_suppression()
    {
        var file = Checker.Check("# Title\n\n> Intro.\n> Third one [l](https://x.org/a).\n", "# 제목\n\n> 소개.\n>\n> <!-- l10n-disable-next-line link-mismatch -->\n> 세 번째 [l](https://x.org/b).\n");

        var suppression = Assert.Single(file.Suppressions);
        Assert.True(suppression.Covers(LinkMismatch(file.Findings)));
    }

    [Theory]
    [InlineData("규칙을 끄려면 `<!-- l10n-disable -->`를 쓰세요.")]                 // shown in inline code
    [InlineData("규칙을 끄려면 <!-- l10n-disable --> 주석을 쓰세요.")]                // in the middle of a sentence
    [InlineData("규칙을 끄세요.\n\n```html\n<!-- l10n-disable -->\n```")]            // shown in a code block
    [InlineData("규칙을 끄세요.\n\n    <!-- l10n-disable -->")]                      // in an indented code block
    public void A_directive_shown_in_the_text_or_in_code_suppresses_nothing(string shown)
    {
        var file = Checker.Check(English, $"# 제목\n\n소개.\n\n{shown}\n\n세 번째 [l](https://x.org/b).\n");

        Assert.Empty(file.Suppressions);
        Assert.Contains(file.Findings, f => f.Rule == "link-mismatch");
    }

    [Fact]
    public void A_directive_that_names_only_unknown_rules_suppresses_nothing()
    {
        var file = Checker.Check(English, "# 제목\n\n<!-- l10n-disable link-mismach -->\n소개.\n\n규칙을 끄세요.\n\n세 번째 [l](https://x.org/b).\n");

        var suppression = Assert.Single(file.Suppressions);
        Assert.Equal(["link-mismach"], suppression.UnknownRules);
        Assert.False(suppression.Covers(LinkMismatch(file.Findings)));
    }

    [Theory]
    [InlineData("link-mismach")]
    [InlineData("link-mismatch link-mismach")]
    public void An_unknown_name_in_an_enable_directive_is_reported_like_one_in_a_disable(string names)
    {
        var file = Checker.Check(English, $"# 제목\n\n<!-- l10n-disable link-mismatch -->\n소개.\n\n<!-- l10n-enable {names} -->\n\n규칙을 끄세요.\n\n세 번째 [l](https://x.org/b).\n");

        var (_, findings) = Localization.Core.Gating.InlineSuppressions.Apply([file], [.. file.Findings], Checker.Options.RulePolicy);
        var unknown = Assert.Single(findings, f => f.Rule == "unused-suppression" && f.Line == 6);
        Assert.Equal(Severity.Info, unknown.Severity);
        Assert.Contains("'link-mismach' is no rule", unknown.Message, StringComparison.Ordinal);
    }

    private static Finding LinkMismatch(IEnumerable<Finding> findings) => Assert.Single(findings, f => f.Rule == "link-mismatch");
}
