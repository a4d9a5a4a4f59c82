using System.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.TestSupport;

/// <summary>
/// Renders a page's units as a text table in the style of Markdig's source-position tests:
/// one line per unit, <c>kind line:col path | prose</c>, atoms shown as '·'.
/// </summary>
internal static class UnitTable
{
    public static string Render(PageModel page) => Render(page.Units);

    public static string Render(IEnumerable<TranslationUnit> units)
    {
        var sb = new StringBuilder();
        foreach (var u in units)
        {
            sb.Append(Kind(u.Kind)).Append(' ').Append(u.Line).Append(':').Append(u.Column).Append(' ').Append(u.Path);
            var prose = u.Prose.Text.Replace(ProseText.Atom, '·');
            var verbatim = u.Verbatim?.Replace("\r\n", "⏎", StringComparison.Ordinal).Replace('\n', '⏎');
            sb.Append(" | ").Append(prose.Length > 0 ? prose : u.Key ?? verbatim ?? "");
            if (prose.Length == 0 && u.Key is not null && verbatim is not null && verbatim != u.Key)
            {
                sb.Append(" => ").Append(verbatim);
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The invariants of every unit, one per line: <c>kind value line:col</c>.</summary>
    public static string RenderInvariants(PageModel page)
    {
        var sb = new StringBuilder();
        foreach (var u in page.Units)
        {
            foreach (var i in u.Invariants)
            {
                var (line, column) = page.Lines.Position(i.Start);
                sb.Append(i.Kind).Append(' ').Append(i.Value).Append(' ').Append(line).Append(':').Append(column).Append('\n');
            }
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Compares a page's table with the expected one, normalising line endings and outer blank lines.</summary>
    public static void AssertUnits(string expected, string markdown)
    {
        var page = PageReader.Read("page.md", markdown);
        Assert.Equal(Normalize(expected), Render(page));
    }

    public static string Normalize(string table) => table.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');

    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.FrontMatter => "front-matter",
        UnitKind.Heading => "heading",
        UnitKind.Paragraph => "paragraph",
        UnitKind.ListItem => "list-item",
        UnitKind.TableCell => "table-cell",
        UnitKind.AdmonitionTitle => "admonition-title",
        UnitKind.TabTitle => "tab-title",
        UnitKind.SummaryTitle => "summary",
        UnitKind.Abbreviation => "abbreviation",
        UnitKind.CodeBlock => "code-block",
        UnitKind.Snippet => "snippet",
        UnitKind.Html => "html",
        UnitKind.ThematicBreak => "thematic-break",
        _ => kind.ToString(),
    };
}
