namespace Localization.Core.Markdown;

/// <summary>
/// Turns character offsets into 1-based line and column numbers. Columns count UTF-16 code units
/// (as SARIF's utf16CodeUnits and editors do), not Markdig's tab-expanded columns.
/// A line ends at LF, CRLF or a lone CR, the same breaks Markdig recognises.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        _lineStarts = LineStarts(text);
        Length = text.Length;
    }

    /// <summary>
    /// Offsets where lines start. A page without CR is searched for LF only, vectorised, into an array of the
    /// counted size: the character loop was 1.5% of a 31-language check.
    /// </summary>
    private static int[] LineStarts(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOf('\r') < 0)
        {
            var lf = new int[span.Count('\n') + 1];
            var at = 0;
            for (var n = 1; n < lf.Length; n++)
            {
                at += span[at..].IndexOf('\n') + 1;
                lf[n] = at;
            }

            return lf;
        }

        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>Length of the mapped text.</summary>
    public int Length { get; }

    /// <summary>Number of lines (a final line without a break counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line and column of <paramref name="offset"/> (clamped into the text).</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, Length));
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// <see cref="Position(int)"/> for offsets asked in page order: the search walks on from <paramref name="hint"/>
    /// (0-based line, updated), binary only when far. Placing every unit's start and end was half of the binary
    /// search's 1.2% of a 31-language check.
    /// </summary>
    internal (int Line, int Column) Position(int offset, ref int hint)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, Length));
        var starts = _lineStarts;
        var index = hint;
        if ((uint)index >= (uint)starts.Length || starts[index] > offset)
        {
            (index, _) = Position(offset);
            index--;
        }
        else
        {
            for (var step = 0; index + 1 < starts.Length && starts[index + 1] <= offset; step++)
            {
                if (step == 8)
                {
                    var found = Array.BinarySearch(starts, index + 1, starts.Length - index - 1, offset);
                    index = found < 0 ? ~found - 1 : found;
                    break;
                }

                index++;
            }
        }

        hint = index;
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>Offset of the first character of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];
}
