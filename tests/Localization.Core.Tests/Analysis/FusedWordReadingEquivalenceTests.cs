using Localization.Core.Analysis;
using Localization.Core.Text;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The word reader takes each word's hash and shape (letters, capitals, digits) in the pass that finds the word, and
/// the page profile reads a sentence of another script's page once for its Latin words and its letters: each must
/// give what the separate passes gave (WordSet.Hash of the word, the shape test of the word alone, the letter test).
/// </summary>
public sealed class FusedWordReadingEquivalenceTests
{
    private const string Alphabet = "aZéÉ9٣ -'’.,한글Дд漢\u0301\uFFFC\tMxİıſǅ0ŉ_@";

    [Fact]
    public void The_reader_hashes_and_sizes_up_each_word_as_the_separate_passes_did()
    {
        var random = new Random(1501);
        for (var n = 0; n < 100_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var reader = LatinWordReader.Read(text);
            var otherScript = false;
            while (reader.MoveNext())
            {
                var word = reader.Current;
                var alone = new LatinWord(text.AsSpan(word.Index, word.Text.Length), word.Index, word.SentenceInitial);
                Assert.Equal(WordSet.Hash(word.Text), word.Hash);
                Assert.Equal(PreviousLooksLikeCode(word.Text), word.LooksLikeCode);
                Assert.Equal(PreviousLooksLikeCode(word.Text), alone.LooksLikeCode);
                Assert.Equal(WordSet.Hash(word.Text), alone.Hash);
            }

            foreach (var c in text)
            {
                otherScript |= ScriptClassifier.Of(c) is not (Script.None or Script.Latin);
            }

            Assert.Equal(otherScript, reader.SawOtherScript);
        }
    }

    [Fact]
    public void Every_word_shape_of_two_characters_is_judged_as_before()
    {
        // Every pair of characters a word can hold (letters of the script table, digits, inner hyphens and apostrophes).
        var chars = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => ScriptClassifier.Of(c) == Script.Latin || char.IsDigit(c) || c is '-' or '\'' or '’').ToArray();
        var random = new Random(1502);
        Span<char> word = stackalloc char[3];
        foreach (var a in chars)
        {
            word[0] = a;
            word[1] = chars[random.Next(chars.Length)];
            word[2] = chars[random.Next(chars.Length)];
            for (var length = 1; length <= 3; length++)
            {
                Assert.Equal(PreviousLooksLikeCode(word[..length]), WordShape.LooksLikeCode(word[..length]));
            }
        }
    }

    [Fact]
    public void Function_words_are_found_as_the_string_set_found_them()
    {
        var function = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "and", "of", "it's", "can't", "you're", "also", "is", "a", "i", "us" };
        string[] variants = ["the", "The", "THE", "tHe", "thé", "ſo", "ıs", "İs", "İ", "i", "I", "ı", "a", "A", "it’s", "it's", "IT'S", "us", "uſ", "of", "Of", "of-", "also", "alsO", "xyz", ""];
        foreach (var word in variants)
        {
            if (function.Contains(word))
            {
                Assert.True(EnglishWords.IsFunctionWord(word), word);
            }
        }

        // The listed words with letters changed in case or swapped for look-alikes, against the lists read as string sets.
        AskedAsTheStringSet(typeof(EnglishWords), "Function", (w, h) => h is { } hash ? EnglishWords.IsFunctionWord(w, hash) : EnglishWords.IsFunctionWord(w));
        AskedAsTheStringSet(typeof(KnownNames), "Words", (w, h) => h is { } hash ? KnownNames.Contains(w, hash) : KnownNames.Contains(w));
    }

    private static void AskedAsTheStringSet(Type owner, string field, Func<string, int?, bool> contains)
    {
        var all = owner.GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null) as HashSet<string>;
        Assert.NotNull(all);
        var random = new Random(1503);
        var pieces = all!.ToArray();
        for (var n = 0; n < 100_000; n++)
        {
            var word = pieces[random.Next(pieces.Length)].ToCharArray();
            for (var k = 0; k < word.Length; k++)
            {
                word[k] = random.Next(4) switch
                {
                    0 => char.ToUpperInvariant(word[k]),
                    1 when random.Next(8) == 0 => "ſıİKk’'é"[random.Next(8)],
                    _ => word[k],
                };
            }

            var text = new string(word, 0, random.Next(8) == 0 ? Math.Max(0, word.Length - 1) : word.Length);
            Assert.Equal(all.Contains(text), contains(text, null));
            Assert.Equal(all.Contains(text), contains(text, WordSet.Hash(text)));
        }
    }

    /// <summary>LatinWord.LooksLikeCode as it was, one pass over the word.</summary>
    private static bool PreviousLooksLikeCode(ReadOnlySpan<char> text)
    {
        var upper = 0;
        var digits = 0;
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (i > 0 && text[i - 1] != '-')
                    {
                        return true;
                    }
                }
            }
        }

        return digits > 0 || (upper > 1 && upper == letters) || (text.Length > 1 && char.IsLower(text[0]) && upper > 0);
    }
}
