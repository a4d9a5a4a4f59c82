using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Fixtures/mkdocs-site: a hand-translated MkDocs Material site with its own mkdocs.yml (pymdownx.blocks, custom
/// admonition types, !!python/name: tags), an l10n.yml with files: and verbatim_patterns:, and no crowdin.yml.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class MkDocsSiteTests
{
    private static string Site => Path.Combine(RepoPaths.Root, "tests", "Localization.Cli.Tests", "Fixtures", "mkdocs-site");

    [Fact]
    public void Check_from_the_site_root_reports_exactly_the_planted_faults()
    {
        var result = CliRunner.Run(Site, "check", "ko", "-f", "json", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.Str("file")}:{f.Int("line")}:{f.Int("column")} {f.Str("severity")} {f.Str("rule")}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "docs/ko/docs/index.md:18:11 info code-mismatch",               // `8000` wrapped in code by the translator
                "docs/ko/docs/index.md:29:15 error admonition-mismatch",        // '/// details ｜ …': full-width bar
                "docs/ko/docs/index.md:9:1 error admonition-mismatch",          // custom type 'settings' retyped as 'note'
                "docs/ko/docs/tutorial/first-steps.md:10:1 warning markup-mismatch",  // {{ file_name }} dropped
                "docs/ko/docs/tutorial/first-steps.md:15:1 warning markup-mismatch",  // {* … hl[3:4] *} changed
                "docs/ko/docs/tutorial/first-steps.md:17:1 error admonition-mismatch", // '/// check' never closed
            ],
            findings);
        Assert.Equal(2, report.RootElement.GetProperty("summary").Int("files"));
    }

    [Fact]
    public void Code_includes_and_tab_titles_that_are_names_are_never_english_left_untranslated()
    {
        var result = CliRunner.Run(Site, "check", "ko", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("untranslated", result.StdOut.Replace("0 untranslated", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("ko: 2 files checked, 22 units: 22 translated (100.0%)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_verbatim_patterns_an_include_is_english_text_and_its_change_goes_unseen()
    {
        // Pair mode knows nothing of the site's l10n.yml: what the patterns fix, shown by its absence.
        var result = CliRunner.Run(Site, "check", "--source", "docs/en/docs/tutorial/first-steps.md", "--target", "docs/ko/docs/tutorial/first-steps.md", "--lang", "ko", "-f", "json", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.Str("rule") == "untranslated-block" && f.Int("line") == 5);
        Assert.DoesNotContain(findings, f => f.Int("line") == 15);
    }
}
