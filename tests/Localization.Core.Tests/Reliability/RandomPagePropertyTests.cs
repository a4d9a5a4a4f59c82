using CsCheck;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Reliability;

/// <summary>
/// Properties over random pages built from the pieces of MkDocs Markdown (and the hostile ones of the
/// reliability checklist): any pair of pages gives findings, never an exception (parse failures are the
/// documented invalid-file finding); every finding points inside its file, at a real line and column; and a
/// page checked against itself reports nothing but untranslated text (it is English on both sides). Samples
/// come from CsCheck generators with fixed PCG seeds, so every run checks the same pages.
/// </summary>
public sealed class RandomPagePropertyTests
{
    private static readonly string[] Pieces =
    [
        "# Title", "## Section {#id}", "### Signal", "Plain English text here.", "Ein Satz.", "문장입니다.", "これは文です。",
        "A [link](https://example.org) and [ref][r].", "[r]: https://example.org/r", "![alt text](img.png){ width=\"100\" }",
        "`code` and ``co`de``", "```\ncode block\n```", "~~~python\nx = 1\n", "    indented code", "> quote", "> > nested",
        "- item", "* item", "1. one", "   - nested item", "- [x] task", "| a | b |\n| - | - |\n| 1 | 2 |", "a | b", "---", "***",
        "!!! note \"Title\"\n    Body text.", "??? tip\n    Hidden.", "=== \"Tab\"\n    Tab text.", "<div class=\"admonition warning\" markdown>\n<p class=\"admonition-title\">W</p>\n",
        "</div>", "<details><summary>S</summary>", "</details>", "<span>x</span>", "<!-- comment -->", "Text[^1] note.", "[^1]: Footnote.",
        "*[HTML]: Hyper Text", "--8<-- \"includes/x.md\"", ":material-check: icon", "**bold** _em_ ~~del~~ ==mark==", "\\*escaped\\*",
        "[", "]", "(", "<", ">", "*", "`", "|", "&amp;", "\t", "\r", "\r\n", "", " ", "\u200b", "\u202e", "\uFEFF", "é\u0301", "👍🏽",
        "{ #x }", "{", "}", "[a](<b", "<>", "\\", "---\ntitle: T\n---", "title: x", "<https://example.org>", "www.example.org",
    ];

    private static readonly Gen<string> Page =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40]
            .Select(Gen.Int[0, 2], (pieces, join) => string.Join(join switch { 0 => "\n", 1 => "\n\n", _ => " " }, pieces));

    private static IEnumerable<T> Samples<T>(Gen<T> gen, int count, ulong seed)
    {
        for (var k = 0; k < count; k++)
        {
            yield return gen.Generate(new PCG(11, seed + (ulong)k), null, out _);
        }
    }

    private static void AssertInside(Finding f, string source, string target, string what)
    {
        var text = f.File == "en.md" ? source : target;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (f.Line == 0)
        {
            Assert.True(f.Column == 0 && f.EndLine == 0, $"{what}: whole-file finding with a position: {f.Rule} {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn}");
            return;
        }

        var inside = f.Line <= lines.Length && f.EndLine >= f.Line && f.EndLine <= lines.Length
            && f.Column >= 1 && f.Column <= lines[f.Line - 1].Length + 1
            && f.EndColumn >= 1 && f.EndColumn <= lines[f.EndLine - 1].Length + 1
            && (f.EndLine > f.Line || f.EndColumn >= f.Column);
        Assert.True(inside, $"{what}: {f.Rule} at {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} is not inside {f.File} ({lines.Length} lines)\n--- source ---\n{source}\n--- target ---\n{target}");
    }

    [Fact]
    public void Any_pair_gives_findings_inside_its_files_and_never_throws()
    {
        var engine = new CheckEngine(Checker.Options);
        var pairs = Samples(Page, 2000, 100).Zip(Samples(Page, 2000, 90_000));
        foreach (var (source, target) in pairs)
        {
            var result = engine.CheckTexts(Checker.Pair("ko"), source, target);
            foreach (var f in result.Findings)
            {
                AssertInside(f, source, target, "random pair");
            }
        }
    }

    [Fact]
    public void A_page_checked_against_itself_reports_nothing_but_untranslated_text()
    {
        var engine = new CheckEngine(Checker.Options);
        foreach (var page in Samples(Page, 2000, 500_000))
        {
            var findings = engine.CheckTexts(Checker.Pair("ko"), page, page).Findings
                .Where(f => f.Rule is not ("untranslated-block" or "untranslated-sentence" or "unchanged-title"))
                .ToList();
            Assert.True(findings.Count == 0, $"self-check reported:\n{Checker.Describe(findings)}\n--- page ---\n{page}");
        }
    }
}
