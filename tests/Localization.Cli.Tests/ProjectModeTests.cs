using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>Project mode: crowdin.yml decides which pages pair up.</summary>
[Collection(CliCollection.Name)]
public sealed class ProjectModeTests
{
    private const string SentenceLine = "i18n/ko/a.md:5:32: warning untranslated-sentence: sentence left in English";
    private const string MissingLine = "i18n/ko/sub/b.md: warning missing-file: no translation of docs/sub/b.md for 'ko'";

    [Fact]
    public void Check_language_reports_the_english_sentence_and_the_missing_file_once()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(result.ExitCode == 0, result.ToString()); // warnings only; --fail-on error by default
        Assert.Equal("", result.StdErr);
        var lines = result.OutLines;
        Assert.Single(lines, l => l.StartsWith(SentenceLine, StringComparison.Ordinal));
        Assert.Contains("    docs/a.md:5: It explains every option of the tool.", lines);
        Assert.Single(lines, l => l.StartsWith(MissingLine, StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("missing-file", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("img.png", StringComparison.Ordinal));
        Assert.Contains("ko: 2 files checked, 6 units: 3 translated (50.0%), 1 partial, 0 untranslated, 2 missing, 0 extra; 0 errors, 2 warnings, 0 infos", lines);
    }

    [Fact]
    public void Path_argument_limits_the_run_to_that_file()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/a.md");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.OutLines, l => l.StartsWith(SentenceLine, StringComparison.Ordinal));
        Assert.DoesNotContain("missing-file", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("sub/b.md", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ko: 1 files checked, 4 units:", result.StdOut, StringComparison.Ordinal);

        var json = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/a.md", "-f", "json");
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        var file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("i18n/ko/a.md", file.Str("target"));
    }

    [Fact]
    public void Path_argument_may_name_a_missing_translation_or_a_directory()
    {
        using var tree = Fixtures.Project();
        var missing = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/sub/b.md");
        Assert.True(missing.ExitCode == 0, missing.ToString());
        Assert.Single(missing.OutLines, l => l.StartsWith(MissingLine, StringComparison.Ordinal));
        Assert.DoesNotContain("untranslated-sentence", missing.StdOut, StringComparison.Ordinal);

        var directory = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko");
        Assert.True(directory.ExitCode == 0, directory.ToString());
        Assert.Contains("ko: 2 files checked", directory.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_argument_from_a_subdirectory_resolves_against_the_current_directory()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.PathOf("i18n/ko"), "check", "ko", "a.md", "--config", "../../crowdin.yml");
        Assert.True(result.ExitCode == 0, result.ToString());

        // Text output names files relative to where the user stands.
        Assert.Single(result.OutLines, l => l.StartsWith(SentenceLine.Replace("i18n/ko/", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("    ../../docs/a.md:5: ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ko: 1 files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_language_discovers_the_languages_on_disk()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.OutLines, l => l.StartsWith(SentenceLine, StringComparison.Ordinal));
        Assert.Single(result.OutLines, l => l.StartsWith(MissingLine, StringComparison.Ordinal));
        Assert.Single(result.OutLines, l => l.Contains(" files checked", StringComparison.Ordinal));
        Assert.Contains("ko: 2 files checked", result.StdOut, StringComparison.Ordinal);

        var json = CliRunner.Run(tree.Root, "check", "--format", "json");
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        Assert.All(report.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("ko", f.Str("language")));
    }

    [Fact]
    public void Check_without_language_finds_every_language_and_exclude_lang_leaves_one_out()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/fr/a.md", "# Bienvenue\n\nC'est le premier paragraphe de la page.\n\nLisez le [guide](guide.md) avant de commencer. Il explique chaque option de l'outil.\n\nLe dernier paragraphe explique comment installer l'outil.\n");
        var all = CliRunner.Run(tree.Root, "check");
        Assert.Contains("fr: 2 files checked", all.StdOut, StringComparison.Ordinal);
        Assert.Contains("ko: 2 files checked", all.StdOut, StringComparison.Ordinal);

        var excluded = CliRunner.Run(tree.Root, "check", "--exclude-lang", "ko");
        Assert.Contains("fr: 2 files checked", excluded.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("ko:", excluded.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_option_works_from_another_directory_with_paths_relative_to_the_current_directory()
    {
        using var tree = Fixtures.Project(directory: "path/to");
        tree.CreateDirectory("elsewhere");
        var result = CliRunner.Run(tree.PathOf("elsewhere"), "check", "ko", "--config", "../path/to/crowdin.yml");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.OutLines, l => l.StartsWith("../path/to/" + SentenceLine, StringComparison.Ordinal));
        Assert.Single(result.OutLines, l => l.StartsWith("../path/to/" + MissingLine, StringComparison.Ordinal));

        var fromRoot = CliRunner.Run(tree.Root, "check", "ko", "--config", "path/to/crowdin.yml");
        Assert.Equal(result.StdOut.Replace("../path/to/", "path/to/", StringComparison.Ordinal), fromRoot.StdOut);

        // JSON keeps the project's own paths (stable for baselines and code scanning), wherever it runs.
        var json = CliRunner.Run(tree.PathOf("elsewhere"), "check", "ko", "--config", "../path/to/crowdin.yml", "--format", "json");
        Assert.Contains("\"file\":\"i18n/ko/a.md\"", json.StdOut.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var limited = CliRunner.Run(tree.Root, "check", "ko", "path/to/i18n/ko/a.md", "--config", "path/to/crowdin.yml");
        Assert.True(limited.ExitCode == 0, limited.ToString());
        Assert.Contains("ko: 1 files checked", limited.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Crowdin_yaml_is_found_too()
    {
        using var tree = Fixtures.Project();
        File.Move(tree.PathOf("crowdin.yml"), tree.PathOf("crowdin.yaml"));
        var result = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ko: 2 files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_files_of_other_formats_are_skipped_and_counted()
    {
        using var tree = Fixtures.Project(withImageGroup: true);
        var text = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("ko: 2 files checked", text.StdOut, StringComparison.Ordinal);
        Assert.Equal("1 source files of other formats skipped", text.OutLines[^1]);
        Assert.DoesNotContain("img.png:", text.StdOut, StringComparison.Ordinal);

        var json = CliRunner.Run(tree.Root, "check", "ko", "-f", "json");
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        Assert.Equal(2, report.RootElement.GetProperty("summary").Int("files"));
        Assert.Equal(1, report.RootElement.GetProperty("summary").Int("skipped"));
        Assert.DoesNotContain(report.RootElement.GetProperty("files").EnumerateArray(), f => f.Str("source").EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_outside_the_markdown_pattern_is_not_a_source_file()
    {
        using var tree = Fixtures.Project();
        var json = CliRunner.Run(tree.Root, "check", "ko", "-f", "json");
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        Assert.Equal(0, report.RootElement.GetProperty("summary").Int("skipped"));
        Assert.Equal(2, report.RootElement.GetProperty("files").GetArrayLength());
    }
}
