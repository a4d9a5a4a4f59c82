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
        output.WriteLine($"{Pad(SafeText.Escape(page.Source.Path), width + 6)} │ {SafeText.Escape(page.Target.Path)}");
        output.WriteLine(new string('─', width + 7) + "┼" + new string('─', width + 7));
        foreach (var pair in page.Pairs)
        {
            var left = Cell(page.Source, pair.Source);
            var right = Cell(page.Target, pair.Target);
            var marker = pair.IsMatched ? "│" : pair.Source is null ? ">" : "<";
            output.WriteLine($"{Pad(left, width + 6)} {marker} {right}");
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

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Pad(string text, int width)
    {
        // East Asian wide characters take two columns on a terminal.
        var columns = 0;
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            var w = IsWide(c) ? 2 : 1;
            if (columns + w > width)
            {
                break;
            }

            sb.Append(c);
            columns += w;
        }

        return sb.Append(' ', Math.Max(0, width - columns)).ToString();
    }

    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
