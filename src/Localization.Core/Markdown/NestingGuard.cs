namespace Localization.Core.Markdown;

/// <summary>
/// Refuses, before Markdig sees it, a line that opens more nested containers than Markdig's nesting limit
/// accepts (<c>- - - … a</c>, <c>&gt; &gt; &gt; …</c>, <c>1. 1. 1. …</c>): Markdig would refuse the page too, but only
/// after building the whole nest, which takes seconds for 100,000 levels. One pass over the text.
/// </summary>
public static class NestingGuard
{
    /// <summary>The line (1-based) of the first such line, or 0.</summary>
    public static int FirstTooDeepLine(string text, int limit)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (TooDeep(text, i, limit, out var at))
            {
                return line;
            }

            var end = text.IndexOf('\n', at);
            if (end < 0)
            {
                break;
            }

            i = end + 1;
            line++;
        }

        return 0;
    }

    /// <summary>
    /// <see cref="FirstTooDeepLine(string, int)"/> of the text <paramref name="lines"/> maps: the lines of a text
    /// without CR are taken from the map instead of searching for each line feed again.
    /// </summary>
    internal static int FirstTooDeepLine(string text, int limit, LineMap lines)
    {
        if (!lines.LineFeedsOnly)
        {
            return FirstTooDeepLine(text, limit);
        }

        for (var n = 0; n < lines.LineCount; n++)
        {
            var start = lines.StartOfLine(n);
            if (start >= text.Length)
            {
                break;
            }

            if (TooDeep(text, start, limit, out _))
            {
                return n + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether the line starting at <paramref name="i"/> opens more than <paramref name="limit"/> containers; <paramref name="at"/> is where its markers end.</summary>
    private static bool TooDeep(string text, int i, int limit, out int at)
    {
        var depth = 0;
        at = i;
        while (true)
        {
            var spaces = 0;
            while (at < text.Length && text[at] == ' ' && spaces < 4)
            {
                at++;
                spaces++;
            }

            var marker = MarkerLength(text, at);
            if (marker == 0)
            {
                break;
            }

            depth++;
            at += marker;
        }

        // Markers alone on a line may be a thematic break ("* * *"); only markers followed by content nest.
        return depth > limit && at < text.Length && text[at] is not ('\n' or '\r');
    }

    /// <summary>
    /// The line (1-based) of the first line with more than <paramref name="limit"/> table cells ('|' not escaped
    /// with '\'), or 0. Markdig builds a block per cell: a 10,000-column table of 50 rows takes two minutes and
    /// 2 GB; no page of documentation is that wide.
    /// </summary>
    public static int FirstTooWideLine(string text, int limit)
    {
        // No line can have more pipes than the page: a vectorised count spares the per-character walk on
        // almost every page (the walk was 2% of a 31-language check).
        if (text.AsSpan().Count('|') <= limit + 1)
        {
            return 0;
        }

        var line = 1;
        var pipes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    line++;
                    pipes = 0;
                    break;
                case '|' when i == 0 || text[i - 1] != '\\':
                    if (++pipes > limit + 1)
                    {
                        return line;
                    }

                    break;
            }
        }

        return 0;
    }

    /// <summary><see cref="FirstTooWideLine(string, int)"/> of the text <paramref name="lines"/> maps, whose '|' the map counted.</summary>
    internal static int FirstTooWideLine(string text, int limit, LineMap lines) =>
        lines.Pipes >= 0 && lines.Pipes <= limit + 1 ? 0 : FirstTooWideLine(text, limit);

    /// <summary>Length of a container marker at <paramref name="at"/> with the space after it ('>' needs none), or 0.</summary>
    private static int MarkerLength(string text, int at)
    {
        if (at >= text.Length)
        {
            return 0;
        }

        if (text[at] == '>')
        {
            return 1;
        }

        var end = at;
        if (text[at] is '-' or '*' or '+')
        {
            end = at + 1;
        }
        else
        {
            while (end < text.Length && end - at < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == at || end >= text.Length || text[end] is not ('.' or ')'))
            {
                return 0;
            }

            end++;
        }

        return end < text.Length && text[end] == ' ' ? end + 1 - at : 0;
    }
}
