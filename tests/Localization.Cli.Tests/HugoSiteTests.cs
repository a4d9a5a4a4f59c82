using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Fixtures/hugo-site: a hand-translated Hugo site in Kubernetes' layout (hugo.toml, content/en → content/ko, an
/// l10n.yml with files: and nothing else). One English page, translated once, changed one way per page: the
/// drift/ pages lack English content, the cosmetic/ pages differ only in form.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HugoSiteTests
{
    private static string Site => Path.Combine(RepoPaths.Root, "tests", "Localization.Cli.Tests", "Fixtures", "hugo-site");

    [Fact]
    public void Each_drift_is_outdated_by_its_rule_at_its_line_and_each_cosmetic_change_is_up_to_date()
    {
        var result = CliRunner.Run(Site, "check", "ko", "-f", "json", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var freshness = report.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.Str("target")), f => f.Str("freshness"), StringComparer.Ordinal);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{Path.GetFileNameWithoutExtension(f.Str("file"))}:{f.Int("line")} {f.Str("rule")}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "changed-command:25 code-mismatch",
                "changed-shortcode-parameter:23 shortcode-mismatch",
                "cosmetic-translation-edit-hiding-addition:13 sentence-count-mismatch", // the re-wrapped Korean hides nothing
                "list-item-added:19 missing-block",
                "list-item-removed:19 removed-block",
                "missing-paragraph:9 missing-block",
                "paragraph-extended:13 sentence-count-mismatch",
                "renamed-heading:11 heading-mismatch", // {#pod-phase} → {#pod-phases}
            ],
            findings);

        string[] outdated = ["changed-command", "changed-shortcode-parameter", "cosmetic-translation-edit-hiding-addition", "list-item-added", "list-item-removed", "missing-paragraph", "paragraph-extended"];
        Assert.All(outdated, page => Assert.Equal("outdated", freshness[page]));
        Assert.Equal("outdated-minor", freshness["renamed-heading"]);
        string[] cosmetic = ["unchanged", "reflow", "emphasis-style", "shortcode-delimiters", "trailing-whitespace", "relative-made-absolute", "toml-front-matter"];
        Assert.All(cosmetic, page => Assert.Equal("up-to-date", freshness[page]));
        Assert.Equal(15, freshness.Count);
    }

    [Fact]
    public void Without_hugo_toml_the_localized_links_and_hugo_anchors_are_not_known()
    {
        using var tree = new TempTree();
        tree.Write("l10n.yml", File.ReadAllText(Path.Combine(Site, "l10n.yml")));
        foreach (var language in new[] { "en", "ko" })
        {
            tree.Write($"content/{language}/docs/page.md", File.ReadAllText(Path.Combine(Site, "content", language, "docs", "cosmetic", "unchanged.md")));
        }

        var without = CliRunner.Run(tree.Root, "check", "ko", "-v", "--fail-on", "none");
        Assert.Contains("page.md:23:", without.StdOut, StringComparison.Ordinal); // /docs/… → /ko/docs/… only looks localized (info)
        Assert.Contains("#컨테이너-프로브", without.StdOut, StringComparison.Ordinal); // Python-Markdown's slugs drop Hangul

        tree.Write("hugo.toml", "baseURL = \"https://kubernetes.io/\"\n");
        var with = CliRunner.Run(tree.Root, "check", "ko", "-v");
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("0 errors, 0 warnings, 0 infos", with.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hugo_toml_whose_languages_declare_content_directories_is_the_whole_configuration()
    {
        using var tree = new TempTree();
        tree.Write("hugo.toml", "baseURL = \"https://kubernetes.io/\"\n[languages.en]\ncontentDir = \"content/en\"\n[languages.ko]\ncontentDir = \"content/ko\"\n");
        foreach (var language in new[] { "en", "ko" })
        {
            tree.Write($"content/{language}/docs/page.md", File.ReadAllText(Path.Combine(Site, "content", language, "docs", "drift", "changed-command.md")));
        }

        tree.Write("content/en/docs/new.md", "# New\n\nA page not translated yet.\n");
        Directory.CreateDirectory(Path.Combine(tree.Root, "content", "ko", "docs", "sub"));
        var result = CliRunner.Run(Path.Combine(tree.Root, "content", "ko", "docs", "sub"), "check", "ko");
        Assert.True(result.ExitCode == 0, result.ToString()); // warnings only
        Assert.Contains("../page.md:25:1: warning code-mismatch:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("new.md: warning missing-file:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ko: 2 files checked", result.StdOut, StringComparison.Ordinal);

        tree.Write("hugo.toml", "baseURL = \"https://kubernetes.io/\"\n[languages.ko]\ncontentDir = \"translations/korean\"\n");
        var unpaired = CliRunner.Run(tree.Root, "check", "ko");
        Assert.Equal(2, unpaired.ExitCode);
        Assert.Contains("hugo.toml:1:1: its languages declare no content directories that l10n can pair", unpaired.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_block_whose_link_is_the_localized_english_one_is_not_removed_content()
    {
        using var tree = new TempTree();
        tree.Write("hugo.toml", "baseURL = \"https://kubernetes.io/\"\n[languages.en]\ncontentDir = \"content/en\"\n[languages.ko]\ncontentDir = \"content/ko\"\n");
        tree.Write("content/en/docs/page.md", "# Probes\n\nSee [Configure probes](/docs/tasks/probes/) for the details of every probe.\n");
        tree.Write("content/ko/docs/page.md", "# 프로브\n\n모든 프로브의 자세한 내용은 [프로브 구성하기](/ko/docs/tasks/probes/)를 참고한다.\n\n- [프로브 구성하기](/ko/docs/tasks/probes/)\n");

        var result = CliRunner.Run(tree.Root, "check", "ko", "-f", "json", "--fail-on", "none");
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("extra-block", 5), (finding.Str("rule"), finding.Int("line")));
    }

    [Fact]
    public void Pair_mode_reads_a_page_with_shortcodes_as_hugo_renders_it()
    {
        using var tree = new TempTree();
        foreach (var (language, name) in new[] { ("en", "en.md"), ("ko", "ko.md") })
        {
            tree.Write(name, File.ReadAllText(Path.Combine(Site, "content", language, "docs", "cosmetic", "unchanged.md")));
        }

        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "-v");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 errors, 0 warnings, 0 infos", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortcodes_in_l10n_yml_say_which_parameters_are_translated()
    {
        using var tree = new TempTree();
        tree.Write("hugo.toml", "baseURL = \"https://example.org/\"\n");
        tree.Write("l10n.yml", File.ReadAllText(Path.Combine(Site, "l10n.yml")));
        tree.Write("content/en/docs/page.md", "# Alerts\n\n{{< alert title=\"Warning\" color=\"warning\" >}}\nBack up your data first.\n{{< /alert >}}\n");
        tree.Write("content/ko/docs/page.md", "# 알림\n\n{{< alert title=\"경고\" color=\"warning\" >}}\n먼저 데이터를 백업한다.\n{{< /alert >}}\n");

        var before = CliRunner.Run(tree.Root, "check", "ko", "--fail-on", "none");
        Assert.Contains("content/ko/docs/page.md:3:1: warning shortcode-mismatch: shortcode 'alert': title=\"경고\" should be title=\"Warning\" as in the English", before.StdOut, StringComparison.Ordinal);

        tree.Write("l10n.yml", File.ReadAllText(Path.Combine(Site, "l10n.yml")) + "shortcodes:\n  alert: [title]\n");
        var after = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains("0 errors, 0 warnings", after.StdOut, StringComparison.Ordinal);

        tree.Write("l10n.yml", File.ReadAllText(Path.Combine(Site, "l10n.yml")) + "shortcodes: [alert]\n");
        var bad = CliRunner.Run(tree.Root, "check", "ko");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("l10n.yml:6:13: shortcodes: expected a mapping", bad.StdErr, StringComparison.Ordinal);
    }
}
