using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>The conventions users of linters expect: configuration found upwards, paths from where they stand, globs, -q.</summary>
[Collection(CliCollection.Name)]
public sealed class ConventionsTests
{
    [Fact]
    public void The_configuration_is_found_in_a_parent_directory_and_paths_are_shown_from_the_current_one()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.PathOf("i18n/ko"), "check", "ko");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, l => l.StartsWith("a.md:5:32: warning untranslated-sentence: ", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("sub/b.md: warning missing-file: ", StringComparison.Ordinal));
        Assert.Contains("    ../../docs/a.md:5: ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_configuration_found_upwards_is_named_relative_to_the_current_directory()
    {
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", "files:\n  - source: /docs/**/*.md\n");
        var result = CliRunner.Run(tree.PathOf("i18n/ko"), "check", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("l10n: error: ../../crowdin.yml:2:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_configuration_in_any_parent_is_a_usage_error()
    {
        using var tree = new TempTree();
        var result = CliRunner.Run(tree.Root, "status");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no crowdin.yml (or l10n.yml) in the current directory or any parent directory", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i18n/ko/*.md", 1)]
    [InlineData("i18n/ko/**/*.md", 1)]
    [InlineData("i18n/*/a.md", 1)]
    public void Glob_path_arguments_are_expanded_by_l10n(string pattern, int files)
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/ko/sub/b.md", "# 두 번째 페이지\n\n텍스트가 있는 또 다른 페이지입니다.\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", pattern);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ko: {(pattern.Contains("**", StringComparison.Ordinal) ? files + 1 : files)} files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_twice_or_matched_twice_is_checked_once()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/a.md", "i18n/ko/*.md", "i18n/ko/a.md");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ko: 1 files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_the_findings_only()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, l => l.StartsWith("i18n/ko/a.md:5:32: ", StringComparison.Ordinal));
        Assert.DoesNotContain("files checked", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
        Assert.All(result.OutLines, l => Assert.True(l.StartsWith("i18n/", StringComparison.Ordinal) || l.StartsWith("    ", StringComparison.Ordinal), l));
    }

    [Fact]
    public void A_group_that_matches_nothing_is_noted_unless_quiet()
    {
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n  - source: /docs/**/*.mdx\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n");
        var noted = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(noted.ExitCode == 0, noted.ToString());
        Assert.Equal("l10n: note: 0 files matched /docs/**/*.mdx (crowdin.yml, line 4)", noted.StdErr.Trim());
        var quiet = CliRunner.Run(tree.Root, "check", "ko", "--quiet");
        Assert.Equal("", quiet.StdErr);
    }
}
