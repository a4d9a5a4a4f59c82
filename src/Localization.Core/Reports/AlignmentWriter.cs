using System.Globalization;
using System.Text;
using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.Reports;

/// <summary>Prints an alignment as two columns: English line and text, translated line and text.</summary>
public sealed class AlignmentWriter(int width)
{
    public void Write(AlignedPage page, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{Pad(Fit(SafeText.Escape(page.Source.Path), width + 6), width + 6)} │ {Fit(SafeText.Escape(page.Target.Path), width + 6)}");
        output.WriteLine(new string('─', width + 7) + "┼" + new string('─', width + 7));
        foreach (var pair in page.Pairs)
        {
            var left = Cell(page.Source, pair.Source);
            var right = Cell(page.Target, pair.Target);
            var marker = pair.IsMatched ? "│" : pair.Source is null ? ">" : "<";
            output.WriteLine($"{Pad(left, width + 6)} {marker} {right}".TrimEnd());
        }
    }

    private string Cell(PageModel page, TranslationUnit? unit)
    {
        if (unit is null)
        {
            return "";
        }

        var text = unit.Prose.HasWords ? unit.Prose.Text.Replace(ProseText.Atom, '·') : page.Excerpt(unit.Start, unit.End);
        var line = unit.Line.ToString(CultureInfo.InvariantCulture).PadLeft(4);
        return $"{line}  {Fit(SafeText.Escape(TextExcerpt.Collapse(text, width * 2)), width)}";
    }

    /// <summary>The text cut to <paramref name="columns"/> terminal columns (wide characters count two), with "…" when cut.</summary>
    internal static string Fit(string text, int columns)
    {
        if (DisplayWidth(text) <= columns)
        {
            return text;
        }

        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = ColumnsOf(rune);
            if (used + w > columns - 1)
            {
                break;
            }

            sb.Append(rune.ToString());
            used += w;
        }

        return sb.Append('…').ToString();
    }

    private static string Pad(string text, int columns) => text + new string(' ', Math.Max(0, columns - DisplayWidth(text)));

    /// <summary>Terminal columns of a text: East Asian wide and fullwidth characters take two.</summary>
    internal static int DisplayWidth(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += ColumnsOf(rune);
        }

        return columns;
    }

    private static int ColumnsOf(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => 2,
        >= 0x2E80 and <= 0x303E => 2,
        >= 0x3041 and <= 0x33FF => 2,
        >= 0x3400 and <= 0x4DBF => 2,
        >= 0x4E00 and <= 0x9FFF => 2,
        >= 0xA000 and <= 0xA4CF => 2,
        >= 0xAC00 and <= 0xD7A3 => 2,
        >= 0xF900 and <= 0xFAFF => 2,
        >= 0xFE30 and <= 0xFE4F => 2,
        >= 0xFF00 and <= 0xFF60 => 2,
        >= 0xFFE0 and <= 0xFFE6 => 2,
        >= 0x1F300 and <= 0x1F64F => 2,
        >= 0x1F900 and <= 0x1F9FF => 2,
        >= 0x20000 and <= 0x3FFFD => 2,
        _ => 1,
    };
}
