namespace Localization.Core.Units;

/// <summary>
/// Whether a tag of an HTML block is closed by a later tag of the same name in the block (nesting counted), asked
/// of every raw element opened inside an md_in_html container. Each question scanned the rest of the block, so a
/// block of n nested balanced elements cost n² steps: 20,000 nested <c>&lt;div&gt;</c> (a 220 KB page) ran into
/// the 20-second file time-out. A large block is answered from one pass that pairs every end tag with the
/// innermost open tag of its name, which is the same answer: the scan's depth reaches -1 at a tag's partner.
/// </summary>
internal ref struct HtmlClosers
{
    /// <summary>Blocks with more tags than this are paired once; smaller ones are scanned (no table to build).</summary>
    internal const int ScanLimit = 64;

    private bool[]? _closed;

    public bool ClosesLater(ReadOnlySpan<char> source, HtmlTag[] tags, int index, string name)
    {
        System.Diagnostics.Debug.Assert(!tags[index].Closing, "asked only of a start tag");
        if (tags.Length <= ScanLimit)
        {
            return Scan(source, tags, index, name);
        }

        _closed ??= Pair(source, tags);
        return _closed[index];
    }

    /// <summary>The answer for one tag by scanning the tags after it: the oracle of <see cref="Pair"/>.</summary>
    internal static bool Scan(ReadOnlySpan<char> source, HtmlTag[] tags, int index, string name)
    {
        var depth = 0;
        for (var j = index + 1; j < tags.Length; j++)
        {
            if (!tags[j].IsNamed(source, name))
            {
                continue;
            }

            if (!tags[j].Closing)
            {
                depth++;
            }
            else if (depth-- == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For every tag, whether a later end tag closes it (always false for an end tag).</summary>
    internal static bool[] Pair(ReadOnlySpan<char> source, HtmlTag[] tags)
    {
        var closed = new bool[tags.Length];
        var open = new Dictionary<string, Stack<int>>(StringComparer.OrdinalIgnoreCase);
        var byName = open.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            var name = source.Slice(tag.NameStart, tag.NameLength);
            if (!byName.TryGetValue(name, out var stack))
            {
                if (tag.Closing)
                {
                    continue;
                }

                stack = new Stack<int>();
                byName[name] = stack;
            }

            if (!tag.Closing)
            {
                stack.Push(i);
            }
            else if (stack.TryPop(out var opener))
            {
                closed[opener] = true;
            }
        }

        return closed;
    }
}
