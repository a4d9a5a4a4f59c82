using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>Projects without crowdin.yml: <c>files:</c> in l10n.yml declares which pages pair up.</summary>
[Collection(CliCollection.Name)]
public sealed class FilesInSettingsTests
{
    private const string Files = """
        files:
          - source: docs/en/docs/**/*.md
            translation: docs/%language%/docs/**/%original_file_name%
          - source: content/en/**/*.md
            translation: content/%language%/**/%original_file_name%
        """;

    private static TempTree HandTranslatedSite()
    {
        var tree = new TempTree();
        tree.Write("l10n.yml", Files + "\n");
        tree.Write("docs/en/docs/index.md", "# Welcome\n\nThis page explains every option of the tool.\n");
        tree.Write("docs/en/docs/tutorial/first-steps.md", "# First steps\n\nInstall the package first.\n");
        tree.Write("docs/ko/docs/index.md", "# 환영합니다\n\nThis page explains every option of the tool.\n");
        tree.Write("content/en/blog/post.md", "# A post\n\nA short post about the release.\n");
        tree.Write("content/ko/blog/post.md", "# 글\n\n릴리스에 관한 짧은 글입니다.\n");
        return tree;
    }

    [Fact]
    public void Check_from_the_root_pairs_the_pages_that_l10n_yml_declares()
    {
        using var tree = HandTranslatedSite();
        var result = CliRunner.Run(tree.Root, "check", "ko");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        Assert.Single(result.OutLines, l => l.StartsWith("docs/ko/docs/index.md:3:1: warning untranslated-", StringComparison.Ordinal));
        Assert.Single(result.OutLines, l => l.StartsWith("docs/ko/docs/tutorial/first-steps.md: warning missing-file: no translation of docs/en/docs/tutorial/first-steps.md for 'ko'", StringComparison.Ordinal));
        Assert.DoesNotContain("content/ko/blog/post.md:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ko: 3 files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_are_discovered_from_the_declared_patterns()
    {
        using var tree = HandTranslatedSite();
        tree.Write("docs/ja/docs/index.md", "# ようこそ\n\nこのページはツールのすべてのオプションを説明します。\n");
        var result = CliRunner.Run(tree.Root, "status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, l => l.StartsWith("ja ", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("ko ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_l10n_yml_without_files_and_no_crowdin_yml_says_what_is_missing()
    {
        using var tree = new TempTree();
        tree.Write("l10n.yml", "languages: [ko]\n");
        var result = CliRunner.Run(tree.Root, "check", "ko");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("l10n.yml:1:1: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("declares no 'files:'", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_both_crowdin_yml_and_l10n_yml_is_an_error_naming_l10n_yml()
    {
        using var tree = Fixtures.Project();
        tree.Write("l10n.yml", "languages: [ko]\n" + Files + "\n");
        var result = CliRunner.Run(tree.Root, "check", "ko");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("l10n.yml:2:1: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("keep one", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_group_is_an_error_with_the_line_of_l10n_yml()
    {
        using var tree = new TempTree();
        tree.Write("l10n.yml", "files:\n  - source: docs/en/**/*.md\n    translation: docs/ko/**/%original_file_name%\n");
        var result = CliRunner.Run(tree.Root, "check", "ko");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("l10n.yml:3:18: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("language placeholder", result.StdErr, StringComparison.Ordinal);
    }
}
