using System.Text;

namespace Localization.Core.Export;

/// <summary>
/// Crowdin's CSV scheme <c>identifier,source_phrase,translation,context</c>: RFC 4180 (every cell quoted,
/// quotes doubled, CRLF rows), UTF-8, markup as <c>{1}</c> placeholders explained in the context cell. A cell
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so
/// no spreadsheet runs it as a formula.
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    public string Name => "csv";

    public string Extension => ".csv";

    public void Begin(TextWriter output, string language) => output.Write("identifier,source_phrase,translation,context\r\n");

    public void End(TextWriter output)
    {
    }

    public void WritePage(TextWriter output, ExportPage page)
    {
        foreach (var item in page.Items)
        {
            Row(output, item.Id, item.Source.WithPlaceholders, item.Translation.WithPlaceholders, Context(item, page));
        }
    }

    /// <summary>The context cell: reason, place, lines, the placeholders' markup, the findings.</summary>
    public static string Context(WorkItem item, ExportPage page)
    {
        var lines = new List<string> { WorkItemText.Reason(item), WorkItemText.Where(item), WorkItemText.Lines(item, page) };
        lines.AddRange(WorkItemText.Legend(item));
        lines.AddRange(item.Findings.Select(WorkItemText.Finding));
        return string.Join("\n", lines);
    }

    private static void Row(TextWriter output, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(Neutralise(cells[i])));
        }

        output.Write("\r\n");
    }

    /// <summary>Formula injection (CWE-1236): a leading quote makes the cell text.</summary>
    public static string Neutralise(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quote(string cell)
    {
        var sb = new StringBuilder(cell.Length + 2);
        sb.Append('"');
        foreach (var c in cell)
        {
            sb.Append(c);
            if (c == '"')
            {
                sb.Append('"');
            }
        }

        return sb.Append('"').ToString();
    }
}
