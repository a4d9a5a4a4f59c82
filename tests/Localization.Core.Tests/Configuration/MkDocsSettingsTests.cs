using Localization.Core.Configuration;
using Localization.Core.Crowdin;
using Localization.Core.Markdown.Extensions.Blocks;
using Localization.Core.Text;

namespace Localization.Core.Tests.Configuration;

public sealed class MkDocsSettingsTests
{
    private const string Material = """
        site_name: Example
        theme:
          name: material
        markdown_extensions:
          - admonition
          - toc:
              permalink: true
              slugify: !!python/object/apply:pymdownx.slugs.slugify
                kwds:
                  case: lower
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
          - pymdownx.snippets:
              base_path: [docs, includes]
              check_paths: true
          - pymdownx.blocks.admonition:
              types: [new, settings, {name: extra-tip, class: tip}]
          - pymdownx.blocks.details
          - pymdownx.blocks.tab:
              alternate_style: true
        extra:
          key: !ENV [KEY, ""]
        """;

    [Fact]
    public void Extensions_custom_types_and_slugify_are_read_and_python_tags_are_opaque()
    {
        var site = MkDocsSettings.Parse(Material, "mkdocs.yml");
        var dialect = site.Dialect;

        Assert.True(dialect.Admonitions);
        Assert.False(dialect.Details);
        Assert.False(dialect.ContentTabs);
        Assert.False(dialect.Footnotes);
        Assert.True(dialect.Snippets);
        Assert.Equal(["docs", "includes"], dialect.SnippetBasePaths);
        Assert.True(dialect.SnippetCheckPaths);
        Assert.True(dialect.Permalinks);
        Assert.Equal(SlugStyle.PymdownxUnicodeLower, site.SlugStyle);
        var blocks = Assert.IsType<BlocksSettings>(dialect.Blocks);
        Assert.Equal(BlocksCategory.Admonition, blocks.CategoryOf("settings"));
        Assert.Equal(BlocksCategory.Admonition, blocks.CategoryOf("extra-tip"));
        Assert.Equal(BlocksCategory.Admonition, blocks.CategoryOf("warning"));
        Assert.Equal(BlocksCategory.Other, blocks.CategoryOf("bug"));
        Assert.Equal(BlocksCategory.Details, blocks.CategoryOf("details"));
        Assert.Equal(BlocksCategory.Tab, blocks.CategoryOf("tab"));
        Assert.Equal(BlocksCategory.Other, blocks.CategoryOf("html"));
    }

    [Fact]
    public void Extensions_as_one_mapping_are_read_too()
    {
        var site = MkDocsSettings.Parse("markdown_extensions:\n  footnotes: null\n  pymdownx.blocks.html: {}\n", "mkdocs.yml");

        Assert.True(site.Dialect.Footnotes);
        Assert.Equal(BlocksCategory.Html, site.Dialect.Blocks!.CategoryOf("html"));
        Assert.Equal(BlocksCategory.Other, site.Dialect.Blocks.CategoryOf("note"));
    }

    [Fact]
    public void Without_blocks_extensions_slashes_are_text()
    {
        var site = MkDocsSettings.Parse("markdown_extensions: [admonition]\n", "mkdocs.yml");

        Assert.Null(site.Dialect.Blocks);
        var page = Localization.Core.Units.PageReader.Read("a.md", "/// note | Title\nText.\n///\n", Localization.Core.Units.PageReaderOptions.Default with { Dialect = site.Dialect });
        Assert.Empty(page.Containers);
    }

    [Fact]
    public void An_admonition_line_on_a_site_without_the_admonition_extension_is_named()
    {
        var site = MkDocsSettings.Parse("markdown_extensions: [pymdownx.blocks.admonition]\n", "mkdocs.yml");

        var page = Localization.Core.Units.PageReader.Read("ko.md", "# 제목\n\n!!! note \"참고\"\n    본문입니다.\n", Localization.Core.Units.PageReaderOptions.Default with { Dialect = site.Dialect });

        var issue = Assert.Single(page.SyntaxIssues);
        Assert.Equal("'!!!' block", issue.Construct);
        Assert.Equal(6, issue.Start);
        Assert.Contains("does not turn on 'admonition' (its pages write '/// type | Title'", issue.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base: &b {a: 1}\nother: *b\n", 1, 7)]
    [InlineData("markdown_extensions: [admonition\n", 2, 1)]
    public void Anchors_and_broken_yaml_are_errors_with_line_and_column(string yaml, int line, int column)
    {
        var error = Assert.Throws<ConfigException>(() => MkDocsSettings.Parse(yaml, "mkdocs.yml"));

        Assert.Equal(("mkdocs.yml", line, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_inherited_mkdocs_yml_gives_its_extensions()
    {
        using var tree = new Crowdin.TempTree();
        tree.Config("site_name: Example\nINHERIT: ../base.yml\n", "en/mkdocs.yml");
        tree.Config("markdown_extensions: [admonition]\n", "base.yml");

        var site = MkDocsSettings.Load(tree.Root, "en/mkdocs.yml");

        Assert.True(site.Dialect.Admonitions);
        Assert.False(site.Dialect.ContentTabs);
    }

    [Theory]
    [InlineData("INHERIT: base.yml\n", 1)]                        // MkDocs stops too: "Inherited config file does not exist"
    [InlineData("site_name: x\nINHERIT: ../../base.yml\n", 2)]   // outside the project: never read
    [InlineData("INHERIT: mkdocs.yml\n", 1)]                      // a loop
    public void An_INHERIT_that_cannot_be_followed_is_an_error_not_a_site_without_extensions(string yaml, int line)
    {
        using var tree = new Crowdin.TempTree();
        tree.Config(yaml, "mkdocs.yml");

        var error = Assert.Throws<ConfigException>(() => MkDocsSettings.Load(tree.Root));

        Assert.Equal(("mkdocs.yml", line, 1), (error.File, error.Line, error.Column));
        Assert.Contains("INHERIT", error.Message, StringComparison.Ordinal);
    }
}
