using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests.Report;

/// <summary>Projects the report once failed on, or wrote broken markup for.</summary>
[Collection(CliCollection.Name)]
public sealed partial class HtmlReportDefectTests
{
    [GeneratedRegex("<details class=\"page\"[^>]*>")]
    private static partial Regex PageTag();

    [Fact]
    public void A_finding_on_crowdin_yml_is_reported_among_the_other_findings()
    {
        // Two sources mapped to one translation: invalid-file findings at crowdin.yml, for ko, which no page
        // of the run holds; the report ended with an internal error (KeyNotFoundException).
        using var tree = Fixtures.TwoSourcesOneTranslation();

        var run = CliRunner.Run(tree.Root, "report", "-o", "report.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(tree.PathOf("report.html"));
        Assert.Contains("two sources map to one translation file", html, StringComparison.Ordinal);
        Assert.Contains("id=\"p:ko:i18n/ko/x.md\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"p:ko:crowdin.yml\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#p:ko:crowdin.yml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_bidi_override_or_a_control_character_keeps_the_page_tag_whole()
    {
        // The name's U+202E became <span class="ctl"> inside id="…": its quote closed the attribute, the page lost
        // its language and path and was hidden by the filters.
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        foreach (var name in new[] { "a\u202egnp.md", "b\u001b[31m.md" })
        {
            tree.Write("docs/" + name, "# Title\n\nHello.\n");
            tree.Write("i18n/ko/" + name, "# 제목\n\nHello.\n");
        }

        var run = CliRunner.Run(tree.Root, "report", "-o", "report.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(tree.PathOf("report.html"));
        var tags = PageTag().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, tags.Count);
        Assert.All(tags, tag => Assert.Matches("^<details class=\"page\" id=\"[^\"<]*\" data-lang=\"ko\" data-path=\"[^\"<]*\" data-f=\"[^\"<]*\">$", tag));
        Assert.Contains("id=\"p:ko:i18n/ko/aU+202Egnp.md\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#p:ko:i18n/ko/aU+202Egnp.md\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
    }
}
