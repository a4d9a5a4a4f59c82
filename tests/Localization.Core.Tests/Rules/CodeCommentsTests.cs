using Localization.Core.Rules.Markup;

namespace Localization.Core.Tests.Rules;

/// <summary>Comments by the fence's language: translated comments are cosmetic, changed code is not.</summary>
public sealed class CodeCommentsTests
{
    [Theory]
    [InlineData("bash", "# Install Tor\nsudo apt install tor  # needs root\n", "# Tor 설치\nsudo apt install tor  # 루트 필요\n")]
    [InlineData("bash", "# Install Tor\nsudo apt install tor\n", "sudo apt install tor\n")] // a comment left out
    [InlineData("python", "x = 1  # the answer\n", "x = 1  # 답\n")]
    [InlineData("js", "// Block cookies\nset(1); /* since v80 */\n", "// 쿠키 차단\nset(1); /* v80부터 */\n")]
    [InlineData("go", "/* Package x\n   does y */\npackage x\n", "/* 패키지 x는\n   y를 합니다 */\npackage x\n")]
    [InlineData("html", "<!-- the menu -->\n<nav></nav>\n", "<!-- 메뉴 -->\n<nav></nav>\n")]
    [InlineData("sql", "SELECT 1; -- one\n", "SELECT 1; -- 하나\n")]
    [InlineData("YAML", "key: value # why\n", "key: value # 이유\n")]
    public void Blocks_whose_code_is_the_same_once_comments_are_left_out_differ_only_in_comments(string language, string source, string target) =>
        Assert.True(CodeComments.OnlyCommentsDiffer(language, source, target));

    [Theory]
    [InlineData("bash", "# Install Tor\nsudo apt install tor torbrowser-launcher\n", "# Tor 설치\nsudo apt install tor\n")] // the command changed too
    [InlineData("bash", "echo \"# not a comment\"\n", "echo \"# 주석 아님\"\n")] // inside a string
    [InlineData("bash", "echo $#\n", "echo $# 개\n")] // '$#' is no comment
    [InlineData("js", "fetch(\"https://example.org/a\")\n", "fetch(\"https://example.org/b\")\n")]
    [InlineData("js", "go(https://example.org/a)\n", "go(https://example.org/b)\n")] // '//' after ':' is a URL
    [InlineData("console", "# apt install tor\n", "# apt install tor-geoipdb\n")] // a root prompt, not a comment
    [InlineData("text", "# heading\n", "# 제목\n")] // no known comments
    [InlineData(null, "# a\n", "# b\n")]
    public void Other_differences_still_count(string? language, string source, string target) =>
        Assert.False(CodeComments.OnlyCommentsDiffer(language, source, target));

    [Fact]
    public void A_changed_command_next_to_a_translated_comment_is_named_not_the_comment()
    {
        var result = TestSupport.Checker.Check(
            "# Setup\n\n```bash\n# Install Tor\nsudo apt install tor torbrowser-launcher\n```\n",
            "# 설정\n\n```bash\n# Tor 설치\nsudo apt install tor\n```\n");
        var finding = Assert.Single(result.Findings, f => f.Rule == "code-mismatch");
        Assert.Equal(Localization.Core.Findings.Severity.Warning, finding.Severity);
        Assert.Contains("line 2 is 'sudo apt install tor torbrowser-launcher' in the English but 'sudo apt install tor' here, besides its comments", finding.Message, StringComparison.Ordinal);
    }
}
