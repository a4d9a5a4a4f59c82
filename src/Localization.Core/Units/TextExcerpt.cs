namespace Localization.Core.Units;

/// <summary>Renders page text for messages: one line, whitespace collapsed, cut with an ellipsis.</summary>
public static class TextExcerpt
{
    public static string Collapse(ReadOnlySpan<char> text, int max = 200)
    {
        // Each kept character or space stands for its own input character; a space and a character may both
        // be added just before the cut, so up to max + 1 of them, then the ellipsis.
        var capacity = (max < text.Length ? Math.Max(max, 0) + 1 : text.Length) + 1;
        Span<char> buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
            if (length >= max)
            {
                buffer[length++] = '…';
                break;
            }
        }

        return new string(buffer[..length]);
    }
}
