using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

public class CrowdinGlobTests
{
    [Theory]
    [InlineData("/docs/*.md", "docs/a.md", true)]
    [InlineData("/docs/*.md", "docs/.md", false)]
    [InlineData("/docs/*.md", "docs/sub/a.md", false)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("/*.*", "a.b", true)]
    [InlineData("/*.*", "ab", false)]
    [InlineData("/a*b", "ab", false)]
    [InlineData("/a*b", "axb", true)]
    [InlineData("/?.txt", "a.txt", true)]
    [InlineData("/?.txt", "ab.txt", false)]
    [InlineData("/?.txt", ".txt", false)]
    [InlineData("/**/?[0-9].txt", "a1.txt", true)]
    [InlineData("/**/?[0-9].txt", "folder/a1.txt", true)]
    [InlineData("/**/?[0-9].txt", "folder/ab.txt", false)]
    [InlineData("/**/[^0-2].txt", "1.txt", false)]
    [InlineData("/**/[^0-2].txt", "3.txt", true)]
    [InlineData("/**/[^0-2].txt", "x/y/z/5.txt", true)]
    [InlineData("/[abc].md", "b.md", true)]
    [InlineData("/[abc].md", "d.md", false)]
    [InlineData("/[]x].md", "].md", true)]
    [InlineData("/**/*\\?*.txt", "crowdin?test.txt", true)]
    [InlineData("/**/*\\?*.txt", "crowdinXtest.txt", false)]
    [InlineData("/\\*.md", "*.md", true)]
    [InlineData("/\\*.md", "a.md", false)]
    [InlineData("/a.md", "a.md", true)]
    [InlineData("/a.md", "A.md", false)]
    [InlineData("/a.md", "axmd", false)]
    [InlineData("/docs/**/*.md", "docs/a.md", true)]
    [InlineData("/docs/**/*.md", "docs/a/b/c/d.md", true)]
    [InlineData("/docs/**/*.md", "other/a.md", false)]
    [InlineData("/docs/**", "docs/a.md", false)]
    [InlineData("/**/*.md", "a.md", true)]
    [InlineData("/(x)+.md", "(x)+.md", true)]
    [InlineData("/한국어/*.md", "한국어/문서.md", true)]
    [InlineData("/?.md", "😀.md", true)]
    public void Matches_like_crowdin(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, CrowdinGlob.Parse(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("/docs/**/*.md", "docs/a.md", "")]
    [InlineData("/docs/**/*.md", "docs/basics/dns.md", "basics")]
    [InlineData("/docs/**/*.md", "docs/a/b/c.md", "a/b")]
    [InlineData("/**/*.md", "x/y.md", "x")]
    [InlineData("/a/**/b/**/*.md", "a/x/b/y/z/f.md", "x/y/z")]
    [InlineData("/a/**/**/*.md", "a/x/y/f.md", "x/y")]
    public void Reports_what_double_star_matched(string pattern, string path, string expected)
    {
        Assert.True(CrowdinGlob.Parse(pattern).TryMatch(path, out var doubleStar));
        Assert.Equal(expected, doubleStar);
    }

    [Fact]
    public void Hidden_entries_are_skipped_by_wildcards_unless_named()
    {
        var glob = CrowdinGlob.Parse("/docs/**/*");
        Assert.False(glob.IsMatch("docs/.hidden"));
        Assert.False(glob.IsMatch("docs/.git/config"));
        Assert.True(glob.IsMatch("docs/.hidden", ignoreHiddenFiles: false));
        Assert.True(CrowdinGlob.Parse("/.github/*.md").IsMatch(".github/a.md"));
    }

    [Theory]
    [InlineData("../a.md", "'..'")]
    [InlineData("/docs/../../a.md", "'..'")]
    [InlineData("/docs/\\.\\./a.md", "'..'")]
    [InlineData("./a.md", "'.'")]
    [InlineData("//etc/passwd", "absolute")]
    [InlineData("C:/Windows/*.ini", "absolute")]
    [InlineData("/a/[bc.md", "']'")]
    [InlineData("/a/b\\", "dangling")]
    [InlineData("/a\\/b", "'/'")]
    [InlineData("/", "names no file")]
    [InlineData("", "empty")]
    public void Rejects_bad_patterns(string pattern, string fragment)
    {
        Assert.False(CrowdinGlob.TryParse(pattern, out _, out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CrowdinGlob.Parse(pattern));
    }

    [Fact]
    public void Pathological_star_patterns_stay_fast()
    {
        var glob = CrowdinGlob.Parse("/" + string.Concat(Enumerable.Repeat("*a", 30)) + "b");
        var name = new string('a', 5000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(glob.IsMatch(name));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void Enumerate_walks_the_tree()
    {
        using var tree = new TempTree().Files(
            "docs/a.md", "docs/b.txt", "docs/.hidden.md", "docs/.git/x.md", "docs/sub/c.md", "docs/sub/deeper/d.md", "other/e.md", "docs/.md");
        tree.Dirs("docs/empty.md");

        var matches = CrowdinGlob.Parse("/docs/**/*.md").Enumerate(tree.Root);
        Assert.Equal(["docs/a.md", "docs/sub/c.md", "docs/sub/deeper/d.md"], matches.Select(m => m.RelativePath));
        Assert.Equal(["", "sub", "sub/deeper"], matches.Select(m => m.DoubleStarPath));
        Assert.Equal(tree.Full("docs/sub/c.md"), matches[1].FullPath);

        var withHidden = CrowdinGlob.Parse("/docs/**/*.md").Enumerate(tree.Root, ignoreHiddenFiles: false);
        Assert.Equal(["docs/.git/x.md", "docs/.hidden.md", "docs/a.md", "docs/sub/c.md", "docs/sub/deeper/d.md"], withHidden.Select(m => m.RelativePath));
    }

    [Fact]
    public void Enumerate_on_missing_base_is_empty()
    {
        Assert.Empty(CrowdinGlob.Parse("/**/*.md").Enumerate(Path.Combine(Path.GetTempPath(), "l10n-missing-" + Guid.NewGuid())));
    }

    [Fact]
    public void Enumerate_does_not_follow_symlinks_out_of_the_root()
    {
        using var outside = new TempTree().Files("secret.md", "dir/inner.md");
        using var tree = new TempTree().Files("docs/a.md", "docs/target.md");
        try
        {
            File.CreateSymbolicLink(tree.Full("docs/leak.md"), outside.Full("secret.md"));
            Directory.CreateSymbolicLink(tree.Full("docs/linked"), outside.Full("dir"));
            Directory.CreateSymbolicLink(tree.Full("docs/loop"), tree.Full("docs"));
            File.CreateSymbolicLink(tree.Full("docs/inside.md"), tree.Full("docs/target.md"));
            File.CreateSymbolicLink(tree.Full("docs/dangling.md"), tree.Full("docs/nothing.md"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip($"Symbolic links cannot be created here: {ex.Message}");
        }

        var matches = CrowdinGlob.Parse("/docs/**/*.md").Enumerate(tree.Root);
        Assert.Equal(["docs/a.md", "docs/inside.md", "docs/leak.md", "docs/target.md"], matches.Select(m => m.RelativePath));

        // The link out of the root is listed only to be reported: refused, never read.
        var leak = Assert.Single(matches, m => m.Refusal is not null);
        Assert.Equal("docs/leak.md", leak.RelativePath);
        Assert.Contains("outside the project; not read", leak.Refusal, StringComparison.Ordinal);
    }
}

public class IgnoreMatcherTests
{
    private static IgnoreMatcher Create(params string[] patterns)
    {
        Assert.True(IgnoreMatcher.TryCreate(patterns, out var matcher, out var error), error);
        return matcher;
    }

    [Theory]
    [InlineData("/docs/drafts", "docs/drafts/a.md", true)]
    [InlineData("/docs/drafts", "docs/drafts/x/y/a.md", true)]
    [InlineData("/docs/drafts", "docs/draftsman.md", false)]
    [InlineData("/docs/*.txt", "docs/a.txt", true)]
    [InlineData("/docs/*.txt", "docs/sub/a.txt", false)]
    [InlineData("/docs/**/*.txt", "docs/a.txt", true)]
    [InlineData("/docs/**/*.txt", "docs/sub/deep/a.txt", true)]
    [InlineData("**/.*", ".hidden", true)]
    [InlineData("**/.*", "docs/.hidden", true)]
    [InlineData("/docs/*", "docs/a.md", true)]
    [InlineData("/docs/a*", "docs/a", true)]
    [InlineData("/docs/[!a]*.md", "docs/b.md", true)]
    [InlineData("/docs/[!a]*.md", "docs/a.md", false)]
    [InlineData("/docs/{a,b}.md", "docs/b.md", true)]
    [InlineData("/docs/{a,b}.md", "docs/c.md", false)]
    [InlineData("\\docs\\drafts", "docs/drafts/a.md", true)]
    [InlineData("/docs/?.md", "docs/ab.md", false)]
    public void Ignores_like_crowdin(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, Create(pattern).IsIgnored(path));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/docs/../../x")]
    [InlineData("//etc")]
    [InlineData("/a/[bc")]
    public void Rejects_bad_patterns(string pattern)
    {
        Assert.NotNull(IgnoreMatcher.Validate(pattern));
        Assert.False(IgnoreMatcher.TryCreate([pattern], out _, out _));
    }

    [Fact]
    public void Brace_expansion_is_bounded()
    {
        Assert.Contains("alternatives", IgnoreMatcher.Validate(string.Concat(Enumerable.Repeat("{a,b,c}", 10))), StringComparison.Ordinal);
    }
}
