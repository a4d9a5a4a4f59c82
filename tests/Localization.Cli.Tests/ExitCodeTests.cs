using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>Exit codes are a public contract: 0 clean, 1 findings at --fail-on, 2 could not run as asked.</summary>
[Collection(CliCollection.Name)]
public sealed class ExitCodeTests
{
    [Fact]
    public void No_finding_at_threshold_exits_0()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("untranslated-block", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Finding_at_threshold_exits_1()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error link-mismatch", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Theory]
    [InlineData("check", "ko", "--bogus")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "ko", "-x")]
    [InlineData("rules", "--bogus")]
    [InlineData("align", "docs/a.md", "i18n/ko/a.md", "--bogus")]
    [InlineData("--bogus")]
    public void Unknown_option_exits_2(params string[] args)
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("l10n: error:", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("-f", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--color", "sometimes")]
    public void Invalid_option_value_exits_2(string option, string value)
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"'{value}'", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void No_crowdin_yml_exits_2()
    {
        using var tree = new TempTree();
        tree.Write("docs/a.md", Fixtures.DocsA);
        var result = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no crowdin.yml", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Missing_config_given_with_config_exits_2()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--config", "nope.yml");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nope.yml", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("files:\n  - source: /docs/**/*.md\n    translation: [unclosed\n")]
    [InlineData("files:\n  - source: \"/docs/**/*.md\n    translation: x\n")]
    [InlineData("files:\n  - source: /docs/**/*.md\n  translation: /i18n/%two_letters_code%/%original_file_name%\n")]
    [InlineData("files:\n  - source: /docs/**/*.md\n")]
    public void Malformed_crowdin_yml_exits_2_and_names_file_line_and_column(string yaml)
    {
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", yaml);
        var result = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.StdOut);
        var match = Regex.Match(result.StdErr, @"^l10n: error: crowdin\.yml:(\d+):(\d+): \S", RegexOptions.Multiline);
        Assert.True(match.Success, result.ToString());
        var lines = yaml.Count(c => c == '\n') + 1;
        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(line, 1, lines);
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public void Malformed_crowdin_yml_given_with_config_is_named_as_given()
    {
        using var tree = Fixtures.Project(directory: "site");
        tree.Write("site/crowdin.yml", "files:\n  - source: /docs/**/*.md\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", "--config", "site/crowdin.yml");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@"site/crowdin\.yml:2:\d+: .*'translation'", result.StdErr);
    }

    [Theory]
    [InlineData("--source", "en.md")]
    [InlineData("--target", "ko.md")]
    public void Pair_mode_needs_both_files(string option, string file)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", option, file, "--lang", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--source and --target", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Pair_mode_with_missing_source_exits_2()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "nope.md", "--target", "ko.md", "--lang", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nope.md", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_mode_with_a_directory_as_target_exits_2()
    {
        using var tree = Fixtures.Pairs();
        tree.CreateDirectory("ko");
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko", "--lang", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ko", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_mode_rejects_positional_arguments_and_bad_language_codes()
    {
        using var tree = Fixtures.Pairs();
        var positional = CliRunner.Run(tree.Root, "check", "ko", "--source", "en.md", "--target", "ko.md");
        Assert.True(positional.ExitCode == 2, positional.ToString());
        var badLanguage = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "k o");
        Assert.True(badLanguage.ExitCode == 2, badLanguage.ToString());
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/a.md.bak")]
    [InlineData("docs")]
    [InlineData("i18n/fr/a.md")]
    public void Path_that_is_not_a_translated_file_of_the_project_exits_2(string path)
    {
        using var tree = Fixtures.Project();
        tree.Write("README.md", "# Readme\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", path);
        Assert.True(result.ExitCode == 2, result.ToString());
        // A file that exists is not one of the project's; a path that does not exist is not where it keeps one.
        Assert.Matches($"{Regex.Escape(path)}: (not a translated file of this project|no such file, and not where this project keeps a translation) for ko", result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void No_language_on_disk_exits_2()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "--exclude-lang", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no translations found", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_positive_max_file_size_exits_2()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--max-file-size", "0");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--max-file-size", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_onto_existing_file_without_force_exits_2_and_keeps_the_file()
    {
        using var tree = Fixtures.Project();
        var report = tree.Write("report.json", "old report\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json", "--output", "report.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("report.json", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--force", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("old report\n", File.ReadAllText(report));
        Assert.Equal("", result.StdOut);
        Assert.Equal(["report.json"], Directory.GetFiles(tree.Root).Select(Path.GetFileName).Where(n => n!.Contains("report", StringComparison.Ordinal)));
    }

    [Fact]
    public void Output_with_force_replaces_the_file_and_keeps_the_exit_code_of_the_findings()
    {
        using var tree = Fixtures.Project();
        var report = tree.Write("report.json", "old report\n");
        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json", "--output", "report.json", "--force", "--fail-on", "warning");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.StdOut);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Output_into_a_missing_directory_exits_2()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--output", "nodir/report.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nodir/report.txt", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_into_a_read_only_directory_exits_2()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("read-only directories are a POSIX permission test");
            return;
        }

        using var tree = Fixtures.Project();
        var readOnly = tree.CreateDirectory("readonly");
        MakeReadOnly(readOnly);
        Assert.SkipWhen(CanCreateFileIn(readOnly), "this user (root?) can write into a read-only directory");

        var result = CliRunner.Run(tree.Root, "check", "ko", "--output", "readonly/report.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("readonly/report.txt", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(readOnly));
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeReadOnly(string directory) =>
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

    private static bool CanCreateFileIn(string directory)
    {
        var probe = Path.Combine(directory, "probe.tmp");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

[Collection(CliCollection.Name)]
public sealed class FileTimeoutOptionTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    public void A_negative_or_unreadable_timeout_is_a_usage_error(string value)
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "--file-timeout", value);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Zero_means_no_limit()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--file-timeout", "0");
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
