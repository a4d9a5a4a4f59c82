using System.Text;

namespace Localization.Core.Units;

/// <summary>Renders page text for messages: one line, whitespace collapsed, cut with an ellipsis.</summary>
public static class TextExcerpt
{
    public static string Collapse(ReadOnlySpan<char> text, int max = 200)
    {
        var sb = new StringBuilder(Math.Min(text.Length, Math.Max(0, max - 1) + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }
        }

        return sb.ToString();
    }
}
