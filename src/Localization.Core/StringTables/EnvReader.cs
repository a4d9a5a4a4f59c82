using System.Text.RegularExpressions;
using Localization.Core.Markdown;
using Localization.Core.Units;

namespace Localization.Core.StringTables;

/// <summary>
/// Reads a .env string table: <c>KEY="value"</c> lines, as in the files of UI strings that Crowdin translates
/// (<c>includes/strings.en.env</c>). Quotes delimit the value; <c>#</c> starts a comment line.
/// </summary>
public static partial class EnvReader
{
    // The value is the rest of the line less its trailing blanks, cut off by hand: a lazy value before "[ \t]*$"
    // retried the blanks from each of their positions, quadratic in a long run of them.
    [GeneratedRegex(@"^[ \t]*(?:export[ \t]+)?(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*")]
    private static partial Regex Entry();

    public static StringTable Read(string text, LineMap lines)
    {
        var entries = new List<StringEntry>();
        var duplicates = new List<StringEntry>();
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
                if (Entry().Match(line) is not { Success: true } m)
                {
                    problems.Add(new PageProblem($"line {lines.Position(offset).Line} is not KEY=VALUE", offset));
                }
                else
                {
                    var value = line.AsSpan(m.Length).TrimEnd(" \t").ToString();
                    var entry = Value(m.Groups["key"].Value, offset + m.Length, value);
                    (seen.Add(entry.Key) ? entries : duplicates).Add(entry);
                }
            }

            if (end >= text.Length)
            {
                break;
            }

            offset = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return new StringTable(entries, duplicates, [], problems);
    }

    private static StringEntry Value(string key, int start, string raw)
    {
        // Quotes delimit the value; the text translators see is inside them.
        if (raw.Length >= 2 && (raw[0] is '"' or '\'') && raw[^1] == raw[0])
        {
            return new StringEntry(key, raw[1..^1], start + 1, start + raw.Length - 1, true);
        }

        return new StringEntry(key, raw, start, start + raw.Length, true);
    }
}
