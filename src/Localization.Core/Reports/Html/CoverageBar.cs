using System.Globalization;
using Localization.Core.Reports.Status;

namespace Localization.Core.Reports.Html;

/// <summary>A coverage bar as inline SVG: translated, partial, untranslated and missing units, stacked.</summary>
internal static class CoverageBar
{
    public static string Svg(StatusRow row, int width, int height, string cssClass)
    {
        var label = row.Units == 0
            ? "no units to translate"
            : $"{row.Translated} translated, {row.Partial} partial, {row.Untranslated} untranslated, {row.Missing} missing of {row.Units} units";
        var svg = new System.Text.StringBuilder(400);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        if (row.Units == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"b-none\" width=\"{width}\" height=\"{height}\"/>");
        }
        else
        {
            // Cumulative rounding, so the segments always fill the bar exactly.
            var done = 0;
            var at = 0;
            foreach (var (count, segment) in new[] { (row.Translated, "tr"), (row.Partial, "pa"), (row.Untranslated, "un"), (row.Missing, "mi") })
            {
                done += count;
                var end = (int)Math.Round((double)width * done / row.Units, MidpointRounding.AwayFromZero);
                if (end > at)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"b-{segment}\" x=\"{at}\" width=\"{end - at}\" height=\"{height}\"/>");
                }

                at = end;
            }
        }

        return svg.Append("</svg>").ToString();
    }
}
