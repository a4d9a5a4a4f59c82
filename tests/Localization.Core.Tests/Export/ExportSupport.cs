using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Localization.Core.Checking;
using Localization.Core.Export;

namespace Localization.Core.Tests.Export;

/// <summary>Exports of pages held in memory, the real clients of the formats, and readers for round trips.</summary>
internal static class ExportSupport
{
    /// <summary>The work items of one English page and its translation, as the engine hands them to an export.</summary>
    public static ExportPage Export(string english, string translation, WorkItemSelection? selection = null, string language = "ko", string source = "docs/page.md", string target = "i18n/ko/page.md")
    {
        var sink = new CollectingSink(selection ?? WorkItemSelection.Everything);
        new CheckEngine(CheckOptions.Default with { PageSink = sink, CheckCrossPageLinks = false })
            .CheckTexts(new PairRequest(language, source, target, "/nonexistent/" + source, "/nonexistent/" + target), english, translation);
        return Assert.Single(sink.Pages);
    }

    /// <summary>One format's whole file for one page.</summary>
    public static string Write(IExportWriter writer, ExportPage page)
    {
        var sb = new StringWriter();
        writer.Begin(sb, page.Language);
        writer.WritePage(sb, page);
        writer.End(sb);
        return sb.ToString();
    }

    /// <summary>Writes <paramref name="content"/> to a new temporary file with the extension and returns its path.</summary>
    public static string TempFile(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"l10n-export-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs a real client on <paramref name="content"/> saved as a temporary file (the file is the last argument); fails the test when it fails.</summary>
    public static string Accept(string content, string extension, string tool, string package, params string[] args)
    {
        var file = TempFile(content, extension);
        try
        {
            var (code, output) = Run(tool, package, [.. args, file]);
            Assert.True(code == 0, $"{tool} refused the file:\n{output}\n{content}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string XliffSchema()
    {
        var root = TestSupport.TestPaths.RepositoryRoot();
        var schema = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "schemas", "xliff-core-1.2-strict.xsd"));
        if (schema is null || !File.Exists(schema))
        {
            Assert.Skip($"../shared/schemas/xliff-core-1.2-strict.xsd is absent (expected at {schema}); it is provided beside the project, not in it.");
        }

        return schema!;
    }

    /// <summary>Runs a real client; skips the test when it is not installed.</summary>
    public static (int ExitCode, string Output) Run(string tool, string package, params string[] args)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Skip($"{tool} is not installed (Debian package {package}; .ci/run installs it when it runs as root)");
        }

        var start = new ProcessStartInfo(found!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>XLIFF 1.2 read back: trans-unit id, source and target with every ph replaced by its original.</summary>
    public static List<(string Id, string Source, string Target, string? State)> ReadXliff(string xml)
    {
        XNamespace x = XliffWriter.Namespace;
        return [.. XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Descendants(x + "trans-unit").Select(u => (
            (string)u.Attribute("id")!,
            Flatten(u.Element(x + "source")!),
            u.Element(x + "target") is { } t ? Flatten(t) : "",
            (string?)u.Element(x + "target")?.Attribute("state")))];
    }

    private static string Flatten(XElement element) => string.Concat(element.Nodes().Select(n => n switch
    {
        XText t => t.Value,
        XElement e => e.Value,
        _ => "",
    }));

    /// <summary>PO read back (the entries after the header): msgctxt, msgid, msgstr, fuzzy.</summary>
    public static List<(string Context, string Id, string Str, bool Fuzzy)> ReadPo(string po)
    {
        var entries = new List<(string, string, string, bool)>();
        string? ctx = null, id = null, str = null, current = null;
        var fuzzy = false;
        var sb = new StringBuilder();

        void Close()
        {
            Flush();
            if (id is { Length: > 0 } && str is not null)
            {
                entries.Add((ctx ?? "", id, str, fuzzy));
            }

            ctx = id = str = null;
            fuzzy = false;
        }

        void Flush()
        {
            switch (current)
            {
                case "msgctxt": ctx = sb.ToString(); break;
                case "msgid": id = sb.ToString(); break;
                case "msgstr": str = sb.ToString(); break;
            }

            sb.Clear();
            current = null;
        }

        foreach (var line in po.Split('\n'))
        {
            if (line.Length == 0)
            {
                Close();
            }
            else if (line.StartsWith("#,", StringComparison.Ordinal))
            {
                fuzzy |= line.Contains("fuzzy", StringComparison.Ordinal);
            }
            else if (line.StartsWith('"'))
            {
                sb.Append(Unescape(line[1..^1]));
            }
            else if (!line.StartsWith('#'))
            {
                Flush();
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                current = line[..space];
                sb.Append(Unescape(line[(space + 2)..^1]));
            }
        }

        Close();
        return entries;
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                sb.Append(s[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var c => c });
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }

    private sealed class CollectingSink(WorkItemSelection selection) : ICheckedPageSink
    {
        public ConcurrentBag<ExportPage> Pages { get; } = [];

        public void Accept(CheckedPage page)
        {
            if (WorkItemBuilder.Build(page, selection) is { } built)
            {
                Pages.Add(built);
            }
        }
    }
}
