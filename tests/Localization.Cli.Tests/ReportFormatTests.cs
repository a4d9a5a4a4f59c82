using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>Every --format with every gate, run as a user runs it, and each format read by a real client.</summary>
[Collection(CliCollection.Name)]
public sealed partial class ReportFormatTests
{
    public static TheoryData<string, string, string[], int> Gates()
    {
        var data = new TheoryData<string, string, string[], int>();
        foreach (var format in new[] { "text", "json", "sarif", "github", "junit", "markdown" })
        {
            data.Add(format, "ko.md", [], 1);                                   // an error, default --fail-on error
            data.Add(format, "ko-warning.md", [], 0);                           // a warning only
            data.Add(format, "ko-warning.md", ["--fail-on", "warning"], 1);
            data.Add(format, "ko.md", ["--fail-on", "none"], 0);
            data.Add(format, "ko.md", ["--disable", "link-mismatch"], 0);       // the only error's rule left out
            data.Add(format, "ko.md", ["--rule", "LC101"], 1);                  // by id
            data.Add(format, "ko-warning.md", ["--fail-on", "warning", "--severity", "error"], 0);
            data.Add(format, "ko-warning.md", ["--max-untranslated", "0"], 1);  // one untranslated unit
            data.Add(format, "ko-warning.md", ["--max-untranslated", "1"], 0);
            data.Add(format, "ko-warning.md", ["--max-untranslated", "10%"], 1); // 1 of 4 units = 25%
            data.Add(format, "ko-warning.md", ["--max-untranslated", "25%"], 0);
            data.Add(format, "ko-clean.md", ["--max-untranslated", "0%", "--fail-on", "info"], 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void Exit_code_follows_every_gate_in_every_format(string format, string target, string[] options, int expected)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, ["check", "--source", "en.md", "--target", target, "--lang", "ko", "--format", format, .. options]);
        Assert.True(result.ExitCode == expected, result.ToString());
        if (options.Contains("--max-untranslated") && expected == 1)
        {
            Assert.Contains("--max-untranslated", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--severity", "fatal")]
    [InlineData("--rule", "no-such-rule")]
    [InlineData("--disable", "LC999")]
    [InlineData("--max-untranslated", "five")]
    [InlineData("--max-untranslated", "120%")]
    [InlineData("--max-untranslated", "-1")]
    public void Wrong_values_are_usage_errors(string option, string value)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_choose_what_is_shown()
    {
        using var tree = Fixtures.Pairs();
        var only = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--rule", "untranslated-block", "--format", "json");
        var rules = JsonDocument.Parse(only.StdOut).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Distinct().ToList();
        Assert.Equal(["untranslated-block"], rules);

        var errors = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--severity", "error", "--format", "json");
        Assert.All(JsonDocument.Parse(errors.StdOut).RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("error", f.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Sarif_is_valid_and_complete()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "sarif");
        Assert.Empty(SarifSchema.Violations(result.StdOut));

        var run = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "LC101" && r.GetProperty("name").GetString() == "link-mismatch"
            && r.GetProperty("helpUri").GetString()!.EndsWith("/link-mismatch.md", StringComparison.Ordinal)
            && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "error");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var link = results.Single(r => r.GetProperty("ruleId").GetString() == "LC101");
        var location = link.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("ko.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("PROJECTROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.True(location.GetProperty("region").TryGetProperty("endColumn", out _));
        var related = link.GetProperty("relatedLocations")[0];
        Assert.Equal("en.md", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Contains("installation guide", related.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(32, link.GetProperty("partialFingerprints").GetProperty("l10nFingerprint/v1").GetString()!.Length);
    }

    [GeneratedRegex(@"^::(error|warning|notice) file=[^,:\r\n]*(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[^,:\r\n]*::[^\r\n]*$")]
    private static partial Regex WorkflowCommand();

    [Fact]
    public void Github_format_lets_no_content_start_a_workflow_command()
    {
        using var tree = new TempTree();
        // File names with ',' and ':' (properties), content with workflow commands, %0A, CR and LF.
        tree.Write("en,x:1.md", "# Title\n\n::error::injected from the English page, see [a](https://e.com/%0A::error::x)\n\nThe second paragraph is here.\n");
        tree.WriteBytes("ko,y:2.md", System.Text.Encoding.UTF8.GetBytes(
            "# 제목\n\n::error::injected from the English page, see [a](https://e.com/%0A%0D::warning::x)\n\nThe second paragraph is here.\r::notice file=a::b\n\n`%0A::error::c` 끝.\n"));
        var result = CliRunner.Run(tree.Root, "check", "--source", "en,x:1.md", "--target", "ko,y:2.md", "--lang", "ko", "--format", "github", "--fail-on", "none");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("::error ", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            Assert.DoesNotContain('\r', line);
            if (line.StartsWith("::", StringComparison.Ordinal))
            {
                Assert.Matches(WorkflowCommand(), line);
                Assert.Contains("file=ko%2Cy%3A2.md", line, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("l10n ", line, StringComparison.Ordinal);
            }
        }

    }

    [Fact]
    public void Junit_is_read_by_junitparser()
    {
        var python = ExternalTool.RequireJunitParser();
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "junit", "--fail-on", "warning", "--output", "report.xml");
        Assert.True(result.ExitCode == 1, result.ToString());
        const string read = """
            import sys, junitparser
            xml = junitparser.JUnitXml.fromfile(sys.argv[1])
            for suite in xml:
                for case in suite:
                    print(suite.name, case.name, len(case.result), ";".join(r.type for r in case.result))
            """;
        var (code, output, error) = ExternalTool.Run(python, ["-c", read, tree.PathOf("report.xml")]);
        Assert.True(code == 0, error);
        var cases = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("l10n check ko i18n/ko/a.md 1 untranslated-sentence", cases);
        Assert.Contains(cases, c => c.StartsWith("l10n check ko i18n/ko/sub/b.md 1 missing-file", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_a_bounded_summary_that_content_cannot_change()
    {
        using var tree = new TempTree();
        tree.Write("en.md", "# Title\n\nAn <img src=x onerror=alert(1)> [link](https://e.com) **bold** | pipe\n\nSecond paragraph text here.\n");
        tree.Write("ko.md", "# 제목\n\nAn <img src=x onerror=alert(1)> [link](https://e.com) **bold** | pipe\n\n두 번째 단락.\n");
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "markdown");
        var document = Markdig.Markdown.Parse(result.StdOut, new Markdig.MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var table = document.Descendants<Markdig.Extensions.Tables.Table>().Single();
        Assert.Equal(2, table.Count); // header and the ko row
        Assert.Empty(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>());
        Assert.Empty(document.Descendants<Markdig.Syntax.HtmlBlock>());
        Assert.Empty(document.Descendants<Markdig.Syntax.Inlines.LinkInline>());
        Assert.Contains("untranslated-block", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_text_with_two_dollar_signs_is_not_math()
    {
        // GitHub renders $...$ as math: English quoting two variables was shown garbled.
        using var tree = new TempTree();
        tree.Write("en.md", "# Title\n\nSet $SITE_LANGUAGE to the language and $SITE_NAME to the name before you build the site.\n");
        tree.Write("ko.md", "# 제목\n\nSet $SITE_LANGUAGE to the language and $SITE_NAME to the name before you build the site.\n");
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "markdown");
        var document = Markdig.Markdown.Parse(result.StdOut, new Markdig.MarkdownPipelineBuilder().UseMathematics().Build());
        Assert.Empty(document.Descendants<Markdig.Extensions.Mathematics.MathInline>());
        Assert.DoesNotContain("$", result.StdOut, StringComparison.Ordinal); // GitHub's rule for math is not Markdig's: none may stay raw
        var html = Markdig.Markdown.ToHtml(result.StdOut);
        Assert.Contains("Set $SITE_LANGUAGE to the language and $SITE_NAME to the name", html, StringComparison.Ordinal);
    }
}
