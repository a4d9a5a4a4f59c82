using System.Text;

namespace Localization.Core.Reports.Status;

/// <summary>
/// RFC 4180 CSV: a header row, then one record per row (no total record: sum the column), fields quoted
/// when they hold a comma, a quote or a line break, quotes doubled, '\n' line ends whatever the platform.
/// Coverage is a plain number (<c>78.6</c>), for spreadsheets. Files written with --output are UTF-8 without BOM.
/// </summary>
public sealed class CsvStatusWriter : IStatusWriter
{
    public string Name => "csv";

    public void Write(StatusTable table, TextWriter output)
    {
        WriteRecord(output, StatusColumns.Names(table.ByFile));
        foreach (var row in table.Rows)
        {
            WriteRecord(output, [.. StatusColumns.TextCells(row, table.ByFile), .. StatusColumns.NumberCells(row, StatusColumns.Number)]);
        }
    }

    /// <summary>One field as RFC 4180 writes it.</summary>
    public static string Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }

    private static void WriteRecord(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Field)));
        output.Write('\n');
    }
}
