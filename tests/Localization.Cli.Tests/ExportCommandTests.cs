using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary><c>l10n export</c> as a user runs it: project and pair mode, files, --force, --single-file, --only, --rule.</summary>
[Collection(CliCollection.Name)]
public sealed class ExportCommandTests
{
    [Fact]
    public void Exports_one_file_per_page_mirroring_the_translation_tree()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "export", "ko", "--output", "out");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "ko: 1 work items (0 missing, 0 untranslated, 1 partial, 0 mismatched) from 1 pages, 1 xliff files in out",
                "not exported: 1 pages without a translation file (missing-file), 0 files that could not be read (invalid-file); see 'l10n check'",
            ],
            result.OutLines);
        var xliff = File.ReadAllText(tree.PathOf("out/i18n/ko/a.md.xlf"));
        Assert.Contains("<trans-unit id=\"docs/a.md#page/p-", xliff, StringComparison.Ordinal);
        Assert.Contains("<target state=\"needs-review-translation\">시작하기 전에 <ph id=\"1\" ctype=\"x-link\">[</ph>안내서<ph id=\"2\" ctype=\"x-link\">](guide.md)</ph>를 읽으세요. It explains every option of the tool.</target>", xliff, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(tree.PathOf("out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_page_that_cannot_be_read_is_named_and_the_others_are_exported()
    {
        using var tree = Fixtures.Project();
        tree.Write("docs/b.md", "# Second page\n\nAnother paragraph of the English page.\n");
        tree.Write("i18n/ko/b.md", "# 두 번째\n\nAnother \0 paragraph of the English page.\n");
        foreach (var quiet in new[] { false, true })
        {
            var result = CliRunner.Run(tree.Root, ["export", "ko", "-o", quiet ? "quiet" : "out", .. quiet ? new[] { "-q" } : []]);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("l10n: i18n/ko/b.md: not exported: binary file (contains NUL bytes)", result.StdErr, StringComparison.Ordinal);
            Assert.True(File.Exists(tree.PathOf((quiet ? "quiet" : "out") + "/i18n/ko/a.md.xlf")), result.ToString());
        }
    }

    [Fact]
    public void Never_replaces_an_earlier_export_without_force()
    {
        using var tree = Fixtures.Project();
        Assert.Equal(0, CliRunner.Run(tree.Root, "export", "ko", "-o", "out", "-f", "po").ExitCode);
        var file = tree.PathOf("out/i18n/ko/a.md.po");
        File.WriteAllText(file, "mine");

        var refused = CliRunner.Run(tree.Root, "export", "ko", "-o", "out", "-f", "po");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exist (use --force to replace them)", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));

        var forced = CliRunner.Run(tree.Root, "export", "ko", "-o", "out", "-f", "po", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith("# Work items exported by l10n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Single_file_gives_one_file_per_language()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/fr/a.md", "# Bienvenue\n\nThis is the first paragraph of the page.\n\nLisez le [guide](guide.md) avant de commencer. Il explique chaque option de l'outil.\n");
        var result = CliRunner.Run(tree.Root, "export", "-o", "out", "--single-file", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["fr.json", "ko.json"], Directory.GetFileSystemEntries(tree.PathOf("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var fr = JsonDocument.Parse(File.ReadAllText(tree.PathOf("out/fr.json")));
        var items = fr.RootElement.GetProperty("pages")[0].GetProperty("items");
        Assert.Equal(["untranslated", "missing"], items.EnumerateArray().Select(i => i.GetProperty("state").GetString()));
        Assert.Equal("The last paragraph explains how to install the tool.", items[1].GetProperty("source").GetString());
    }

    [Fact]
    public void Only_and_rule_select_the_items_in_pair_mode()
    {
        using var tree = Fixtures.Pairs();
        var all = CliRunner.Run(tree.Root, "export", "--source", "en.md", "--target", "ko.md", "-o", "all", "-f", "csv");
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal("ko: 2 work items (0 missing, 1 untranslated, 0 partial, 1 mismatched) from 1 pages, 1 csv files in all", Assert.Single(all.OutLines));
        Assert.True(File.Exists(tree.PathOf("all/ko.md.csv")));

        var mismatched = CliRunner.Run(tree.Root, "export", "--source", "en.md", "--target", "ko.md", "-o", "m", "--only", "mismatched", "-f", "json");
        Assert.StartsWith("ko: 1 work items (0 missing, 0 untranslated, 0 partial, 1 mismatched)", Assert.Single(mismatched.OutLines), StringComparison.Ordinal);
        var rule = CliRunner.Run(tree.Root, "export", "--source", "en.md", "--target", "ko.md", "-o", "r", "--rule", "LC301", "-f", "json");
        Assert.StartsWith("ko: 1 work items (0 missing, 1 untranslated, 0 partial, 0 mismatched)", Assert.Single(rule.OutLines), StringComparison.Ordinal);

        var unknown = CliRunner.Run(tree.Root, "export", "--source", "en.md", "--target", "ko.md", "-o", "u", "--rule", "no-such-rule");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown rule 'no-such-rule'", unknown.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.PathOf("u")));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        using var tree = Fixtures.Project();
        tree.Write("out", "a file");
        var result = CliRunner.Run(tree.Root, "export", "ko", "-o", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("out: is a file, not a directory", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(tree.PathOf("out")));
    }
}
