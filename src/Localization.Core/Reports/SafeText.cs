using System.Globalization;
using System.Text;

namespace Localization.Core.Reports;

/// <summary>
/// Makes file content safe to print: control characters (terminal escapes, carriage returns, line
/// breaks) and invisible bidi or zero-width characters are shown as visible escapes such as \x1b or
/// \u202e, so content can neither drive the terminal nor forge a line that looks like a finding.
/// </summary>
public static class SafeText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var visible = c switch
            {
                < ' ' or '\u007f' => $"\\x{(int)c:x2}",
                >= '\u0080' and <= '\u009f' => $"\\x{(int)c:x2}",
                '\u200b' or '\u200c' or '\u200d' or '\u200e' or '\u200f' or '\u2028' or '\u2029' or '\u2060' or '\ufeff'
                    or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => $"\\u{(int)c:x4}",
                _ => null,
            };
            if (visible is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(visible);
        }

        return sb?.ToString() ?? text;
    }

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
