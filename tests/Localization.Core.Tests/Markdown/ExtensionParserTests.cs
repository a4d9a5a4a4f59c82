using Localization.Core.Markdown;
using Localization.Core.Markdown.Extensions.Admonitions;
using Localization.Core.Markdown.Extensions.ContentTabs;
using Localization.Core.Markdown.Extensions.Snippets;
using Markdig.Syntax;

namespace Localization.Core.Tests.Markdown;

/// <summary>The pymdownx block extensions of the MkDocs pipeline: admonitions/details, content tabs and snippets.</summary>
public sealed class ExtensionParserTests
{
    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Default);

    private static AdmonitionBlock Admonition(string markdown) => Assert.Single(Parse(markdown).Descendants<AdmonitionBlock>());

    [Fact]
    public void Admonition_with_a_quoted_title()
    {
        const string markdown = "!!! note \"Before you start\"\n\n    Body.\n";
        var a = Admonition(markdown);

        Assert.Equal(("!!!", "note", "Before you start"), (a.Marker, a.Kind, a.Title));
        Assert.Equal(markdown.IndexOf("Before", StringComparison.Ordinal), a.TitleStart);
        Assert.False(a.IsCollapsible);
        Assert.Null(a.MalformedTitle);
        Assert.IsType<ParagraphBlock>(Assert.Single(a));
    }

    [Theory]
    [InlineData("!!! Warning", "!!!", "warning", null)]
    [InlineData("!!!note", "!!!", "note", null)]
    [InlineData("??? tip", "???", "tip", null)]
    [InlineData("???+ warning \"T\"", "???+", "warning", "T")]
    [InlineData("??? \"Only a title\"", "???", "", "Only a title")]
    [InlineData("!!! danger \"\"", "!!!", "danger", "")]
    public void Admonition_and_details_headers(string header, string marker, string kind, string? title)
    {
        var a = Admonition(header + "\n\n    Body.\n");

        Assert.Equal((marker, kind, title), (a.Marker, a.Kind, a.Title));
        Assert.Equal(marker.StartsWith('?'), a.IsCollapsible);
    }

    [Fact]
    public void Extra_qualifiers_are_modifiers()
    {
        var a = Admonition("!!! info inline end \"Side note\"\n\n    Body.\n");

        Assert.Equal("info", a.Kind);
        Assert.Equal(["inline", "end"], a.Modifiers);
        Assert.Equal("Side note", a.Title);
    }

    [Theory]
    [InlineData("!!! tip 「제목」", "「제목」", "제목")]
    [InlineData("!!! tip « Titre »", "« Titre »", " Titre ")]
    [InlineData("??? warning “Titel”", "“Titel”", "Titel")]
    public void A_title_in_other_quotes_is_kept_as_malformed(string header, string malformed, string title)
    {
        var a = Admonition(header + "\n\n    본문.\n");

        Assert.Equal(malformed, a.MalformedTitle);
        Assert.Equal(title, a.Title);
        Assert.Equal(header.IndexOf(malformed, StringComparison.Ordinal), a.TitleStart);
        Assert.IsType<ParagraphBlock>(Assert.Single(a));
    }

    [Theory]
    [InlineData("!!!\n\n    Body.\n")]
    [InlineData("!! note\n")]
    [InlineData("    !!! note\n")]
    public void Lines_that_are_not_admonition_headers(string markdown)
    {
        Assert.Empty(Parse(markdown).Descendants<AdmonitionBlock>());
    }

    [Fact]
    public void The_body_ends_at_the_first_line_indented_less_than_four_columns()
    {
        const string markdown = "!!! note\n\n    Inside.\n    Still inside.\nOutside.\n";
        var document = Parse(markdown);

        var a = Assert.Single(document.Descendants<AdmonitionBlock>());
        var inner = Assert.IsType<ParagraphBlock>(Assert.Single(a));
        Assert.Equal("Inside.\n    Still inside.", markdown[inner.Span.Start..(inner.Span.End + 1)]);
        var outside = Assert.IsType<ParagraphBlock>(document[^1]);
        Assert.Equal("Outside.", markdown[outside.Span.Start..(outside.Span.End + 1)]);
    }

    [Fact]
    public void Admonitions_nest()
    {
        var document = Parse("!!! note\n\n    ??? tip\n\n        Deep.\n");

        var outer = Assert.Single(document.OfType<AdmonitionBlock>());
        var inner = Assert.IsType<AdmonitionBlock>(Assert.Single(outer));
        Assert.Equal("tip", inner.Kind);
        Assert.IsType<ParagraphBlock>(Assert.Single(inner));
    }

    [Theory]
    [InlineData("=== \"Android\"", "Android", "", null)]
    [InlineData("===+ \"Selected\"", "Selected", "+", null)]
    [InlineData("===! \"New set\"", "New set", "!", null)]
    [InlineData("=== «Onglet»", "Onglet", "", "«Onglet»")]
    [InlineData("=== Android", "Android", "", "Android")]
    public void Content_tab_headers(string header, string title, string flags, string? malformed)
    {
        var markdown = header + "\n\n    Body.\n";
        var tab = Assert.Single(Parse(markdown).Descendants<ContentTabBlock>());

        Assert.Equal((title, flags, malformed), (tab.Title, tab.Flags, tab.MalformedTitle));
        Assert.Equal(markdown.IndexOf(malformed ?? title, StringComparison.Ordinal), tab.TitleStart);
        Assert.IsType<ParagraphBlock>(Assert.Single(tab));
    }

    [Fact]
    public void A_setext_underline_is_not_a_content_tab()
    {
        var document = Parse("Title\n===\n");

        Assert.Empty(document.Descendants<ContentTabBlock>());
        Assert.Equal(1, Assert.IsType<HeadingBlock>(Assert.Single(document)).Level);
    }

    [Theory]
    [InlineData("--8<-- \"includes/a.md\"", "includes/a.md", false, false)]
    [InlineData("--8<-- 'includes/a.md'", "includes/a.md", false, false)]
    [InlineData("-8<- \"includes/a.md:start:end\"", "includes/a.md:start:end", false, false)]
    [InlineData(";--8<-- \"includes/a.md\"", "includes/a.md", true, false)]
    [InlineData("\\--8<-- \"includes/a.md\"", "includes/a.md", false, true)]
    public void Single_line_snippets(string line, string path, bool escaped, bool backslash)
    {
        var snippet = Assert.Single(Parse("Intro.\n\n" + line + "\n\nOutro.\n").Descendants<SnippetBlock>());

        Assert.Equal([path], snippet.Paths);
        Assert.Equal(line, snippet.Marker);
        Assert.Equal((escaped, backslash, false), (snippet.IsEscaped, snippet.IsBackslashEscaped, snippet.IsBlockForm));
    }

    [Fact]
    public void Block_form_snippet_lists_its_files()
    {
        var document = Parse("--8<--\nincludes/a.md\n\nincludes/b.md\n--8<--\n\nAfter.\n");

        var snippet = Assert.Single(document.Descendants<SnippetBlock>());
        Assert.True(snippet.IsBlockForm);
        Assert.Equal(["includes/a.md", "includes/b.md"], snippet.Paths);
        Assert.IsType<ParagraphBlock>(document[^1]);
    }

    [Theory]
    [InlineData("Cut here --8<-- \"a.md\" in a sentence.\n")]
    [InlineData("    --8<-- \"a.md\"\n")]
    [InlineData("--8<-- \"a.md\" trailing words\n")]
    public void Snippet_markers_inside_text_or_code_are_not_snippets(string markdown)
    {
        Assert.Empty(Parse(markdown).Descendants<SnippetBlock>());
    }
}
