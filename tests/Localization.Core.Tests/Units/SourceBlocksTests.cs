using System.Globalization;
using System.Text;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// A translated block whose Markdown is its English block's takes the English unit's reading, moved to where the
/// block is: the page read must be exactly the page read without borrowing, unit by unit, offset by offset.
/// </summary>
public sealed class SourceBlocksTests
{
    [Theory]
    [InlineData(CorpusPages.Current, "ko")]
    [InlineData(CorpusPages.Current, "fr")]
    [InlineData(CorpusPages.Current, "ja")]
    [InlineData(CorpusPages.Seed, "ko")]
    public void Every_borrowed_unit_is_the_unit_read_from_the_target_block(string name, string language)
    {
        var corpus = CorpusPages.Require(name);
        int borrowed = 0, units = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            var translation = CorpusPages.Translation(corpus, language, page);
            if (!File.Exists(translation))
            {
                continue;
            }

            var english = Read(page, File.ReadAllText(CorpusPages.English(corpus, page)), record: true, null);
            var text = File.ReadAllText(translation);
            var read = Read(page, text, record: false, null);
            var taken = Read(page, text, record: false, english);
            AssertSamePage(read, taken, translation);
            units += taken.Units.Count;
            borrowed += taken.Units.Count(u => u.EnglishTwin is not null);

            // The English page read against itself borrows every block it recorded.
            AssertSamePage(Read(page, english.Text, record: false, null), Read(page, english.Text, record: false, english), page);
        }

        Assert.True(borrowed > units / 5, $"only {borrowed} of {units} units took their English unit's reading");
    }

    [Fact]
    public void Blocks_that_depend_on_the_page_or_on_the_inline_pass_are_read_as_before()
    {
        const string English = "# Title { #top }\n\nSee [the guide][g] and the note[^1].\n\n| a | b |\n| - | - |\n| x | y |\n\n- An item with `code` and <b>HTML</b> &amp; :material-check:\n\n[g]: https://a.example/\n[^1]: A note.\n";
        var english = Read("en.md", English, record: true, null);

        // The same page with another reference URL, moved down two lines, with a byte-order mark.
        var target = "\uFEFFIntro\n\n" + English.Replace("https://a.example/", "https://b.example/", StringComparison.Ordinal);
        var read = Read("ko.md", target, record: false, null);
        var taken = Read("ko.md", target, record: false, english);
        AssertSamePage(read, taken, "ko.md");

        var link = taken.Units.Single(u => u.Prose.Text.StartsWith("See", StringComparison.Ordinal));
        Assert.Null(link.EnglishTwin); // a ']': its link resolves against this page's definitions
        Assert.Contains(link.Invariants, i => i.Value == "https://b.example/");
        Assert.All(taken.Units.Where(u => u.Kind == UnitKind.TableCell), u => Assert.Null(u.EnglishTwin));
        var item = taken.Units.Single(u => u.Kind == UnitKind.ListItem);
        Assert.NotNull(item.EnglishTwin);
        Assert.Equal(english.Units.Single(u => u.Kind == UnitKind.ListItem).Start + 8, item.Start);
        Assert.NotNull(taken.Units.Single(u => u.Kind == UnitKind.Heading).EnglishTwin);
    }

    [Fact]
    public void Markdown_inside_html_blocks_and_repeated_blocks_are_read_as_before()
    {
        const string English = "<div markdown>\nSame *text* here.\n</div>\n\nSame *text* here.\n\nSame *text* here.\n";
        var english = Read("en.md", English, record: true, null);
        var target = "<div markdown>\nSame *text* here.\n</div>\n\nOther.\n\nSame *text* here.\n\n> Same *text* here.\n";
        AssertSamePage(Read("ko.md", target, record: false, null), Read("ko.md", target, record: false, english), "ko.md");
    }

    [Fact]
    public void A_heading_whose_attribute_list_is_past_markdigs_span_is_compared_with_it()
    {
        // Markdig's span of such a heading ends at the icon; the attribute list after it still belongs to the heading.
        const string English = "#### :material-information:{ .pg-info } Remote\n\n#### :material-information:{ .pg-blue } Censorship\n";
        var english = Read("en.md", English, record: true, null);
        var target = "#### :material-information:{ .pg-blue } Censorship\n\n#### :material-information:{ .pg-info } Remote\n";
        var taken = Read("ko.md", target, record: false, english);
        AssertSamePage(Read("ko.md", target, record: false, null), taken, "ko.md");
        Assert.Equal(".pg-blue", taken.Units[0].Invariants.Single(i => i.Kind == InvariantKind.Attributes).Value);
    }

    [Fact]
    public void Blocks_whose_length_and_ends_are_another_blocks_are_told_apart_by_their_text()
    {
        // Two English blocks share their quick key (length, first and last character); one English block has the Bravo key alone.
        const string English = "Alpha *one*.\n\nAlpha *two*.\n\n# Alpha *six*.\n\nBravo *one*.\n";
        var english = Read("en.md", English, record: true, null);
        var target = "Alpha *two*.\n\nAlpha *six*.\n\nAlpha *one*.\n\nBravo *two*.\n\nBravo *one*.\n";
        var taken = Read("ko.md", target, record: false, english);
        AssertSamePage(Read("ko.md", target, record: false, null), taken, "ko.md");
        Assert.Equal([true, false, true, false, true], taken.Units.Select(u => u.EnglishTwin is not null));
        Assert.Equal(english.Units[1], taken.Units[0].EnglishTwin);
        Assert.Equal(english.Units[0], taken.Units[2].EnglishTwin);
    }

    [Fact]
    public void Blocks_the_walk_reaches_out_of_page_order_find_their_english_unit()
    {
        // Markdig moves footnote definitions to the end of the document: their paragraphs close before the blocks after
        // them but are walked last, so the taken blocks are found by their start, not in the order they closed.
        const string English = "One.[^1]\n\n[^1]: Note text.\n\n    Second paragraph of the note.\n\nTwo.\n\n[^2]: An unreferenced note.\n\nThree *four*.\n";
        var english = Read("en.md", English, record: true, null);
        var target = "Intro.\n\n" + English + "\nThree *four*.\n";
        var taken = Read("ko.md", target, record: false, english);
        AssertSamePage(Read("ko.md", target, record: false, null), taken, "ko.md");
        foreach (var text in new[] { "Note text.", "Second paragraph of the note.", "Two." })
        {
            Assert.NotNull(taken.Units.Single(u => u.Prose.Text == text).EnglishTwin);
        }

        Assert.Equal(2, taken.Units.Count(u => u.Prose.Text == "Three four." && u.EnglishTwin is not null));
    }

    [Fact]
    public void Html_blocks_that_are_the_english_pages_take_its_scan_and_are_read_as_before()
    {
        // Titles, containers, raw tags left open into later blocks, Markdown elements and blocks kept as HTML; the
        // same closing tags after different open elements (a container's end in one place, raw markup in another).
        const string English =
            "<div class=\"admonition note\" markdown>\n<p class=\"admonition-title\">A *title*</p>\n\nText.\n\n</div>\n\n"
            + "<details class=\"tip\" markdown>\n<summary>Sum 1.5 mary</summary>\n\nBody.\n\n</details>\n\n"
            + "<figure markdown>\n![x](a.png)\n<figcaption>Cap <b>tion</b></figcaption>\n</figure>\n\n"
            + "<span markdown=\"1\">\n\nInside.\n\n</span>\n\n"
            + "<div markdown>\n<em>raw\n\n</em>\n\n</div>\n\n"
            + "<section><p>Kept as HTML, 2 items.</p></section>\n\n"
            + "<p align=\"center\">\n<img src=\"x.png\"><br/>\n</p>\n";
        var english = Read("en.md", English, record: true, null);
        var targets = new[]
        {
            English,
            "\uFEFF# Heading\n\n" + English,
            // The same blocks after other open elements, in another order, and translated ones beside them.
            "<div markdown>\n\n</em>\n\n</span>\n\n</div>\n\n" + English.Replace("Text.", "Texte.", StringComparison.Ordinal),
            "<details class=\"tip\" markdown>\n<summary>Sommaire</summary>\n\nBody.\n\n</details>\n\n<section><p>Kept as HTML, 2 items.</p></section>\n",
            "<div class=\"admonition note\" markdown>\n<p class=\"admonition-title\">A *title*</p>\n\n<section><p>Kept as HTML, 2 items.</p></section>\n\n</div>\n",
        };
        foreach (var target in targets)
        {
            var taken = Read("ko.md", target, record: false, english);
            AssertSamePage(Read("ko.md", target, record: false, null), taken, "ko.md");
        }

        var same = Read("ko.md", English, record: false, english);
        Assert.All(same.Units.Where(u => u.Kind is UnitKind.AdmonitionTitle or UnitKind.SummaryTitle or UnitKind.Html), u => Assert.NotNull(u.EnglishTwin));
        Assert.NotNull(same.Units.Single(u => u.Prose.Text.StartsWith("Cap", StringComparison.Ordinal)).EnglishTwin);
    }

    [Fact]
    public void A_page_read_after_another_takes_nothing_of_the_pages_before()
    {
        // The taken blocks' arrays are pooled: each page's must start empty, and pages read one after another (on one
        // thread, as the check's workers do) must each be read as without borrowing.
        var english = Read("en.md", "Alpha.\n\nBravo.\n\nCharlie.\n", record: true, null);
        var targets = new[] { "Alpha.\n\nBravo.\n\nCharlie.\n", "Other.\n", "Charlie.\n\nAlpha.\n", string.Concat(Enumerable.Repeat("Bravo.\n\n", 200)) };
        foreach (var target in targets)
        {
            AssertSamePage(Read("ko.md", target, record: false, null), Read("ko.md", target, record: false, english), "ko.md");
        }
    }

    [Fact]
    public void Front_matter_that_is_the_english_pages_is_read_as_before()
    {
        const string FrontMatter = "---\ntitle: Alpha\ndescription: Bravo\nhide:\n  - toc\nschema:\n  - \"@type\": Thing\n    name: x\n---\n";
        var english = Read("en.md", FrontMatter + "\nText.\n", record: true, null);
        foreach (var target in new[] { "\uFEFF" + FrontMatter + "Other.\n", FrontMatter.Replace("Alpha", "Alfa", StringComparison.Ordinal), "+++\ntitle = \"Alpha\"\n+++\n", "---\ntitle: [\n---\n" })
        {
            AssertSamePage(Read("ko.md", target, record: false, null), Read("ko.md", target, record: false, english), "ko.md");
        }
    }

    [Fact]
    public void Broken_front_matter_shared_with_the_english_page_is_reported_as_before()
    {
        // The English page's reading of its front matter is reused, its error too: its offset must land in the
        // translation's own text (here after a byte-order mark the English page does not have).
        foreach (var broken in new[] { "---\ntitle: [\n---\n", "---\ntitle: a\ntitle: b\n---\n" })
        {
            var english = Read("en.md", broken + "\nText.\n", record: true, null);
            foreach (var target in new[] { broken + "\nText.\n", "\uFEFF" + broken + "Other.\n" })
            {
                var expected = Read("ko.md", target, record: false, null);
                var actual = Read("ko.md", target, record: false, english);
                Assert.NotEmpty(expected.Problems);
                AssertSamePage(expected, actual, "ko.md");
            }
        }
    }

    private static PageModel Read(string path, string text, bool record, PageModel? english) =>
        PageReader.ReadCancellable(path, text, null, null, record, english, CancellationToken.None);

    private static void AssertSamePage(PageModel expected, PageModel actual, string file)
    {
        Assert.Equal(expected.Units.Count, actual.Units.Count);
        for (var k = 0; k < expected.Units.Count; k++)
        {
            var want = Describe(expected.Units[k]);
            var got = Describe(actual.Units[k]);
            Assert.True(want == got, $"{file}: unit {k}\nread:     {want}\nborrowed: {got}");
        }

        Assert.Equal(expected.FrontMatter, actual.FrontMatter);
        Assert.Equal(expected.FootnoteDefinitions, actual.FootnoteDefinitions);
        Assert.Equal(expected.Containers, actual.Containers);
        Assert.Equal(expected.Problems, actual.Problems);
        Assert.Equal(expected.SyntaxIssues, actual.SyntaxIssues);
    }

    /// <summary>Everything a unit holds, offsets included (the prose's page offset of every character too).</summary>
    private static string Describe(TranslationUnit u)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"{u.Kind} [{u.Path}] {u.Index} {u.Start}-{u.End} {u.Line}:{u.Column}-{u.EndLine}:{u.EndColumn} h{u.HeadingLevel} '{u.HeadingText}' #{u.ExplicitId} k={u.Key} v={u.Verbatim} id={u.Id}\n");
        b.Append(CultureInfo.InvariantCulture, $"prose '{u.Prose.Text}' words={u.Prose.HasWords} breaks={string.Join(',', u.Prose.Breaks)} alts={string.Join(',', u.Prose.AltTexts)}\n");
        foreach (var r in u.Prose.Runs)
        {
            b.Append(CultureInfo.InvariantCulture, $"run {r}\n");
        }

        for (var i = 0; i < u.Prose.Text.Length; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"{u.Prose.SourceStart(i)}-{u.Prose.SourceEnd(i)} ");
        }

        foreach (var i in u.Invariants)
        {
            b.Append(CultureInfo.InvariantCulture, $"\ninv {i}");
        }

        return b.ToString();
    }
}
