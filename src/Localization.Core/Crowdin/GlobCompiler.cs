using System.Text;

namespace Localization.Core.Crowdin;

/// <summary>Compiles glob text into segments for either dialect.</summary>
internal static class GlobCompiler
{
    /// <summary>Most alternatives a <c>{a,b}</c> ignore pattern may expand to.</summary>
    public const int MaxAlternatives = 256;

    /// <summary>
    /// Splits a normalised (relative, leading '/' removed) pattern into segments. Returns an error
    /// message for malformed patterns (unclosed '[', dangling '\', escaped '/', '.' or '..' segments).
    /// </summary>
    public static string? TryCompile(string pattern, GlobDialect dialect, out IReadOnlyList<GlobSegment> segments)
    {
        segments = [];
        var rawSegments = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && dialect == GlobDialect.Source)
            {
                if (i + 1 >= pattern.Length)
                {
                    return "ends with a dangling '\\'";
                }

                if (pattern[i + 1] == '/')
                {
                    return "escapes '/', which cannot be part of a file name";
                }

                current.Append(c).Append(pattern[++i]);
            }
            else if (c == '/')
            {
                if (current.Length > 0)
                {
                    rawSegments.Add(current.ToString());
                }

                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            rawSegments.Add(current.ToString());
        }

        if (rawSegments.Count == 0)
        {
            return "names no file";
        }

        var result = new List<GlobSegment>(rawSegments.Count);
        foreach (var raw in rawSegments)
        {
            if (raw == "**")
            {
                if (result.Count == 0 || result[^1] is not DoubleStarSegment)
                {
                    result.Add(DoubleStarSegment.Instance);
                }

                continue;
            }

            var error = CompileSegment(raw, dialect, out var segment);
            if (error is not null)
            {
                return error;
            }

            if (segment is LiteralSegment { Text: "." or ".." } dot)
            {
                return $"must not contain '{dot.Text}' path segments";
            }

            result.Add(segment);
        }

        segments = result;
        return null;
    }

    /// <summary>
    /// Expands <c>{a,b}</c> alternations (nested allowed) into plain patterns, as Java NIO globs
    /// accept them in <c>ignore</c>. A '{' without a matching '}' is literal.
    /// </summary>
    public static string? ExpandBraces(string pattern, out IReadOnlyList<string> expanded)
    {
        var results = new List<string>();
        var work = new Stack<string>();
        work.Push(pattern);
        while (work.Count > 0)
        {
            var item = work.Pop();
            var open = FindBraceGroup(item, out var close);
            if (open < 0)
            {
                results.Add(item);
            }
            else
            {
                var prefix = item[..open];
                var suffix = item[(close + 1)..];
                var alternatives = SplitTopLevel(item[(open + 1)..close]);
                for (var i = alternatives.Count - 1; i >= 0; i--)
                {
                    work.Push(prefix + alternatives[i] + suffix);
                }
            }

            if (results.Count + work.Count > MaxAlternatives)
            {
                expanded = [];
                return $"expands to more than {MaxAlternatives} alternatives";
            }
        }

        expanded = results;
        return null;
    }

    private static int FindBraceGroup(string text, out int close)
    {
        close = -1;
        for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0; open = text.IndexOf('{', open + 1))
        {
            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                if (text[i] == '{')
                {
                    depth++;
                }
                else if (text[i] == '}' && --depth == 0)
                {
                    close = i;
                    return open;
                }
            }
        }

        return -1;
    }

    private static List<string> SplitTopLevel(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(body[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(body[start..]);
        return parts;
    }

    private static string? CompileSegment(string raw, GlobDialect dialect, out GlobSegment segment)
    {
        segment = DoubleStarSegment.Instance;
        var tokens = new List<GlobToken>();
        var literal = new StringBuilder();
        var isLiteral = true;
        var runes = raw.EnumerateRunes().Select(r => r.Value).ToArray();
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i];
            switch (c)
            {
                case '\\' when dialect == GlobDialect.Source:
                    // TryCompile guarantees a following character.
                    var escaped = runes[++i];
                    tokens.Add(new GlobToken(GlobTokenKind.Char, escaped));
                    literal.Append(char.ConvertFromUtf32(escaped));
                    break;
                case '*':
                    isLiteral = false;
                    if (dialect == GlobDialect.Source)
                    {
                        // Crowdin turns '*' into the regex '.+': one or more characters.
                        tokens.Add(new GlobToken(GlobTokenKind.Any));
                        tokens.Add(new GlobToken(GlobTokenKind.Star));
                    }
                    else if (tokens.Count == 0 || tokens[^1].Kind != GlobTokenKind.Star)
                    {
                        tokens.Add(new GlobToken(GlobTokenKind.Star));
                    }

                    break;
                case '?':
                    isLiteral = false;
                    tokens.Add(new GlobToken(GlobTokenKind.Any));
                    break;
                case '[':
                    isLiteral = false;
                    var error = ParseClass(runes, ref i, dialect, out var token);
                    if (error is not null)
                    {
                        return error;
                    }

                    tokens.Add(token);
                    break;
                default:
                    tokens.Add(new GlobToken(GlobTokenKind.Char, c));
                    literal.Append(char.ConvertFromUtf32(c));
                    break;
            }
        }

        segment = isLiteral ? new LiteralSegment(literal.ToString()) : new WildcardSegment(raw, tokens);
        return null;
    }

    /// <summary>Parses <c>[...]</c> starting at <paramref name="i"/> (the '['); leaves <paramref name="i"/> on the ']'.</summary>
    private static string? ParseClass(int[] runes, ref int i, GlobDialect dialect, out GlobToken token)
    {
        token = new GlobToken(GlobTokenKind.Any);
        var j = i + 1;
        var negated = false;
        if (j < runes.Length && (runes[j] == '^' || (dialect == GlobDialect.Ignore && runes[j] == '!')))
        {
            negated = true;
            j++;
        }

        var ranges = new List<(int, int)>();
        var first = true;
        while (j < runes.Length && (runes[j] != ']' || first))
        {
            first = false;
            var low = runes[j];
            if (low == '\\' && dialect == GlobDialect.Source && j + 1 < runes.Length)
            {
                low = runes[++j];
            }

            if (j + 2 < runes.Length && runes[j + 1] == '-' && runes[j + 2] != ']')
            {
                var high = runes[j + 2];
                j += 2;
                if (high == '\\' && dialect == GlobDialect.Source && j + 1 < runes.Length)
                {
                    high = runes[++j];
                }

                if (high < low)
                {
                    return $"has an invalid character range '{char.ConvertFromUtf32(low)}-{char.ConvertFromUtf32(high)}'";
                }

                ranges.Add((low, high));
            }
            else
            {
                ranges.Add((low, low));
            }

            j++;
        }

        if (j >= runes.Length)
        {
            return "has a '[' without a closing ']'";
        }

        i = j;
        token = new GlobToken(GlobTokenKind.Class, Ranges: ranges, Negated: negated);
        return null;
    }
}
