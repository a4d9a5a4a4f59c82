using Localization.Core.Checking;

namespace Localization.Core.Tests.Reliability;

/// <summary>
/// The hostile inputs of the reliability checklist: each must give findings or an invalid-file finding,
/// never an exception, a hang or a crash (speed is measured by benchmarks, not asserted here).
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        const int n = 10_000;
        return new TheoryData<string, string>
        {
            { "brackets", new string('[', n) },
            { "quotes", new string('>', n) },
            { "bullets", string.Concat(Enumerable.Repeat("* ", n)) },
            { "unclosed link destinations", string.Concat(Enumerable.Repeat("[a](<b", n)) },
            { "empty tags", string.Concat(Enumerable.Repeat("<>", n)) },
            { "nested admonitions", string.Concat(Enumerable.Repeat("!!! note\n    ", 2000)) },
            { "nested tabs", string.Concat(Enumerable.Repeat("=== \"t\"\n    ", 2000)) },
            { "table rows", "a|b\n-|-\n" + string.Concat(Enumerable.Repeat("x|y\n", 2000)) },
            { "backticks", new string('`', n) },
            { "emphasis", string.Concat(Enumerable.Repeat("*a ", n)) },
            { "snippet markers", string.Concat(Enumerable.Repeat("--8<--\n", n)) },
            { "unclosed md_in_html containers", string.Concat(Enumerable.Repeat("<div class=\"admonition note\" markdown>\n", n)) },
            { "balanced tags in a container", "<div class=\"admonition note\" markdown>\n" + string.Concat(Enumerable.Repeat("<div>", n)) + string.Concat(Enumerable.Repeat("</div>", n)) + "\n</div>\n" },
            { "unclosed titles in a container", "<details markdown>\n" + string.Concat(Enumerable.Repeat("<summary>", n)) + "\n</details>\n" },
            { "footnote references", string.Concat(Enumerable.Repeat("[^1]", n)) + "\n\n[^1]: x\n" },
            { "front matter brackets", "---\na: " + new string('[', n) + "\n---\n" },
            { "front matter alias bomb", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\ntext\n" },
            { "NUL and controls", "a\0b\u001b[31m\r\rc\u202e" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_hostile_page_gives_findings_never_an_exception(string name, string text)
    {
        var engine = new CheckEngine(CheckOptions.Default);
        var pair = new PairRequest("ko", "en.md", "ko.md", "/x/en.md", "/x/ko.md");

        var asTarget = engine.CheckTexts(pair, "# Title\n\nSome text.\n", text);
        var asSource = engine.CheckTexts(pair, text, "# 제목\n\n텍스트.\n");

        var lines = text.Split('\n').Length + 1;
        Assert.All(asTarget.Findings.Concat(asSource.Findings), f =>
        {
            Assert.InRange(f.Line, 0, lines + 3);
            Assert.True(f.Column >= 0, name);
            Assert.False(string.IsNullOrEmpty(f.Message), name);
        });
    }
}
