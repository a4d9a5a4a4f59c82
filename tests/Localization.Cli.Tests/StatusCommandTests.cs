using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary><c>l10n status</c>: the coverage table, in every format, on the temporary project of <see cref="Fixtures"/>.</summary>
[Collection(CliCollection.Name)]
public sealed class StatusCommandTests
{
    private const string Header = "language  files  units  translated  partial  untranslated  missing  extra  coverage  errors  warnings  infos  outdated";
    private const string Rule = "--------  -----  -----  ----------  -------  ------------  -------  -----  --------  ------  --------  -----  --------";

    /// <summary>A full French translation of docs/a.md (sub/b.md stays missing).</summary>
    private const string FrA = "# Bienvenue\n\nC'est le premier paragraphe de la page.\n\nLisez le [guide](guide.md) avant de commencer. Il explique chaque option de l'outil.\n\nLe dernier paragraphe explique comment installer l'outil.\n";

    private static readonly string[] NumberFields = ["files", "units", "translated", "partial", "untranslated", "missing", "extra", "coverage", "errors", "warnings", "infos", "outdated"];

    [Fact]
    public void Text_is_one_aligned_row_per_language()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        Assert.Equal(
            [
                Header,
                Rule,
                "ko            2      6           3        1             0        2      0     50.0%       0         2      0         1",
            ],
            result.OutLines);
    }

    [Fact]
    public void Text_for_every_language_ends_with_a_total_and_agrees_with_the_check_summary()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/fr/a.md", FrA);
        var result = CliRunner.Run(tree.Root, "status");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                Header,
                Rule,
                "fr            2      6           4        0             0        2      0     66.7%       0         1      0         1",
                "ko            2      6           3        1             0        2      0     50.0%       0         2      0         1",
                Rule,
                "total         4     12           7        1             0        4      0     58.3%       0         3      0         2",
            ],
            result.OutLines);

        var check = CliRunner.Run(tree.Root, "check");
        Assert.Contains("fr: 2 files checked, 6 units: 4 translated (66.7%), 0 partial, 0 untranslated, 2 missing, 0 extra; 0 errors, 1 warnings, 0 infos", check.OutLines);
        Assert.Contains("ko: 2 files checked, 6 units: 3 translated (50.0%), 1 partial, 0 untranslated, 2 missing, 0 extra; 0 errors, 2 warnings, 0 infos", check.OutLines);

        var excluded = CliRunner.Run(tree.Root, "status", "--exclude-lang", "ko");
        Assert.Equal(3, excluded.OutLines.Length);
        Assert.StartsWith("fr ", excluded.OutLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void By_file_gives_one_row_per_page_with_its_findings()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--by-file");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "language  source         target            freshness   files  units  translated  partial  untranslated  missing  extra  coverage  errors  warnings  infos  outdated",
                "--------  -------------  ----------------  ----------  -----  -----  ----------  -------  ------------  -------  -----  --------  ------  --------  -----  --------",
                "ko        docs/a.md      i18n/ko/a.md      up-to-date      1      4           3        1             0        0      0     75.0%       0         1      0         0",
                "ko        docs/sub/b.md  i18n/ko/sub/b.md  outdated        1      2           0        0             0        2      0      0.0%       0         1      0         1",
                "--------  -------------  ----------------  ----------  -----  -----  ----------  -------  ------------  -------  -----  --------  ------  --------  -----  --------",
                "total                                                      2      6           3        1             0        2      0     50.0%       0         2      0         1",
            ],
            result.OutLines);
    }

    [Fact]
    public void Sort_coverage_puts_the_worst_first()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/fr/a.md", FrA);
        var byName = CliRunner.Run(tree.Root, "status", "--format", "csv", "--sort", "name");
        Assert.Equal(["fr", "ko"], byName.OutLines.Skip(1).Select(l => l.Split(',')[0]));
        var byCoverage = CliRunner.Run(tree.Root, "status", "--format", "csv", "--sort", "coverage");
        Assert.True(byCoverage.ExitCode == 0, byCoverage.ToString());
        Assert.Equal(["ko", "fr"], byCoverage.OutLines.Skip(1).Select(l => l.Split(',')[0]));

        var files = CliRunner.Run(tree.Root, "status", "--format", "csv", "--sort", "coverage", "--by-file");
        Assert.Equal(
            ["fr,i18n/fr/sub/b.md", "ko,i18n/ko/sub/b.md", "ko,i18n/ko/a.md", "fr,i18n/fr/a.md"],
            files.OutLines.Skip(1).Select(l => string.Join(',', l.Split(',')[0], l.Split(',')[2])));

        // Stalest first: the pages lacking English content, then the others by name.
        var stale = CliRunner.Run(tree.Root, "status", "--format", "csv", "--sort", "staleness", "--by-file");
        Assert.True(stale.ExitCode == 0, stale.ToString());
        Assert.Equal(
            ["outdated", "outdated", "up-to-date", "up-to-date"],
            stale.OutLines.Skip(1).Select(l => l.Split(',')[3]));
    }

    [Fact]
    public void Markdown_is_a_github_table()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--format", "markdown", "--by-file");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "| language | source | target | freshness | files | units | translated | partial | untranslated | missing | extra | coverage | errors | warnings | infos | outdated |",
                "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
                "| ko | docs/a.md | i18n/ko/a.md | up-to-date | 1 | 4 | 3 | 1 | 0 | 0 | 0 | 75.0% | 0 | 1 | 0 | 0 |",
                "| ko | docs/sub/b.md | i18n/ko/sub/b.md | outdated | 1 | 2 | 0 | 0 | 0 | 2 | 0 | 0.0% | 0 | 1 | 0 | 1 |",
                "| **total** |  |  |  | 2 | 6 | 3 | 1 | 0 | 2 | 0 | 50.0% | 0 | 2 | 0 | 1 |",
            ],
            result.OutLines);
    }

    [Fact]
    public void Markdown_file_names_with_two_dollar_signs_are_not_math()
    {
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/$price$.md", "Hello.\n");
        tree.Write("i18n/ko/$price$.md", "안녕하세요.\n");
        var result = CliRunner.Run(tree.Root, "status", "ko", "--format", "markdown", "--by-file");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("| ko | docs/&#36;price&#36;.md | i18n/ko/&#36;price&#36;.md |", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("$", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_header_and_newline_line_ends()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--format", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "language,files,units,translated,partial,untranslated,missing,extra,coverage,errors,warnings,infos,outdated\n"
            + "ko,2,6,3,1,0,2,0,50.0,0,2,0,1\n",
            result.StdOut);

        var files = CliRunner.Run(tree.Root, "status", "ko", "--format", "csv", "--by-file");
        Assert.Equal(
            "language,source,target,freshness,files,units,translated,partial,untranslated,missing,extra,coverage,errors,warnings,infos,outdated\n"
            + "ko,docs/a.md,i18n/ko/a.md,up-to-date,1,4,3,1,0,0,0,75.0,0,1,0,0\n"
            + "ko,docs/sub/b.md,i18n/ko/sub/b.md,outdated,1,2,0,0,0,2,0,0.0,0,1,0,1\n",
            files.StdOut);
    }

    [Fact]
    public void Json_has_rows_and_total_with_numbers_as_numbers()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.StdOut);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("l10n", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.False(root.GetProperty("byFile").GetBoolean());
        var row = Assert.Single(root.GetProperty("rows").EnumerateArray());
        Assert.Equal("ko", row.Str("language"));
        Assert.All(NumberFields, f => Assert.Equal(JsonValueKind.Number, row.GetProperty(f).ValueKind));
        Assert.Equal((2, 6, 3, 1, 0, 2, 0), (row.Int("files"), row.Int("units"), row.Int("translated"), row.Int("partial"), row.Int("untranslated"), row.Int("missing"), row.Int("extra")));
        Assert.Equal(50.0, row.GetProperty("coverage").GetDouble());
        Assert.Equal((0, 2, 0), (row.Int("errors"), row.Int("warnings"), row.Int("infos")));
        var total = root.GetProperty("total");
        Assert.Equal(NumberFields, total.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6, total.Int("units"));

        var files = CliRunner.Run(tree.Root, "status", "ko", "--format", "json", "--by-file");
        using var byFile = JsonDocument.Parse(files.StdOut);
        Assert.True(byFile.RootElement.GetProperty("byFile").GetBoolean());
        Assert.Equal(
            ["docs/a.md i18n/ko/a.md 75", "docs/sub/b.md i18n/ko/sub/b.md 0"],
            byFile.RootElement.GetProperty("rows").EnumerateArray().Select(r => $"{r.Str("source")} {r.Str("target")} {r.GetProperty("coverage").GetDouble()}"));
    }

    [Fact]
    public void Path_arguments_limit_the_table()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "i18n/ko/a.md", "--by-file", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.OutLines.Length);
        Assert.StartsWith("ko,docs/a.md,i18n/ko/a.md,up-to-date,1,4,", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_never_fail_the_status()
    {
        using var tree = Fixtures.Project();
        tree.Write("i18n/ko/a.md", Fixtures.KoA.Replace("(guide.md)", "(other.md)", StringComparison.Ordinal) + "\n");
        var check = CliRunner.Run(tree.Root, "check", "ko");
        Assert.True(check.ExitCode == 1, check.ToString());
        var result = CliRunner.Run(tree.Root, "status", "ko", "-f", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.True(document.RootElement.GetProperty("total").Int("errors") > 0);
    }

    [Fact]
    public void Output_writes_the_table_atomically_and_needs_force_to_replace()
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, "status", "ko", "--format", "csv", "--output", "status.csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        var path = tree.PathOf("status.csv");
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no BOM
        Assert.Equal("language,files,units,translated,partial,untranslated,missing,extra,coverage,errors,warnings,infos,outdated\nko,2,6,3,1,0,2,0,50.0,0,2,0,1\n", File.ReadAllText(path));

        var refused = CliRunner.Run(tree.Root, "status", "ko", "--output", "status.csv");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("--force", refused.StdErr, StringComparison.Ordinal);
        Assert.StartsWith("language,", File.ReadAllText(path), StringComparison.Ordinal);

        var forced = CliRunner.Run(tree.Root, "status", "ko", "--output", "status.csv", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith(Header, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["status.csv"], Directory.GetFiles(tree.Root).Select(Path.GetFileName).Where(n => n!.Contains("status", StringComparison.Ordinal)));
    }

    [Fact]
    public void Config_option_works_from_another_directory()
    {
        using var tree = Fixtures.Project(directory: "path/to");
        tree.CreateDirectory("elsewhere");
        var result = CliRunner.Run(tree.PathOf("elsewhere"), "status", "ko", "--config", "../path/to/crowdin.yml", "-f", "csv", "--by-file");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("ko,docs/a.md,i18n/ko/a.md,up-to-date,1,4,3,1,0,0,0,75.0,0,1,0,0", result.OutLines[1]);
    }

    [Theory]
    [InlineData("status", "ko", "--format", "xml")]
    [InlineData("status", "ko", "--sort", "size")]
    [InlineData("status", "ko", "--fail-on", "error")]
    [InlineData("status", "ko", "--color", "sometimes")]
    [InlineData("status", "ko", "--bogus")]
    [InlineData("status", "ko", "--source", "docs/a.md")]
    [InlineData("status", "ko", "--max-file-size", "0")]
    [InlineData("status", "ko", "--config", "nope.yml")]
    [InlineData("status", "de")]
    [InlineData("status", "--exclude-lang", "ko")]
    [InlineData("status", "ko", "README.md")]
    [InlineData("status", "ko", "--output", "nodir/status.txt")]
    public void Usage_and_configuration_errors_exit_2(params string[] args)
    {
        using var tree = Fixtures.Project();
        tree.Write("README.md", "# Readme\n");
        var result = CliRunner.Run(tree.Root, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("l10n: error:", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void No_crowdin_yml_exits_2()
    {
        using var tree = new TempTree();
        tree.Write("docs/a.md", Fixtures.DocsA);
        var result = CliRunner.Run(tree.Root, "status", "ko");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no crowdin.yml", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    /// <summary>
    /// On the real Privacy Guides snapshot, <c>status --format json --by-file</c> repeats what <c>check
    /// --format json</c> says about every page: its unit counts and its findings by severity.
    /// </summary>
    [Fact]
    public void By_file_json_agrees_with_the_check_report_on_the_privacyguides_corpus()
    {
        var corpus = RequireCorpus("privacyguides-2026-03");
        var status = CliRunner.Run(corpus, "status", "ko", "--format", "json", "--by-file");
        Assert.True(status.ExitCode == 0, status.ToString());
        var check = CliRunner.Run(corpus, "check", "ko", "--format", "json", "--fail-on", "none");
        Assert.True(check.ExitCode == 0, check.ToString());

        using var statusJson = JsonDocument.Parse(status.StdOut);
        using var checkJson = JsonReport.ParseAndValidate(check.StdOut);
        var rows = statusJson.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.Str("target"), StringComparer.Ordinal);
        var files = checkJson.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} Korean pages in the corpus");
        Assert.Equal(files.Count, rows.Count);

        var findings = checkJson.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var attributed = 0;
        foreach (var file in files)
        {
            var target = file.Str("target");
            Assert.True(rows.TryGetValue(target, out var row), $"no status row for {target}");
            Assert.Equal("ko", row.Str("language"));
            Assert.Equal(file.Str("source"), row.Str("source"));
            Assert.Equal(1, row.Int("files"));
            foreach (var name in JsonReport.FileNumbers)
            {
                Assert.True(file.Int(name) == row.Int(name), $"{target}: {name} is {file.Int(name)} in check, {row.Int(name)} in status");
            }

            var expectedCoverage = file.Int("units") == 0 ? 100.0 : Math.Round(1000.0 * file.Int("translated") / file.Int("units"), MidpointRounding.AwayFromZero) / 10;
            Assert.Equal(expectedCoverage, row.GetProperty("coverage").GetDouble(), 6);

            var own = findings.Where(f => f.Str("language") == "ko" && (f.Str("file") == target || f.Str("file") == file.Str("source"))).ToList();
            attributed += own.Count;
            foreach (var (severity, field) in new[] { ("error", "errors"), ("warning", "warnings"), ("info", "infos") })
            {
                var expected = own.Count(f => f.Str("severity") == severity);
                Assert.True(expected == row.Int(field), $"{target}: {expected} {field} in check, {row.Int(field)} in status");
            }
        }

        Assert.Equal(findings.Count, attributed);
        var summary = checkJson.RootElement.GetProperty("summary");
        var total = statusJson.RootElement.GetProperty("total");
        Assert.Equal(summary.Int("files"), total.Int("files"));
        Assert.Equal(summary.Int("errors"), total.Int("errors"));
        Assert.Equal(summary.Int("warnings"), total.Int("warnings"));
        Assert.Equal(summary.Int("infos"), total.Int("infos"));
        foreach (var name in JsonReport.FileNumbers)
        {
            Assert.Equal(files.Sum(f => f.Int(name)), total.Int(name));
        }
    }

    /// <summary>../shared/corpora/<paramref name="name"/> beside the repository root (the folder holding Localization.sln); skips when absent.</summary>
    private static string RequireCorpus(string name)
    {
        string? root = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Localization.sln")))
            {
                root = dir.FullName;
                break;
            }
        }

        var corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", name));
        if (corpus is null || !File.Exists(Path.Combine(corpus, "crowdin.yml")))
        {
            Assert.Skip($"../shared/corpora is absent: corpus '{name}' was not found at {corpus ?? "(no Localization.sln above " + AppContext.BaseDirectory + ")"}; it is provided beside the project, not in it.");
        }

        return corpus!;
    }
}

/// <summary>Status rows of findings about no checked page.</summary>
[Collection(CliCollection.Name)]
public sealed class StatusFindingsOnlyRowTests
{
    [Fact]
    public void A_finding_on_crowdin_yml_is_a_row_of_its_findings_claiming_no_coverage_or_freshness()
    {
        // Two sources mapped to one translation: an invalid-file finding at crowdin.yml per language. Its row said
        // "up-to-date", 100%, for a file no page of which was checked.
        using var tree = Fixtures.TwoSourcesOneTranslation();

        var csv = CliRunner.Run(tree.Root, "status", "--by-file", "--format", "csv");
        var text = CliRunner.Run(tree.Root, "status", "--by-file");
        var json = CliRunner.Run(tree.Root, "status", "--by-file", "--format", "json");

        var row = Assert.Single(csv.StdOut.Split('\n'), l => l.Contains("crowdin.yml", StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        Assert.Equal(["ko", "", "crowdin.yml", "", "0", "0"], row[..6]);
        Assert.Equal("", row[11]); // coverage
        Assert.Equal("1", row[12]); // its error
        var line = Assert.Single(text.StdOut.Split('\n'), l => l.Contains("crowdin.yml", StringComparison.Ordinal));
        Assert.DoesNotContain("up-to-date", line, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0%", line, StringComparison.Ordinal);
        Assert.Contains("\"target\":\"crowdin.yml\",\"freshness\":null", json.StdOut.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"coverage\":null", json.StdOut.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
