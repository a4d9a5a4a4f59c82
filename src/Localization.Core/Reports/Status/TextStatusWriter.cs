using System.Text;

namespace Localization.Core.Reports.Status;

/// <summary>
/// A plain ASCII table for the terminal: a header, a rule, one line per row with text columns left-aligned
/// and numbers right-aligned, each column as wide as its widest cell, then a total line when there is more
/// than one row. Paths are escaped (<see cref="SafeText"/>) so a file name cannot drive the terminal.
/// </summary>
public sealed class TextStatusWriter : IStatusWriter
{
    public string Name => "text";

    public void Write(StatusTable table, TextWriter output)
    {
        var texts = StatusColumns.Texts(table.ByFile).Length;
        var header = StatusColumns.Names(table.ByFile);
        var lines = table.Rows.Select(r => Cells(r, table.ByFile)).ToList();
        var total = table.Rows.Count > 1 ? Cells(table.Total, table.ByFile) : null;
        var widths = header.Select(h => h.Length).ToArray();
        foreach (var cells in total is null ? lines : lines.Append(total))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        var rule = widths.Select(w => new string('-', w)).ToArray();
        output.WriteLine(Line(header, widths, texts));
        output.WriteLine(Line(rule, widths, texts));
        foreach (var cells in lines)
        {
            output.WriteLine(Line(cells, widths, texts));
        }

        if (total is not null)
        {
            output.WriteLine(Line(rule, widths, texts));
            output.WriteLine(Line(total, widths, texts));
        }
    }

    private static string[] Cells(StatusRow row, bool byFile) =>
        [.. StatusColumns.TextCells(row, byFile).Select(SafeText.Escape), .. StatusColumns.NumberCells(row, StatusColumns.Percent)];

    private static string Line(string[] cells, int[] widths, int texts)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append("  ");
            }

            var pad = widths[i] - cells[i].Length;
            if (i < texts)
            {
                sb.Append(cells[i]).Append(' ', pad);
            }
            else
            {
                sb.Append(' ', pad).Append(cells[i]);
            }
        }

        return sb.ToString().TrimEnd();
    }
}
