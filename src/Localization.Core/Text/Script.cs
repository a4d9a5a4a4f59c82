namespace Localization.Core.Text;

/// <summary>Unicode scripts that matter for telling whether text was translated.</summary>
public enum Script
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Ethiopic,
    Khmer,
    Hangul,
    Kana,
    Han,
    Other,
}

/// <summary>Classifies letters by Unicode script from code-point blocks (no per-language lists).</summary>
public static class ScriptClassifier
{
    // Every character of every page is classified, most of them several times (words, scripts, sentences):
    // a table of the 65,536 answers, built once, replaces a letter test and a range search per call.
    private static readonly byte[] Table = BuildTable();

    public static Script Of(char c) => (Script)Table[c];

    private static byte[] BuildTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (byte)Classify((char)c);
        }

        return table;
    }

    private static Script Classify(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        }

        if (!char.IsLetter(c))
        {
            return Script.None;
        }

        return c switch
        {
            <= '\u024F' => Script.Latin,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u2C60' and <= '\u2C7F' => Script.Latin,
            >= '\uA720' and <= '\uA7FF' => Script.Latin,
            >= '\uFF21' and <= '\uFF5A' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u1F00' and <= '\u1FFF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u1C80' and <= '\u1C8F' => Script.Cyrillic,
            >= '\u2DE0' and <= '\u2DFF' => Script.Cyrillic,
            >= '\uA640' and <= '\uA69F' => Script.Cyrillic,
            >= '\u0530' and <= '\u058F' => Script.Armenian,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' => Script.Arabic,
            >= '\u0750' and <= '\u077F' => Script.Arabic,
            >= '\u08A0' and <= '\u08FF' => Script.Arabic,
            >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
            >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
            >= '\u0900' and <= '\u097F' => Script.Devanagari,
            >= '\u0980' and <= '\u09FF' => Script.Bengali,
            >= '\u0A00' and <= '\u0A7F' => Script.Gurmukhi,
            >= '\u0A80' and <= '\u0AFF' => Script.Gujarati,
            >= '\u0B80' and <= '\u0BFF' => Script.Tamil,
            >= '\u0C00' and <= '\u0C7F' => Script.Telugu,
            >= '\u0C80' and <= '\u0CFF' => Script.Kannada,
            >= '\u0D00' and <= '\u0D7F' => Script.Malayalam,
            >= '\u0D80' and <= '\u0DFF' => Script.Sinhala,
            >= '\u0E00' and <= '\u0E7F' => Script.Thai,
            >= '\u0E80' and <= '\u0EFF' => Script.Lao,
            >= '\u0F00' and <= '\u0FFF' => Script.Tibetan,
            >= '\u1000' and <= '\u109F' => Script.Myanmar,
            >= '\u10A0' and <= '\u10FF' => Script.Georgian,
            >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\u1200' and <= '\u139F' => Script.Ethiopic,
            >= '\u1780' and <= '\u17FF' => Script.Khmer,
            >= '\u3040' and <= '\u30FF' => Script.Kana,
            >= '\u31F0' and <= '\u31FF' => Script.Kana,
            >= '\uFF66' and <= '\uFF9F' => Script.Kana,
            >= '\u3130' and <= '\u318F' => Script.Hangul,
            >= '\uA960' and <= '\uA97F' => Script.Hangul,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            >= '\uD7B0' and <= '\uD7FF' => Script.Hangul,
            >= '\u3400' and <= '\u4DBF' => Script.Han,
            >= '\u4E00' and <= '\u9FFF' => Script.Han,
            >= '\uF900' and <= '\uFAFF' => Script.Han,
            >= '\u3005' and <= '\u3007' => Script.Han,
            _ => Script.Other,
        };
    }

    /// <summary>Counts letters per script in <paramref name="text"/>.</summary>
    public static void Count(ReadOnlySpan<char> text, Span<int> counts) => Tally(text, counts, Table, Scripts);

    /// <summary>
    /// As <see cref="Count(ReadOnlySpan{char}, Span{int})"/>, and how many characters are letters or decimal digits (what
    /// char.IsLetterOrDigit counts: a letter is a character of a script, a digit one of none): the drift rules measure
    /// each translated paragraph so, and a second pass over it asked a Unicode category per character.
    /// </summary>
    public static int CountLettersAndDigits(ReadOnlySpan<char> text, Span<int> counts)
    {
        Span<int> tallies = stackalloc int[Scripts + 1];
        Tally(text, tallies, DigitTable, Scripts + 1);
        counts[0] += tallies[0] + tallies[Scripts]; // a digit is of no script, as it is counted by the method above
        for (var s = 1; s < Scripts; s++)
        {
            counts[s] += tallies[s];
        }

        return text.Length - tallies[0];
    }

    private const int Scripts = (int)Script.Other + 1;

    /// <summary>The script table with decimal digits in a slot of their own (<see cref="Scripts"/>).</summary>
    private static readonly byte[] DigitTable = BuildDigitTable();

    private static byte[] BuildDigitTable()
    {
        var table = (byte[])Table.Clone();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c))
            {
                table[c] = Scripts;
            }
        }

        return table;
    }

    // Optimised from its first call: a loop over every character of every translated unit, which tier-0 code ran for the
    // first seconds of a run.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Tally(ReadOnlySpan<char> text, Span<int> counts, byte[] table, int slots)
    {
        // Four tallies taken in turn: a run of one script's letters incremented one counter, each increment waiting for
        // the one before it (the count of every translated unit's letters was a tenth of the page profile).
        Span<int> tallies = stackalloc int[4 * (Scripts + 1)];
        var i = 0;
        for (; i + 3 < text.Length; i += 4)
        {
            tallies[table[text[i]]]++;
            tallies[slots + table[text[i + 1]]]++;
            tallies[(2 * slots) + table[text[i + 2]]]++;
            tallies[(3 * slots) + table[text[i + 3]]]++;
        }

        for (; i < text.Length; i++)
        {
            tallies[table[text[i]]]++;
        }

        for (var s = 0; s < slots; s++)
        {
            counts[s] += tallies[s] + tallies[slots + s] + tallies[(2 * slots) + s] + tallies[(3 * slots) + s];
        }
    }

    public static int ScriptCount => (int)Script.Other + 1;
}
