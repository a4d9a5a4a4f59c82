using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>Pair mode: two files, no crowdin.yml.</summary>
[Collection(CliCollection.Name)]
public sealed partial class PairModeTests
{
    [Fact]
    public void Text_output_is_compiler_style()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                "ko.md:3:1: warning untranslated-block: paragraph left in English: it is the English of en.md:3 unchanged",
                "    en.md:3: This paragraph was never translated into Korean.",
                "ko.md:5:1: error link-mismatch: link destination changed from https://example.com/install to https://example.com/other",
                "    en.md:5: [installation guide](https://example.com/install)",
                "ko: 1 files checked, 4 units: 3 translated (75.0%), 0 partial, 1 untranslated, 0 missing, 0 extra; 1 errors, 1 warnings, 0 infos",
            ],
            result.OutLines);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Finding_lines_have_path_line_column_severity_rule_message()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko");
        var finding = Assert.Single(result.OutLines, l => FindingLine().IsMatch(l));
        Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko.md", "ko")]
    [InlineData("i18n/ko/page.md", "ko")]
    [InlineData("page.ko.md", "ko")]
    [InlineData("ko-clean.md", "und")]
    public void Lang_is_guessed_from_the_target_path(string target, string language)
    {
        using var tree = Fixtures.Pairs();
        tree.Write(target, Fixtures.PairKoClean);
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", target);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"{language}: 1 files checked", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_option_wins_over_the_guess()
    {
        using var tree = Fixtures.Pairs();
        tree.Write("ko.md", Fixtures.PairKoClean);
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "zh-Hant");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("zh-Hant: 1 files checked", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_target_is_a_usage_error()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "nope.md", "--lang", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("l10n: error: nope.md: no such file (--target)\n", result.StdErr.ReplaceLineEndings("\n"));
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Paths_in_subdirectories_are_shown_relative_with_forward_slashes()
    {
        using var tree = new TempTree();
        tree.Write("en/page.md", Fixtures.PairEn);
        tree.Write("ko/page.md", Fixtures.PairKoWithWarning);
        var result = CliRunner.Run(tree.Root, "check", "--source", Path.Combine("en", "page.md"), "--target", tree.PathOf("ko/page.md"), "--lang", "ko");
        Assert.StartsWith("ko/page.md:3:1: warning untranslated-block: paragraph left in English: it is the English of en/page.md:3", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_output_has_no_colour_codes()
    {
        using var tree = Fixtures.Pairs();
        foreach (var color in new[] { null, "auto", "never" })
        {
            string[] args = ["check", "--source", "en.md", "--target", "ko.md", "--lang", "ko"];
            var result = CliRunner.Run(tree.Root, color is null ? args : [.. args, "--color", color]);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain('\u001b', result.StdOut);
        }
    }

    [Fact]
    public void Color_always_paints_the_output()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--color", "always");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("\u001b[", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("\u001b[31;1merror\u001b[0m", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("\u001b[33;1mwarning\u001b[0m", result.StdOut, StringComparison.Ordinal);

        // Without the escapes, the text is the same as uncoloured output.
        var plain = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--color", "never");
        Assert.Equal(plain.StdOut, AnsiEscape().Replace(result.StdOut, ""));
    }

    [Fact]
    public void Color_always_does_not_paint_a_report_file()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--color", "always", "-o", "report.txt");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.StdOut);
        var text = File.ReadAllText(tree.PathOf("report.txt"));
        Assert.Contains("ko.md:5:1: error link-mismatch", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    [GeneratedRegex(@"^\S+:\d+:\d+: (error|warning|info) [a-z-]+: ")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
