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
        // Every output character stands for its own input character: the result is never longer.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var surelyComposed = TryFold(text, buffer, out var length);
        var s = new string(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        if (surelyComposed)
        {
            return s;
        }

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
    /// <see cref="ForComparison"/>'s result written to <paramref name="destination"/> (at least as long as
    /// <paramref name="text"/>) when composition cannot change it; false when it might, and the caller asks
    /// <see cref="ForComparison"/>. Lets a lookup compare without building a string per sentence.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        var space = false;
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
                destination[length++] = ' ';
                space = false;
            }

            destination[length++] = Lower(c);
        }

        return IsSurelyComposed(destination[..length]);
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

    /// <summary>
    /// True when every character lies in a block that NFC leaves as it is and that holds no combining
    /// character (Latin up to U+02FF, general punctuation, CJK punctuation, kana without the combining sound
    /// marks, CJK ideographs, precomposed Hangul, full-width forms): such text is already NFC, and asking ICU
    /// was a third of the untranslated-sentence test on Korean, Japanese and Chinese pages. Anything else
    /// (combining marks, conjoining jamo, compatibility ideographs, other scripts) is still asked.
    /// </summary>
    private static bool IsSurelyComposed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var composed = c switch
            {
                < '\u0300' => true,
                >= '\u2010' and <= '\u2027' => true,
                >= '\u3000' and <= '\u3029' => true,
                >= '\u3030' and <= '\u3098' => true,
                >= '\u309B' and <= '\u30FF' => true,
                >= '\u4E00' and <= '\u9FFF' => true,
                >= '\uAC00' and <= '\uD7A3' => true,
                >= '\uFF01' and <= '\uFF60' => true,
                _ => false,
            };
            if (!composed)
            {
                return false;
            }
        }

        return true;
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
