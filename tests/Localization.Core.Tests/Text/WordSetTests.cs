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

    [Fact]
    public void Words_of_many_texts_are_held_and_numbered_in_the_order_they_came()
    {
        // Entries name their text by number: words of several texts, added in runs and interleaved, must stay what they were.
        var random = new Random(3);
        var texts = Enumerable.Range(0, 7).Select(t => new string(Enumerable.Range(0, 300).Select(_ => "abcABC-é"[random.Next(8)]).ToArray())).ToArray();
        var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var set = new WordSet(ignoreCase: true, capacity: 2);
        var text = 0;
        for (var n = 0; n < 20_000; n++)
        {
            text = random.Next(10) == 0 ? random.Next(texts.Length) : text;
            var start = random.Next(290);
            var length = random.Next(1, 6);
            var word = texts[text].Substring(start, length);
            var number = set.AddOrFind(texts[text], start, length, WordSet.Hash(word));
            if (!expected.TryGetValue(word, out var known))
            {
                expected[word] = known = expected.Count;
            }

            Assert.Equal(known, number);
            Assert.Equal(known, set.Find(word.ToUpperInvariant(), WordSet.Hash(word.ToUpperInvariant())));
        }

        Assert.Equal(expected.Count, set.Count);
    }
}
