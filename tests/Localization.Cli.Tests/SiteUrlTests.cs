using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// The site's address (mkdocs.yml <c>site_url</c>, or l10n.yml <c>site_url:</c>, which wins): an English link made
/// absolute for the same page is cosmetic, so the translation that keeps the relative link is up to date.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SiteUrlTests
{
    private const string English = "# Second page\n\nRead the [first page](https://docs.example.org/en/a/) before this one, then come back here.\n";
    private const string Korean = "# 두 번째 페이지\n\n이 페이지보다 먼저 [첫 페이지](../a.md)를 읽고 여기로 돌아오세요.\n";

    private static TempTree Site(string? l10n)
    {
        var tree = Fixtures.Project();
        tree.Write("docs/sub/b.md", English);
        tree.Write("i18n/ko/sub/b.md", Korean);
        tree.Write("mkdocs.yml", "site_name: Example\nsite_url: https://docs.example.org/en/\n");
        if (l10n is not null)
        {
            tree.Write("l10n.yml", l10n);
        }

        return tree;
    }

    private static (List<string> Links, string Freshness) Check(TempTree tree)
    {
        var result = CliRunner.Run(tree.Root, "check", "ko", "i18n/ko/sub/b.md", "-f", "json", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonReport.ParseAndValidate(result.StdOut);
        var links = report.Findings("link-mismatch").Select(f => $"{f.Str("severity")} {f.Str("message")}").ToList();
        var file = report.RootElement.GetProperty("files").EnumerateArray().Single();
        return (links, file.Str("freshness")!);
    }

    [Fact]
    public void With_mkdocs_site_url_a_relative_link_made_absolute_is_no_link_mismatch_and_the_page_is_up_to_date()
    {
        using var tree = Site(null);
        var (links, freshness) = Check(tree);
        Assert.Empty(links);
        Assert.Equal("up-to-date", freshness);
    }

    [Fact]
    public void L10n_yml_site_url_wins_over_mkdocs_yml()
    {
        using var tree = Site("site_url: https://elsewhere.example.com/\n");
        var (links, freshness) = Check(tree);
        Assert.Contains(links, l => l.StartsWith("error link destination changed", StringComparison.Ordinal));
        Assert.Equal("outdated", freshness);
    }

    [Fact]
    public void A_site_url_that_is_no_address_is_an_error_naming_l10n_yml_and_its_line()
    {
        using var tree = Site("languages: [ko]\nsite_url: docs.example.org\n");
        var result = CliRunner.Run(tree.Root, "check", "ko");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("l10n.yml:2", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("site_url", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }
}
