using System.Text;
using Localization.Core.IO;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;
using static Localization.Core.Tests.TestSupport.UnitTable;

namespace Localization.Core.Tests.Units;

/// <summary>
/// Source positions of translation units as text tables (Markdig's source-position test style): one line per
/// unit, <c>kind line:col path | prose</c>, with inline atoms (code, icons, URLs, footnote references, HTML)
/// shown as '·'. Columns are 1-based UTF-16 code units from the start of the line.
/// </summary>
public sealed class PageReaderSourcePositionTests
{
    private const string FrontMatterPage = """
        ---
        title: Password Managers
        description: "Keep every password unique."
        icon: material/form-textbox-password
        tags:
          - security
        ---

        # Password Managers

        Use one.
        """;

    private const string FrontMatterTable = """
        front-matter 2:8 front-matter(title) | Password Managers
        front-matter 3:15 front-matter(description) | Keep every password unique.
        heading 9:1 page | Password Managers
        paragraph 11:1 page | Use one.
        """;

    [Fact]
    public void Front_matter_title_and_description_are_units_other_keys_are_not()
    {
        AssertUnits(FrontMatterTable, FrontMatterPage);

        var page = PageReader.Read("page.md", FrontMatterPage);
        Assert.Equal(["title", "description", "icon", "tags"], page.FrontMatter.Select(e => e.Key));
        Assert.Equal("material/form-textbox-password", page.FrontMatter[2].Value);
        Assert.False(page.FrontMatter[3].IsScalar);
        Assert.Empty(page.Problems);
    }

    private const string AdmonitionPage = """
        !!! note "Before you start"

            Back up your chats.

            - First step.

        ??? tip

            Hidden by default.

        ???+ warning "T"

            Open by default.

        !!! danger ""

            No title at all.

        After the boxes.
        """;

    [Fact]
    public void Admonitions_and_details_blocks_with_four_space_bodies()
    {
        AssertUnits("""
            admonition-title 1:11 admonition(note) | Before you start
            paragraph 3:5 admonition(note) | Back up your chats.
            list-item 5:7 admonition(note) > list > item 1 | First step.
            paragraph 9:5 details(tip) | Hidden by default.
            admonition-title 11:15 details(warning) | T
            paragraph 13:5 details(warning) | Open by default.
            paragraph 17:5 admonition(danger) | No title at all.
            paragraph 19:1 page | After the boxes.
            """, AdmonitionPage);

        var containers = PageReader.Read("page.md", AdmonitionPage).Containers;
        Assert.Equal(
            [("admonition", "note", "!!!"), ("details", "tip", "???"), ("details", "warning", "???+"), ("admonition", "danger", "!!!")],
            containers.Select(c => (c.Kind, c.Qualifier, c.Syntax)));
        Assert.All(containers, c => Assert.Null(c.MalformedTitle));
    }

    private const string HtmlContainerPage = """
        <div class="admonition recommendation" markdown>
        <p class="admonition-title">Our pick</p>

        ![Logo](logo.svg){ align=right }

        **Example** is an app.

        <details class="downloads" markdown>
        <summary>Downloads</summary>

        - [:simple-android: Android](https://example.org/a)
        - [:simple-linux: Linux](https://example.org/l)

        </details>

        </div>

        After the box.
        """;

    [Fact]
    public void Md_in_html_admonition_div_with_title_and_downloads_details_with_a_list()
    {
        AssertUnits("""
            admonition-title 2:29 admonition(recommendation) | Our pick
            paragraph 4:1 admonition(recommendation) | Logo
            paragraph 6:1 admonition(recommendation) | Example is an app.
            summary 9:10 admonition(recommendation) > details(downloads) | Downloads
            list-item 11:3 admonition(recommendation) > details(downloads) > list > item 1 | · Android
            list-item 12:3 admonition(recommendation) > details(downloads) > list > item 2 | · Linux
            paragraph 18:1 page | After the box.
            """, HtmlContainerPage);

        var containers = PageReader.Read("page.md", HtmlContainerPage).Containers;
        Assert.Equal([("admonition", "recommendation", "<div>"), ("details", "downloads", "<details>")], containers.Select(c => (c.Kind, c.Qualifier, c.Syntax)));
    }

    [Fact]
    public void Content_tabs_are_containers_with_translatable_titles()
    {
        AssertUnits("""
            tab-title 1:6 tab | Android
            paragraph 3:5 tab | Install from the store.
            tab-title 5:6 tab | iOS
            paragraph 7:5 tab | Install from the App Store.
            paragraph 9:1 page | Outside the tabs.
            """, """
            === "Android"

                Install from the store.

            === "iOS"

                Install from the App Store.

            Outside the tabs.
            """);
    }

    private const string PipeTable = """
        | Feature | Status |
        | --- | :-: |
        | Encryption | **On** |
        | Backups | `off` |
        """;

    [Fact]
    public void Pipe_table_cells_are_units_per_row_and_cell()
    {
        var page = PageReader.Read("page.md", PipeTable);

        Assert.Equal(
            [
                (1, "table > row 1 > cell 1", "Feature"),
                (1, "table > row 1 > cell 2", "Status"),
                (3, "table > row 2 > cell 1", "Encryption"),
                (3, "table > row 2 > cell 2", "On"),
                (4, "table > row 3 > cell 1", "Backups"),
                (4, "table > row 3 > cell 2", "·"),
            ],
            page.Units.Select(u => (u.Line, u.Path.ToString(), u.Prose.Text.Replace(ProseText.Atom, '·'))));
        Assert.All(page.Units, u => Assert.Equal(UnitKind.TableCell, u.Kind));
    }

    [Fact]
    public void Pipe_table_cells_start_at_their_first_character()
    {
        AssertUnits("""
            table-cell 1:3 table > row 1 > cell 1 | Feature
            table-cell 1:13 table > row 1 > cell 2 | Status
            table-cell 3:3 table > row 2 > cell 1 | Encryption
            table-cell 3:16 table > row 2 > cell 2 | On
            table-cell 4:3 table > row 3 > cell 1 | Backups
            table-cell 4:13 table > row 3 > cell 2 | ·
            """, PipeTable);
    }

    [Fact]
    public void Icons_and_bare_urls_in_table_cells_are_invariants()
    {
        var page = PageReader.Read("page.md", "| Feature | Signal |\n| --- | --- |\n| Encryption | :material-check: Yes |\n| Site | https://signal.org |\n");

        Assert.Contains(page.Units[3].Invariants, i => i.Kind == InvariantKind.Icon && i.Value == ":material-check:");
        Assert.Contains(page.Units[5].Invariants, i => i.Value == "https://signal.org");
        Assert.Equal("· Yes", page.Units[3].Prose.Text.Replace(ProseText.Atom, '·'));
    }

    [Fact(Skip = "bug (upstream Markdig GenericAttributesParser.TryParse: 'if (end == start) break;'): a one-character id or class in an attribute list is refused, so '## Title { #e }' has no explicit id and '{ #e }' stays in the heading text; Python-Markdown's attr_list accepts it, so heading-mismatch cannot see such an id dropped", SkipType = typeof(KnownBugs), SkipWhen = nameof(KnownBugs.AreSkipped))]
    public void A_one_character_heading_id_is_an_explicit_id()
    {
        var heading = Assert.Single(PageReader.Read("page.md", "## Title { #e }\n").Units);

        Assert.Equal("e", heading.ExplicitId);
        Assert.Equal("Title", heading.Prose.Text);
    }

    [Fact]
    public void Heading_ids_with_two_or_more_characters_are_explicit_ids()
    {
        var units = PageReader.Read("page.md", "## Title { #ab }\n\n## :material-check: Title: sub {#abc}\n").Units;

        Assert.Equal(["ab", "abc"], units.Select(u => u.ExplicitId));
        Assert.Equal(["Title", "· Title: sub"], units.Select(u => u.Prose.Text.Replace(ProseText.Atom, '·')));
    }

    [Fact]
    public void Footnotes_including_an_unreferenced_definition()
    {
        const string markdown = """
            Signal supports forward secrecy.[^1]

            [^1]: Keys rotate often.
            [^unused]: Nobody references this note.
            """;

        AssertUnits("""
            paragraph 1:1 page | Signal supports forward secrecy.·
            paragraph 3:7 footnote(1) | Keys rotate often.
            paragraph 4:12 footnote(unused) | Nobody references this note.
            """, markdown);

        var page = PageReader.Read("page.md", markdown);
        Assert.Equal(["1", "unused"], page.FootnoteDefinitions.Select(d => d.Label));
        Assert.Contains(page.Units[0].Invariants, i => i.Kind == InvariantKind.FootnoteReference && i.Value == "1");
    }

    [Fact]
    public void A_page_whose_footnote_references_were_all_lost_still_has_the_definitions()
    {
        AssertUnits("""
            paragraph 1:1 page | Signal은 순방향 비밀성을 지원합니다.
            paragraph 3:7 footnote(1) | 키는 자주 교체됩니다.
            """, """
            Signal은 순방향 비밀성을 지원합니다.

            [^1]: 키는 자주 교체됩니다.
            """);
    }

    private const string SnippetPage = """
        Intro text.

        --8<-- "includes/abbreviations.en.txt"

        --8<--
        includes/a.md
        includes/b.md
        --8<--

        \--8<-- "includes/escaped.md"

        ;--8<-- "includes/literal.md"
        """;

    [Fact]
    public void Snippet_lines_single_block_and_escaped()
    {
        AssertUnits("""
            paragraph 1:1 page | Intro text.
            snippet 3:1 page | --8<-- "includes/abbreviations.en.txt" => includes/abbreviations.en.txt
            snippet 5:1 page | --8<-- => includes/a.md⏎includes/b.md
            snippet 10:1 page | \--8<-- "includes/escaped.md" => includes/escaped.md
            snippet 12:1 page | ;--8<-- "includes/literal.md" => includes/literal.md
            """, SnippetPage);

        var snippets = PageReader.Read("page.md", SnippetPage).Units.Where(u => u.Kind == UnitKind.Snippet).ToList();
        Assert.Equal(8, snippets[1].EndLine);
        Assert.StartsWith("\\", snippets[2].Key, StringComparison.Ordinal);
        Assert.All(snippets, s => Assert.False(s.IsTranslatable));
    }

    private const string InlinePage = """
        :material-check: Works offline. :fontawesome-solid-lock: Encrypted.

        [Homepage](https://example.org/){ .md-button .md-button--primary }

        ## Setup { #setup }

        See {{ config.site_name }} and <kbd>Ctrl</kbd>. Visit https://example.org/docs today.
        """;

    [Fact]
    public void Icons_shortcodes_html_and_bare_urls_are_atoms_and_attribute_lists_are_not_prose()
    {
        AssertUnits("""
            paragraph 1:1 page | · Works offline. · Encrypted.
            paragraph 3:1 page | Homepage
            heading 5:1 page | Setup
            paragraph 7:1 page | See · and ·Ctrl·. Visit · today.
            """, InlinePage);
    }

    [Fact]
    public void Icons_and_attribute_lists_are_invariants_at_their_own_position()
    {
        var page = PageReader.Read("page.md", InlinePage);

        Assert.Equal("""
            Icon :material-check: 1:1
            Icon :fontawesome-solid-lock: 1:33
            Link https://example.org/ 3:1
            Attributes .md-button .md-button--primary 3:1
            Attributes #setup 5:1
            Shortcode {{ config.site_name }} 7:5
            HtmlTag <kbd> 7:32
            HtmlTag </kbd> 7:41
            BareUrl https://example.org/docs 7:55
            """, RenderInvariants(page));
        Assert.Equal("setup", page.Units[2].ExplicitId);
        Assert.Equal(2, page.Units[2].HeadingLevel);
    }

    [Fact]
    public void Lists_quotes_code_html_rules_and_abbreviations()
    {
        AssertUnits("""
            list-item 1:4 ordered-list > item 1 | First ordered.
            list-item 2:4 ordered-list > item 2 | Second ordered.
            list-item 3:7 ordered-list > item 2 > list > item 1 | Nested bullet.
            paragraph 5:3 quote | Quoted text.
            thematic-break 7:1 page | ---
            code-block 9:1 page | yaml => theme: material
            html 13:1 page | <iframe src="https://example.org/embed"></iframe>
            paragraph 15:1 page | The HTML spec is long.
            abbreviation 17:1 abbreviation(HTML) | Hyper Text Markup Language
            """, """
            1. First ordered.
            2. Second ordered.
                - Nested bullet.

            > Quoted text.

            ---

            ```yaml
            theme: material
            ```

            <iframe src="https://example.org/embed"></iframe>

            The HTML spec is long.

            *[HTML]: Hyper Text Markup Language
            """);
    }

    [Fact]
    public void Malformed_admonition_and_tab_titles_keep_their_block_and_are_recorded()
    {
        const string markdown = "!!! tip 「제목」\n\n    본문입니다.\n\n=== «Onglet»\n\n    Texte.\n";

        AssertUnits("""
            admonition-title 1:9 admonition(tip) | 제목
            paragraph 3:5 admonition(tip) | 본문입니다.
            tab-title 5:5 tab | Onglet
            paragraph 7:5 tab | Texte.
            """, markdown);

        var containers = PageReader.Read("page.md", markdown).Containers;
        Assert.Equal(["「제목」", "«Onglet»"], containers.Select(c => c.MalformedTitle));
    }

    private static IEnumerable<string> Pages() =>
    [
        FrontMatterPage, AdmonitionPage, HtmlContainerPage, PipeTable, SnippetPage, InlinePage,
        TestPaths.ReadFixture("Rules", "clean", "full-syntax-ko", "en.md"),
        TestPaths.ReadFixture("Rules", "clean", "full-syntax-ko", "target.md"),
    ];

    public static TheoryData<string> EveryPage() => new(Pages());

    [Theory]
    [MemberData(nameof(EveryPage))]
    public void CRLF_and_lone_CR_line_endings_give_the_same_lines_and_columns_as_LF(string markdown)
    {
        var lf = Render(PageReader.Read("page.md", markdown.Replace("\r\n", "\n", StringComparison.Ordinal)));

        Assert.Equal(lf, Render(PageReader.Read("page.md", markdown.Replace("\n", "\r\n", StringComparison.Ordinal))));
        Assert.Equal(lf, Render(PageReader.Read("page.md", markdown.Replace("\n", "\r", StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public void A_UTF8_BOM_in_the_file_is_ignored_when_the_file_is_decoded(string markdown)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(markdown)).ToArray();

        var decoded = TextFileReader.Decode(bytes);

        Assert.True(decoded.Ok, decoded.Error);
        Assert.Equal(Render(PageReader.Read("page.md", markdown)), Render(PageReader.Read("page.md", decoded.Text!)));
    }

    [Fact]
    public void Front_matter_of_a_file_with_a_BOM_is_recognised_by_the_engine()
    {
        var dir = Directory.CreateTempSubdirectory("l10n-bom-");
        try
        {
            var en = Path.Combine(dir.FullName, "en.md");
            var ko = Path.Combine(dir.FullName, "ko.md");
            File.WriteAllText(en, FrontMatterPage, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            File.WriteAllText(ko, FrontMatterPage.Replace("title: Password Managers", "title: 비밀번호 관리자", StringComparison.Ordinal)
                .Replace("description: \"Keep every password unique.\"", "description: \"비밀번호는 모두 다르게 만드세요.\"", StringComparison.Ordinal)
                .Replace("# Password Managers", "# 비밀번호 관리자", StringComparison.Ordinal)
                .Replace("Use one.", "하나를 사용하세요.", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(0xEF, File.ReadAllBytes(ko)[0]);

            var result = new Localization.Core.Checking.CheckEngine(Checker.Options).CheckPair(new("ko", "en.md", "ko.md", en, ko));

            Assert.True(result.Findings.Count == 0, Checker.Describe(result.Findings));
            Assert.Equal(4, result.Stats.Units);
            Assert.Equal(4, result.Stats.Translated);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_leading_BOM_character_in_the_text_is_ignored()
    {
        AssertUnits(FrontMatterTable, "\uFEFF" + FrontMatterPage);
    }

    [Fact]
    public void Tabs_in_indentation_count_as_one_UTF16_column_not_as_expanded_spaces()
    {
        AssertUnits("""
            list-item 1:3 list > item 1 | item continued text
            paragraph 4:2 list > item 1 | Indented by tab.
            paragraph 6:3 quote | Quoted after tab.
            paragraph 9:2 admonition(note) | Tab-indented body.
            """, "- item\n\tcontinued text\n\n\tIndented by tab.\n\n>\tQuoted after tab.\n\n!!! note\n\tTab-indented body.\n");
    }

    [Fact]
    public void Columns_count_UTF16_code_units_after_astral_characters()
    {
        AssertUnits("""
            admonition-title 1:11 admonition(note) | 🔒 Locked
            paragraph 3:5 admonition(note) | 🔒🔒 Two locks.
            """, "!!! note \"🔒 Locked\"\n\n    🔒🔒 Two locks.\n");

        var page = PageReader.Read("page.md", "🔒 [x](https://example.org/)\n");
        var link = Assert.Single(page.Units[0].Invariants);
        Assert.Equal((1, 4), page.Lines.Position(link.Start));
    }

    [Fact]
    public void Unit_ids_are_stable_and_do_not_depend_on_line_numbers()
    {
        var page = PageReader.Read("page.md", AdmonitionPage);
        var shifted = PageReader.Read("page.md", "\n\n\n" + AdmonitionPage);

        Assert.Equal(page.Units.Select(u => u.Id), shifted.Units.Select(u => u.Id));
        Assert.Equal(page.Units.Count, page.Units.Select(u => u.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(page.Units.Select(u => u.Line + 3), shifted.Units.Select(u => u.Line));
    }

    [Fact]
    public void Unit_ranges_lie_inside_the_page_and_are_in_page_order()
    {
        foreach (var markdown in Pages())
        {
            var page = PageReader.Read("page.md", markdown);
            var previous = -1;
            foreach (var u in page.Units)
            {
                Assert.InRange(u.Start, 0, markdown.Length);
                Assert.InRange(u.End, u.Start, markdown.Length);
                Assert.True(u.Start >= previous, $"unit {u} starts before the previous one");
                previous = u.Start;
                Assert.Equal(page.Lines.Position(u.Start), (u.Line, u.Column));
                Assert.Equal(page.Lines.Position(u.End), (u.EndLine, u.EndColumn));
                Assert.Equal(u.Index, page.Units.ToList().IndexOf(u));
            }
        }
    }
}
