using System.Text.Json;
using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>Hostile text in pages: formula injection, XML special characters, <c>]]&gt;</c>, lone surrogates, control characters.</summary>
public sealed class ExportSafetyTests
{
    private const string English = """
        =HYPERLINK("http://evil.example","click") is what a spreadsheet would run from this cell.

        +1 for the plan, -1 for the price, @admin decides.

        Press <kbd>Ctrl</kbd> & "S" to save, it's 1 < 2 > 0.

        A sentence with a bell {BELL} and an escape {ESC}[31m inside.
        """;

    private const string Korean = """
        =HYPERLINK("http://evil.example","click") is what a spreadsheet would run from this cell.

        +1 for the plan, -1 for the price, @admin decides.

        <kbd>Ctrl</kbd> & "S"를 눌러 저장하세요 ]]> 1 < 2 > 0. Still English here, as you can see.

        A sentence with a bell {BELL} and an escape {ESC}[31m inside.
        """;

    private static ExportPage Page => ExportSupport.Export(WithControls(English), WithControls(Korean));

    private static string WithControls(string page) => page.Replace("{BELL}", "\u0007", StringComparison.Ordinal).Replace("{ESC}", "\u001b", StringComparison.Ordinal);

    [Fact]
    public void Csv_cells_cannot_start_a_formula_and_python_reads_every_cell_back()
    {
        var page = Page;
        var csv = ExportSupport.Write(new CsvExportWriter(), page);
        var output = ExportSupport.Accept(csv, ".csv", "python3", "python3", "-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))");
        var rows = JsonSerializer.Deserialize<string[][]>(output)!;
        Assert.Equal(page.Items.Count + 1, rows.Length);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
        Assert.Contains(rows, r => r[1].StartsWith("'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[1] == "'+1 for the plan, -1 for the price, @admin decides.");
        Assert.All(rows.Skip(1), r => Assert.Equal(4, r.Length));
    }

    [Fact]
    public void Xml_special_characters_and_cdata_ends_survive_xliff_and_stay_valid()
    {
        var schema = ExportSupport.XliffSchema();
        var page = Page;
        var xml = ExportSupport.Write(new XliffWriter(), page);
        ExportSupport.Accept(xml, ".xlf", "xmllint", "libxml2-utils", "--noout", "--schema", schema);

        var read = ExportSupport.ReadXliff(xml);
        Assert.Contains(read, r => r.Source == "Press <kbd>Ctrl</kbd> & \"S\" to save, it's 1 < 2 > 0.");
        Assert.Contains(read, r => r.Target == "<kbd>Ctrl</kbd> & \"S\"를 눌러 저장하세요 ]]> 1 < 2 > 0. Still English here, as you can see.");
        Assert.DoesNotContain("]]>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_codes_in_every_format()
    {
        var page = Page;
        var item = page.Items.Single(i => i.Source.Markdown.StartsWith("A sentence", StringComparison.Ordinal));
        Assert.StartsWith("A sentence with a bell {1} and an escape {2}", item.Source.WithPlaceholders, StringComparison.Ordinal);
        Assert.Equal([InlineCodeKind.Char, InlineCodeKind.Char], item.Source.Codes.Take(2).Select(c => c.Kind));
        Assert.Equal("A sentence with a bell \u0007 and an escape \u001b[31m inside.", item.Source.Markdown);

        foreach (var name in ExportWriters.Names)
        {
            var text = ExportSupport.Write(ExportWriters.Create(name), page);
            Assert.False(text.Any(c => c < ' ' && c is not ('\n' or '\r' or '\t')), $"{name} wrote a control character");
        }

        var xliff2 = ExportSupport.Write(new Xliff2Writer(), page);
        Assert.Contains("<cp hex=\"0007\" />", xliff2, StringComparison.Ordinal);
        ExportSupport.Accept(ExportSupport.Write(new PoExportWriter(), page), ".po", "msgfmt", "gettext", "--check", "-o", "/dev/null");
    }

    [Fact]
    public void Lone_surrogates_never_reach_a_file()
    {
        // Files are strict UTF-8 and cannot hold them; text handed over in memory (CheckTexts) can.
        var page = ExportSupport.Export("Broken \uD800 surrogate and \uDC00 another one here.\n", "Broken \uD800 surrogate and \uDC00 another one here.\n");
        var item = Assert.Single(page.Items);
        Assert.Equal([InlineCodeKind.Char, InlineCodeKind.Char], item.Source.Codes.Select(c => c.Kind));
        foreach (var name in ExportWriters.Names)
        {
            var text = ExportSupport.Write(ExportWriters.Create(name), page);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.False(InlineSegmenter.IsUnwritable(text, i) && char.IsSurrogate(text[i]), $"{name} wrote a lone surrogate at {i}");
            }
        }

        Assert.Contains("U+D800", ExportSupport.Write(new XliffWriter(), page), StringComparison.Ordinal);
        Assert.Contains("<cp hex=\"D800\" />", ExportSupport.Write(new Xliff2Writer(), page), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ExportSupport.Write(new JsonExportWriter(), page));
        Assert.Equal("U+D800", json.RootElement.GetProperty("pages")[0].GetProperty("items")[0].GetProperty("codes")[0].GetProperty("original").GetString());
    }
}
