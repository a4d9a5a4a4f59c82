namespace Localization.Core.Units;

/// <summary>A start or end tag in an HTML block: offsets into the block's text.</summary>
/// <param name="Index">Offset of its '&lt;'.</param>
/// <param name="Length">Length up to and with its '&gt;'.</param>
/// <param name="Closing">True for an end tag (<c>&lt;/div&gt;</c>).</param>
/// <param name="NameStart">Offset of the tag name.</param>
/// <param name="NameLength">Length of the tag name.</param>
/// <param name="AttributesLength">Length of what follows the name up to the '&gt;' (attributes, a '/').</param>
internal readonly record struct HtmlTag(int Index, int Length, bool Closing, int NameStart, int NameLength, int AttributesLength)
{
    public int End => Index + Length;

    public int AttributesStart => NameStart + NameLength;

    public bool IsNamed(ReadOnlySpan<char> source, string name) => source.Slice(NameStart, NameLength).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The tags of <paramref name="source"/> into <paramref name="tags"/> (cleared first), as the regex
    /// <c>&lt;(/)?([A-Za-z][A-Za-z0-9-]*)(?=[\s/&gt;])([^&gt;]*)&gt;</c> finds them, without its Match and Group objects (a
    /// third of the allocations of reading HTML blocks); a page reader reuses one list for all its HTML blocks.
    /// </summary>
    public static void Find(ReadOnlySpan<char> source, List<HtmlTag> tags)
    {
        tags.Clear();
        for (var i = source.IndexOf('<'); i >= 0; i = IndexOf(source, '<', i))
        {
            var at = i + 1;
            var closing = at < source.Length && source[at] == '/';
            if (closing)
            {
                at++;
            }

            var nameStart = at;
            if (at < source.Length && char.IsAsciiLetter(source[at]))
            {
                at++;
                while (at < source.Length && (char.IsAsciiLetterOrDigit(source[at]) || source[at] == '-'))
                {
                    at++;
                }

                // A shorter name would be followed by a name character: only the longest one can be followed by what the lookahead wants.
                if (at < source.Length && (char.IsWhiteSpace(source[at]) || source[at] is '/' or '>'))
                {
                    var close = IndexOf(source, '>', at);
                    if (close < 0)
                    {
                        break; // no '>' later: no tag can end
                    }

                    tags.Add(new HtmlTag(i, close + 1 - i, closing, nameStart, at - nameStart, close - at));
                    i = close + 1;
                    continue;
                }
            }

            i++;
        }
    }

    private static int IndexOf(ReadOnlySpan<char> source, char c, int from)
    {
        var k = source[from..].IndexOf(c);
        return k < 0 ? -1 : from + k;
    }
}
