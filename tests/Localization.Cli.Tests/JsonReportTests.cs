using System.Text.Json;
using Localization.Cli.Tests.Support;
using Localization.Core.Reports;

namespace Localization.Cli.Tests;

/// <summary>The JSON report (version 1): its shape, its values, and paths relative to the config directory.</summary>
[Collection(CliCollection.Name)]
public sealed class JsonReportTests
{
    [Fact]
    public void Project_report_has_the_documented_shape_and_values()
    {
        using var tree = Fixtures.Project(directory: "site");
        tree.Write("site/docs/c.md", "# Third page\n\nA third page.\n");
        tree.WriteBytes("site/i18n/ko/c.md", [.. "# 세 번째\n\n"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);

        // Run from the parent of the project: paths stay relative to the config directory.
        var result = CliRunner.Run(tree.Root, "check", "ko", "--config", "site/crowdin.yml", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString()); // invalid-file is an error
        Assert.Equal("", result.StdErr);
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var root = report.RootElement;

        Assert.Equal(ToolInfo.Version, root.GetProperty("tool").Str("version"));
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["i18n/ko/a.md", "i18n/ko/c.md", "i18n/ko/sub/b.md"], files.Select(f => f.Str("target")));
        Assert.Equal(["docs/a.md", "docs/c.md", "docs/sub/b.md"], files.Select(f => f.Str("source")));
        Assert.All(files, f => Assert.Equal("ko", f.Str("language")));

        var a = files[0];
        Assert.Equal((4, 3, 1, 0, 0, 0), (a.Int("units"), a.Int("translated"), a.Int("partial"), a.Int("untranslated"), a.Int("missing"), a.Int("extra")));
        var b = files[2];
        Assert.Equal((2, 0, 2), (b.Int("units"), b.Int("translated"), b.Int("missing")));
        Assert.Equal(["up-to-date", "outdated", "outdated"], files.Select(f => f.Str("freshness"))); // c.md cannot be read; b.md has no translation

        var sentence = Assert.Single(report.Findings("untranslated-sentence"));
        Assert.Equal("warning", sentence.Str("severity"));
        Assert.Equal("ko", sentence.Str("language"));
        Assert.Equal("i18n/ko/a.md", sentence.Str("file"));
        Assert.Equal((5, 32, 5, 32 + "It explains every option of the tool.".Length), (sentence.Int("line"), sentence.Int("column"), sentence.Int("endLine"), sentence.Int("endColumn")));
        Assert.Equal("docs/a.md", sentence.GetProperty("source").Str("file"));
        Assert.Equal(5, sentence.GetProperty("source").Int("line"));
        Assert.Equal("It explains every option of the tool.", sentence.Str("sourceText"));
        Assert.Contains("It explains every option of the tool.", sentence.Str("targetText"), StringComparison.Ordinal);

        var missing = Assert.Single(report.Findings("missing-file"));
        Assert.Equal("i18n/ko/sub/b.md", missing.Str("file"));
        Assert.Equal(0, missing.Int("line"));
        Assert.Equal("docs/sub/b.md", missing.GetProperty("source").Str("file"));

        var invalid = Assert.Single(report.Findings("invalid-file"));
        Assert.Equal("error", invalid.Str("severity"));
        Assert.Equal("i18n/ko/c.md", invalid.Str("file"));
        Assert.Equal(3, invalid.Int("line"));
        Assert.Equal(JsonValueKind.Null, invalid.GetProperty("source").ValueKind);
        Assert.Contains("UTF-8", invalid.Str("message"), StringComparison.Ordinal);

        Assert.Equal(3, root.GetProperty("findings").GetArrayLength());
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.Str("file").Contains("img", StringComparison.Ordinal));
    }

    [Fact]
    public void Pair_report_has_the_documented_shape()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(("ko", "en.md", "ko.md"), (file.Str("language"), file.Str("source"), file.Str("target")));

        var block = Assert.Single(report.Findings("untranslated-block"));
        Assert.Equal((3, 1), (block.Int("line"), block.Int("column")));
        var link = Assert.Single(report.Findings("link-mismatch"));
        Assert.Equal("error", link.Str("severity"));
        Assert.Equal(5, link.Int("line"));
        Assert.Equal(5, link.GetProperty("source").Int("line"));
        Assert.Contains("https://example.com/install", link.Str("sourceText"), StringComparison.Ordinal);
        Assert.Contains("https://example.com/other", link.Str("targetText"), StringComparison.Ordinal);
        Assert.Equal(1, report.RootElement.GetProperty("summary").Int("errors"));
        Assert.Equal(1, report.RootElement.GetProperty("summary").Int("warnings"));
        Assert.Equal(0, report.RootElement.GetProperty("summary").Int("infos"));
    }

    [Fact]
    public void Clean_report_has_empty_findings()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko-clean.md", "--lang", "ko", "-f", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        Assert.Equal(0, report.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Json_never_contains_colour_codes()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "-f", "json", "--color", "always");
        Assert.DoesNotContain('\u001b', result.StdOut);
        using var report = JsonReport.ParseAndValidate(result.StdOut);
    }
}
