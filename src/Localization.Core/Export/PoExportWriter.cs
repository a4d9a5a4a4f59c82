using System.Text;

namespace Localization.Core.Export;

/// <summary>
/// gettext PO: <c>msgctxt</c> is the item's identifier, <c>msgid</c> the English and <c>msgstr</c> the
/// translation with markup as <c>{1}</c> placeholders, <c>#.</c> notes (reason, place, placeholders' markup,
/// findings), <c>#:</c> references to both files, and <c>fuzzy</c> for translations that need review
/// (partial or mismatched). <c>msgfmt --check</c> accepts it.
/// </summary>
public sealed class PoExportWriter : IExportWriter
{
    public string Name => "po";

    public string Extension => ".po";

    public void Begin(TextWriter output, string language)
    {
        output.Write("# Work items exported by l10n (l10n export --format po).\n");
        output.Write("msgid \"\"\nmsgstr \"\"\n");
        output.Write("\"Project-Id-Version: l10n export\\n\"\n");
        output.Write($"\"Language: {Escape(language)}\\n\"\n");
        output.Write("\"MIME-Version: 1.0\\n\"\n");
        output.Write("\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
        output.Write("\"Content-Transfer-Encoding: 8bit\\n\"\n");
        output.Write($"\"X-Generator: l10n {Escape(Reports.ToolInfo.Version)}\\n\"\n");
    }

    public void End(TextWriter output)
    {
    }

    public void WritePage(TextWriter output, ExportPage page)
    {
        foreach (var item in page.Items)
        {
            output.Write('\n');
            Comment(output, "#.", WorkItemText.Reason(item));
            Comment(output, "#.", WorkItemText.Where(item));
            foreach (var line in WorkItemText.Legend(item).Concat(item.Findings.Select(WorkItemText.Finding)))
            {
                Comment(output, "#.", line);
            }

            var reference = item.Context.TargetLine is { } line2
                ? $"{page.SourceFile}:{item.Context.SourceLine} {page.TargetFile}:{line2}"
                : $"{page.SourceFile}:{item.Context.SourceLine}";
            Comment(output, "#:", reference);
            var translation = item.Translation.WithPlaceholders;
            if (translation.Length > 0)
            {
                output.Write("#, fuzzy\n");
            }

            output.Write($"msgctxt \"{Escape(item.Id)}\"\n");
            output.Write($"msgid \"{Escape(item.Source.WithPlaceholders)}\"\n");
            output.Write($"msgstr \"{Escape(translation)}\"\n");
        }
    }

    private static void Comment(TextWriter output, string kind, string text) =>
        output.Write($"{kind} {WorkItemText.Safe(text)}\n");

    /// <summary>A PO string's content: backslash, quote and the C escapes of line ends and tabs.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
