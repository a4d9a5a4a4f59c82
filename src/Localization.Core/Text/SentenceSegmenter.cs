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
    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(".!?…。！？｡؟۔।॥።჻");

    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<SentenceRange> Split(ProseText prose)
    {
        var text = prose.Text;
        var result = new List<SentenceRange>();
        var breaks = prose.Breaks;
        var nextBreak = 0;
        var start = 0;
        var i = 0;
        while (true)
        {
            // Jump to the next character that can end a sentence (a vectorised search: the text between holds
            // none), applying the forced breaks on the way; breaks inside closers already passed are dropped.
            var found = text.AsSpan(i).IndexOfAny(Enders);
            var candidate = found < 0 ? text.Length : i + found;
            while (nextBreak < breaks.Count && breaks[nextBreak] <= Math.Min(candidate, text.Length - 1))
            {
                if (breaks[nextBreak] >= i)
                {
                    Add(result, text, start, breaks[nextBreak]);
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
                Add(result, text, start, end);
                start = end;
                i = end;
                continue;
            }

            i = candidate + 1;
        }

        Add(result, text, start, text.Length);
        return result;
    }

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

    internal static void Add(List<SentenceRange> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new SentenceRange(start, end));
        }
    }
}
