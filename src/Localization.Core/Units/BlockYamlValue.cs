using System.Text;

namespace Localization.Core.Units;

/// <summary>
/// Reads a top-level front-matter value written as an indented block of sequences and mappings whose leaves are
/// one-line scalars (the JSON-LD <c>schema:</c> lists of documentation sites), producing what
/// <see cref="FrontMatterReader"/> makes of YamlDotNet's events: the value's start and its canonical form. Anything
/// else (flow collections, block scalars, comments, blank lines inside, anchors, tags, multi-line scalars) is
/// left to YamlDotNet. YamlDotNet on these blocks was a tenth of reading a page (its scalar events look every
/// value up in the string intern pool).
/// </summary>
internal sealed class BlockYamlValue
{
    private const int MaxDepth = 16;

    private readonly string _yaml;
    private readonly int _end;
    private readonly StringBuilder _canonical = new();
    private int _line;

    private BlockYamlValue(string yaml, int line, int end)
    {
        _yaml = yaml;
        _line = line;
        _end = end;
    }

    /// <summary>The value on the lines [<paramref name="from"/>, <paramref name="end"/>) after a <c>key:</c> line: its start and canonical form, or null.</summary>
    public static (int Start, string Canonical)? Read(string yaml, int from, int end)
    {
        if (from >= end)
        {
            return null;
        }

        var content = yaml.AsSpan(from, end - from);
        if (content.IndexOfAny('\r', '\t') >= 0)
        {
            return null;
        }

        // Trailing blank lines belong to the entry but hold nothing; a blank line inside is left to YamlDotNet.
        end = from + content.TrimEnd(" \n").Length;
        if (end <= from)
        {
            return null;
        }

        end = Math.Min(yaml.Length, yaml.IndexOf('\n', end - 1) is var newline and >= 0 ? newline + 1 : yaml.Length);
        var reader = new BlockYamlValue(yaml, from, end);
        var indent = reader.Indent();
        if (indent < 1)
        {
            return null;
        }

        var start = from + indent;
        return reader.Block(1, 0) && reader._line >= end ? (start, reader._canonical.ToString()) : null;
    }

    private int LineEnd()
    {
        var newline = _yaml.IndexOf('\n', _line, _end - _line);
        return newline < 0 ? _end : newline;
    }

    private void NextLine() => _line = Math.Min(_end, LineEnd() + 1);

    /// <summary>Spaces before the current line's content; -1 past the end or on a blank line.</summary>
    private int Indent()
    {
        if (_line >= _end)
        {
            return -1;
        }

        var at = _line;
        while (at < _end && _yaml[at] == ' ')
        {
            at++;
        }

        return at < _end && _yaml[at] != '\n' ? at - _line : -1;
    }

    private bool Block(int minimum, int depth)
    {
        var indent = Indent();
        if (indent < minimum || depth > MaxDepth)
        {
            return false;
        }

        var at = _line + indent;
        return IsItem(at) ? Sequence(indent, depth) : Mapping(indent, at, depth);
    }

    private bool IsItem(int at) => _yaml[at] == '-' && (at + 1 >= _end || _yaml[at + 1] is ' ' or '\n');

    private bool Sequence(int indent, int depth)
    {
        _canonical.Append('[');
        while (Indent() == indent && IsItem(_line + indent))
        {
            var dash = _line + indent;
            var lineEnd = LineEnd();
            if (_yaml.AsSpan(dash + 1, lineEnd - dash - 1).TrimStart(' ').IsEmpty)
            {
                // "-" alone on its line (trailing spaces too): the item is the block below.
                NextLine();
                if (!Block(indent + 1, depth + 1))
                {
                    return false;
                }

                continue;
            }

            var item = dash + 2;
            if (item >= lineEnd || _yaml[item] == ' ')
            {
                return false;
            }

            if (KeyEnd(item, lineEnd) >= 0)
            {
                // "- key: value": a mapping whose keys line up with this first one.
                if (!Mapping(indent + 2, item, depth + 1))
                {
                    return false;
                }

                continue;
            }

            if (!Scalar(dash + 1, lineEnd))
            {
                return false;
            }

            NextLine();
        }

        var next = Indent();
        _canonical.Append(']');
        return next < indent; // a line at the same indent that is no item, or deeper, is not this simple shape
    }

    /// <summary>A mapping whose keys are at column <paramref name="indent"/>; its first key is at <paramref name="first"/> on the current line.</summary>
    private bool Mapping(int indent, int first, int depth)
    {
        _canonical.Append('{');
        var at = first;
        while (true)
        {
            var lineEnd = LineEnd();
            var colon = KeyEnd(at, lineEnd);
            if (colon < 0)
            {
                return false;
            }

            var quoted = _yaml[at] == '"';
            _canonical.Append(FrontMatterEntry.Quote(quoted ? _yaml[(at + 1)..(colon - 1)] : _yaml[at..colon])).Append(',');
            if (_yaml.AsSpan(colon + 1, lineEnd - colon - 1).TrimStart(' ').IsEmpty)
            {
                NextLine();
                if (!Block(indent + 1, depth + 1))
                {
                    return false;
                }
            }
            else
            {
                if (!Scalar(colon + 1, lineEnd))
                {
                    return false;
                }

                NextLine();
            }

            var next = Indent();
            if (next != indent)
            {
                _canonical.Append('}');
                return next < indent;
            }

            at = _line + indent;
            if (IsItem(at))
            {
                return false;
            }
        }
    }

    /// <summary>The offset of the ':' after a plain (letters, digits, _ - .) or simple "quoted" key at <paramref name="at"/>, followed by a space or the line's end; else -1.</summary>
    private int KeyEnd(int at, int lineEnd)
    {
        var end = at;
        if (_yaml[at] == '"')
        {
            end = _yaml.IndexOf('"', at + 1, lineEnd - at - 1);
            if (end < 0 || _yaml.AsSpan(at + 1, end - at - 1).Contains('\\') || !FrontMatterReader.Printable(_yaml.AsSpan(at + 1, end - at - 1)))
            {
                return -1;
            }

            end++;
        }
        else
        {
            if (!char.IsAsciiLetter(_yaml[at]) && _yaml[at] != '_')
            {
                return -1;
            }

            while (end < lineEnd && (char.IsAsciiLetterOrDigit(_yaml[end]) || _yaml[end] is '_' or '-' or '.'))
            {
                end++;
            }
        }

        return end - at <= 128 && end < lineEnd && _yaml[end] == ':' && (end + 1 == lineEnd || _yaml[end + 1] == ' ') ? end : -1;
    }

    private bool Scalar(int from, int lineEnd)
    {
        if (FrontMatterReader.SimpleScalar(_yaml, from, lineEnd) is not var (start, length))
        {
            return false;
        }

        _canonical.Append(FrontMatterEntry.Quote(_yaml.Substring(start, length))).Append(',');
        return true;
    }
}
