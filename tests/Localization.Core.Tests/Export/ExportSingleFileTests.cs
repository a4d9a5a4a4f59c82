using System.Xml.Linq;
using Localization.Core.Checking;
using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>
/// <c>--single-file</c> when one English page has two translations into one language (two crowdin.yml
/// <c>files</c> entries match it): the file holds both, each id once, and the real clients accept it.
/// </summary>
public sealed class ExportSingleFileTests
{
    private const string English = "# Notes\n\nNotes apps keep everything you write on the device.\n\nPick an app that encrypts your notes before you sync them.\n";

    [Fact]
    public void Two_translations_of_one_page_into_one_language_give_unique_ids_and_files_the_clients_accept()
    {
        var root = Path.Combine(Path.GetTempPath(), $"l10n-export-twice-{Guid.NewGuid():N}");
        try
        {
            Write(root, "docs/a.md", English);
            Write(root, "docs/b.md", English.Replace("Notes", "Files", StringComparison.Ordinal));
            Write(root, "i18n/ko/a.md", English);
            Write(root, "other/ko/a.md", English);
            Write(root, "i18n/ko/b.md", English.Replace("Notes", "Files", StringComparison.Ordinal));
            PairRequest Pair(string source, string target) => new("ko", source, target, Path.Combine(root, source), Path.Combine(root, target));
            IReadOnlyList<PairRequest> pairs = [Pair("docs/a.md", "i18n/ko/a.md"), Pair("docs/b.md", "i18n/ko/b.md"), Pair("docs/a.md", "other/ko/a.md")];

            var po = File.ReadAllText(Export(root, pairs, new PoExportWriter(), "po"));
            var contexts = ExportSupport.ReadPo(po).Select(e => e.Context).ToList();
            Assert.Equal(contexts.Count, contexts.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(contexts, c => c.StartsWith("docs/a.md@i18n/ko/a.md#page/p-", StringComparison.Ordinal));
            Assert.Contains(contexts, c => c.StartsWith("docs/a.md@other/ko/a.md#page/p-", StringComparison.Ordinal));
            // A page with one translation keeps its id as it always was.
            Assert.Contains(contexts, c => c.StartsWith("docs/b.md#page/p-", StringComparison.Ordinal));
            ExportSupport.Accept(po, ".po", "msgfmt", "gettext", "--check", "-o", "/dev/null");

            XNamespace x = Xliff2Writer.Namespace;
            var xliff2 = XDocument.Load(Export(root, pairs, new Xliff2Writer(), "xliff2"));
            var fileIds = xliff2.Descendants(x + "file").Select(f => (string)f.Attribute("id")!).ToList();
            Assert.Equal(3, fileIds.Count);
            Assert.Equal(fileIds.Count, fileIds.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains("f-docs:b.md", fileIds);

            var xliff = File.ReadAllText(Export(root, pairs, new XliffWriter(), "xliff"));
            var ids = ExportSupport.ReadXliff(xliff).Select(u => u.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            ExportSupport.Accept(xliff, ".xlf", "xmllint", "libxml2-utils", "--noout", "--schema", ExportSupport.XliffSchema());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Export(string root, IReadOnlyList<PairRequest> pairs, IExportWriter writer, string name)
    {
        var output = Path.Combine(root, "out-" + name);
        var exporter = new WorkItemExporter(new ExportOptions(writer, WorkItemSelection.Everything, output, SingleFile: true, Force: false), pairs);
        new CheckEngine(CheckOptions.Default with { ProjectRoot = root, PageSink = exporter, CheckCrossPageLinks = false }).Run(pairs);
        var summary = exporter.Finish();
        Assert.Empty(summary.Errors);
        return Path.Combine(output, "ko" + writer.Extension);
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
