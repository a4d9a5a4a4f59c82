using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Symbolic links in a repository written by a stranger: a page linked to a file outside the project or to
/// a device is refused with a finding naming it, never read; the run goes on with the other pages.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SymlinkTests
{
    private static TempTree Project(out TempTree outside)
    {
        outside = new TempTree();
        outside.Write("secret.md", "# Secret\n\nNot for you.\n");
        var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        foreach (var page in new[] { "a", "b", "c", "d" })
        {
            tree.Write($"docs/{page}.md", $"# Page {page}\n\nSome text.\n");
        }

        tree.Write("i18n/ko/d.md", "# 페이지 d\n\n본문입니다.\n");
        try
        {
            File.CreateSymbolicLink(tree.PathOf("i18n/ko/a.md"), outside.PathOf("secret.md"));
            File.CreateSymbolicLink(tree.PathOf("i18n/ko/b.md"), "/dev/zero");
            File.CreateSymbolicLink(tree.PathOf("docs/e.md"), "/dev/urandom");
            File.CreateSymbolicLink(tree.PathOf("i18n/ko/c.md"), tree.PathOf("i18n/ko/d.md"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            tree.Dispose();
            outside.Dispose();
            Assert.Skip($"symbolic links cannot be created here: {e.Message}");
        }

        return tree;
    }

    [Fact]
    public void Links_out_of_the_project_or_to_devices_are_refused_with_a_finding_and_never_read()
    {
        using var tree = Project(out var outside);
        using var _ = outside;

        var result = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var refused = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "invalid-file")
            .Select(f => (File: f.GetProperty("file").GetString()!, Message: f.GetProperty("message").GetString()!))
            .OrderBy(f => f.File, StringComparer.Ordinal).ToList();
        Assert.Equal(["docs/e.md", "i18n/ko/a.md", "i18n/ko/b.md"], refused.Select(f => f.File));
        Assert.Contains("symbolic link to /dev/urandom", refused[0].Message, StringComparison.Ordinal);
        Assert.Contains("outside the project; not read", refused[1].Message, StringComparison.Ordinal);
        Assert.Contains("/dev/zero", refused[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Not for you", result.StdOut, StringComparison.Ordinal);

        // A link inside the project is an ordinary page.
        Assert.Contains(report.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("target").GetString() == "i18n/ko/c.md");
    }

    [Fact]
    public void A_device_given_as_a_path_is_refused()
    {
        using var tree = new TempTree();
        tree.Write("en.md", "# Title\n");

        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "/dev/zero");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a regular file", result.StdOut, StringComparison.Ordinal);
    }
}
