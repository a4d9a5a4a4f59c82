namespace Localization.Core.Units;

/// <summary>
/// The tags of an md_in_html block blanked out of its text before the text is parsed as Markdown: offsets stay those
/// of the page. A tag that starts or ends its line (only blanks before it, or only blanks after it, on its line)
/// becomes line breaks, so
/// the text after it (<c>&lt;p markdown&gt;Source: …</c>) starts a line instead of being indented into a code block;
/// any other tag becomes spaces.
/// </summary>
internal static class FragmentBlanking
{
    /// <param name="source">The block's text.</param>
    /// <param name="ordered">The ranges to blank, in page order.</param>
    /// <param name="chars">A copy of <paramref name="source"/>, blanked in place.</param>
    public static void Blank(ReadOnlySpan<char> source, List<(int Start, int End)> ordered, Span<char> chars)
    {
        // The last character before a tag that is no blank is kept from one tag to the next: reading each tag's line
        // from its start made a block of thousands of tags on one line n² steps (20,000 nested <div>, a 220 KB page,
        // ran into the 20-second file time-out).
        var lastNonBlank = -1;
        var read = 0;
        foreach (var (from, to) in ordered)
        {
            if (from < read)
            {
                // Ranges that overlap (the list does not forbid them): the blanks before this one are read again.
                read = 0;
                lastNonBlank = -1;
            }

            lastNonBlank = LastNonBlank(chars, read, from, lastNonBlank);
            var after = source[to..].IndexOfAnyExcept(' ', '\t');
            var startsLine = lastNonBlank < 0 || chars[lastNonBlank] is '\n' or '\r'
                || after < 0 || chars.Slice(to, after + 1).IndexOfAny('\n', '\r') >= 0;
            for (var i = from; i < to; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = startsLine ? '\n' : ' ';
                }
            }

            read = Math.Max(from, to);
            lastNonBlank = LastNonBlank(chars, from, read, lastNonBlank);
        }
    }

    /// <summary>The last character of <paramref name="chars"/>[from..to) that is neither a space nor a tab, else <paramref name="before"/>.</summary>
    private static int LastNonBlank(ReadOnlySpan<char> chars, int from, int to, int before) =>
        chars[from..to].LastIndexOfAnyExcept(' ', '\t') is var found and >= 0 ? from + found : before;
}
