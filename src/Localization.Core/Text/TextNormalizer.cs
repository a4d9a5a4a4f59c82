using System.Text;
using Localization.Core.Units;

namespace Localization.Core.Text;

/// <summary>
/// Normalises prose for comparison across languages and re-serialisations: atoms and emphasis are already
/// gone; this folds case, typographic quotes and dashes, whitespace, and Unicode composition (NFC).
/// </summary>
public static class TextNormalizer
{
    public static string ForComparison(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == ProseText.Atom || char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(Lower(c));
        }

        var s = sb.ToString();
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // .NET refuses to normalise text holding a lone surrogate or the noncharacter U+FFFE, which a
            // valid UTF-8 page can contain (found by fuzzing: an English page with one made CheckEngine throw
            // instead of checking it). Such text is compared as written.
            return s;
        }
    }

    /// <summary>
    /// A 64-bit hash of <see cref="ForComparison"/>'s result without building it (composition is not folded):
    /// what the aligner compares, millions of times on a large page.
    /// </summary>
    public static ulong ComparisonHash(ReadOnlySpan<char> text, out int length)
    {
        var hash = 14695981039346656037UL;
        var space = false;
        length = 0;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == ProseText.Atom || char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
                length++;
                space = false;
            }

            hash = (hash ^ Lower(c)) * 1099511628211UL;
            length++;
        }

        return hash;
    }

    /// <summary>
    /// char.ToLowerInvariant of every UTF-16 code unit, looked up: the invariant culture asks ICU for each
    /// non-ASCII character, which made case folding a tenth of the aligner's time on Korean and Japanese
    /// pages. Built once (128 KiB), read-only after.
    /// </summary>
    private static readonly char[] LowerTable = BuildLowerTable();

    private static char Lower(char c) => c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : LowerTable[c];

    private static char[] BuildLowerTable()
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }

    private static char Fold(char raw) => raw switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u202F' => ' ',
        _ => raw,
    };
}
