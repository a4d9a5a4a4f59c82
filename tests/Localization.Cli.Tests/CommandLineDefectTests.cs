using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Issue 17, one test per numbered defect, each run as a separate process (the built l10n.dll), asserting
/// the message and the exit code a user sees.
/// </summary>
public sealed class CommandLineDefectTests
{
    private static Task<CliResult> Run(string directory, params string[] args) => ProcessRunner.RunAsync(directory, args);

    private static void NoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("Unhandled exception", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D1_duplicate_languages_are_merged()
    {
        using var tree = Fixtures.Project();
        var twice = await Run(tree.Root, "check", "ko", "ko");
        NoStackTrace(twice);
        Assert.True(twice.ExitCode == 0, twice.ToString());
        Assert.Single(twice.OutLines, l => l.StartsWith("ko: 2 files checked", StringComparison.Ordinal));

        var status = await Run(tree.Root, "status", "ko", "ko", "--format", "csv");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal(2, status.OutLines.Length); // header and one row

        tree.Write("l10n.yml", "languages: [ko, ko]\n");
        var configured = await Run(tree.Root, "check");
        NoStackTrace(configured);
        Assert.True(configured.ExitCode == 0, configured.ToString());
        Assert.Single(configured.OutLines, l => l.StartsWith("ko: 2 files checked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("check", "--format", "xml", "l10n: error: --format: 'xml' is not a valid value; use one of github, html, json, junit, markdown, sarif, text")]
    [InlineData("check", "--fail-on", "fatal", "l10n: error: --fail-on: 'fatal' is not a valid value; use one of error, info, none, warning")]
    [InlineData("check", "--color", "sometimes", "l10n: error: --color: 'sometimes' is not a valid value; use one of always, auto, never")]
    [InlineData("status", "--sort", "size", "l10n: error: --sort: 'size' is not a valid value; use one of coverage, name")]
    public async Task D2_invalid_option_values_list_the_allowed_values_readably(string command, string option, string value, string expected)
    {
        using var tree = Fixtures.Project();
        var result = await Run(tree.Root, command, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("\\x0", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', result.StdErr);
    }

    [Fact]
    public async Task D2_status_format_md_suggests_markdown()
    {
        using var tree = Fixtures.Project();
        var result = await Run(tree.Root, "status", "--format", "md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format: 'md' is not a valid value; use one of ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("markdown", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D3_multi_value_options_take_one_value_per_occurrence()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/fr/a.md", Fixtures.KoA + "\n");

        // ko after --exclude-lang fr stays a LANG argument.
        var status = await Run(tree.Root, "status", "--exclude-lang", "fr", "ko", "--format", "csv");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains(status.OutLines, l => l.StartsWith("ko,", StringComparison.Ordinal));
        Assert.DoesNotContain(status.OutLines, l => l.StartsWith("fr,", StringComparison.Ordinal));

        var path = await Run(tree.Root, "check", "ko", "--exclude-lang", "fr", "i18n/ko/a.md");
        Assert.True(path.ExitCode == 0, path.ToString());
        Assert.Contains("ko: 1 files checked", path.StdOut, StringComparison.Ordinal);
        var limited = await Run(tree.Root, "check", "--front-matter-keys", "title", "ko", "i18n/ko/a.md");
        Assert.True(limited.ExitCode == 0, limited.ToString());
        Assert.Contains("ko: 1 files checked", limited.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("fr:", limited.StdOut, StringComparison.Ordinal);

        var commas = await Run(tree.Root, "status", "--exclude-lang", "fr,de", "--format", "csv");
        Assert.True(commas.ExitCode == 0, commas.ToString());
        Assert.DoesNotContain(commas.OutLines, l => l.StartsWith("fr,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task D4_pair_mode_with_a_missing_target_is_a_usage_error_and_dash_reads_standard_input()
    {
        using var tree = Fixtures.Pairs();
        var missing = await Run(tree.Root, "check", "--source", "en.md", "--target", "nope.md");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("l10n: error: nope.md: no such file (--target)", missing.StdErr.Trim());
        Assert.Equal("", missing.StdOut);

        var piped = await ProcessRunner.RunAsync(tree.Root, ["check", "--source", "en.md", "--target", "-", "--lang", "ko"], Fixtures.PairKoWithError + "\n");
        Assert.True(piped.ExitCode == 1, piped.ToString());
        Assert.StartsWith("-:3:1: warning untranslated-block: ", piped.StdOut, StringComparison.Ordinal);
        Assert.Contains("-:5:1: error link-mismatch: ", piped.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D5_a_run_with_nothing_to_check_says_what_matched_and_exits_2()
    {
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", "files:\n  - source: /docs/**/*.mdx\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n");
        var nothing = await Run(tree.Root, "check", "ko");
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("nothing to check for ko: crowdin.yml: 0 files matched /docs/**/*.mdx", nothing.StdErr, StringComparison.Ordinal);

        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n    excluded_target_languages: [ko]\n");
        var excluded = await Run(tree.Root, "check", "ko");
        Assert.Equal(2, excluded.ExitCode);
        Assert.Contains("2 files matched /docs/**/*.md (excluded_target_languages lists ko)", excluded.StdErr, StringComparison.Ordinal);
        Assert.Equal("", excluded.StdOut);
    }

    [Fact]
    public async Task D6_an_unknown_placeholder_is_named_at_its_line_and_column_with_a_did_you_mean()
    {
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", "files:\n  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%orignal_file_name%\n");
        var result = await Run(tree.Root, "check", "ko");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("l10n: error: crowdin.yml:3:46: unknown placeholder '%orignal_file_name%'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("(did you mean '%original_file_name%'?)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("%two_letters_code%, %three_letters_code%", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D7_an_unreadable_translation_has_no_coverage()
    {
        using var tree = Fixtures.Project();
        tree.WriteBytes("i18n/ko/a.md", [0x23, 0x20, 0xC3, 0x28, 0x0A, 0x00, 0xFF]);
        var result = await Run(tree.Root, "check", "ko", "i18n/ko/a.md", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(0, file.GetProperty("translated").GetInt32());
        Assert.True(file.GetProperty("units").GetInt32() > 0);
        Assert.Equal(file.GetProperty("units").GetInt32(), file.GetProperty("missing").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "invalid-file");
    }

    [Fact]
    public async Task D8_anchor_broken_names_the_english_heading_and_fingerprints_are_unique()
    {
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/a.md", "# Title\n\nSee [the install steps](#install-the-tool) below, and [x](https://e.com/a), [x](https://e.com/a), [x](https://e.com/a).\n\n## Install the tool\n\nRun it.\n");
        tree.Write("i18n/ko/a.md", "# 제목\n\n아래 [설치 단계](#install-the-tool)와 [x](https://e.com/b), [x](https://e.com/b), [x](https://e.com/b)를 보세요.\n\n## 도구 설치\n\n실행하세요.\n");
        var result = await Run(tree.Root, "check", "ko", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var anchor = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "anchor-broken");
        Assert.Equal(5, anchor.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal("docs/a.md", anchor.GetProperty("source").GetProperty("file").GetString());
        Assert.Contains("Install the tool", anchor.GetProperty("sourceText").GetString(), StringComparison.Ordinal);

        var fingerprints = findings.Select(f => f.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
        var again = await Run(tree.Root, "check", "ko", "--format", "json");
        using var second = JsonDocument.Parse(again.StdOut);
        Assert.Equal(fingerprints, second.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()));
    }

    [Theory]
    [InlineData(new[] { "check", "ko", "-j", "abc" }, "l10n: error: -j: 'abc' is not a whole number")]
    [InlineData(new[] { "check", "ko", "-j", "-1" }, "l10n: error: -j: '-1' is out of range; 0 (all cores) or a positive number of files at a time")]
    [InlineData(new[] { "check", "ko", "nope.md" }, "l10n: error: nope.md: no such file, and not where this project keeps a translation for ko")]
    [InlineData(new[] { "check", "ko", "--config", "nope.yml" }, "l10n: error: nope.yml: no such file (--config)")]
    [InlineData(new[] { "check", "ko", "--lang", "ko" }, "l10n: error: --lang is for pair mode (--source and --target)")]
    [InlineData(new[] { "chek", "ko" }, "l10n: error: unknown command 'chek' (did you mean 'check'?); the commands are: check, status, diff, report, align, rules, terms, export")]
    [InlineData(new[] { "check", "ko", "--formt", "json" }, "l10n: error: unknown option '--formt' for 'check' (did you mean '--format'?)")]
    public async Task D9_messages_say_what_was_wrong(string[] args, string expected)
    {
        using var tree = Fixtures.Project();
        var result = await Run(tree.Root, args);
        NoStackTrace(result);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task D9_l10n_alone_and_help_print_the_help_with_the_exit_codes(params string[] args)
    {
        using var tree = new TempTree();
        var result = await Run(tree.Root, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Commands:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("check", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public async Task D11_an_escaped_content_tab_is_named()
    {
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/a.md", "# Title\n\nIntro paragraph of the page.\n\n=== \"Current Version\"\n\n    The first paragraph inside the tab.\n\n    The second paragraph inside the tab.\n\nClosing paragraph.\n");
        tree.Write("i18n/ko/a.md", "# 제목\n\n페이지의 소개 단락입니다.\n\n\\=== \"현재 버전\"\n\n탭 안의 첫 번째 단락입니다.\n\n탭 안의 두 번째 단락입니다.\n\n마무리 단락입니다.\n");
        var result = await Run(tree.Root, "check", "ko");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("the content tab marker at line 5 is escaped with a backslash ('\\=== \"현재 버전\"'", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D11_a_long_structured_front_matter_value_shows_only_the_differing_line()
    {
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        var schema = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"  key{i}: https://example.com/value-{i}"));
        tree.Write("docs/a.md", $"---\nschema:\n{schema}\n---\n\n# Title\n\nText of the page.\n");
        tree.Write("i18n/ko/a.md", $"---\nschema:\n{schema.Replace("/value-7\n", "/ko/value-7\n", StringComparison.Ordinal)}\n---\n\n# 제목\n\n페이지의 본문입니다.\n");
        var result = await Run(tree.Root, "check", "ko");
        var line = Assert.Single(result.OutLines, l => l.Contains("front-matter-mismatch", StringComparison.Ordinal));
        Assert.Equal("i18n/ko/a.md:9:3: warning front-matter-mismatch: value of 'schema' is not translated but differs from the English: 'key7: https://example.com/ko/value-7' where the English has 'key7: https://example.com/value-7' (docs/a.md:9)", line);
        Assert.True(result.StdOut.Length < 1000, result.ToString());
    }

    [Fact]
    public async Task D12_align_checks_its_width_truncates_both_headers_and_counts_wide_characters_as_two_columns()
    {
        using var tree = Fixtures.Pairs();
        var zero = await Run(tree.Root, "align", "en.md", "ko.md", "-w", "0");
        Assert.Equal(2, zero.ExitCode);
        Assert.StartsWith("l10n: error: -w: '0' is out of range; give a column width from 20 to 200", zero.StdErr, StringComparison.Ordinal);

        var longName = new string('k', 80) + ".md";
        tree.Write(longName, Fixtures.PairKoWithError + "\n");
        var result = await Run(tree.Root, "align", "en.md", longName, "-w", "20");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var line in result.OutLines)
        {
            Assert.True(Columns(line) <= (2 * (20 + 6)) + 3, $"{Columns(line)} columns: {line}");
        }

        Assert.Contains('…', result.OutLines[0]);
    }

    /// <summary>Terminal columns: Hangul syllables take two.</summary>
    private static int Columns(string line) => line.Sum(c => c is >= '\uAC00' and <= '\uD7A3' ? 2 : 1);
}
