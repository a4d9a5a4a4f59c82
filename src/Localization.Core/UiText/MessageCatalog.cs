using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Markdown;
using Localization.Core.StringTables;

namespace Localization.Core.UiText;

/// <summary>
/// l10n's own messages in another language, from <c>Resources/Messages.resx</c> (English) and
/// <c>Resources/Messages.&lt;lang&gt;.resx</c>, embedded as they are and read with l10n's own ResX reader.
/// <para>
/// The English table holds each message as the code writes it, with <c>{0}</c>, <c>{1}</c> where the code puts a
/// value: a help text, a summary line, a finding message. <see cref="Localize"/> finds the English entry a
/// message was made from and writes the translation with the same values, themselves localised (a unit kind,
/// the reason of an untranslated block). A message with no entry, an entry not yet translated, or one whose
/// values do not fit, stays English: the code can add and change messages without breaking the other
/// language, and a test lists what lacks a translation.
/// </para>
/// </summary>
public sealed class MessageCatalog
{
    private const int MaxDepth = 4; // a code-block message nests four: "differs: {0}" > ", besides its labels" > "(N lines differ)" > "line N is …"

    private readonly Dictionary<string, string> _exact;
    private readonly List<Template> _templates;

    private MessageCatalog(string language, IReadOnlyDictionary<string, string> english, IReadOnlyDictionary<string, string> translated)
    {
        Language = language;
        English = english;
        Translated = translated;
        _exact = new Dictionary<string, string>(StringComparer.Ordinal);
        _templates = [];
        foreach (var (key, text) in english)
        {
            if (!translated.TryGetValue(key, out var translation) || translation.Length == 0)
            {
                continue;
            }

            if (FormatItems.Parse(text) is { Items.Count: > 0, IsValid: true } format)
            {
                // A translation whose placeholders do not fit its English is never used (the self-check reports it).
                if (format.Items.All(i => int.TryParse(i.Name, out _)) && Fits(format, FormatItems.Parse(translation)))
                {
                    _templates.Add(Template.Of(text, format, translation));
                }
            }
            else
            {
                _exact.TryAdd(Unescape(text), Unescape(translation));
            }
        }

        // The most specific template first: a literal start before a leading value (so "placeholders of '{0}': {1}"
        // is tried before "{0} '{1}' of the English is missing"), then the most literal text. A word and one value
        // ("line {0}") matches any message that starts with that word, so it comes last: "line 2 is 'a' in the English but 'b'
        // here (3 lines differ)" is "{0} ({1} lines differ)", not the line number "2 is 'a' …".
        _templates.Sort((a, b) => a.IsStartAndValue != b.IsStartAndValue ? a.IsStartAndValue.CompareTo(b.IsStartAndValue)
            : b.Prefix.Length != a.Prefix.Length ? b.Prefix.Length.CompareTo(a.Prefix.Length) : b.LiteralLength.CompareTo(a.LiteralLength));
    }

    /// <summary>Languages with a message table besides English.</summary>
    public static IReadOnlySet<string> Languages { get; } = new HashSet<string>(StringComparer.Ordinal) { UiLanguage.English, "ko" };

    /// <summary>English: every message as written.</summary>
    public static MessageCatalog Identity { get; } = new(UiLanguage.English, new Dictionary<string, string>(), new Dictionary<string, string>());

    public string Language { get; }

    /// <summary>The English table: key → English message.</summary>
    public IReadOnlyDictionary<string, string> English { get; }

    /// <summary>The translated table: key → message in <see cref="Language"/>.</summary>
    public IReadOnlyDictionary<string, string> Translated { get; }

    public bool IsIdentity => _exact.Count == 0 && _templates.Count == 0;

    /// <summary>Keys of the English table with no (or an empty) translation.</summary>
    public IEnumerable<string> Untranslated => English.Keys.Where(k => !Translated.TryGetValue(k, out var t) || t.Length == 0).Order(StringComparer.Ordinal);

    /// <summary>The catalogue of <paramref name="language"/> from the embedded tables (English: the identity).</summary>
    public static MessageCatalog For(string language)
    {
        if (language == UiLanguage.English || !Languages.Contains(language))
        {
            return Identity;
        }

        return new MessageCatalog(language, Table("Messages.resx"), Table($"Messages.{language}.resx"));
    }

    /// <summary>Reads embedded tables as they are: tests and tools pass the English and translated ResX text.</summary>
    public static MessageCatalog FromText(string language, string englishResx, string translatedResx) =>
        new(language, Read(englishResx), Read(translatedResx));

    /// <summary>The message in this catalogue's language, or <paramref name="english"/> itself.</summary>
    public string Localize(string english) => IsIdentity ? english : LocalizeAt(english, 0) ?? english;

    private string? LocalizeAt(string english, int depth)
    {
        if (_exact.TryGetValue(english, out var exact))
        {
            return exact;
        }

        if (depth >= MaxDepth)
        {
            return null;
        }

        foreach (var template in _templates)
        {
            // Cheap ordinal tests first: a report has thousands of messages and the table a hundred templates.
            if (!english.StartsWith(template.Prefix, StringComparison.Ordinal) || !english.EndsWith(template.Suffix, StringComparison.Ordinal)
                || !english.Contains(template.Anchor, StringComparison.Ordinal) || template.Pattern.Match(english) is not { Success: true } m)
            {
                continue;
            }

            // Each value is cut at the first place the rest fits: "line 1 is 'a (b)' … here (4 lines differ)" cuts
            // "{0} ({1} lines differ)" inside the quoted line. A cut that leaves a value's parentheses unbalanced is
            // such a mistake; the last place the rest fits is then taken when that one leaves them balanced.
            if (!AllBalanced(m, template.Count) && template.GreedyPattern.Match(english) is { Success: true } greedy && AllBalanced(greedy, template.Count))
            {
                m = greedy;
            }

            var values = new string[template.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var value = m.Groups["p" + i].Value;
                values[i] = LocalizeAt(value, depth + 1) ?? value;
            }

            return template.Format(values);
        }

        return null;
    }

    private static bool AllBalanced(Match match, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var depth = 0;
            foreach (var c in match.Groups["p" + i].ValueSpan)
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }

            if (depth != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Unescape(string text) => text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    private static bool Fits(FormatParse english, FormatParse translated) =>
        translated.IsValid && translated.Items.All(t => english.Items.Any(e => e.Name == t.Name));

    private static Dictionary<string, string> Table(string name)
    {
        using var stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream("l10n.UiText." + name);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader.ReadToEnd());
    }

    private static Dictionary<string, string> Read(string resx)
    {
        var table = ResxReader.Read(resx, new LineMap(resx));
        return table.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>An English message with placeholders, as a pattern that recovers the values.</summary>
    /// <param name="Prefix">The literal text before the first value.</param>
    /// <param name="Suffix">The literal text after the last value.</param>
    /// <param name="Anchor">The longest literal text between values.</param>
    /// <param name="Pattern">The whole message, each value a named group p0, p1, ….</param>
    /// <param name="Count">How many values the English has.</param>
    /// <param name="LiteralLength">How much literal text it has (its specificity).</param>
    /// <param name="Translation">The translated message.</param>
    /// <param name="Greedy">The same pattern with every value as long as it can be (see <see cref="LocalizeAt"/>).</param>
    private sealed record Template(string Prefix, string Suffix, string Anchor, Regex Pattern, string Greedy, int Count, int LiteralLength, string Translation)
    {
        private Regex? _greedyPattern;

        /// <summary>Made when first needed: a cut that leaves parentheses unbalanced is rare, and the catalogue is built per run.</summary>
        public Regex GreedyPattern => _greedyPattern ??= new Regex(Greedy, Options, TimeSpan.FromSeconds(1));

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Singleline;

        public static Template Of(string english, FormatParse format, string translation)
        {
            var pattern = new StringBuilder("^");
            var greedy = new StringBuilder("^");
            var position = 0;
            var count = 0;
            var literal = 0;
            var anchor = "";
            foreach (var item in format.Items)
            {
                var text = Unescape(english[position..item.Index]);
                literal += text.Length;
                anchor = text.Length > anchor.Length ? text : anchor;
                pattern.Append(Regex.Escape(text));
                greedy.Append(Regex.Escape(text));
                var index = int.Parse(item.Name, System.Globalization.CultureInfo.InvariantCulture);
                count = Math.Max(count, index + 1);
                // A value may be empty (an optional hint) and hold anything.
                var repeated = pattern.ToString().Contains($"(?<p{index}>", StringComparison.Ordinal);
                pattern.Append(repeated ? $"\\k<p{index}>" : $"(?<p{index}>.*?)");
                greedy.Append(repeated ? $"\\k<p{index}>" : $"(?<p{index}>.*)");
                position = item.Index + item.Text.Length;
            }

            var tail = Unescape(english[position..]);
            literal += tail.Length;
            pattern.Append(Regex.Escape(tail)).Append('$');
            greedy.Append(Regex.Escape(tail)).Append('$');
            var prefix = Unescape(english[..format.Items[0].Index]);
            return new Template(prefix, tail, tail.Length > anchor.Length ? tail : anchor, new Regex(pattern.ToString(), Options, TimeSpan.FromSeconds(1)),
                greedy.ToString(), count, literal, translation);
        }

        /// <summary>One word and a single value, nothing after it ("line {0}").</summary>
        public bool IsStartAndValue => Count == 1 && Suffix.Length == 0 && Prefix.TrimEnd().IndexOf(' ', StringComparison.Ordinal) < 0;

        public string Format(string[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Translation, values);

    }
}
