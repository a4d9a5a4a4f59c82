using System.Text.RegularExpressions;
using Localization.Core.Markdown;
using Localization.Core.Units;

namespace Localization.Core.StringTables;

/// <summary>
/// Reads a string table (.env or .resx, by extension) into the same page model as Markdown: one translatable
/// unit per key, paired by key. HTML tags and link targets in values are invariants as in a page; placeholders
/// (<c>{0}</c>, <c>{name}</c>) are atoms, never words to translate.
/// </summary>
public static partial class StringTableReader
{
    [GeneratedRegex(@"<(?<close>/)?(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    /// <summary>File extensions read as string tables.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".env", ".resx" };

    public static bool IsStringTable(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <exception cref="StringTableFormatException">A .resx file that is not well-formed XML or not ResX.</exception>
    public static PageModel Read(string path, string text)
    {
        var lines = new LineMap(text);
        var table = path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) ? ResxReader.Read(text, lines) : EnvReader.Read(text, lines);
        var units = new List<TranslationUnit>(table.Entries.Count);
        foreach (var entry in table.Entries)
        {
            units.Add(Unit(lines, units.Count, entry));
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
            Problems = [],
            StringTable = table,
        };
    }

    /// <summary>What a value holds that is not text to translate: HTML tags and placeholders, in order.</summary>
    public static IReadOnlyList<(int Index, int Length)> Atoms(string value)
    {
        var atoms = Tags(value).Select(m => (m.Index, m.Length)).ToList();
        foreach (var item in FormatItems.Parse(value).Items)
        {
            if (!atoms.Any(a => item.Index >= a.Index && item.Index < a.Index + a.Length))
            {
                atoms.Add((item.Index, item.Text.Length));
            }
        }

        atoms.Sort();
        return atoms;
    }

    /// <summary>
    /// The tags of a value, matched only up to its last '&gt;': no tag ends after it, and each '&lt;a' there scanned
    /// to the end of the value for one, quadratic in a value of unclosed tags. Offsets are the value's own.
    /// </summary>
    private static MatchCollection Tags(string value) => Tag().Matches(value[..(value.LastIndexOf('>') + 1)]);

    private static TranslationUnit Unit(LineMap lines, int index, StringEntry entry)
    {
        var value = entry.Value;
        // Where a character of the value is in the file: itself (.env), or the <data> element (.resx, whose
        // value may be written with entities and CDATA).
        int At(int i) => entry.ExactOffsets ? entry.Start + i : entry.Start;
        int Length(int n) => entry.ExactOffsets ? n : 0;

        var prose = new ProseBuilder();
        void Text(int from, int to)
        {
            if (to <= from)
            {
                return;
            }

            if (entry.ExactOffsets)
            {
                prose.AppendExact(value.AsSpan(from, to - from), At(from));
            }
            else
            {
                prose.AppendMapped(value.AsSpan(from, to - from), entry.Start, 0);
            }
        }

        var invariants = new List<Invariant>();
        foreach (Match tag in Tags(value))
        {
            invariants.Add(new Invariant(InvariantKind.HtmlTag, (tag.Groups["close"].Success ? "</" : "<") + tag.Groups["tag"].Value.ToLowerInvariant() + ">", At(tag.Index), Length(tag.Length)));
            if (Href().Match(tag.Groups["attrs"].Value) is { Success: true } href)
            {
                invariants.Add(new Invariant(InvariantKind.Link, href.Groups["v"].Value, At(tag.Index), Length(tag.Length)));
            }
        }

        var position = 0;
        foreach (var (start, length) in Atoms(value))
        {
            Text(position, start);
            prose.AppendAtom(At(start), Length(length));
            position = start + length;
        }

        Text(position, value.Length);
        var end = entry.ExactOffsets ? entry.Start + value.Length : entry.End;
        var (line, column) = lines.Position(entry.Start);
        var (endLine, endColumn) = lines.Position(end);
        return new TranslationUnit
        {
            Id = $"string.{entry.Key}/{PageReader.KindCode(UnitKind.StringEntry)}-{PageReader.Hash(value)}",
            Kind = UnitKind.StringEntry,
            Path = ContainerPath.Root.Append(new PathSegment("string", entry.Key, 0, 0)),
            Index = index,
            Start = entry.Start,
            End = end,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            Prose = prose.Build(),
            Invariants = invariants,
            Key = entry.Key,
            Verbatim = null,
        };
    }
}
