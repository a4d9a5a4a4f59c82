using Localization.Core.Configuration;
using Localization.Core.Rules.Links;

namespace Localization.Core.Tests.Rules;

/// <summary>A relative link and an absolute address of the same page are one destination written two ways.</summary>
public sealed class SamePageLinkTests
{
    private static readonly Uri Site = new("https://www.privacyguides.org/en/");

    [Theory]
    [InlineData("../basics/threat-modeling.md", "https://www.privacyguides.org/en/basics/threat-modeling/", "docs/os/linux.md")]
    [InlineData("../basics/threat-modeling/", "https://www.privacyguides.org/en/basics/threat-modeling/", "docs/os/linux.md")]
    [InlineData("vpn.md#criteria", "https://www.privacyguides.org/en/vpn/#criteria", "docs/index.md")]
    [InlineData("tools.md", "https://www.privacyguides.org/en/tools/", "docs/index.md")]
    [InlineData("os/index.md", "https://www.privacyguides.org/en/os/", "docs/index.md")]
    [InlineData("/backups/", "https://www.privacyguides.org/en/backups/", "docs/index.md")]
    public void With_the_site_url_the_link_resolved_from_the_page_is_the_address_under_the_site(string relative, string absolute, string page)
    {
        Assert.True(SamePageLink.Same(relative, absolute, page, Site));
        Assert.True(SamePageLink.Same(absolute, relative, page, Site));
    }

    [Theory]
    [InlineData("../basics/threat-modeling.md", "https://example.com/en/basics/threat-modeling/")] // another site
    [InlineData("../basics/threat-modeling.md", "https://www.privacyguides.org/fr/basics/threat-modeling/")] // not under the site's path
    [InlineData("../basics/threat-modeling.md", "https://www.privacyguides.org/en/threat-modeling/")] // another page
    [InlineData("vpn.md#criteria", "https://www.privacyguides.org/en/vpn/#providers")] // another fragment
    [InlineData("vpn.md", "https://www.privacyguides.org/en/os/vpn/")] // resolved from docs/, not docs/os/
    [InlineData("#criteria", "https://www.privacyguides.org/en/vpn/#criteria")] // same-page fragment: no path to compare
    [InlineData("vpn.md", "https://www.privacyguides.org/en/vpn/?lang=ko")] // a query is another address
    [InlineData("https://a.example/x/", "https://www.privacyguides.org/en/x/")] // two absolute addresses
    public void Other_destinations_stay_different(string relative, string absolute)
    {
        Assert.False(SamePageLink.Same(relative, absolute, "docs/index.md", Site));
    }

    [Theory]
    [InlineData("../basics/threat-modeling.md", "https://www.example.org/en/basics/threat-modeling/", true)]
    [InlineData("/docs/concepts/pods/", "https://kubernetes.io/docs/concepts/pods/", true)]
    [InlineData("../basics/threat-modeling.md", "https://www.example.org/en/basics/other/", false)]
    [InlineData("/docs/concepts/pods/", "https://kubernetes.io/docs/concepts/services/", false)]
    [InlineData("about.md", "https://github.com/privacyguides/privacyguides.org/blob/main/docs/about.md", false)] // the source file, not the page
    [InlineData("about.md", "https://www.example.org/en/about/", true)]
    public void Without_a_site_url_the_address_must_end_with_the_links_own_path(string relative, string absolute, bool same) =>
        Assert.Equal(same, SamePageLink.Same(relative, absolute, "docs/os/linux.md", null));

    [Fact]
    public void A_root_relative_link_is_the_whole_path_under_the_site() =>
        Assert.False(SamePageLink.Same("/backups/", "https://www.privacyguides.org/en/old/backups/", "docs/index.md", Site));

    [Theory]
    [InlineData("https://www.privacyguides.org/en/", true)]
    [InlineData("http://localhost:8000", true)]
    [InlineData("www.privacyguides.org/en/", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("", false)]
    public void Site_addresses_are_absolute_http_urls(string text, bool valid) =>
        Assert.Equal(valid, SiteAddress.Parse(text) is not null);

    [Fact]
    public void Site_url_comes_from_l10n_yml_or_mkdocs_yml_and_a_bad_one_names_its_line()
    {
        Assert.Equal(Site, ProjectSettings.Parse("site_url: https://www.privacyguides.org/en/\n", "l10n.yml").SiteUrl);
        Assert.Equal(Site, MkDocsSettings.Parse("site_name: x\nsite_url: https://www.privacyguides.org/en/\n", "mkdocs.yml").SiteUrl);
        Assert.Null(MkDocsSettings.Parse("site_name: x\n", "mkdocs.yml").SiteUrl);
        var e = Assert.Throws<Localization.Core.Crowdin.ConfigException>(() => ProjectSettings.Parse("languages: [ko]\nsite_url: privacyguides.org\n", "l10n.yml"));
        Assert.Contains("l10n.yml:2", e.Message, StringComparison.Ordinal);
        Assert.Contains("site_url", e.Message, StringComparison.Ordinal);
    }
}
