using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>The project's own guide and its (deliberately incomplete) Korean translation.</summary>
[Collection(CliCollection.Name)]
public sealed class SelfCheckTests
{
    [Fact]
    public void Checking_the_korean_guide_finds_the_planted_problems()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "crowdin.yml")), "the repository has no crowdin.yml");
        var result = CliRunner.Run(RepoPaths.Root, "check", "ko", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal("", result.StdErr);
        using var report = JsonReport.ParseAndValidate(result.StdOut);

        Assert.Empty(report.Findings("invalid-file"));
        var rules = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Str("rule")).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in new[] { "untranslated-block", "untranslated-sentence", "missing-file", "link-mismatch", "missing-block", "extra-block" })
        {
            Assert.True(rules.Contains(rule), $"no {rule} finding; found: {string.Join(", ", rules.Order(StringComparer.Ordinal))}");
        }

        // The guide's pages; l10n's own messages (Messages.ko.resx) are checked by UiMessagesTests.
        var files = report.RootElement.GetProperty("files").EnumerateArray().Where(f => f.Str("target").EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.StartsWith("locales/ko/", f.Str("target"), StringComparison.Ordinal));
        Assert.All(files, f => Assert.StartsWith("locales/en/", f.Str("source"), StringComparison.Ordinal));
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "locales", "en"), "*.md", SearchOption.AllDirectories).Length;
        Assert.Equal(sources, files.Count);
    }

    [Fact]
    public void Text_and_json_reports_agree()
    {
        var text = CliRunner.Run(RepoPaths.Root, "check", "ko");
        var json = CliRunner.Run(RepoPaths.Root, "check", "ko", "--format", "json");
        Assert.Equal(text.ExitCode, json.ExitCode);
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        var summary = report.RootElement.GetProperty("summary");
        Assert.EndsWith($"; {summary.Int("errors")} errors, {summary.Int("warnings")} warnings, {summary.Int("infos")} infos", text.OutLines.Single(l => l.StartsWith("ko: ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
