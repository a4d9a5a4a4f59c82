using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Units;

namespace Localization.Core.Export;

/// <summary>
/// Cuts a unit's Markdown into text and protected codes using the mapping the page reader already made
/// (<see cref="ProseText"/>): what the prose holds verbatim is text; atoms (code, icons, footnote references,
/// HTML, URLs), entities and escapes, and the page text between prose runs (emphasis markers, link syntax,
/// attribute lists) are codes whose original Markdown is kept. Block syntax around the unit (list markers,
/// <c>#</c>, table bars) and line indentation belong to the page, not to the unit, and are left out.
/// </summary>
public static partial class InlineSegmenter
{
    /// <param name="page">The page the unit belongs to.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="numbering">The English codes when cutting a translation: a code with the same original
    /// gets the English code's number, so a CAT tool pairs them; others get numbers after them.</param>
    public static InlineText Segment(PageModel page, TranslationUnit unit, IEnumerable<InlineCode>? numbering = null)
    {
        var text = page.Text;
        var runs = unit.Prose.Runs;
        var pieces = new List<(string Text, bool IsCode)>();
        if (runs.Count == 0)
        {
            return InlineText.Empty;
        }

        var first = runs[0];
        if (first.SourceStart > unit.Start && first.SourceStart <= text.Length)
        {
            var lead = LeadingMarkup(text.AsSpan(unit.Start, first.SourceStart - unit.Start));
            if (lead.Length > 0)
            {
                pieces.Add((lead, true));
            }
        }

        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            var prose = unit.Prose.Text.Substring(run.ProseStart, run.Length);
            if (run.Exact)
            {
                pieces.Add((prose, false));
            }
            else if (string.IsNullOrWhiteSpace(prose))
            {
                pieces.Add((" ", false));
            }
            else
            {
                var start = Math.Clamp(run.SourceStart, 0, text.Length);
                pieces.Add((text.Substring(start, Math.Clamp(run.SourceLength, 0, text.Length - start)), true));
            }

            var gapStart = run.SourceStart + run.SourceLength;
            var gapEnd = k + 1 < runs.Count ? runs[k + 1].SourceStart : Math.Min(unit.End, text.Length);
            if (gapEnd <= gapStart || gapStart >= text.Length)
            {
                continue;
            }

            var gap = text.AsSpan(gapStart, gapEnd - gapStart);
            if (k + 1 == runs.Count)
            {
                var trail = TrailingMarkup(gap);
                if (trail.Length > 0)
                {
                    pieces.Add((trail, true));
                }
            }
            else if (!IsLayout(gap))
            {
                pieces.Add((gap.ToString(), true));
            }
            else if (gap.ContainsAny('\n', '\r') && pieces.Count > 0 && !pieces[^1].Text.EndsWith(' '))
            {
                pieces.Add((" ", false));
            }
        }

        return Number(Merge(pieces), numbering);
    }

    /// <summary>Inline openers at the end of what precedes the first text (<c>- **</c> gives <c>**</c>).</summary>
    private static string LeadingMarkup(ReadOnlySpan<char> gap)
    {
        var end = gap.Length;
        var start = end;
        while (start > 0 && gap[start - 1] is '*' or '_' or '[' or '!' or '~' or '=' or '^' or '<' or '"')
        {
            start--;
        }

        // A quoted admonition title's opening quote belongs to the block syntax.
        var lead = gap[start..end].ToString().TrimStart('"');
        return lead;
    }

    /// <summary>What follows the last text on its line: closers, link targets, attribute lists; not block syntax.</summary>
    private static string TrailingMarkup(ReadOnlySpan<char> gap)
    {
        var line = gap;
        var newline = line.IndexOfAny('\n', '\r');
        if (newline >= 0)
        {
            line = line[..newline];
        }

        var s = line.ToString().TrimEnd();
        s = ClosingBlockSyntax().Replace(s, "");
        return s.Trim().Length == 0 ? "" : s;
    }

    /// <summary>Whitespace, line breaks and the indentation or quote markers of continuation lines.</summary>
    private static bool IsLayout(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c != '>')
            {
                return false;
            }
        }

        return gap.ContainsAny('\n', '\r') || !gap.Contains('>');
    }

    private static List<(string Text, bool IsCode)> Merge(List<(string Text, bool IsCode)> pieces)
    {
        var merged = new List<(string Text, bool IsCode)>();
        foreach (var piece in Split(pieces))
        {
            if (piece.Text.Length == 0)
            {
                continue;
            }

            if (merged.Count > 0 && merged[^1].IsCode == piece.IsCode && !IsChar(piece) && !IsChar(merged[^1]))
            {
                merged[^1] = (merged[^1].Text + piece.Text, piece.IsCode);
            }
            else
            {
                merged.Add(piece);
            }
        }

        // Spaces at the edges are layout.
        if (merged.Count > 0 && !merged[0].IsCode)
        {
            merged[0] = (merged[0].Text.TrimStart(), false);
        }

        if (merged.Count > 0 && !merged[^1].IsCode)
        {
            merged[^1] = (merged[^1].Text.TrimEnd(), false);
        }

        merged.RemoveAll(p => p.Text.Length == 0);
        return merged;
    }

    /// <summary>
    /// Text that looks like a placeholder (<c>{1}</c>) and characters no format can carry become codes of
    /// their own, so every <c>{n}</c> in PO and CSV is a code and every text is writable.
    /// </summary>
    private static IEnumerable<(string Text, bool IsCode)> Split(List<(string Text, bool IsCode)> pieces)
    {
        foreach (var piece in pieces)
        {
            var sb = new StringBuilder();
            var text = piece.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsUnwritable(text, i))
                {
                    if (sb.Length > 0)
                    {
                        yield return (sb.ToString(), piece.IsCode);
                        sb.Clear();
                    }

                    yield return (c.ToString(), true);
                    continue;
                }

                if (!piece.IsCode && c == '{' && PlaceholderLike().Match(text, i) is { Success: true, Index: var at } m && at == i)
                {
                    if (sb.Length > 0)
                    {
                        yield return (sb.ToString(), false);
                        sb.Clear();
                    }

                    yield return (m.Value, true);
                    i += m.Length - 1;
                    continue;
                }

                sb.Append(c);
            }

            if (sb.Length > 0)
            {
                yield return (sb.ToString(), piece.IsCode);
            }
        }
    }

    private static bool IsChar((string Text, bool IsCode) piece) => piece.IsCode && piece.Text.Length == 1 && IsUnwritable(piece.Text, 0);

    /// <summary>Characters XML 1.0 forbids and UTF-8 cannot encode: C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF.</summary>
    internal static bool IsUnwritable(string text, int i)
    {
        var c = text[i];
        if (c < ' ')
        {
            return c is not ('\t' or '\n' or '\r');
        }

        if (c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }

    private static InlineText Number(List<(string Text, bool IsCode)> pieces, IEnumerable<InlineCode>? numbering)
    {
        var english = numbering?.ToList() ?? [];
        var used = new HashSet<int>();
        var next = english.Count == 0 ? 1 : english.Max(c => c.Id) + 1;
        var segments = new List<InlineSegment>(pieces.Count);
        foreach (var (text, isCode) in pieces)
        {
            if (!isCode)
            {
                segments.Add(InlineSegment.Of(text));
                continue;
            }

            var match = english.FirstOrDefault(c => c.Original == text && !used.Contains(c.Id));
            InlineCode code;
            if (match is not null)
            {
                used.Add(match.Id);
                code = match;
            }
            else
            {
                code = new InlineCode(next++, KindOf(text), text);
            }

            segments.Add(InlineSegment.Of(code));
        }

        return new InlineText(segments);
    }

    internal static InlineCodeKind KindOf(string original)
    {
        if (original.Length == 1 && IsUnwritable(original, 0))
        {
            return InlineCodeKind.Char;
        }

        var t = original.Trim();
        return t switch
        {
            _ when t.StartsWith("[^", StringComparison.Ordinal) => InlineCodeKind.Footnote,
            _ when t.StartsWith('`') => InlineCodeKind.Code,
            _ when t.StartsWith('<') => InlineCodeKind.Html,
            _ when t.Contains("![", StringComparison.Ordinal) => InlineCodeKind.Image,
            _ when t.Contains('[') || t.Contains(']') || t.Contains("://", StringComparison.Ordinal) => InlineCodeKind.Link,
            _ when t.StartsWith('{') => InlineCodeKind.Attributes,
            _ when t.StartsWith(':') && t.EndsWith(':') => InlineCodeKind.Icon,
            _ when t.StartsWith('&') || t.StartsWith('\\') => InlineCodeKind.Escape,
            _ when t.Trim('*', '_', '~', '=', '^').Length == 0 => InlineCodeKind.Emphasis,
            _ => InlineCodeKind.Markup,
        };
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex PlaceholderLike();

    /// <summary>Closing heading hashes and table bars at the end of a line.</summary>
    [GeneratedRegex(@"(\s+#+|\s*\|)\s*$")]
    private static partial Regex ClosingBlockSyntax();
}
