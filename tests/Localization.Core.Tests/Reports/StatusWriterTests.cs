using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports.Status;

namespace Localization.Core.Tests.Reports;

/// <summary>The four status formats, on the hand-built result of <see cref="StatusTableTests"/>.</summary>
public sealed class StatusWriterTests
{
    private static readonly string[] NumberFields = ["files", "units", "translated", "partial", "untranslated", "missing", "extra", "coverage", "errors", "warnings", "infos", "outdated"];

    private static string Render(string format, StatusTable table)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var statusWriter = StatusWriters.Create(format);
        Assert.Equal(format, statusWriter.Name);
        statusWriter.Write(table, writer);
        return writer.ToString();
    }

    private static StatusTable Languages() => StatusTable.Build(StatusTableTests.Sample(), byFile: false, StatusSort.Name);

    private static StatusTable Files() => StatusTable.Build(StatusTableTests.Sample(), byFile: true, StatusSort.Name);

    private static StatusTable OneFile(string page) =>
        StatusTable.Build(new CheckResult([StatusTableTests.File("ko", page, new FileStats(3, 1, 1, 1, 0, 0))], [], ["ko"], 0), byFile: true, StatusSort.Name);

    [Fact]
    public void Formats_are_known_by_name()
    {
        Assert.Equal(["text", "markdown", "json", "csv"], StatusWriters.Names);
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusWriters.Create("xml"));
    }

    [Fact]
    public void Text_is_an_aligned_table_with_right_aligned_numbers_and_a_total()
    {
        const string expected = """
            language  files  units  translated  partial  untranslated  missing  extra  coverage  errors  warnings  infos  outdated
            --------  -----  -----  ----------  -------  ------------  -------  -----  --------  ------  --------  -----  --------
            fr            2     10           9        0             1        0      0     90.0%       1         1      0         0
            ko            3     14           6        1             2        5      1     42.9%       1         3      1         0
            --------  -----  -----  ----------  -------  ------------  -------  -----  --------  ------  --------  -----  --------
            total         5     24          15        1             3        5      1     62.5%       2         4      1         0

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), Render("text", Languages()));
    }

    [Fact]
    public void Text_by_file_widens_the_path_columns_to_the_longest_path_and_has_no_total_for_one_row()
    {
        var lines = Render("text", Files()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + 5 + 2, lines.Length);
        Assert.StartsWith("language  source         target            freshness   files  units", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("ko        docs/sub/b.md  i18n/ko/sub/b.md  up-to-date      1      4           0", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("total                                                      5     24", lines[8], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.All(lines, l => Assert.True(l.All(char.IsAscii), l));

        var single = Render("text", OneFile("a.md")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, single.Length);
        Assert.DoesNotContain(single, l => l.StartsWith("total", StringComparison.Ordinal));
        Assert.EndsWith("33.3%       0         0      0         0", single[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_escapes_control_characters_in_paths()
    {
        var text = Render("text", OneFile("evil\u001b[31m.md"));
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("i18n/ko/evil\\x1b[31m.md", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_is_a_github_table_with_numbers_right_aligned_and_a_bold_total()
    {
        const string expected = """
            | language | files | units | translated | partial | untranslated | missing | extra | coverage | errors | warnings | infos | outdated |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | fr | 2 | 10 | 9 | 0 | 1 | 0 | 0 | 90.0% | 1 | 1 | 0 | 0 |
            | ko | 3 | 14 | 6 | 1 | 2 | 5 | 1 | 42.9% | 1 | 3 | 1 | 0 |
            | **total** | 5 | 24 | 15 | 1 | 3 | 5 | 1 | 62.5% | 2 | 4 | 1 | 0 |

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), Render("markdown", Languages()));

        var files = Render("markdown", OneFile("a|b_c.md")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("| language | source | target | freshness | files | units | translated | partial | untranslated | missing | extra | coverage | errors | warnings | infos | outdated |", files[0]);
        Assert.Equal("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", files[1]);
        Assert.Equal(@"| ko | docs/a\|b\_c.md | i18n/ko/a\|b\_c.md | up-to-date | 1 | 3 | 1 | 1 | 1 | 0 | 0 | 33.3% | 0 | 0 | 0 | 0 |", files[2]);
        Assert.Equal(3, files.Length);
    }

    [Fact]
    public void Csv_has_a_header_plain_numbers_newline_line_ends_and_no_total()
    {
        const string expected = "language,files,units,translated,partial,untranslated,missing,extra,coverage,errors,warnings,infos,outdated\n"
            + "fr,2,10,9,0,1,0,0,90.0,1,1,0,0\n"
            + "ko,3,14,6,1,2,5,1,42.9,1,3,1,0\n";
        Assert.Equal(expected, Render("csv", Languages()));

        var files = Render("csv", Files());
        Assert.DoesNotContain('\r', files);
        Assert.StartsWith("language,source,target,freshness,files,units,", files, StringComparison.Ordinal);
        Assert.Contains("\nko,docs/sub/b.md,i18n/ko/sub/b.md,up-to-date,1,4,0,0,0,4,0,0.0,0,1,0,0\n", files, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain.md", "plain.md")]
    [InlineData("a,b.md", "\"a,b.md\"")]
    [InlineData("say \"hi\".md", "\"say \"\"hi\"\".md\"")]
    [InlineData("two\nlines.md", "\"two\nlines.md\"")]
    [InlineData("cr\r.md", "\"cr\r.md\"")]
    [InlineData("", "")]
    [InlineData("한국어 page.md", "한국어 page.md")]
    public void Csv_quotes_fields_holding_a_comma_a_quote_or_a_line_break(string value, string expected) =>
        Assert.Equal(expected, CsvStatusWriter.Field(value));

    [Fact]
    public void Csv_quoted_paths_round_trip_as_one_record()
    {
        var csv = Render("csv", OneFile("a,\"b\"\nc.md"));
        Assert.Equal("language,source,target,freshness,files,units,translated,partial,untranslated,missing,extra,coverage,errors,warnings,infos,outdated\n"
            + "ko,\"docs/a,\"\"b\"\"\nc.md\",\"i18n/ko/a,\"\"b\"\"\nc.md\",up-to-date,1,3,1,1,1,0,0,33.3,0,0,0,0\n", csv);
    }

    [Fact]
    public void Json_has_version_tool_rows_and_total_with_numbers_as_numbers()
    {
        using var document = JsonDocument.Parse(Render("json", Languages()));
        var root = document.RootElement;
        Assert.Equal(["version", "tool", "byFile", "rows", "total"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("l10n", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("tool").GetProperty("version").GetString());
        Assert.False(root.GetProperty("byFile").GetBoolean());

        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(["language", .. NumberFields], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.All(NumberFields, f => Assert.Equal(JsonValueKind.Number, r.GetProperty(f).ValueKind)));
        Assert.Equal("ko", rows[1].GetProperty("language").GetString());
        Assert.Equal(14, rows[1].GetProperty("units").GetInt32());
        Assert.Equal(5, rows[1].GetProperty("missing").GetInt32());
        Assert.Equal(3, rows[1].GetProperty("warnings").GetInt32());
        Assert.Equal(42.9, rows[1].GetProperty("coverage").GetDouble());
        Assert.Equal("90.0", rows[0].GetProperty("coverage").GetRawText());

        var total = root.GetProperty("total");
        Assert.Equal(NumberFields, total.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, total.GetProperty("files").GetInt32());
        Assert.Equal(24, total.GetProperty("units").GetInt32());
        Assert.Equal(62.5, total.GetProperty("coverage").GetDouble());
        Assert.Equal(2, total.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Json_by_file_rows_carry_source_and_target_and_coverage_stays_within_0_to_100()
    {
        using var document = JsonDocument.Parse(Render("json", Files()));
        var root = document.RootElement;
        Assert.True(root.GetProperty("byFile").GetBoolean());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(["language", "source", "target", "freshness", .. NumberFields], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("coverage").GetDouble(), 0, 100));
        var missing = rows.Single(r => r.GetProperty("target").GetString() == "i18n/ko/sub/b.md");
        Assert.Equal("docs/sub/b.md", missing.GetProperty("source").GetString());
        Assert.Equal(0.0, missing.GetProperty("coverage").GetDouble());
        Assert.Equal(100.0, rows.Single(r => r.GetProperty("target").GetString() == "i18n/ko/c.md").GetProperty("coverage").GetDouble());
        Assert.Equal(
            StatusTableTests.Sample().Count(Severity.Warning),
            rows.Sum(r => r.GetProperty("warnings").GetInt32()));
    }
}
