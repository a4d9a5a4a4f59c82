using Localization.Core.Tests.TestSupport;
using static Localization.Core.Tests.Alignment.CleanPage;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// One fault injected into the clean translated page must give exactly one finding, of the expected rule on the
/// expected line, and nothing else: the rest of the page stays aligned.
/// </summary>
public sealed class InjectedFaultTests
{
    /// <summary>name → (text to replace in the Korean page, replacement, rule, a text on the expected line after the change).</summary>
    private static readonly Dictionary<string, (string From, string To, string Rule, string Line)> Faults = new(StringComparer.Ordinal)
    {
        ["drop a link"] = ("[위협 모델링 가이드](basics/threat-modeling.md)는", "위협 모델링 가이드는", "link-mismatch", "위협 모델링 가이드는"),
        ["change a URL"] = ("(basics/threat-modeling.md)", "(basics/threat-models.md)", "link-mismatch", "threat-models.md"),
        ["change a URL in a platform list"] = ("(https://example.org/win)", "(https://example.org/windows)", "link-mismatch", "example.org/windows"),
        ["remove a footnote reference"] = ("설명합니다.[^1]", "설명합니다.", "footnote-mismatch", "확인할 점을 설명합니다."),
        ["retype an admonition"] = ("!!! note \"시작하기 전에\"", "!!! warning \"시작하기 전에\"", "admonition-mismatch", "!!! warning"),
        ["title in corner brackets"] = ("!!! note \"시작하기 전에\"", "!!! note 「시작하기 전에」", "admonition-mismatch", "!!! note 「"),
        ["delete a list item"] = ("- [:simple-android: Android](https://example.org/android)\n", "", "missing-block", "simple-windows11"),
        ["put one sentence back into English"] = ("이 페이지는 무언가를 설치하기 전에 확인할 점을 설명합니다.", "This page explains what to look for before you install anything.", "untranslated-sentence", "This page explains"),
        ["leave a list item of a tab in English"] = ("휴대폰의 공식 스토어에서 앱을 설치하세요.", "Install the app from the official store of your phone.", "untranslated-block", "Install the app"),
        ["change inline code"] = ("`example --verify`를", "`example --check`를", "code-mismatch", "example --check"),
        ["change a code block"] = ("example --verify --all\n", "example --verify\n", "code-mismatch", "```bash"),
        ["drop the image bang"] = ("![예시 로고]", "[예시 로고]", "image-mismatch", "[예시 로고]"),
        ["drop an md-button"] = ("{ .md-button .md-button--primary }", "", "markup-mismatch", "홈페이지"),
        ["change an icon"] = (":material-check: 키는", ":material-check-bold: 키는", "markup-mismatch", "material-check-bold"),
        ["change a heading level"] = ("## 비교", "### 비교", "heading-mismatch", "### 비교"),
        ["drop a heading id"] = ("# 보안 메신저 기초 { #basics }", "# 보안 메신저 기초", "heading-mismatch", "# 보안 메신저 기초"),
        ["escape the snippet"] = ("--8<-- \"includes/abbreviations.en.txt\"", "\\--8<-- \"includes/abbreviations.en.txt\"", "snippet-mismatch", "\\--8<--"),
        ["change the icon of the page"] = ("icon: material/chat-processing", "icon: material/chat", "front-matter-mismatch", "icon: material/chat"),
        ["add a paragraph"] = ("## 비교\n", "## 비교\n\n번역자가 덧붙인 문단입니다.\n", "extra-block", "번역자가 덧붙인"),
        ["drop a paragraph"] = ("설치 파일이 진짜인지 확인하려면 `example --verify`를 실행하세요.\n\n", "", "missing-block", "```bash"),
    };

    /// <summary>Faults that expose a known defect: the case is kept and skipped with the bug.</summary>
    private static readonly Dictionary<string, string> KnownBugs = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string>> Cases() =>
        Faults.Keys.Order(StringComparer.Ordinal).Select(name => TestSupport.KnownBugs.Row(name, KnownBugs.GetValueOrDefault(name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_single_fault_gives_exactly_one_finding(string fault)
    {
        var (from, to, rule, line) = Faults[fault];
        var target = ReplaceOnce(Korean, from, to);

        var findings = Checker.Check(English, target).Findings;

        Assert.True(findings.Count == 1 && findings[0].Rule == rule && findings[0].Line == LineOf(target, line),
            $"{fault}: expected one {rule} finding on line {LineOf(target, line)}, got:{Environment.NewLine}{Checker.Describe(findings)}");
    }

    [Fact]
    public void Faults_in_different_blocks_are_reported_independently()
    {
        var target = Korean;
        var expected = new List<(string Rule, string Line)>();
        foreach (var name in new[] { "drop a link", "retype an admonition", "change inline code", "change a heading level", "escape the snippet" })
        {
            var (from, to, rule, line) = Faults[name];
            target = ReplaceOnce(target, from, to);
            expected.Add((rule, line));
        }

        var findings = Checker.Check(English, target).Findings;

        Assert.Equal(
            expected.Select(e => (e.Rule, LineOf(target, e.Line))).OrderBy(e => e.Item2),
            findings.Select(f => (f.Rule, f.Line)).OrderBy(e => e.Line));
    }
}
