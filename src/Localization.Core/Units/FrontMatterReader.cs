using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Localization.Core.Units;

/// <summary>
/// Reads the top-level entries of YAML front matter with YamlDotNet's event parser: aliases are never
/// expanded (no alias bombs), nesting is bounded, and duplicate keys are reported.
/// </summary>
public static class FrontMatterReader
{
    private const int MaxDepth = 64;

    /// <summary>An error at a character offset of the YAML text.</summary>
    public sealed record YamlError(string Message, int Offset);

    /// <summary>Entries (offsets relative to the YAML text) or an error.</summary>
    public sealed record Result(IReadOnlyList<FrontMatterEntry> Entries, YamlError? Error);

    public static Result Read(string yaml) => ReadByEntry(yaml) ?? ReadWithParser(yaml);

    // A loop, not Exists with a lambda: the lambda captured the key, a closure and a delegate per entry of every page.
    private static bool HasKey(List<FrontMatterEntry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Front matter read entry by entry: a top-level <c>key: value</c> line with a plain or simply quoted value is
    /// read directly, every other entry (lists, mappings, block scalars, anything unusual) by YamlDotNet on that
    /// entry's lines alone; null, and the whole text goes to YamlDotNet, when anything is not an ordinary entry
    /// or YamlDotNet finds a problem. Starting YamlDotNet's parser on every page's four lines of front matter
    /// was 4% of a 31-language check.
    /// </summary>
    internal static Result? ReadByEntry(string yaml)
    {
        var entries = new List<FrontMatterEntry>();
        var position = 0;
        while (position < yaml.Length)
        {
            if (yaml[position] == '\n')
            {
                position++;
                continue;
            }

            var keyEnd = position;
            if (!char.IsAsciiLetter(yaml[keyEnd]) && yaml[keyEnd] != '_')
            {
                return null;
            }

            while (keyEnd < yaml.Length && (char.IsAsciiLetterOrDigit(yaml[keyEnd]) || yaml[keyEnd] is '_' or '-' or '.'))
            {
                keyEnd++;
            }

            if (keyEnd - position > 128 || keyEnd >= yaml.Length || yaml[keyEnd] != ':')
            {
                return null;
            }

            var key = yaml[position..keyEnd];
            if (HasKey(entries, key))
            {
                return null;
            }

            var lineEnd = yaml.IndexOf('\n', keyEnd);
            lineEnd = lineEnd < 0 ? yaml.Length : lineEnd;

            // The entry's lines: up to the next line that starts with something other than a space (a blank line
            // before it stays with this entry).
            var next = lineEnd;
            while (next < yaml.Length && (next + 1 == yaml.Length || yaml[next + 1] is ' ' or '\n'))
            {
                var end = next + 1 < yaml.Length ? yaml.IndexOf('\n', next + 1) : -1;
                next = end < 0 ? yaml.Length : end;
            }

            next = Math.Min(yaml.Length, next + 1);
            if (next <= lineEnd + 1 && SimpleScalar(yaml, keyEnd + 1, lineEnd) is var (valueStart, valueLength))
            {
                var value = yaml.Substring(valueStart, valueLength);
                entries.Add(new FrontMatterEntry(key, value, valueStart, position, true, value));
            }
            else if (yaml.AsSpan(keyEnd + 1, lineEnd - keyEnd - 1).TrimStart(' ').IsEmpty && BlockYamlValue.Read(yaml, lineEnd + 1, next) is var (blockStart, canonical))
            {
                entries.Add(new FrontMatterEntry(key, TextExcerpt.Collapse(yaml.AsSpan(blockStart, next - blockStart), int.MaxValue), blockStart, position, false, canonical));
            }
            else
            {
                var one = ReadWithParser(yaml[position..next]);
                if (one.Error is not null || one.Entries.Count != 1 || one.Entries[0].Key != key)
                {
                    return null;
                }

                var entry = one.Entries[0];
                entries.Add(entry with { Start = entry.Start + position, KeyStart = entry.KeyStart + position });
            }

            position = next;
        }

        return entries.Count == 0 ? null : new Result(entries, null);
    }

    /// <summary>The value of <c>key: value</c> after the colon when it is a one-line plain, '…' or "…" scalar without escapes: its offset and length.</summary>
    internal static (int Start, int Length)? SimpleScalar(string yaml, int start, int end)
    {
        if (start >= end || yaml[start] != ' ')
        {
            return null;
        }

        while (start < end && yaml[start] == ' ')
        {
            start++;
        }

        if (start == end || yaml[end - 1] == ' ')
        {
            return null;
        }

        var value = yaml.AsSpan(start, end - start);
        if (!Printable(value))
        {
            return null;
        }

        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            return value.Length >= 2 && value[^1] == quote && value[1..^1].IndexOfAny(quote, '\\') < 0 ? (start + 1, value.Length - 2) : null;
        }

        return value[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`'
            || value[^1] == ':' || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
            ? null
            : (start, value.Length);
    }

    /// <summary>No control, line-separator, byte-order-mark or surrogate character: text read the same by every YAML reading.</summary>
    internal static bool Printable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\uFEFF' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the whole front matter with YamlDotNet.</summary>
    internal static Result ReadWithParser(string yaml)
    {
        var entries = new List<FrontMatterEntry>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new Result(entries, null);
            }

            parser.Consume<DocumentStart>();
            if (parser.TryConsume<Scalar>(out var lone))
            {
                return lone.Value.Length == 0 ? new Result(entries, null) : new Result(entries, new YamlError("front matter must be a mapping of keys to values", (int)lone.Start.Index));
            }

            var mapping = parser.Consume<MappingStart>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    var current = parser.Current;
                    return new Result(entries, new YamlError("front-matter keys must be plain values", (int)(current?.Start.Index ?? mapping.Start.Index)));
                }

                if (!seen.Add(key.Value))
                {
                    return new Result(entries, new YamlError($"duplicate key '{key.Value}'", (int)key.Start.Index));
                }

                var valueEvent = parser.Current;
                if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    return new Result(entries, new YamlError($"anchors (&{anchored.Anchor.Value}) are not accepted in front matter: write the value out in full", (int)anchored.Start.Index));
                }

                if (parser.TryConsume<Scalar>(out var scalar))
                {
                    var offset = (int)scalar.Start.Index + (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0);
                    entries.Add(new FrontMatterEntry(key.Value, scalar.Value, offset, (int)key.Start.Index, true, scalar.Value));
                }
                else if (parser.TryConsume<AnchorAlias>(out var alias))
                {
                    return new Result(entries, new YamlError($"aliases (*{alias.Value}) are not accepted in front matter: write the value out in full", (int)alias.Start.Index));
                }
                else
                {
                    var start = (int)(valueEvent?.Start.Index ?? key.End.Index);
                    var canonical = new System.Text.StringBuilder();
                    var end = SkipNode(parser, canonical);
                    entries.Add(new FrontMatterEntry(key.Value, TextExcerpt.Collapse(yaml.AsSpan(start, Math.Max(0, Math.Min(end, yaml.Length) - start)), int.MaxValue), start, (int)key.Start.Index, false, canonical.ToString()));
                }
            }

            return new Result(entries, null);
        }
        catch (YamlException e)
        {
            // YamlDotNet can place an error at the end of input one past the last character (found by
            // fuzzing: ":\n{: &: 2"); the offset must stay inside the YAML it is added to.
            return new Result(entries, new YamlError(e.Message, (int)Math.Clamp(e.Start.Index, 0, yaml.Length)));
        }
        catch (InvalidOperationException e)
        {
            return new Result(entries, new YamlError(e.Message, 0));
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // YamlDotNet throws these, not YamlException, for some malformed input (an empty verbatim tag
            // '!<>', a tag that is not a URI): still bad front matter, not an unreadable page. Found by
            // fuzzing; YamlTreeReader guards crowdin.yml the same way. The offset is where parsing stopped.
            return new Result(entries, new YamlError($"invalid YAML near here ({e.Message})", (int)Math.Min(yaml.Length, parser.Current?.End.Index ?? 0)));
        }
    }

    /// <summary>Skips a sequence or mapping, writing a canonical form of it (flow and block style alike).</summary>
    private static int SkipNode(Parser parser, System.Text.StringBuilder canonical)
    {
        var depth = 0;
        var end = 0;
        // Which open collections are flow style (bit d for depth d + 1; MaxDepth is 64): only a flow collection's
        // closing bracket ends on the bracket; a block collection's end mark sits on whatever follows it.
        var flowAt = 0UL;
        do
        {
            var current = parser.Current ?? throw new InvalidOperationException("unexpected end of front matter");
            canonical.Append(current switch
            {
                SequenceStart => "[",
                MappingStart => "{",
                SequenceEnd => "]",
                MappingEnd => "}",
                Scalar scalar => FrontMatterEntry.Quote(scalar.Value) + ",",
                _ => "",
            });
            if (current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
            {
                throw new YamlException(current.Start, current.End, "anchors and aliases (&name, *name) are not accepted in front matter: write the value out in full");
            }

            end = (int)current.End.Index;
            if (current is SequenceStart or MappingStart)
            {
                depth++;
                if (depth > MaxDepth)
                {
                    throw new YamlException(current.Start, current.End, $"front matter nests deeper than {MaxDepth} levels");
                }

                var isFlow = current is SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow };
                flowAt = isFlow ? flowAt | (1UL << (depth - 1)) : flowAt & ~(1UL << (depth - 1));
            }
            else if (current is SequenceEnd or MappingEnd)
            {
                // A flow collection's closing bracket is an event whose end mark sits on the bracket itself. (Once
                // every flow collection closed, a block collection around it ended one character into the next entry.)
                if ((flowAt & (1UL << (depth - 1))) != 0)
                {
                    end = Math.Max((int)current.End.Index, (int)current.Start.Index + 1);
                }

                depth--;
            }

            parser.MoveNext();
        }
        while (depth > 0);

        return end;
    }
}
