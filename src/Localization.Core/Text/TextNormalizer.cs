using System.Text;
using Localization.Core.Units;

namespace Localization.Core.Text;

/// <summary>
/// Normalises prose for comparison across languages and re-serialisations: atoms and emphasis are already
/// gone; this folds case, typographic quotes and dashes, whitespace, and Unicode composition (NFC).
/// </summary>
public static class TextNormalizer
{
    public static string ForComparison(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u202F' => ' ',
                _ => raw,
            };
            if (c == ProseText.Atom || char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c));
        }

        var s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }
}
