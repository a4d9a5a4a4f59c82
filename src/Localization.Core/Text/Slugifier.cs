using System.Text;

namespace Localization.Core.Text;

/// <summary>How MkDocs' toc extension turns heading text into ids.</summary>
public enum SlugStyle
{
    /// <summary>Python-Markdown's default slugify: ASCII only, so a heading in Hangul or Han loses its id.</summary>
    PythonMarkdown,

    /// <summary>pymdownx.slugs.slugify with case: lower: Unicode kept, each space becomes '-'.</summary>
    PymdownxUnicodeLower,

    /// <summary>Hugo's default (Goldmark, autoHeadingIDType "github"): letters, digits and '_' lowered, each space or '-' a '-'; ids made unique with -1, -2.</summary>
    Hugo,
}

/// <summary>Ports of the toc slugify functions and of toc's unique(), exact for the default style.</summary>
public static class Slugifier
{
    public static string Slugify(string text, SlugStyle style = SlugStyle.PythonMarkdown) => style switch
    {
        SlugStyle.PymdownxUnicodeLower => UnicodeLower(text),
        SlugStyle.Hugo => Hugo(text),
        _ => Default(text),
    };

    // hugo/markup/goldmark/autoid.go sanitizeAnchorNameWithHook, idType "github".
    private static string Hugo(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '-' or ' ' or '\t')
            {
                slug.Append('-');
            }
            else if (rune.Value == '_' || Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber)
            {
                slug.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return slug.ToString();
    }

    /// <summary>The id made unique as <paramref name="style"/>'s renderer does it.</summary>
    public static string Unique(string id, ISet<string> taken, SlugStyle style) => Unique(id, taken, style, null);

    /// <summary>
    /// The same, remembering in <paramref name="resolved"/> (one per <paramref name="taken"/>, which only
    /// grows) where each id's search for a free name ended: the next search for that id starts there. A
    /// page of Korean or Japanese headings slugs every one of them to "" (ASCII only), and searching
    /// "_1", "_2", … from the start each time was quadratic in the headings (a twentieth of a site check).
    /// </summary>
    public static string Unique(string id, ISet<string> taken, SlugStyle style, Dictionary<string, string>? resolved)
    {
        if (style != SlugStyle.Hugo)
        {
            return Unique(id, taken, resolved);
        }

        // autoid.go idFactory.Generate: '' → 'heading'; a taken 'x' → 'x-1', 'x-2', …
        id = id.Length == 0 ? "heading" : id;
        if (taken.Add(id))
        {
            return id; // free: one lookup that takes it
        }

        // Every name up to the one found last time is taken still: go on from the next.
        var n = resolved is not null && resolved.TryGetValue(id, out var last) ? int.Parse(last.AsSpan(id.Length + 1), System.Globalization.CultureInfo.InvariantCulture) + 1 : 1;
        string unique;
        while (!taken.Add(unique = $"{id}-{n}"))
        {
            n++;
        }

        if (resolved is not null)
        {
            resolved[id] = unique;
        }

        return unique;
    }

    // value = NFKD, encode ascii ignore; re.sub(r'[^\w\s-]', '', value).strip().lower(); re.sub(r'[-\s]+', '-', value)
    // Built in a stack buffer: every heading of every page of a site is slugified, and the StringBuilders and
    // the Trim(params char[]) array this used to allocate were a twentieth of a whole-site check.
    private static string Default(string text)
    {
        // One character's NFKD is at most 18 characters (U+FDFA), so this bound always holds.
        var bound = text.Length * MaxDecompositionLength;
        char[]? rented = null;
        var ascii = bound <= 1024 ? stackalloc char[bound] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(bound));
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                AppendKept(ascii, ref length, c);
                continue;
            }

            // Only the ASCII of the decomposition is kept, and ASCII characters never move in NFKD's reordering
            // (they are starters): each character's own decomposition gives the same slug as the whole text's.
            // Hangul syllables, CJK ideographs and kana decompose to no ASCII at all: ICU is not asked for them
            // (asking for every Korean or Japanese heading of a site was most of the anchors' cost).
            if (c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA'))
            {
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (pair == 1 && !char.IsSurrogate(c))
            {
                foreach (var d in AsciiOfDecomposition.Of(c))
                {
                    ascii[length++] = d;
                }

                continue;
            }

            foreach (var d in Normalize(text.Substring(i, pair), NormalizationForm.FormKD))
            {
                if (d < 0x80)
                {
                    AppendKept(ascii, ref length, d);
                }
            }

            i += pair - 1;
        }

        var slug = Dashed(ascii[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return slug;
    }

    private const int MaxDecompositionLength = 18;

    /// <summary>
    /// The kept ASCII of each BMP character's NFKD, looked up: Cyrillic, Greek, Arabic, Hebrew, Indic and accented
    /// Latin headings asked ICU once per character (with a one-character string each), four percent of the time
    /// threads ran in a 31-language check. Built on first use from one decomposition of every BMP character,
    /// each after a U+0001: a starter, so canonical reordering never moves anything across it. Read-only after.
    /// </summary>
    private static class AsciiOfDecomposition
    {
        private static readonly string?[] Table = Build();

        public static ReadOnlySpan<char> Of(char c) => Table[c];

        private static string?[] Build()
        {
            var table = new string?[0x10000];
            var all = new StringBuilder(0x20000);
            for (var c = 0x80; c < 0x10000; c++)
            {
                if (!char.IsSurrogate((char)c) && c is not (0xFFFE or 0xFFFF))
                {
                    all.Append('\u0001').Append((char)c);
                }
            }

            var decomposed = Normalize(all.ToString(), NormalizationForm.FormKD);
            Span<char> kept = stackalloc char[MaxDecompositionLength];
            var owner = 0x7F;
            var start = -1;
            for (var k = 0; k <= decomposed.Length; k++)
            {
                if (k < decomposed.Length && decomposed[k] != '\u0001')
                {
                    continue;
                }

                if (start >= 0)
                {
                    var length = 0;
                    foreach (var d in decomposed.AsSpan(start, k - start))
                    {
                        if (d < 0x80)
                        {
                            AppendKept(kept, ref length, d);
                        }
                    }

                    table[owner] = length == 0 ? null : new string(kept[..length]);
                }

                do
                {
                    owner++;
                }
                while (owner < 0x10000 && (char.IsSurrogate((char)owner) || owner is 0xFFFE or 0xFFFF));

                start = k + 1;
            }

            return table;
        }
    }

    /// <summary>The end of Python-Markdown's slugify on the kept ASCII: stripped, lower case, runs of '-' and spaces as one '-'.</summary>
    internal static string Dashed(ReadOnlySpan<char> ascii)
    {
        var stripped = ascii.Trim(" \t\n\r\f\v");
        Span<char> slug = stripped.Length <= 512 ? stackalloc char[stripped.Length] : new char[stripped.Length];
        var length = 0;
        var pending = false;
        foreach (var c in stripped)
        {
            if (c == '-' || IsPythonSpace(c))
            {
                pending = true;
                continue;
            }

            if (pending)
            {
                slug[length++] = '-';
                pending = false;
            }

            slug[length++] = char.ToLowerInvariant(c);
        }

        if (pending)
        {
            slug[length++] = '-';
        }

        return new string(slug[..length]);
    }

    // pymdownx.slugs: NFC, lower, drop [^\w\- ], each ' ' → '-'.
    private static string UnicodeLower(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in Normalize(text, NormalizationForm.FormC).ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c == '-' || c == '_' || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber)
            {
                slug.Append(c);
            }
        }

        return slug.ToString().Trim();
    }

    /// <summary>
    /// Python's unicodedata.normalize. .NET refuses text holding a lone surrogate or U+FFFE (ArgumentException;
    /// found by fuzzing: a heading with U+FFFE made CheckEngine throw); neither can be part of a slug in either
    /// style (not \w), so they are dropped first.
    /// </summary>
    private static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var kept = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kept.Append(c).Append(text[++i]);
                }
                else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
                {
                    kept.Append(c);
                }
            }

            return kept.ToString().Normalize(form);
        }
    }

    private static void AppendKept(Span<char> ascii, ref int length, char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' || IsPythonSpace(c))
        {
            ascii[length++] = c;
        }
    }

    private static bool IsPythonSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\x1c' or '\x1d' or '\x1e' or '\x1f';

    /// <summary>toc's unique(): '' → '_1'; a taken 'x' → 'x_1'; a taken 'x_1' → 'x_2'.</summary>
    public static string Unique(string id, ISet<string> taken) => Unique(id, taken, (Dictionary<string, string>?)null);

    private static string Unique(string id, ISet<string> taken, Dictionary<string, string>? resolved)
    {
        var start = id;
        if (resolved is not null && resolved.TryGetValue(start, out var last))
        {
            id = last; // taken, with every name before it in the search: the loop goes on from the next
        }

        // Add takes the name when it is free: one lookup per name tried, not a look and then an add.
        while (id.Length == 0 || !taken.Add(id))
        {
            var underscore = id.LastIndexOf('_');
            id = underscore >= 0 && underscore < id.Length - 1 && id.Length - underscore <= 9 && id.AsSpan(underscore + 1).IndexOfAnyExceptInRange('0', '9') < 0
                ? $"{id[..underscore]}_{int.Parse(id.AsSpan(underscore + 1), System.Globalization.CultureInfo.InvariantCulture) + 1}"
                : $"{id}_1";
        }

        if (resolved is not null)
        {
            resolved[start] = id;
        }

        return id;
    }
}
