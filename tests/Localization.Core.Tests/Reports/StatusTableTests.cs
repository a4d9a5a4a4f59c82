using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Reports.Status;

namespace Localization.Core.Tests.Reports;

/// <summary>StatusTable on hand-built check results: sums, attribution of findings, coverage, order, totals.</summary>
public sealed class StatusTableTests
{
    /// <summary>
    /// ko: a.md (10 units: 6/1/2/1, 1 extra), sub/b.md missing (4 units), c.md (0 units);
    /// fr: a.md (10 units: 9/0/1/0), and an unreadable English page z.md (invalid-file on the source).
    /// </summary>
    internal static CheckResult Sample()
    {
        FileResult[] files =
        [
            File("fr", "a.md", new FileStats(10, 9, 0, 1, 0, 0)),
            File("fr", "z.md", FileStats.Empty),
            File("ko", "a.md", new FileStats(10, 6, 1, 2, 1, 1)),
            File("ko", "c.md", FileStats.Empty),
            File("ko", "sub/b.md", new FileStats(4, 0, 0, 0, 4, 0)),
        ];
        Finding[] findings =
        [
            Make("fr", "i18n/fr/a.md", Severity.Warning),
            Make("fr", "docs/z.md", Severity.Error, "invalid-file"),
            Make("ko", "i18n/ko/a.md", Severity.Error),
            Make("ko", "i18n/ko/a.md", Severity.Warning),
            Make("ko", "i18n/ko/a.md", Severity.Warning),
            Make("ko", "i18n/ko/a.md", Severity.Info),
            Make("ko", "i18n/ko/sub/b.md", Severity.Warning, "missing-file"),
        ];
        return new CheckResult(files, findings, ["fr", "ko"], 1);
    }

    internal static FileResult File(string language, string page, FileStats stats) =>
        new(new PairRequest(language, "docs/" + page, $"i18n/{language}/{page}", "/p/docs/" + page, $"/p/i18n/{language}/{page}"), stats, []);

    internal static Finding Make(string language, string file, Severity severity, string rule = "untranslated-block") => new()
    {
        Rule = rule,
        RuleId = "LC000",
        Severity = severity,
        Language = language,
        File = file,
        Message = "m",
        Fingerprint = "f",
    };

    [Fact]
    public void Language_rows_sum_the_files_and_count_findings_by_severity()
    {
        var table = StatusTable.Build(Sample(), byFile: false, StatusSort.Name);
        Assert.False(table.ByFile);
        Assert.Equal(["fr", "ko"], table.Rows.Select(r => r.Language));
        Assert.All(table.Rows, r => Assert.Null(r.Source));
        Assert.Equal(new StatusRow("fr", null, null, 2, 10, 9, 0, 1, 0, 0, 1, 1, 0), table.Rows[0]);
        Assert.Equal(new StatusRow("ko", null, null, 3, 14, 6, 1, 2, 5, 1, 1, 3, 1), table.Rows[1]);
        Assert.Equal(90.0m, table.Rows[0].Coverage);
        Assert.Equal(42.9m, table.Rows[1].Coverage); // 6/14 = 42.857…
    }

    [Fact]
    public void File_rows_attribute_findings_to_their_target_or_unreadable_source()
    {
        var table = StatusTable.Build(Sample(), byFile: true, StatusSort.Name);
        Assert.True(table.ByFile);
        Assert.Equal(
            ["fr i18n/fr/a.md", "fr i18n/fr/z.md", "ko i18n/ko/a.md", "ko i18n/ko/c.md", "ko i18n/ko/sub/b.md"],
            table.Rows.Select(r => $"{r.Language} {r.Target}"));
        Assert.Equal(new StatusRow("ko", "docs/a.md", "i18n/ko/a.md", 1, 10, 6, 1, 2, 1, 1, 1, 2, 1) { Freshness = Localization.Core.Freshness.PageFreshness.UpToDate }, table.Rows[2]);
        Assert.Equal((1, 0, 0), Counts(table.Rows[1])); // invalid-file on docs/z.md
        Assert.Equal((0, 1, 0), Counts(table.Rows[4])); // missing-file
        Assert.Equal(100.0m, table.Rows[3].Coverage); // no units
        Assert.Equal(0.0m, table.Rows[4].Coverage);
    }

    [Fact]
    public void A_finding_about_no_checked_page_gets_its_own_row_so_totals_stay_whole()
    {
        var sample = Sample();
        var result = sample with { Findings = [.. sample.Findings, Make("ko", "i18n/ko/gone.md", Severity.Error)] };
        var table = StatusTable.Build(result, byFile: true, StatusSort.Name);
        var row = Assert.Single(table.Rows, r => r.Target == "i18n/ko/gone.md");
        Assert.Equal(0, row.Files);
        Assert.Equal((1, 0, 0), Counts(row));
        Assert.Equal(result.Count(Severity.Error), table.Total.Errors);
    }

    [Fact]
    public void Total_sums_every_row_and_matches_the_run()
    {
        var result = Sample();
        foreach (var byFile in new[] { false, true })
        {
            var table = StatusTable.Build(result, byFile, StatusSort.Name);
            Assert.Equal(new StatusRow(StatusTable.TotalLabel, null, null, 5, 24, 15, 1, 3, 5, 1, 2, 4, 1), table.Total);
            Assert.Equal(result.Files.Count, table.Total.Files);
            Assert.Equal(result.Count(Severity.Error), table.Total.Errors);
            Assert.Equal(result.Count(Severity.Warning), table.Total.Warnings);
            Assert.Equal(result.Count(Severity.Info), table.Total.Infos);
            Assert.Equal(62.5m, table.Total.Coverage); // 15/24
        }
    }

    [Fact]
    public void Languages_without_files_still_get_a_row()
    {
        var table = StatusTable.Build(new CheckResult([], [], ["de"], 0), byFile: false, StatusSort.Name);
        var row = Assert.Single(table.Rows);
        Assert.Equal(new StatusRow("de", null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), row);
        Assert.Equal(100.0m, row.Coverage);
        Assert.Empty(StatusTable.Build(new CheckResult([], [], [], 0), byFile: true, StatusSort.Name).Rows);
    }

    [Theory]
    [InlineData(0, 0, "100.0")]
    [InlineData(5, 0, "100.0")]
    [InlineData(0, 7, "0.0")]
    [InlineData(7, 7, "100.0")]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.3")] // 6.25: half away from zero
    [InlineData(3, 16, "18.8")] // 18.75
    [InlineData(1, 2000, "0.1")] // 0.05
    [InlineData(3, 2000, "0.2")] // 0.15, not 0.1 as binary floating point would have it
    [InlineData(1, 2001, "0.0")] // 0.049975…
    [InlineData(1999, 2000, "100.0")] // 99.95 rounds up, like check's summary
    [InlineData(19989, 20000, "99.9")] // 99.945
    public void Coverage_is_translated_over_units_rounded_to_one_decimal(int translated, int units, string expected)
    {
        var row = new StatusRow("ko", null, null, 1, units, translated, 0, Math.Max(0, units - translated), 0, 0, 0, 0, 0);
        Assert.Equal(expected, row.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Coverage_sort_puts_the_lowest_share_first_with_ties_by_name()
    {
        FileResult[] files =
        [
            File("de", "a.md", new FileStats(3, 1, 0, 2, 0, 0)), // 33.3…%
            File("es", "a.md", new FileStats(0, 0, 0, 0, 0, 0)), // no units: 100%
            File("fr", "a.md", new FileStats(6, 2, 0, 4, 0, 0)), // 33.3…%, ties with de
            File("it", "a.md", new FileStats(10, 10, 0, 0, 0, 0)), // 100%, ties with es
            File("ja", "a.md", new FileStats(2000, 1999, 0, 1, 0, 0)), // 99.95%: shown as 100.0, still sorted below 100
            File("ko", "a.md", new FileStats(2001, 666, 0, 1335, 0, 0)), // 33.28…% < 1/3, shown as 33.3 too
        ];
        var result = new CheckResult(files, [], ["de", "es", "fr", "it", "ja", "ko"], 0);
        Assert.Equal(["ko", "de", "fr", "ja", "es", "it"], StatusTable.Build(result, false, StatusSort.Coverage).Rows.Select(r => r.Language));
        Assert.Equal(["de", "es", "fr", "it", "ja", "ko"], StatusTable.Build(result, false, StatusSort.Name).Rows.Select(r => r.Language));
        Assert.Equal(
            ["ko i18n/ko/a.md", "de i18n/de/a.md", "fr i18n/fr/a.md", "ja i18n/ja/a.md", "es i18n/es/a.md", "it i18n/it/a.md"],
            StatusTable.Build(result, true, StatusSort.Coverage).Rows.Select(r => $"{r.Language} {r.Target}"));
    }

    [Fact]
    public void Name_sort_by_file_orders_by_language_then_target()
    {
        var table = StatusTable.Build(Sample() with { Files = [.. Sample().Files.Reverse()] }, byFile: true, StatusSort.Name);
        Assert.Equal(["fr", "fr", "ko", "ko", "ko"], table.Rows.Select(r => r.Language));
        Assert.Equal(["i18n/ko/a.md", "i18n/ko/c.md", "i18n/ko/sub/b.md"], table.Rows.Skip(2).Select(r => r.Target));
    }

    private static (int Errors, int Warnings, int Infos) Counts(StatusRow row) => (row.Errors, row.Warnings, row.Infos);
}
