using System.Text;

namespace Localization.Core.Reports.Status;

/// <summary>
/// A GitHub-flavoured Markdown table (numbers right-aligned), with a bold total row when there is more than
/// one row; for pull-request comments and job summaries.
/// </summary>
public sealed class MarkdownStatusWriter : IStatusWriter
{
    public string Name => "markdown";

    public void Write(StatusTable table, TextWriter output)
    {
        var texts = StatusColumns.Texts(table.ByFile).Length;
        var header = StatusColumns.Names(table.ByFile);
        output.WriteLine(Line(header));
        output.WriteLine(Line(header.Select((_, i) => i < texts ? "---" : "---:")));
        foreach (var row in table.Rows)
        {
            output.WriteLine(Line(Cells(row, table.ByFile)));
        }

        if (table.Rows.Count > 1)
        {
            var total = Cells(table.Total, table.ByFile);
            total[0] = $"**{total[0]}**";
            output.WriteLine(Line(total));
        }
    }

    private static string[] Cells(StatusRow row, bool byFile) =>
        [.. StatusColumns.TextCells(row, byFile).Select(Escape), .. StatusColumns.NumberCells(row, StatusColumns.Percent)];

    /// <summary>Cell text: visible escapes for control characters, and Markdown's own syntax neutralised.</summary>
    private static string Escape(string text)
    {
        var safe = SafeText.Escape(text);
        var sb = new StringBuilder(safe.Length);
        foreach (var c in safe)
        {
            // GitHub renders $...$ as math (see MarkdownReportWriter.Cell): an entity holds no '$' to pair.
            if (c == '$')
            {
                sb.Append("&#36;");
                continue;
            }

            if (c is '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '<' or '>')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}
