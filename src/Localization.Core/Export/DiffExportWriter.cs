using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Localization.Core.Export;

/// <summary>
/// For reviewers: a unified diff (DiffPlex) of the English and the translation of every work item, one
/// sentence per line, so a sentence still in English shows as an unchanged context line between the
/// translated ones. Each item is a <c>---</c>/<c>+++</c> pair named by file and line, preceded by <c>#</c>
/// lines with its identifier, reason and findings, which diff viewers skip. Content is escaped as in
/// text reports: no control character reaches the terminal.
/// </summary>
public sealed partial class DiffExportWriter : IExportWriter
{
    public string Name => "diff";

    public string Extension => ".diff";

    public void Begin(TextWriter output, string language)
    {
    }

    public void End(TextWriter output)
    {
    }

    public void WritePage(TextWriter output, ExportPage page)
    {
        foreach (var item in page.Items)
        {
            output.Write($"# {Safe(item.Id)}\n");
            output.Write($"# {Safe(WorkItemText.Reason(item))}\n");
            output.Write($"# {Safe(WorkItemText.Where(item))}\n");
            foreach (var f in item.Findings)
            {
                output.Write($"# {WorkItemText.Finding(f)}\n");
            }

            output.Write($"--- {Safe(page.SourceFile)}:{item.Context.SourceLine}\n");
            output.Write(item.Context.TargetLine is { } line ? $"+++ {Safe(page.TargetFile)}:{line}\n" : $"+++ {Safe(page.TargetFile)} (missing)\n");
            var english = Sentences(item.Source.Markdown);
            var current = item.Current is { } c ? Sentences(c.Markdown) : [];
            var diff = InlineDiffBuilder.Diff(string.Join('\n', english), string.Join('\n', current), ignoreWhiteSpace: false);
            var lines = diff.Lines.Where(l => l.Type != ChangeType.Imaginary).ToList();
            if (current.Count == 0)
            {
                lines.RemoveAll(l => l.Type == ChangeType.Inserted);
            }

            var removed = lines.Count(l => l.Type is ChangeType.Deleted or ChangeType.Unchanged);
            var added = lines.Count(l => l.Type is ChangeType.Inserted or ChangeType.Unchanged);
            output.Write($"@@ -{Range(removed)} +{Range(added)} @@\n");
            foreach (var l in lines)
            {
                var mark = l.Type switch
                {
                    ChangeType.Deleted => '-',
                    ChangeType.Inserted => '+',
                    _ => ' ',
                };
                output.Write($"{mark}{Safe(l.Text)}\n");
            }

            output.Write('\n');
        }
    }

    private static string Range(int count) => count == 0 ? "0,0" : $"1,{count}";

    private static string Safe(string text) => WorkItemText.Safe(text);

    /// <summary>One sentence per line (after . ! ? and their full-width forms).</summary>
    private static List<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ')).Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?。！？])\s+|(?<=[。！？])")]
    private static partial Regex SentenceEnd();
}
