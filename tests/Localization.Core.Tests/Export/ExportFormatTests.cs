using System.Text.Json;
using System.Xml.Linq;
using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>Every format read by its real client (xmllint with the XLIFF schema, translate-toolkit, msgfmt) and read back.</summary>
public sealed class ExportFormatTests
{
    private static ExportPage Page => ExportSupport.Export(ExportPages.English, ExportPages.Korean);

    [Fact]
    public void Xliff_validates_against_the_strict_schema_and_converts_with_xliff2po()
    {
        var schema = ExportSupport.XliffSchema();
        var file = ExportSupport.TempFile(ExportSupport.Write(new XliffWriter(), Page), ".xlf");
        var po = Path.ChangeExtension(file, ".po");
        try
        {
            var (code, output) = ExportSupport.Run("xmllint", "libxml2-utils", "--noout", "--schema", schema, file);
            Assert.True(code == 0, output);

            (code, output) = ExportSupport.Run("xliff2po", "translate-toolkit", "--progress=none", "-i", file, "-o", po);
            Assert.True(code == 0 && File.Exists(po), output);
            var entries = ExportSupport.ReadPo(File.ReadAllText(po));

            // translate-toolkit gives the markup back from the <ph> elements: nothing was lost.
            Assert.Contains(entries, e => e.Id == "Notes apps keep **everything** you write. Run `notes --lock` before you lend your phone to anyone.");
            Assert.Contains(entries, e => e.Str == "기기에서 메모를 암호화하는[^1] 앱을 고르고 먼저 [개인정보 처리방침](https://example.org/other)을 읽으세요.");
            Assert.Equal(4, entries.Count);
        }
        finally
        {
            File.Delete(file);
            File.Delete(po);
        }
    }

    [Theory]
    [InlineData("pt_BR", "pt-BR")] // Crowdin's %locale_with_underscore%
    [InlineData("zh-Hant", "zh-Hant")]
    [InlineData("portuguese", "und")] // no language tag: a part is longer than 8 characters
    public void Xliff_languages_are_language_tags_the_schema_accepts(string language, string tag)
    {
        var schema = ExportSupport.XliffSchema();
        var page = ExportSupport.Export(ExportPages.English, ExportPages.Korean, language: language, target: $"i18n/{language}/page.md");
        var xliff = ExportSupport.Write(new XliffWriter(), page);
        ExportSupport.Accept(xliff, ".xlf", "xmllint", "libxml2-utils", "--noout", "--schema", schema);
        Assert.Equal(tag, (string?)XDocument.Parse(xliff).Root!.Elements().First().Attribute("target-language"));
        Assert.Equal(tag, (string?)XDocument.Parse(ExportSupport.Write(new Xliff2Writer(), page)).Root!.Attribute("trgLang"));
    }

    [Fact]
    public void Xliff_round_trips_ids_texts_and_states()
    {
        var page = Page;
        var read = ExportSupport.ReadXliff(ExportSupport.Write(new XliffWriter(), page));
        Assert.Equal(page.Items.Select(i => i.Id), read.Select(r => r.Id));
        Assert.Equal(page.Items.Select(i => i.Source.Markdown), read.Select(r => r.Source));
        Assert.Equal(page.Items.Select(i => i.Translation.Markdown), read.Select(r => r.Target));
        Assert.Equal(["needs-review-translation", "needs-adaptation", "needs-translation", "needs-translation"], read.Select(r => r.State));
    }

    [Fact]
    public void Xliff2_is_well_formed_with_original_data_for_every_code()
    {
        var page = Page;
        var xml = ExportSupport.Write(new Xliff2Writer(), page);
        ExportSupport.Accept(xml, ".xliff", "xmllint", "libxml2-utils", "--noout");

        XNamespace x = Xliff2Writer.Namespace;
        var document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        Assert.Equal("ko", (string?)document.Root!.Attribute("trgLang"));
        var units = document.Descendants(x + "unit").ToList();
        Assert.Equal(page.Items.Select(i => i.Id), units.Select(u => (string?)u.Attribute("name")));
        Assert.All(units, u => Assert.Matches("^[A-Za-z0-9.:_-]+$", (string?)u.Attribute("id")));
        foreach (var (unit, item) in units.Zip(page.Items))
        {
            var data = unit.Descendants(x + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
            string Flatten(XElement e) => string.Concat(e.Nodes().Select(n => n is XElement ph ? data[(string)ph.Attribute("dataRef")!] : ((XText)n).Value));
            Assert.Equal(item.Source.Markdown, Flatten(unit.Descendants(x + "source").Single()));
            Assert.Equal(item.Translation.Markdown, unit.Descendants(x + "target").SingleOrDefault() is { } t ? Flatten(t) : "");
        }

        Assert.Equal(["translated", "translated", "initial", "initial"], document.Descendants(x + "segment").Select(s => (string?)s.Attribute("state")));
    }

    [Fact]
    public void Po_passes_msgfmt_check_and_round_trips()
    {
        var page = Page;
        var text = ExportSupport.Write(new PoExportWriter(), page);
        ExportSupport.Accept(text, ".po", "msgfmt", "gettext", "--check", "-o", "/dev/null");

        var entries = ExportSupport.ReadPo(text);
        Assert.Equal(page.Items.Select(i => i.Id), entries.Select(e => e.Context));
        Assert.Equal(page.Items.Select(i => i.Source.Markdown), entries.Zip(page.Items).Select(p => InlineText.FromPlaceholders(p.First.Id, p.Second.Source.Codes).Markdown));
        Assert.Equal(page.Items.Select(i => i.Translation.WithPlaceholders), entries.Select(e => e.Str));
        Assert.Equal([true, true, false, false], entries.Select(e => e.Fuzzy));
        Assert.Contains("#. {3} = `notes --lock`", text, StringComparison.Ordinal);
        Assert.Contains("#: docs/page.md:7 i18n/ko/page.md:7", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_crowdins_scheme_and_json_has_the_documented_shape()
    {
        var page = Page;
        var csv = ExportSupport.Write(new CsvExportWriter(), page);
        Assert.StartsWith("identifier,source_phrase,translation,context\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Notes apps keep {1}everything{2} you write. Run {3} before you lend your phone to anyone.\"", csv, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ExportSupport.Write(new JsonExportWriter(), page));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var items = json.RootElement.GetProperty("pages")[0].GetProperty("items");
        Assert.Equal(4, items.GetArrayLength());
        Assert.Equal("partial", items[0].GetProperty("state").GetString());
        Assert.Equal("`notes --lock`", items[0].GetProperty("codes")[2].GetProperty("original").GetString());
        Assert.Equal(JsonValueKind.Null, items[3].GetProperty("current").ValueKind);
    }

    [Fact]
    public void Diff_shows_english_left_in_the_translation_as_context_lines()
    {
        var diff = ExportSupport.Write(new DiffExportWriter(), Page);
        Assert.Contains("--- docs/page.md:7\n+++ i18n/ko/page.md:7\n@@ -1,2 +1,2 @@\n-Notes apps keep **everything** you write.\n+메모 앱은 작성한 **모든 것**을 보관합니다.\n Run `notes --lock` before you lend your phone to anyone.\n", diff, StringComparison.Ordinal);
        Assert.Contains("+++ i18n/ko/page.md (missing)\n@@ -1,1 +0,0 @@\n-The last paragraph was added after the translation was made.\n", diff, StringComparison.Ordinal);
    }
}
