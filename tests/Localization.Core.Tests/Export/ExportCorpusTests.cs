using System.Collections.Concurrent;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Export;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Export;

/// <summary>
/// The Korean translation of the Privacy Guides 2024-03 snapshot exported as XLIFF: a work item for every
/// untranslated or partial unit check reports, every file valid against the schema and read by xliff2po.
/// </summary>
public sealed class ExportCorpusTests
{
    [Fact]
    public void Every_untranslated_finding_of_check_has_a_work_item_and_every_file_is_valid_xliff()
    {
        var corpus = TestPaths.RequireCorpus("privacyguides-2024-03");
        var schema = ExportSupport.XliffSchema();
        var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));
        var pairs = ProjectPlanner.Plan(config, ["ko"], []).Pairs;
        var check = new CheckEngine(CheckOptions.Default with { ProjectRoot = config.BasePath }).Run(pairs);

        var output = Path.Combine(Path.GetTempPath(), $"l10n-export-corpus-{Guid.NewGuid():N}");
        var po = output + "-po";
        try
        {
            var exporter = new WorkItemExporter(new ExportOptions(new XliffWriter(), WorkItemSelection.Everything, output, SingleFile: false, Force: false), pairs);
            var seen = new ConcurrentDictionary<string, ExportPage>(StringComparer.Ordinal);
            var sink = new Tee(exporter, seen);
            new CheckEngine(CheckOptions.Default with { ProjectRoot = config.BasePath, PageSink = sink, CheckCrossPageLinks = false }).Run(pairs);
            var summary = exporter.Finish();
            Assert.Empty(summary.Errors);

            var untranslated = check.Findings.Where(f => f.Rule is "untranslated-block" or "untranslated-sentence").ToList();
            Assert.True(untranslated.Count > 1000, $"only {untranslated.Count} untranslated findings: is the corpus complete?");
            var uncovered = untranslated.Where(f => !seen.TryGetValue(f.File, out var page) || !page.Items.Any(i => i.UnitId == f.UnitId || i.Findings.Any(g => g.Fingerprint == f.Fingerprint))).ToList();
            Assert.True(uncovered.Count == 0, $"{uncovered.Count} of {untranslated.Count} untranslated findings have no work item, e.g.\n" + string.Join("\n", uncovered.Take(10).Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Rule} {f.UnitId}")));

            var files = Directory.GetFiles(output, "*.xlf", SearchOption.AllDirectories);
            Assert.Equal(summary.Languages.Single().Files, files.Length);
            Assert.True(files.Length > 50, $"{files.Length} files");
            var (code, log) = ExportSupport.Run("xmllint", "libxml2-utils", ["--noout", "--schema", schema, .. files]);
            Assert.True(code == 0, log);

            (code, log) = ExportSupport.Run("xliff2po", "translate-toolkit", "--progress=none", "-i", output, "-o", po);
            Assert.True(code == 0, log);
            Assert.Equal(files.Length, Directory.GetFiles(po, "*.po", SearchOption.AllDirectories).Length);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            if (Directory.Exists(po))
            {
                Directory.Delete(po, recursive: true);
            }
        }
    }

    /// <summary>Hands each page to the exporter and keeps its work items for the comparison.</summary>
    private sealed class Tee(WorkItemExporter exporter, ConcurrentDictionary<string, ExportPage> seen) : ICheckedPageSink
    {
        public void Accept(CheckedPage page)
        {
            exporter.Accept(page);
            if (WorkItemBuilder.Build(page, WorkItemSelection.Everything) is { } built)
            {
                seen[built.TargetFile] = built;
            }
        }
    }
}
