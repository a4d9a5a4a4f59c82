using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Localization.Core.Buffers;

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
        var lf = ScanLineFeeds(text, out var pipes);
        LineFeedsOnly = lf is not null;
        Pipes = lf is null ? -1 : pipes;
        _lineStarts = lf ?? LineStarts(text);
        Length = text.Length;
    }

    /// <summary>True when the text has no CR: its lines end at LF alone (see <see cref="NestingGuard"/>).</summary>
    internal bool LineFeedsOnly { get; }

    /// <summary>How many '|' the text has, counted in the same pass as the line feeds; -1 for a text with CR.</summary>
    internal int Pipes { get; }

    /// <summary>Offset of the first character of the 0-based line <paramref name="index"/>.</summary>
    internal int StartOfLine(int index) => _lineStarts[index];

    /// <summary>
    /// The line starts of a text without CR, its '|' counted on the way, in one vectorised pass over 32 characters
    /// at a time (the last 31 or fewer one by one); null when the text has a CR. Every page was searched five times before it was parsed (for a CR,
    /// counting line feeds, finding each line feed, counting pipes, and the nesting guard finding each line feed
    /// again): 2% of a 31-language check, most of it calls for lines of a few characters.
    /// </summary>
    private static int[]? ScanLineFeeds(string text, out int pipes)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var starts = new PooledBuffer<int>(Math.Max(16, (chars.Length / 32) + 2));
        try
        {
            starts.Append(0);
            var pipeCount = 0;
            var i = 0;
            if (Vector128.IsHardwareAccelerated && chars.Length >= 32)
            {
                // 32 characters a step in 128-bit vectors (what a Native AOT build for any x64 has), the pipes summed in
                // the vector's lanes (each lane gains at most 4 a step, so they are added up before 16,384 steps): the
                // 16-character loop with a bit count per step for the pipes was 1.6% of the time threads ran in a
                // 31-language check (dotnet-trace, JIT).
                ref var first = ref MemoryMarshal.GetReference(chars);
                var lineFeed = Vector128.Create((ushort)'\n');
                var carriageReturn = Vector128.Create((ushort)'\r');
                var bar = Vector128.Create((ushort)'|');
                var returns = Vector128<ushort>.Zero;
                var bars = Vector128<ushort>.Zero;
                var steps = 0;
                for (; i <= chars.Length - 32; i += 32)
                {
                    var a = Vector128.LoadUnsafe(ref first, (nuint)i);
                    var b = Vector128.LoadUnsafe(ref first, (nuint)(i + 8));
                    var c = Vector128.LoadUnsafe(ref first, (nuint)(i + 16));
                    var d = Vector128.LoadUnsafe(ref first, (nuint)(i + 24));
                    returns |= Vector128.Equals(a, carriageReturn) | Vector128.Equals(b, carriageReturn) | Vector128.Equals(c, carriageReturn) | Vector128.Equals(d, carriageReturn);
                    bars -= Vector128.Equals(a, bar) + Vector128.Equals(b, bar) + Vector128.Equals(c, bar) + Vector128.Equals(d, bar);
                    if (++steps == 8_192)
                    {
                        pipeCount += SumOf(bars);
                        bars = Vector128<ushort>.Zero;
                        steps = 0;
                    }

                    var feeds = Vector128.Narrow(Vector128.Equals(a, lineFeed), Vector128.Equals(b, lineFeed)).ExtractMostSignificantBits()
                        | (Vector128.Narrow(Vector128.Equals(c, lineFeed), Vector128.Equals(d, lineFeed)).ExtractMostSignificantBits() << 16);
                    while (feeds != 0)
                    {
                        starts.Append(i + BitOperations.TrailingZeroCount(feeds) + 1);
                        feeds &= feeds - 1;
                    }
                }

                pipeCount += SumOf(bars);
                if (returns != Vector128<ushort>.Zero)
                {
                    pipes = -1;
                    return null;
                }
            }

            for (; i < chars.Length; i++)
            {
                switch (chars[i])
                {
                    case '\r':
                        pipes = -1;
                        return null;
                    case '\n':
                        starts.Append(i + 1);
                        break;
                    case '|':
                        pipeCount++;
                        break;
                }
            }

            pipes = pipeCount;
            return starts.ToArray();
        }
        finally
        {
            starts.Dispose();
        }
    }

    private static int SumOf(Vector128<ushort> lanes)
    {
        var (lower, upper) = Vector128.Widen(lanes);
        return (int)Vector128.Sum(lower + upper);
    }

    /// <summary>Offsets where lines start, in a text with CR.</summary>
    private static int[] LineStarts(string text)
    {

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
