using Localization.Core.Findings;

namespace Localization.Core.Reports.Html;

/// <summary>
/// Puts each finding of a page at the row it is about: the row of its unit (its stable id) that holds its
/// position, else the row of its unit (a missing block has no position of its own in the translation), else
/// the row whose translated text holds its position, else after the last row that starts before it. Findings
/// about the whole file (line 0), and those on a page shown without rows, go at the top of the page.
/// </summary>
internal sealed class FindingPlacement
{
    private FindingPlacement(List<Finding> pageLevel, List<Finding>?[] afterRow)
    {
        PageLevel = pageLevel;
        AfterRow = afterRow;
    }

    public List<Finding> PageLevel { get; }

    /// <summary>Per row, the findings shown right after it (null for none).</summary>
    public List<Finding>?[] AfterRow { get; }

    public static FindingPlacement Place(IReadOnlyList<SpooledRow> rows, IEnumerable<Finding> findings)
    {
        var pageLevel = new List<Finding>();
        var afterRow = new List<Finding>?[rows.Count];
        var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var id in (ReadOnlySpan<string?>)[rows[i].Source?.UnitId, rows[i].Target?.UnitId])
            {
                if (id is not null)
                {
                    (byUnit.TryGetValue(id, out var list) ? list : byUnit[id] = []).Add(i);
                }
            }
        }

        foreach (var finding in findings)
        {
            var row = finding.Line <= 0 || rows.Count == 0 ? -1 : RowOf(rows, byUnit, finding);
            if (row < 0)
            {
                pageLevel.Add(finding);
            }
            else
            {
                (afterRow[row] ??= []).Add(finding);
            }
        }

        return new FindingPlacement(pageLevel, afterRow);
    }

    private static int RowOf(IReadOnlyList<SpooledRow> rows, Dictionary<string, List<int>> byUnit, Finding finding)
    {
        if (finding.UnitId is { } id && byUnit.TryGetValue(id, out var candidates))
        {
            foreach (var i in candidates)
            {
                if (Holds(rows[i].Target, finding))
                {
                    return i;
                }
            }

            foreach (var i in candidates)
            {
                if (rows[i].Target is null)
                {
                    return i;
                }
            }

            return candidates.MinBy(i => Math.Abs(rows[i].Target!.Line - finding.Line));
        }

        var before = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (Holds(rows[i].Target, finding))
            {
                return i;
            }

            if (rows[i].Target is { } target && Compare(target.Line, target.Column, finding.Line, finding.Column) <= 0)
            {
                before = i;
            }
        }

        return before;
    }

    private static bool Holds(SpooledCell? cell, Finding finding) =>
        cell is not null
        && Compare(cell.Line, cell.Column, finding.Line, Math.Max(1, finding.Column)) <= 0
        && Compare(finding.Line, Math.Max(1, finding.Column), cell.EndLine, cell.EndColumn) <= 0;

    private static int Compare(int line, int column, int otherLine, int otherColumn) =>
        line != otherLine ? line.CompareTo(otherLine) : column.CompareTo(otherColumn);
}
