using Markdig.Syntax;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// The page walk's objects made smaller tell what they told before: a prose's runs (one kept in fields, contiguous
/// exact text in one run), a unit's line and column (found in its page's line map when asked), its invariant kinds
/// (in 16 bits) and a borrowed unit's text hash (kept by the English page's ids).
/// </summary>
public sealed class CompactUnitsTests
{
    [Fact]
    public void Exact_text_that_goes_on_where_the_last_exact_run_ends_lengthens_that_run()
    {
        var builder = new ProseBuilder();
        builder.AppendExact("ab", 10);
        builder.AppendExact("cd", 12);
        var prose = builder.Build();
        Assert.Equal("abcd", prose.Text);
        var run = Assert.Single(prose.Runs);
        Assert.Equal((0, 4, 10, 4, true), (run.ProseStart, run.Length, run.SourceStart, run.SourceLength, run.Exact));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(10 + i, prose.SourceStart(i));
            Assert.Equal(11 + i, prose.SourceEnd(i));
        }
    }

    [Fact]
    public void Text_apart_in_the_page_or_mapped_keeps_its_own_runs()
    {
        var builder = new ProseBuilder();
        builder.AppendExact("ab", 10);
        builder.AppendExact("cd", 13); // a character of markup between them
        builder.AppendMapped("&", 15, 5); // an entity
        builder.AppendExact("ef", 20);
        var prose = builder.Build();
        Assert.Equal(4, prose.Runs.Count);
        Assert.Equal([10, 11, 13, 14, 15, 20, 21], Enumerable.Range(0, prose.Text.Length).Select(prose.SourceStart));
        Assert.Equal([11, 12, 14, 15, 20, 21, 22], Enumerable.Range(0, prose.Text.Length).Select(prose.SourceEnd));
    }

    [Fact]
    public void A_prose_of_one_run_maps_and_moves_as_its_run()
    {
        var builder = new ProseBuilder();
        builder.AppendMapped("x", 7, 3);
        var mapped = builder.Build();
        Assert.Equal((7, 10), (mapped.SourceStart(0), mapped.SourceEnd(0)));
        var run = Assert.Single(mapped.Runs);
        Assert.Equal((0, 1, 7, 3, false), (run.ProseStart, run.Length, run.SourceStart, run.SourceLength, run.Exact));

        builder.Clear();
        builder.AppendExact("word", 30);
        var moved = builder.Build().Shifted(100);
        Assert.Equal((130, 134), (moved.SourceStart(0), moved.SourceEnd(3)));
        Assert.Equal(130, Assert.Single(moved.Runs).SourceStart);
        Assert.True(moved.RunsWithin(130, 134));
        Assert.False(moved.RunsWithin(131, 134));
        Assert.False(moved.RunsWithin(130, 133));
        Assert.Empty(moved.Breaks);
        Assert.Empty(moved.AltTexts);
    }

    [Fact]
    public void A_line_cut_into_literals_at_a_delimiter_that_closes_nothing_is_one_exact_run()
    {
        const string Page = "Intro line.\n\nA *star that opens nothing, and a: colon stay text.\n";
        var page = PageReader.Read("en.md", Page);
        // Markdig cuts the line into several literals: the prose is still one run.
        var literals = Markdig.Markdown.Parse(Page, Localization.Core.Markdown.MarkdownPipelineFactory.Default).Descendants<Markdig.Syntax.Inlines.LiteralInline>().Count();
        Assert.True(literals >= 3, $"{literals} literals");
        var unit = page.Units.Single(u => u.Prose.Text.StartsWith("A *", StringComparison.Ordinal));
        var start = Page.IndexOf("A *", StringComparison.Ordinal);
        Assert.Equal(Page.AsSpan(start, unit.Prose.Text.Length).ToString(), unit.Prose.Text);
        var run = Assert.Single(unit.Prose.Runs);
        Assert.True(run.Exact);
        for (var i = 0; i < unit.Prose.Text.Length; i++)
        {
            Assert.Equal(start + i, unit.Prose.SourceStart(i));
        }
    }

    [Fact]
    public void Images_and_titles_keep_their_breaks_and_alt_texts()
    {
        var page = PageReader.Read("en.md", "Before ![an image](a.png) after.\n");
        var prose = Assert.Single(page.Units).Prose;
        Assert.Equal("Before an image after.", prose.Text);
        Assert.Equal([7, 15], prose.Breaks);
        Assert.Equal([(7, 15)], prose.AltTexts);
        Assert.True(prose.IsInAltText(7));
        Assert.False(prose.IsInAltText(15));
    }

    [Fact]
    public void Every_units_line_and_column_are_its_pages_line_map_at_its_ends()
    {
        const string English = "---\ntitle: A page\n---\n\n# Heading\r\n\r\nText with `code`.\r\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n!!! note \"Title\"\n\n    Inside.\n\n<div markdown>\n\nIn HTML.\n\n</div>\n";
        var english = Read("en.md", English, record: true, null);
        var translated = Read("ko.md", "---\ntitle: 페이지\n---\n\n# 제목\n\n" + English[English.IndexOf("Text", StringComparison.Ordinal)..], record: false, english);
        foreach (var page in new[] { english, translated })
        {
            Assert.NotEmpty(page.Units);
            foreach (var unit in page.Units)
            {
                Assert.Equal(page.Lines.Position(unit.Start), (unit.Line, unit.Column));
                Assert.Equal(page.Lines.Position(unit.End), (unit.EndLine, unit.EndColumn));
            }
        }

        Assert.Contains(translated.Units, u => u.EnglishTwin is not null);
    }

    [Fact]
    public void Every_invariant_kind_has_a_bit_below_the_mark_of_the_kinds_made()
    {
        foreach (var kind in Enum.GetValues<InvariantKind>())
        {
            Assert.NotEqual(0, (1 << (int)kind) & TranslationUnit.KindBitsMask);
        }

        var unit = Assert.Single(PageReader.Read("en.md", "See [a](b.md), `code`, ![i](i.png) and 42.\n").Units);
        foreach (var kind in Enum.GetValues<InvariantKind>())
        {
            Assert.Equal(unit.Invariants.Any(i => i.Kind == kind), unit.Has(kind));
        }

        Assert.Equal(unit.InvariantKinds, unit.InvariantKinds); // the second read is the kept one
    }

    [Fact]
    public void A_borrowed_unit_has_its_english_units_text_hash_and_id_ending()
    {
        const string English = "# Title\n\nFirst paragraph.\n\nSecond  paragraph\nwrapped.\n";
        var english = Read("en.md", English, record: true, null);
        var translated = Read("ko.md", "# 제목\n\n" + English["# Title\n\n".Length..], record: false, english);
        var borrowed = translated.Units.Where(u => u.EnglishTwin is not null).ToList();
        Assert.Equal(2, borrowed.Count);
        foreach (var unit in borrowed)
        {
            Assert.Equal(PageReader.HashValue(unit.EnglishTwin!.Prose.Text), unit.TextHash);
            Assert.Equal(unit.EnglishTwin.TextHash, unit.TextHash);
            Assert.Equal(unit.EnglishTwin.Id[(unit.EnglishTwin.Id.LastIndexOf('/') + 1)..], unit.Id[(unit.Id.LastIndexOf('/') + 1)..]);
        }

        var own = translated.Units.Single(u => u.EnglishTwin is null);
        Assert.Equal(PageReader.HashValue(own.Prose.Text), own.TextHash);
    }

    private static PageModel Read(string path, string text, bool record, PageModel? english) =>
        PageReader.ReadCancellable(path, text, null, null, record, english, CancellationToken.None);
}
