using Localization.Core.Text;

namespace Localization.Core.Tests.Text;

/// <summary>
/// <see cref="WordSet"/> replaced the page profile's and the English page index's HashSet&lt;string&gt; of words: it must
/// answer as they did, ordinally and ignoring case, for any word.
/// </summary>
public sealed class WordSetTests
{
    [Fact]
    public void Two_characters_equal_ignoring_case_have_the_same_key()
    {
        // Every pair of UTF-16 code units that OrdinalIgnoreCase calls equal; a pair can only be equal when its
        // OrdinalIgnoreCase hashes are, so the pairs are found among the characters grouped by that hash.
        var groups = new Dictionary<int, List<char>>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var hash = string.GetHashCode([(char)c], StringComparison.OrdinalIgnoreCase);
            if (!groups.TryGetValue(hash, out var group))
            {
                groups[hash] = group = [];
            }

            group.Add((char)c);
        }

        var pairs = 0;
        foreach (var group in groups.Values)
        {
            foreach (var a in group)
            {
                foreach (var b in group)
                {
                    if (a != b && MemoryExtensions.Equals([a], [b], StringComparison.OrdinalIgnoreCase))
                    {
                        pairs++;
                        Assert.True(WordSet.Key(a) == WordSet.Key(b), $"U+{(int)a:X4} and U+{(int)b:X4} are equal ignoring case but keyed apart");
                    }
                }
            }
        }

        Assert.True(pairs > 1000, $"only {pairs} pairs equal ignoring case were found: the grouping is wrong");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void It_answers_as_a_hash_set_of_strings(bool ignoreCase)
    {
        const string alphabet = "aAbBeEéÉsSſkKKıIiİßẞ'’-ǅǆǄ한ДдΣσς\uD801\uDC00\uD801\uDC28";
        var random = new Random(ignoreCase ? 1 : 2);
        var expected = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var set = new WordSet(ignoreCase);
        var text = new string(Enumerable.Range(0, 200_000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var n = 0; n < 40_000; n++)
        {
            var start = random.Next(text.Length - 8);
            var length = random.Next(0, 5);
            var word = text.AsSpan(start, length);
            var query = text.AsSpan(random.Next(text.Length - 8), length);
            Assert.Equal(expected.Contains(query.ToString()), set.Contains(query));
            Assert.Equal(expected.Add(word.ToString()), set.Add(text, start, length, WordSet.Hash(word)));
        }

        Assert.Equal(expected.Count, set.Count);
    }
}
