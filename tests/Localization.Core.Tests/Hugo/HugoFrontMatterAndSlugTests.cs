using Localization.Core.Configuration;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Hugo;

/// <summary>Hugo's TOML front matter, its heading ids and its site configuration.</summary>
public sealed class HugoFrontMatterAndSlugTests
{
    [Fact]
    public void Toml_front_matter_gives_translatable_entries_at_their_place()
    {
        const string page = "+++\ntitle = \"Cluster Networking\"\nweight = 50\n[params]\n  reviewers = [\"a\"]\n+++\n\nNetworking matters.\n";
        var model = PageReader.Read("en.md", page);

        Assert.Equal(["title", "weight", "[params]"], model.FrontMatter.Select(e => e.Key));
        var title = Assert.Single(model.Units, u => u.Kind == UnitKind.FrontMatter);
        Assert.Equal("Cluster Networking", page.Substring(title.Start, title.End - title.Start));
        Assert.Equal((2, 10), (title.Line, title.Column));
        Assert.Equal("Networking matters.", Assert.Single(model.Units, u => u.Kind == UnitKind.Paragraph).Prose.Text);
    }

    [Fact]
    public void Re_spaced_toml_tables_compare_equal_and_bad_toml_is_a_page_problem_at_its_line()
    {
        var a = TomlFrontMatterReader.Read("[params]\n  reviewers = [\"a\", \"b\"] # who\n").Entries;
        var b = TomlFrontMatterReader.Read("[params]\nreviewers = [ \"a\",\"b\" ]\n").Entries;
        Assert.Equal(a.Select(e => e.Canonical), b.Select(e => e.Canonical));

        var broken = PageReader.Read("ko.md", "+++\ntitle = \"unclosed\n+++\n\nText.\n");
        var problem = Assert.Single(broken.Problems);
        Assert.StartsWith("front matter is not valid TOML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, broken.Lines.Position(problem.Start).Line);
    }

    [Fact]
    public void Hostile_nesting_in_toml_is_refused_before_the_parser_recurses()
    {
        var deep = "+++\nx = " + new string('[', 100_000) + new string(']', 100_000) + "\n+++\n\nText.\n";
        var page = PageReader.Read("ko.md", deep);
        Assert.Contains("nests deeper than 64 levels", Assert.Single(page.Problems).Message, StringComparison.Ordinal);

        var fine = TomlFrontMatterReader.Read("x = [[1, 2], {a = \"[[[[\"}] # ]]]]\n");
        Assert.Null(fine.Error);

        using var directory = new Localization.Core.Tests.Crowdin.TempTree();
        File.WriteAllText(Path.Combine(directory.Root, "hugo.toml"), "baseURL = \"https://x/\"\nparams = " + new string('{', 5000) + "\n");
        var error = Assert.Throws<Localization.Core.Crowdin.ConfigException>(() => HugoSite.Load(directory.Root));
        Assert.StartsWith("hugo.toml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_plus_fence_is_text_not_front_matter()
    {
        var model = PageReader.Read("en.md", "+++\nNot front matter.\n");
        Assert.Empty(model.FrontMatter);
        Assert.Contains(model.Units, u => u.Prose.Text.Contains("Not front matter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Syntax and character set", "syntax-and-character-set")]
    [InlineData("문법과 캐릭터 셋", "문법과-캐릭터-셋")]
    [InlineData("What's new in v1.30?", "whats-new-in-v130")]
    [InlineData("Pod  -  lifecycle", "pod-----lifecycle")]
    [InlineData("snake_case & Café", "snake_case--café")]
    [InlineData("ポッド (Pod)", "ポッド-pod")]
    public void Hugo_slugs_are_goldmark_github_ids(string heading, string id) =>
        Assert.Equal(id, Slugifier.Slugify(heading, SlugStyle.Hugo));

    [Fact]
    public void Hugo_makes_ids_unique_with_a_number_and_names_an_empty_one_heading()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        Assert.Equal(["example", "example-1", "example-2", "heading", "heading-1"],
            new[] { "example", "example", "example", "", "" }.Select(id => Slugifier.Unique(id, taken, SlugStyle.Hugo)));
    }

    [Fact]
    public void Site_configuration_gives_base_url_content_dirs_and_slug_style_from_toml_and_yaml()
    {
        using var directory = new Localization.Core.Tests.Crowdin.TempTree();
        File.WriteAllText(Path.Combine(directory.Root, "hugo.toml"), "baseURL = \"https://kubernetes.io/\"\n[languages.ko]\ntitle = \"쿠버네티스\"\ncontentDir = \"content/ko\"\n[markup.goldmark.parser]\nautoHeadingIDType = \"github\"\n");
        var site = HugoSite.Load(directory.Root)!;
        Assert.Equal(("hugo.toml", "https://kubernetes.io/", "content/ko", SlugStyle.Hugo), (site.File, site.SiteUrl?.AbsoluteUri, site.ContentDirs["ko"], site.SlugStyle));
        Assert.True(site.DefaultLocalizedLinks.Accepts("/docs/concepts/", "/ko/docs/concepts/", "ko"));
        Assert.True(site.DefaultLocalizedLinks.Accepts("https://kubernetes.io/docs/concepts/", "https://kubernetes.io/ko/docs/concepts/", "ko"));
        Assert.False(site.DefaultLocalizedLinks.Accepts("/docs/concepts/", "/ko/docs/tasks/", "ko"));

        File.Delete(Path.Combine(directory.Root, "hugo.toml"));
        File.WriteAllText(Path.Combine(directory.Root, "config.yaml"), "baseURL: https://example.org/\nmarkup:\n  goldmark:\n    parser:\n      autoHeadingIDType: blackfriday\n");
        site = HugoSite.Load(directory.Root)!;
        Assert.Equal(("config.yaml", "https://example.org/", SlugStyle.PythonMarkdown), (site.File, site.SiteUrl?.AbsoluteUri, site.SlugStyle));
    }

    [Fact]
    public void A_config_yaml_is_a_hugo_site_only_when_it_reads_as_one_with_a_base_url()
    {
        using var directory = new Localization.Core.Tests.Crowdin.TempTree();
        File.WriteAllText(Path.Combine(directory.Root, "config.yaml"), "database: {host: localhost}\n");
        Assert.Null(HugoSite.Load(directory.Root));
        File.WriteAllText(Path.Combine(directory.Root, "config.yaml"), "key: [unclosed\n");
        Assert.Null(HugoSite.Load(directory.Root));
        File.WriteAllText(Path.Combine(directory.Root, "config.toml"), "baseURL = \"https://example.org/\"\n");
        Assert.Equal("config.toml", HugoSite.Load(directory.Root)?.File);
    }

    [Fact]
    public void Invalid_site_configuration_is_an_error_naming_its_line()
    {
        using var directory = new Localization.Core.Tests.Crowdin.TempTree();
        File.WriteAllText(Path.Combine(directory.Root, "hugo.toml"), "baseURL = \"https://x/\"\ntitle = = 1\n");
        var error = Assert.Throws<Localization.Core.Crowdin.ConfigException>(() => HugoSite.Load(directory.Root));
        Assert.StartsWith("hugo.toml:2:", error.Message, StringComparison.Ordinal);
    }
}
