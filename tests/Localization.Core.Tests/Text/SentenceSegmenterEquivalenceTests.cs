using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Text;

/// <summary>
/// The segmenter jumps from one possible sentence end to the next with a vectorised search; this holds it to
/// the character-by-character walk it replaced on random prose with forced breaks, closers, abbreviations,
/// initials, decimals and every script's full stops.
/// </summary>
public sealed class SentenceSegmenterEquivalenceTests
{
    [Fact]
    public void Jumping_between_possible_ends_cuts_the_sentences_of_the_character_walk()
    {
        string[] pieces =
        [
            "Hello", " ", "world", ".", "!", "?", "…", ";", " ", "  ", "A", ". ", "e.g. ", "etc. ", "etc. The", "U.S. ", "3.14", " x", "\"", "”", ")", "」", "。", "！", "？", "｡",
            "؟", "۔", "।", "॥", "።", "჻", "한국어", "日本語", "Dr. Who", " b", "C", "\u00A0", "\n", ProseText.Atom.ToString(), "usw. Das", "z.B. ", "p.ex. ",
        ];
        var random = new Random(20261201);
        for (var n = 0; n < 50_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var breaks = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(0, text.Length + 1)).Distinct().Order().ToArray();
            var prose = new ProseText(text, [], breaks, []);
            Assert.Equal(Reference(prose), SentenceSegmenter.Split(prose));
        }
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "cf", "approx", "mr", "mrs", "ms", "dr", "st", "no", "fig", "al", "inc", "ltd", "co", "jr", "sr", "p", "pp", "vol", "ca", "resp", "incl", "esp", "z.b", "d.h", "bzw", "usw", "p.ex", "env",
    };

    private static readonly HashSet<string> ListEnders = new(StringComparer.OrdinalIgnoreCase) { "etc", "usw", "etc.pp" };

    /// <summary>The walk as it was: every character asked in turn.</summary>
    private static List<SentenceRange> Reference(ProseText prose)
    {
        var text = prose.Text;
        var result = new List<SentenceRange>();
        var breaks = prose.Breaks;
        var nextBreak = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (nextBreak < breaks.Count && breaks[nextBreak] <= i)
            {
                if (breaks[nextBreak] == i)
                {
                    Add(result, text, start, i);
                    start = i;
                }

                nextBreak++;
            }

            var c = text[i];
            if (IsCloser(c) || (c is '.' or '!' or '?' or '…' or ';' && IsLatinBoundary(text, i)))
            {
                var end = ExtendOverClosers(text, i + 1);
                Add(result, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsCloser(char c) => c is '。' or '！' or '？' or '｡' or '؟' or '۔' or '।' or '॥' or '።' or '჻';

    private static int ExtendOverClosers(string text, int i)
    {
        while (i < text.Length && (text[i] is '"' or '\'' or ')' or ']' or '”' or '’' or '»' or '」' or '』' or '）' or '.' or ProseText.Atom || IsCloser(text[i])))
        {
            i++;
        }

        return i;
    }

    private static bool IsLatinBoundary(string text, int i)
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

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !Abbreviations.Contains(word) || ListEnders.Contains(word) && char.IsUpper(n);
    }

    private static void Add(List<SentenceRange> result, string text, int start, int end)
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
