using System.Runtime.Intrinsics;
using Localization.Core.Units;

namespace Localization.Core.Text;

/// <summary>A sentence as a range of a unit's prose text (end exclusive).</summary>
public readonly record struct SentenceRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits prose into sentences for any language: Latin-style full stops followed by a space and a
/// non-lower-case letter, CJK full stops (。！？) that need no space, Arabic (؟ ۔) and Indic (। ॥) marks,
/// and the forced breaks of a <see cref="ProseText"/> (alt texts). Abbreviations, initials and decimal
/// numbers do not end a sentence.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "cf", "approx", "mr", "mrs", "ms", "dr", "st", "no", "fig", "al", "inc", "ltd", "co", "jr", "sr", "p", "pp", "vol", "ca", "resp", "incl", "esp", "z.b", "d.h", "bzw", "usw", "p.ex", "env",
    };

    /// <summary>
    /// Abbreviations that close a list ("blogs, podcasts, etc."): followed by a capital they end the sentence too
    /// (French "etc. C'est…" is two sentences), followed by anything else they do not.
    /// </summary>
    private static readonly HashSet<string> ListEnders = new(StringComparer.OrdinalIgnoreCase) { "etc", "usw", "etc.pp" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListEnderLookup = ListEnders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every character that can end a sentence (';' never does: it is weighed and refused below).</summary>
    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(EnderChars);

    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static SentenceRange[] Split(ProseText prose)
    {
        var text = prose.Text;

        // The sentences gathered on the stack and kept as an exact array: a list and its growing arrays for every unit
        // of every page were a fifth of the segmenter's time.
        var result = new Ranges(stackalloc SentenceRange[16]);
        var breaks = prose.Breaks;
        var nextBreak = 0;
        var start = 0;
        var i = 0;
        while (true)
        {
            // Jump to the next character that can end a sentence (a vectorised search: the text between holds
            // none), applying the forced breaks on the way; breaks inside closers already passed are dropped.
            var found = IndexOfEnder(text.AsSpan(i));
            var candidate = found < 0 ? text.Length : i + found;
            while (nextBreak < breaks.Count && breaks[nextBreak] <= Math.Min(candidate, text.Length - 1))
            {
                if (breaks[nextBreak] >= i)
                {
                    result.Add(text, start, breaks[nextBreak]);
                    start = breaks[nextBreak];
                }

                nextBreak++;
            }

            if (candidate >= text.Length)
            {
                break;
            }

            var c = text[candidate];
            if (IsCloser(c) || (c is not ';' && IsLatinBoundary(text, candidate)))
            {
                var end = ExtendOverClosers(text, candidate + 1);
                result.Add(text, start, end);
                start = end;
                i = end;
                continue;
            }

            i = candidate + 1;
        }

        result.Add(text, start, text.Length);
        return result.ToArray();
    }

    /// <summary>The sentences found so far: on the stack, then in a pooled array when a unit has many.</summary>
    /// <remarks>
    /// Not a <see cref="Buffers.PooledBuffer{T}"/>: most units' sentences fit in the stack span and rent nothing, and
    /// that buffer, kept in fields of classes, cannot hold a span.
    /// </remarks>
    private ref struct Ranges(Span<SentenceRange> initial)
    {
        private Span<SentenceRange> _items = initial;
        private SentenceRange[]? _rented;
        private int _count;

        public void Add(string text, int start, int end)
        {
            if (!Trim(text, ref start, ref end))
            {
                return;
            }

            if (_count == _items.Length)
            {
                var larger = System.Buffers.ArrayPool<SentenceRange>.Shared.Rent(_items.Length * 2);
                _items.CopyTo(larger);
                Return();
                _items = _rented = larger;
            }

            _items[_count++] = new SentenceRange(start, end);
        }

        public SentenceRange[] ToArray()
        {
            var array = _count == 0 ? [] : _items[.._count].ToArray();
            Return();
            return array;
        }

        private readonly void Return()
        {
            if (_rented is not null)
            {
                System.Buffers.ArrayPool<SentenceRange>.Shared.Return(_rented);
            }
        }
    }

    /// <summary>
    /// The first character of <see cref="Enders"/> in <paramref name="text"/>, or -1: what IndexOfAny(Enders) gives,
    /// comparing 8 characters at a time with each ender. The library's search for a set of this size left its
    /// vectorised ASCII path at the first letter beyond ASCII and tested every character after it one by one (all of a
    /// Korean or Russian page, most of a French one): a third of the translated page profile.
    /// </summary>
    // Optimised from its first call, as Split (tier-0 code would not inline the comparisons).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int IndexOfEnder(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length < Vector128<ushort>.Count)
        {
            return text.IndexOfAny(Enders);
        }

        ref var start = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
        var enders = EnderChars;
        var last = text.Length - Vector128<ushort>.Count;
        for (var i = 0; ; i = Math.Min(i + Vector128<ushort>.Count, last))
        {
            // The last vector overlaps the one before it when the text is no multiple of 8: those characters held no ender.
            var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
            Vector128<ushort> hits;
            if (Vector128.Max(chars, Vector128.Create(BelowOtherEnders)) == Vector128.Create(BelowOtherEnders))
            {
                // Eight characters below U+0600 (ASCII, and every letter of a French, German, Polish, Russian or Greek page)
                // can hold only the three ASCII enders: three comparisons instead of fourteen (a vector with one accented
                // letter took the fourteen, most of a French page and all of a Russian one).
                hits = Vector128.Equals(chars, Vector128.Create((ushort)'.')) | Vector128.Equals(chars, Vector128.Create((ushort)'!')) | Vector128.Equals(chars, Vector128.Create((ushort)'?'));
            }
            else
            {
                hits = Vector128<ushort>.Zero;
                foreach (var ender in enders)
                {
                    hits |= Vector128.Equals(chars, Vector128.Create((ushort)ender));
                }
            }

            if (hits != Vector128<ushort>.Zero)
            {
                return i + System.Numerics.BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
            }

            if (i == last)
            {
                return -1;
            }
        }
    }

    /// <summary>Every ender but '.', '!' and '?' is above this character (the first, '؟', is U+061F).</summary>
    private const ushort BelowOtherEnders = 0x05FF;

    /// <summary>The characters of <see cref="Enders"/>.</summary>
    private static ReadOnlySpan<char> EnderChars => ".!?…。！？｡؟۔।॥።჻";

    // Marks that end a sentence without a following space.
    internal static bool IsCloser(char c) => c is '。' or '！' or '？' or '｡' or '؟' or '۔' or '।' or '॥' or '።' or '჻';

    internal static int ExtendOverClosers(string text, int i)
    {
        while (i < text.Length && (text[i] is '"' or '\'' or ')' or ']' or '”' or '’' or '»' or '」' or '』' or '）' or '.' or ProseText.Atom || IsCloser(text[i])))
        {
            i++;
        }

        return i;
    }

    internal static bool IsLatinBoundary(string text, int i)
    {
        var c = text[i];
        if (c == ';')
        {
            return false;
        }

        var after = ExtendOverClosers(text, i + 1);
        if (after >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var n = text[next];
        if (char.IsLower(n) || char.IsDigit(n) && c == '.')
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or an initial does not end the sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !AbbreviationLookup.Contains(word) || ListEnderLookup.Contains(word) && char.IsUpper(n);
    }

    /// <summary>The range without its leading and trailing whitespace; false when nothing is left.</summary>
    private static bool Trim(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start;
    }
}
