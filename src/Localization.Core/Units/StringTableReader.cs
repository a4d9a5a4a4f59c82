using System.Text.RegularExpressions;
using Localization.Core.Markdown;

namespace Localization.Core.Units;

/// <summary>
/// Reads a key/value string table (<c>KEY="value"</c> lines, as in the .env files of UI strings that
/// Crowdin translates) into the same page model as Markdown: one translatable unit per key, paired by key.
/// Values may hold HTML; its tags and link targets are invariants like in a page.
/// </summary>
public static partial class StringTableReader
{
    [GeneratedRegex(@"^[ \t]*(?:export[ \t]+)?(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*(?<value>.*?)[ \t]*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"<(?<close>/)?(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    public static PageModel Read(string path, string text)
    {
        var lines = new LineMap(text);
        var units = new List<TranslationUnit>();
        var problems = new List<PageProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var offset = 0;
        while (offset <= text.Length)
        {
            var end = text.IndexOfAny(['\n', '\r'], offset);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[offset..end];
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                var m = Entry().Match(line);
                if (!m.Success)
                {
                    problems.Add(new PageProblem($"line {lines.Position(offset).Line} is not KEY=VALUE", offset));
                }
                else if (!seen.Add(m.Groups["key"].Value))
                {
                    problems.Add(new PageProblem($"key {m.Groups["key"].Value} is defined twice", offset + m.Groups["key"].Index));
                }
                else
                {
                    units.Add(Unit(text, lines, units.Count, m.Groups["key"].Value, offset + m.Groups["value"].Index, m.Groups["value"].Value));
                }
            }

            if (end >= text.Length)
            {
                break;
            }

            offset = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return new PageModel
        {
            Path = path,
            Text = text,
            Lines = lines,
            Units = units,
            FrontMatter = [],
            FootnoteDefinitions = [],
            Containers = [],
            Problems = problems,
        };
    }

    private static TranslationUnit Unit(string text, LineMap lines, int index, string key, int start, string raw)
    {
        // Quotes delimit the value; the text translators see is inside them.
        var value = raw;
        var valueStart = start;
        if (raw.Length >= 2 && (raw[0] is '"' or '\'') && raw[^1] == raw[0])
        {
            value = raw[1..^1];
            valueStart = start + 1;
        }

        var prose = new ProseBuilder();
        var invariants = new List<Invariant>();
        var position = 0;
        foreach (Match tag in Tag().Matches(value))
        {
            prose.AppendExact(value.AsSpan(position, tag.Index - position), valueStart + position);
            invariants.Add(new Invariant(InvariantKind.HtmlTag, (tag.Groups["close"].Success ? "</" : "<") + tag.Groups["tag"].Value.ToLowerInvariant() + ">", valueStart + tag.Index, tag.Length));
            if (Href().Match(tag.Groups["attrs"].Value) is { Success: true } href)
            {
                invariants.Add(new Invariant(InvariantKind.Link, href.Groups["v"].Value, valueStart + tag.Index, tag.Length));
            }

            prose.AppendAtom(valueStart + tag.Index, tag.Length);
            position = tag.Index + tag.Length;
        }

        prose.AppendExact(value.AsSpan(position), valueStart + position);
        var (line, column) = lines.Position(valueStart);
        var (endLine, endColumn) = lines.Position(valueStart + value.Length);
        var path = ContainerPath.Root.Append(new PathSegment("string", key, 0, 0));
        return new TranslationUnit
        {
            Id = $"string.{key}/{PageReader.KindCode(UnitKind.StringEntry)}-{PageReader.Hash(value)}",
            Kind = UnitKind.StringEntry,
            Path = path,
            Index = index,
            Start = valueStart,
            End = valueStart + value.Length,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            Prose = prose.Build(),
            Invariants = invariants,
            Key = key,
        };
    }
}
