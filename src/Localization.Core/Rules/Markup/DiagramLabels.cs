using System.Text;
using System.Text.RegularExpressions;

namespace Localization.Core.Rules.Markup;

/// <summary>
/// The labels of a Mermaid diagram (a fence whose language is <c>mermaid</c>, which MkDocs Material draws as a
/// diagram): node and edge texts, messages, notes, titles and sections are words for the reader, and translators
/// translate them on purpose. Node ids, arrows, shapes and the diagram's kind are its structure: a changed one
/// breaks or changes the drawing. The skeleton of a diagram is its text with every label replaced by '…' (an
/// empty label stays empty, so a dropped label still shows), line for line; two diagrams with the same skeleton
/// differ only in their labels.
/// </summary>
internal static partial class DiagramLabels
{
    private const string Label = "…";

    /// <summary>Keywords followed by free text in every kind of diagram.</summary>
    private static readonly string[] TitleKeywords = ["title", "accTitle:", "accDescr:"];

    /// <summary>Sequence diagram blocks whose keyword is followed by a label ("loop Every minute").</summary>
    private static readonly string[] SequenceBlocks = ["loop", "alt", "else", "opt", "par", "and", "critical", "option", "break", "box"];

    private static readonly System.Buffers.SearchValues<char> NotInAsymmetricText = System.Buffers.SearchValues.Create("[(){}|\"");

    public static bool IsDiagram(string? language) => string.Equals(language, "mermaid", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when both blocks are Mermaid diagrams with the same skeleton (blank lines and spacing aside).</summary>
    public static bool OnlyLabelsDiffer(string? language, string source, string target) =>
        IsDiagram(language) && Comparable(source) == Comparable(target);

    /// <summary>The diagram with its labels replaced by '…', line for line (so line numbers still hold), or null for another fence.</summary>
    public static string? WithoutLabels(string? language, string code) => IsDiagram(language) ? Skeleton(code, out _) : null;

    /// <summary>
    /// The skeleton without blank lines and spacing ("A-->B" is "A --> B" to Mermaid); a mindmap keeps its
    /// indentation, which is its structure.
    /// </summary>
    private static string Comparable(string code)
    {
        var skeleton = Skeleton(code, out var kind);
        var mindmap = kind == "mindmap";
        return string.Join('\n', skeleton.Split('\n')
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => (mindmap ? Indent(l).Replace("\t", "    ", StringComparison.Ordinal).Length + ":" : "") + Spaces().Replace(l, "")));
    }

    private static string Skeleton(string code, out string kind)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        kind = "";
        var inFrontMatter = false;
        var inNote = false; // a state diagram's "note left of X" … "end note": every line between is text
        var inDescription = false; // "accDescr {" … "}"
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var text = line.Trim();
            if (n == 0 && text == "---")
            {
                inFrontMatter = true;
                continue;
            }

            if (inFrontMatter)
            {
                inFrontMatter = text != "---";
                lines[n] = text.StartsWith("title:", StringComparison.Ordinal) ? Keep(line, "title:".Length) : line;
                continue;
            }

            if (text.StartsWith("%%", StringComparison.Ordinal))
            {
                lines[n] = text.StartsWith("%%{", StringComparison.Ordinal) ? line : ""; // a directive is configuration; a comment is text
                continue;
            }

            if (inDescription || inNote)
            {
                inDescription &= text != "}";
                inNote &= !text.Equals("end note", StringComparison.OrdinalIgnoreCase);
                lines[n] = text == "}" || text.Equals("end note", StringComparison.OrdinalIgnoreCase) ? line : Indent(line) + (text.Length > 0 ? Label : "");
                continue;
            }

            if (kind.Length == 0 && text.Length > 0)
            {
                kind = FirstWord(text);
                lines[n] = KindLine(line, text);
                continue;
            }

            if (text.StartsWith("accDescr", StringComparison.Ordinal) && text.EndsWith('{'))
            {
                inDescription = true;
                continue;
            }

            if (StartsWithAny(text, TitleKeywords) is { } keyword)
            {
                lines[n] = Keep(line, line.IndexOf(keyword, StringComparison.Ordinal) + keyword.Length);
                continue;
            }

            lines[n] = kind switch
            {
                "graph" or "flowchart" => Flowchart(line),
                "sequenceDiagram" => Sequence(line, text),
                "stateDiagram" or "stateDiagram-v2" => State(line, text, ref inNote),
                "gantt" => Gantt(line, text),
                "journey" or "timeline" => Segments(line, text, kind),
                "mindmap" => Indent(line) + Shapes(text.TrimStart(), blankOutside: true),
                "classDiagram" or "erDiagram" => AfterSeparator(Quotes(line), " : "),
                _ => Quotes(line),
            };
        }

        return string.Join('\n', lines);
    }

    /// <summary>The first line names the kind; "pie title Pets" carries a title too.</summary>
    private static string KindLine(string line, string text)
    {
        var title = text.IndexOf(" title ", StringComparison.Ordinal);
        return title < 0 ? line : line[..(line.IndexOf(text, StringComparison.Ordinal) + title + " title".Length)] + " " + Label;
    }

    private static string Flowchart(string line)
    {
        var text = line.TrimStart();
        if (text.StartsWith("subgraph ", StringComparison.Ordinal) && text.IndexOfAny(['[', '(', '{', '"']) < 0)
        {
            return Keep(line, line.IndexOf("subgraph", StringComparison.Ordinal) + "subgraph".Length); // "subgraph Title words"
        }

        if (text.StartsWith("click ", StringComparison.Ordinal) || text.StartsWith("classDef ", StringComparison.Ordinal)
            || text.StartsWith("style ", StringComparison.Ordinal) || text.StartsWith("linkStyle ", StringComparison.Ordinal))
        {
            return line; // addresses, callbacks and styles are structure
        }

        return Shapes(EdgeText().Replace(line, m => m.Groups["open"].Value + " " + Label + " " + m.Groups["close"].Value), blankOutside: false);
    }

    private static string Sequence(string line, string text)
    {
        if (StartsWithAny(text, SequenceBlocks) is { } block && (text.Length == block.Length || text[block.Length] == ' '))
        {
            return Keep(line, line.IndexOf(block, StringComparison.Ordinal) + block.Length);
        }

        if ((text.StartsWith("participant ", StringComparison.Ordinal) || text.StartsWith("actor ", StringComparison.Ordinal))
            && line.IndexOf(" as ", StringComparison.Ordinal) is var alias and >= 0)
        {
            return Keep(line, alias + " as".Length);
        }

        return AfterSeparator(line, ":");
    }

    private static string State(string line, string text, ref bool inNote)
    {
        if (text.StartsWith("note ", StringComparison.OrdinalIgnoreCase) && !text.Contains(':', StringComparison.Ordinal))
        {
            inNote = true;
            return line;
        }

        return AfterSeparator(Quotes(line), ":");
    }

    /// <summary>"title …", "section …"; a task is "Its name :its data".</summary>
    private static string Gantt(string line, string text)
    {
        if (StartsWithAny(text, ["section"]) is { } section)
        {
            return Keep(line, line.IndexOf(section, StringComparison.Ordinal) + section.Length);
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || IsSetting(text) ? line : Indent(line) + Label + " " + line[colon..];
    }

    private static bool IsSetting(string text) =>
        FirstWord(text) is "dateFormat" or "axisFormat" or "tickInterval" or "excludes" or "includes" or "todayMarker" or "weekday" or "inclusiveEndDates" or "topAxis";

    /// <summary>Journey "Task: 5: Me, Cat" (the score is structure) and timeline "period : event : event".</summary>
    private static string Segments(string line, string text, string kind)
    {
        if (StartsWithAny(text, ["section"]) is { } section)
        {
            return Keep(line, line.IndexOf(section, StringComparison.Ordinal) + section.Length);
        }

        var parts = text.Split(':');
        for (var p = 0; p < parts.Length; p++)
        {
            var keep = kind == "journey" && p == 1; // the score
            parts[p] = keep ? parts[p].Trim() : parts[p].Trim().Length > 0 ? Label : "";
        }

        return Indent(line) + string.Join(" : ", parts);
    }

    /// <summary>
    /// Bracketed texts (node shapes: [a], (a), {a}, ((a)), [(a)], [/a/], >a]) and quoted and |piped| texts blanked;
    /// with <paramref name="blankOutside"/> (a mindmap, where every word is text) the words outside brackets too.
    /// </summary>
    private static string Shapes(string line, bool blankOutside)
    {
        var kept = new StringBuilder(line.Length);
        var outside = false;
        for (var i = 0; i < line.Length;)
        {
            var c = line[i];
            var close = c switch
            {
                '[' or '(' or '{' => Closing(line, i),
                '"' => line.IndexOf('"', i + 1),
                '|' => line.IndexOf('|', i + 1),
                '>' when i > 0 && char.IsLetterOrDigit(line[i - 1]) => AsymmetricEnd(line, i),
                _ => -1,
            };
            if (close > i)
            {
                var inner = line.AsSpan(i + 1, close - i - 1);
                var shape = ShapeDepth(inner);
                var label = inner[shape..^shape];
                kept.Append(c).Append(inner[..shape]).Append(label.Trim().IsEmpty ? "" : Label).Append(inner[^shape..]).Append(line[close]);
                i = close + 1;
                outside = false;
                continue;
            }

            if (blankOutside && !char.IsWhiteSpace(c))
            {
                if (!outside)
                {
                    kept.Append(Label[0]);
                }

                outside = true;
            }
            else
            {
                kept.Append(c);
                outside = false;
            }

            i++;
        }

        return kept.ToString();
    }

    /// <summary>
    /// How many brackets inside the outer one draw the shape: "[(a)]" 1, "((a))" 1 inside the outer pair, "[/a\\]" 1;
    /// only pairs count, so a label that merely starts with "(" keeps it as text.
    /// </summary>
    private static int ShapeDepth(ReadOnlySpan<char> inner)
    {
        var depth = 0;
        while (depth * 2 + 2 <= inner.Length && IsShapePair(inner[depth], inner[^(depth + 1)]))
        {
            depth++;
        }

        return depth;
    }

    private static bool IsShapePair(char open, char close) => (open, close) is ('(', ')') or ('[', ']') or ('{', '}') or ('/' or '\\', '/' or '\\');

    /// <summary>The bracket closing the one at <paramref name="open"/> on the same line (quotes skipped), or -1.</summary>
    private static int Closing(string line, int open)
    {
        var depth = 0;
        for (var i = open; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                    var end = line.IndexOf('"', i + 1);
                    if (end < 0)
                    {
                        return -1;
                    }

                    i = end;
                    break;
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>The ']' ending an asymmetric node "id>text]", or -1 when the '>' is an arrow's.</summary>
    private static int AsymmetricEnd(string line, int at)
    {
        var end = line.IndexOf(']', at + 1);
        return end > at + 1 && line.AsSpan(at + 1, end - at - 1).IndexOfAny(NotInAsymmetricText) < 0 ? end : -1;
    }

    private static string Quotes(string line)
    {
        var kept = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var end = line[i] == '"' ? line.IndexOf('"', i + 1) : -1;
            if (end > i)
            {
                kept.Append('"').Append(end > i + 1 ? Label : "").Append('"');
                i = end;
                continue;
            }

            kept.Append(line[i]);
        }

        return kept.ToString();
    }

    /// <summary>Everything after the first <paramref name="separator"/> is a label ("A->>B: Hello", "A --> B : uses").</summary>
    private static string AfterSeparator(string line, string separator)
    {
        var at = line.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? line : Keep(line, at + separator.Length);
    }

    /// <summary>The line up to <paramref name="end"/>, then '…' when text follows.</summary>
    private static string Keep(string line, int end) =>
        line.AsSpan(end).Trim().IsEmpty ? line : line[..end].TrimEnd() + " " + Label;

    private static string Indent(string line) => line[..(line.Length - line.TrimStart().Length)];

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '\t']);
        return end < 0 ? text : text[..end];
    }

    private static string? StartsWithAny(string text, IEnumerable<string> keywords) =>
        keywords.FirstOrDefault(k => text.StartsWith(k, StringComparison.Ordinal) && (k.EndsWith(':') || text.Length == k.Length || !char.IsLetterOrDigit(text[k.Length])));

    /// <summary>Edge text written inside the arrow: "A -- text --> B", "A -. text .-> B", "A == text ==> B".</summary>
    [GeneratedRegex(@"(?<![-=.])(?<open>--|==|-\.)\s+(?<text>[^\s\-=.>|\[\](){}""][^|\[\](){}""]*?)\s+(?<close>-{2,}[>xo]?|={2,}[>xo]?|\.-+[>xo]?)(?=\s|\w|$)", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeText();

    [GeneratedRegex(@"[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
