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
    /// True when the two texts have the same <see cref="ForComparison"/> result, told without making either string
    /// when their folded forms surely need no composition (every title of every page is compared with its English).
    /// </summary>
    public static bool SameForComparison(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return true;
        }

        char[]? rented = null;
        var length = a.Length + b.Length;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            if (TryFold(a, buffer[..a.Length], out var foldedA) && TryFold(b, buffer.Slice(a.Length, b.Length), out var foldedB))
            {
                return buffer[..foldedA].SequenceEqual(buffer.Slice(a.Length, foldedB));
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }

        return string.Equals(ForComparison(a), ForComparison(b), StringComparison.Ordinal);
    }

    /// <summary>
    /// <see cref="ForComparison"/>'s result written to <paramref name="destination"/> (at least as long as
    /// <paramref name="text"/>) when composition cannot change it; false when it might, and the caller asks
    /// <see cref="ForComparison"/>. Lets a lookup compare without building a string per sentence.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        var sink = new BufferSink(destination);
        Fold(text, ref sink);
        length = sink.Length;
        return IsSurelyComposed(destination[..length]);
    }

    /// <summary>
    /// A 64-bit hash of <see cref="ForComparison"/>'s result without building it (composition is not folded):
    /// what the aligner compares, millions of times on a large page.
    /// </summary>
    public static ulong ComparisonHash(ReadOnlySpan<char> text, out int length)
    {
        var sink = new HashSink(14695981039346656037UL);
        Fold(text, ref sink);
        length = sink.Length;
        return sink.Hash;
    }

    /// <summary>How many leading characters of a comparison text <see cref="ComparisonPrefixHash"/> hashes.</summary>
    public const int PrefixLength = 24;

    /// <summary>
    /// The <see cref="PrefixHashOf"/> of <see cref="ForComparison"/>'s result, folding no more than its first
    /// <see cref="PrefixLength"/> + 1 characters, when <paramref name="surelyComposed"/>: those characters are all of
    /// blocks composition leaves as they are, so that the comparison text begins with them whatever follows
    /// (composition changes a starter only with the marks after it, and the last of them is a starter). Two
    /// texts with different prefix hashes differ: a sentence that is no English sentence is told at its first words.
    /// </summary>
    public static ulong ComparisonPrefixHash(ReadOnlySpan<char> text, out bool surelyComposed)
    {
        var sink = new PrefixHashSink(14695981039346656037UL);
        Fold(text, ref sink);
        surelyComposed = !sink.MaybeDecomposed;
        return sink.Hash;
    }

    /// <summary>The hash <see cref="ComparisonPrefixHash"/> gives of a text already folded (a <see cref="ForComparison"/> result).</summary>
    public static ulong PrefixHashOf(ReadOnlySpan<char> folded)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in folded[..Math.Min(folded.Length, PrefixLength)])
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// The characters of <see cref="ForComparison"/>'s result before composition, handed to <paramref name="sink"/>:
    /// quotes and dashes folded, lower case, atoms and runs of whitespace as one space between words. Generic over
    /// the sink so that writing and hashing each get their own compiled loop.
    /// </summary>
    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Fold<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : IFoldSink, allows ref struct
    {
        var started = false;
        var space = false;
        var table = FoldedLower;
        foreach (var raw in text)
        {
            if (sink.Full)
            {
                break;
            }

            sink.Read(raw);
            var c = table[raw];
            if (c == Gap)
            {
                space = started;
                continue;
            }

            if (space)
            {
                sink.Add(' ');
                space = false;
            }

            sink.Add(c);
            started = true;
        }
    }

    private interface IFoldSink
    {
        /// <summary>True when the sink wants no more characters (a constant false for all but the prefix hash).</summary>
        bool Full { get; }

        /// <summary>Each character of the input, before folding (compiled away for the sinks that ignore it).</summary>
        void Read(char raw);

        void Add(char c);
    }

    private ref struct BufferSink(Span<char> destination) : IFoldSink
    {
        private readonly Span<char> _destination = destination;

        public readonly bool Full => false;

        public int Length { get; private set; }

        public readonly void Read(char raw)
        {
        }

        public void Add(char c) => _destination[Length++] = c;
    }

    private struct HashSink(ulong hash) : IFoldSink
    {
        public ulong Hash { get; private set; } = hash;

        public readonly bool Full => false;

        public int Length { get; private set; }

        public readonly void Read(char raw)
        {
        }

        public void Add(char c)
        {
            Hash = (Hash ^ c) * 1099511628211UL;
            Length++;
        }
    }

    private struct PrefixHashSink(ulong hash) : IFoldSink
    {
        private int _length;

        public ulong Hash { get; private set; } = hash;

        public bool MaybeDecomposed { get; private set; }

        public readonly bool Full => _length > PrefixLength;

        public readonly void Read(char raw)
        {
        }

        public void Add(char c)
        {
            if (_length < PrefixLength)
            {
                Hash = (Hash ^ c) * 1099511628211UL;
            }

            _length++;
            if (c >= '\u0300' && !IsSurelyComposed(c))
            {
                MaybeDecomposed = true;
            }
        }
    }

    /// <summary>
    /// Each UTF-16 code unit folded (quotes, dashes, no-break spaces) and lower-cased as char.ToLowerInvariant
    /// does, or <see cref="Gap"/> for whitespace and atoms, looked up: the invariant culture asks ICU for each
    /// non-ASCII character, which made case folding a tenth of the aligner's time on Korean and Japanese pages,
    /// and one lookup in place of the fold, the whitespace test and the case made the aligner's hash of every
    /// translated unit a third cheaper. Built once (128 KiB), read-only after.
    /// </summary>
    private static readonly char[] FoldedLower = BuildFoldedLower();

    /// <summary>'A' stands for whitespace and atoms: it is the lower case of no character, so no folded character is 'A'.</summary>
    private const char Gap = 'A';

    private static char[] BuildFoldedLower()
    {
        var table = new char[0x10000];
        for (var raw = 0; raw < table.Length; raw++)
        {
            var c = Fold((char)raw);
            table[raw] = c == ProseText.Atom || char.IsWhiteSpace(c) ? Gap : char.ToLowerInvariant(c);
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
            if (!IsSurelyComposed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSurelyComposed(char c) => c switch
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

    private static char Fold(char raw) => raw switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u202F' => ' ',
        _ => raw,
    };
}
