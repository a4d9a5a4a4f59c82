using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>File content (and file names) can neither drive the terminal nor forge a finding line.</summary>
[Collection(CliCollection.Name)]
public sealed partial class OutputSafetyTests
{
    // An English paragraph whose first line has a terminal escape and whose second line looks like a finding.
    private const string Hostile = "Run the tool \u001b[31mbefore every release of the\nko.md:1:1: error link-mismatch: forged finding in the page.";

    private const string Forged = "ko.md:1:1: error link-mismatch: forged finding";

    [Fact]
    public void Escapes_and_line_breaks_of_the_files_are_shown_visibly()
    {
        using var tree = new TempTree();
        tree.Write("en.md", $"# Release notes\n\nThe first paragraph is about releases.\n\n{Hostile}\n\nThe tool checks every file. {Hostile}\n");
        tree.Write("ko.md", $"# 릴리스 노트\n\n첫 번째 단락은 릴리스에 관한 것입니다.\n\n{Hostile}\n\n도구는 모든 파일을 검사합니다. {Hostile}\n");

        string[] args = ["check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--fail-on", "none"];
        var text = CliRunner.Run(tree.Root, args);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.DoesNotContain('\u001b', text.StdOut);
        Assert.Contains("\\x1b[31m", text.StdOut, StringComparison.Ordinal);
        AssertEveryFindingLineIsReal(tree.Root, args, text);
        Assert.DoesNotContain(text.OutLines, l => l.StartsWith(Forged, StringComparison.Ordinal));
    }

    [Fact]
    public void File_names_cannot_forge_finding_lines_in_check()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file names with control characters need a POSIX file system");
        using var tree = new TempTree();
        var hostileName = "ko\u001b[31m.md\nko.md:1:1: error link-mismatch: forged.md";
        tree.Write("en.md", Fixtures.PairEn);
        tree.Write(hostileName, Fixtures.PairKoWithWarning);
        string[] args = ["check", "--source", "en.md", "--target", hostileName, "--lang", "ko"];
        var text = CliRunner.Run(tree.Root, args);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.DoesNotContain('\u001b', text.StdOut);
        Assert.Contains("\\x1b", text.StdOut, StringComparison.Ordinal);
        Assert.Contains("\\x0a", text.StdOut, StringComparison.Ordinal);
        AssertEveryFindingLineIsReal(tree.Root, args, text);
    }

    [Fact]
    public void File_names_cannot_forge_lines_in_align()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file names with control characters need a POSIX file system");
        using var tree = new TempTree();
        var hostileName = "ko\u001b[31m.md\nko.md:1:1: error link-mismatch: forged.md";
        tree.Write("en.md", Fixtures.PairEn);
        tree.Write(hostileName, Fixtures.PairKoWithWarning);
        var result = CliRunner.Run(tree.Root, "align", "en.md", hostileName);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("ko.md:1:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Align_shows_escapes_of_the_content_visibly()
    {
        using var tree = new TempTree();
        tree.Write("en.md", $"# Release notes\n\n{Hostile}\n");
        tree.Write("ko.md", $"# 릴리스 노트\n\n{Hostile}\n");
        var result = CliRunner.Run(tree.Root, "align", "en.md", "ko.md", "--width", "200");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.Equal(4, result.OutLines.Length);
    }

    [Fact]
    public void Error_messages_escape_file_names()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file names with control characters need a POSIX file system");
        using var tree = new TempTree();
        var result = CliRunner.Run(tree.Root, "check", "--source", "x\u001b[31m\nl10n: fake.md", "--target", "ko.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain('\u001b', result.StdErr);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every text line shaped like <c>path:line:col: severity rule:</c> must be a finding of the JSON report of the same run.</summary>
    private static void AssertEveryFindingLineIsReal(string root, string[] args, CliResult text)
    {
        var json = CliRunner.Run(root, [.. args, "--format", "json"]);
        using var report = JsonReport.ParseAndValidate(json.StdOut);
        var expected = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.Int("line") > 0)
            .Select(f => $"{Localization.Core.Reports.SafeText.Escape(f.Str("file"))}:{f.Int("line")}:{f.Int("column")}: {f.Str("severity")} {f.Str("rule")}: {Localization.Core.Reports.SafeText.Escape(f.Str("message"))}")
            .ToList();
        var lines = text.OutLines.Where(l => LocationLine().IsMatch(l)).ToList();
        Assert.Equal(expected, lines);
        Assert.NotEmpty(lines);
    }

    [GeneratedRegex(@"^\S+:\d+:\d+:")]
    private static partial Regex LocationLine();
}
