using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Text;

/// <summary>
/// The comparison form is made three ways from one folding loop: as a string, into a buffer (a lookup without a
/// string) and as a hash (the aligner). All three must say the same of any text.
/// </summary>
public sealed class TextNormalizerFoldTests
{
    [Fact]
    public void The_buffer_and_the_hash_are_the_comparison_string()
    {
        const string alphabet = "aZ9 \t\n\u00A0\u202F’‘“”«»–—−`ʼ.,éÅ\u0301한글漢字がｱＡ\uFFFE\uD800" + "\uFFFC";
        var random = new Random(20261201);
        for (var n = 0; n < 50_000; n++)
        {
            var text = RandomText.Of(random, alphabet, 0, 24);
            var expected = TextNormalizer.ForComparison(text);
            var buffer = new char[text.Length];
            if (TextNormalizer.TryFold(text, buffer, out var length))
            {
                Assert.Equal(expected, new string(buffer, 0, length));
                var hash = TextNormalizer.ComparisonHash(text, out var hashedLength);
                Assert.Equal(Fnv(expected), hash);
                Assert.Equal(expected.Length, hashedLength);
            }
        }
    }

    [Fact]
    public void Every_BMP_character_folds_as_the_fold_the_lookup_replaced()
    {
        var buffer = new char[16];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = (char)c;
            foreach (var text in (ReadOnlySpan<string>)["x" + ch + "Y", ch + " Ab" + ch, " " + ch + ch + "\t"])
            {
                TextNormalizer.TryFold(text, buffer, out var length);
                Assert.Equal(ReferenceFold(text), new string(buffer, 0, length));
            }
        }
    }

    /// <summary>The folding loop as written before the lookup table: quotes and dashes, whitespace and atoms as one space between words, invariant lower case.</summary>
    private static string ReferenceFold(string text)
    {
        var folded = new System.Text.StringBuilder();
        var (started, space) = (false, false);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u202F' => ' ',
                _ => raw,
            };
            if (c == ProseText.Atom || char.IsWhiteSpace(c))
            {
                space = started;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToLowerInvariant(c));
            started = true;
        }

        return folded.ToString();
    }

    [Fact]
    public void The_prefix_hash_is_the_comparison_strings_when_it_says_so()
    {
        // A sentence whose prefix hash is no English sentence's is told apart without its whole folded text: when the
        // hash says its prefix is surely composed, the comparison string (composed) must begin with that prefix.
        const string alphabet = "aZ9 \t\n\u00A0\u202F’‘“”«»–—−`ʼ.,éÅ\u0301\u0300\u02FF\u0344\u2126\u0958\u11A8\u3099한글漢字がｱＡ€→\uFFFE\uD800" + "\uFFFC";
        var random = new Random(20261202);

        // About one character in eight from the whole alphabet, the others from its first twelve (all composed).
        var mostlyComposed = string.Concat(Enumerable.Repeat(alphabet[..12], 23)) + alphabet;
        var composed = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var length = random.Next(0, 3) == 0 ? random.Next(0, 24) : random.Next(20, 40);
            var text = RandomText.Of(random, mostlyComposed, length);
            var hash = TextNormalizer.ComparisonPrefixHash(text, out var surelyComposed);
            if (surelyComposed)
            {
                composed++;
                Assert.Equal(TextNormalizer.PrefixHashOf(TextNormalizer.ForComparison(text)), hash);
            }
        }

        Assert.True(composed > 10_000);
    }

    [Fact]
    public void Two_texts_compare_as_their_comparison_strings()
    {
        const string alphabet = "aA \t’'“\"–-é\u0301e\u00A0ŉ\u0344\uFFFE\uD800" + "\uFFFC";
        var random = new Random(20261203);
        var equal = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var a = RandomText.Of(random, alphabet, 0, 8);
            var b = random.Next(4) == 0 ? a.ToUpperInvariant() : RandomText.Of(random, alphabet, 0, 8);
            var expected = TextNormalizer.ForComparison(a) == TextNormalizer.ForComparison(b);
            equal += expected ? 1 : 0;
            Assert.Equal(expected, TextNormalizer.SameForComparison(a, b));
        }

        Assert.True(equal > 1000);
    }


    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
